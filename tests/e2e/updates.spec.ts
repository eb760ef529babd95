/**
 * "What changed" (/updates/, /en/updates/) on the sample, which has no previous publication: one
 * build, the first publication with the partnership count and the exact total; the Atom feed linked
 * in the page and in the head; axe-clean and complete without JavaScript. (Every other kind of
 * change, newest first and under a sub-path: tests/unit/subpath.test.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { fenFromText, ROOT, siteData } from './helpers.ts';
import type { ChangeLog } from '../../src/lib/changes/index.ts';

const DIST = path.resolve(process.env.SUNLIGHT_E2E_DIST ?? path.join(ROOT, 'dist'));

const LOCALES = [
  { lang: 'zh-CN', prefix: '/', first: '首次发布' },
  { lang: 'en', prefix: '/en/', first: 'First publication' },
] as const;

async function expectFirstPublication(page: Page, first: string): Promise<void> {
  const { dataset } = await siteData();
  // The change log the build published: the sample names no previous dataset.
  const changes = JSON.parse(readFileSync(path.join(DIST, 'data', 'changes.json'), 'utf8')) as ChangeLog;
  expect(changes.builds).toHaveLength(1);
  expect(changes.builds[0]?.entries.map((e) => e.type)).toEqual(['first_publication']);
  await expect(page.locator('section.build')).toHaveCount(1);
  await expect(page.locator('section.build time').first()).toHaveAttribute('datetime', dataset.as_of);
  const entry = page.locator('[data-change="first_publication"]');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(first);
  const text = (await entry.textContent()) ?? '';
  expect(text).toContain(String(dataset.partnerships.length));
  // The total shown is the sum of every partnership's contract value, to the 分.
  const total = dataset.partnerships.reduce((sum, p) => sum + p.contract_value, 0);
  expect(Number.isSafeInteger(total)).toBe(true);
  expect(fenFromText(text)).toBe(total);
  await expect(page.locator('[data-change]:not([data-change="first_publication"])')).toHaveCount(0);
}

for (const { lang, prefix, first } of LOCALES) {
  test.describe(`what changed (${lang})`, () => {
    test('the sample is a first publication, with its total; the feed is linked and served', async ({ page, request }) => {
      await page.goto(`${prefix}updates/`);
      await expect(page.locator('h1')).toHaveCount(1);
      await expectFirstPublication(page, first);
      const feed = `/data/changes.${lang}.atom`;
      await expect(page.locator('main a[data-feed]')).toHaveAttribute('href', feed);
      await expect(page.locator(`head link[rel="alternate"][type="application/atom+xml"][hreflang="${lang}"]`)).toHaveAttribute('href', new URL(feed, (await siteData()).config.site.url).href);
      const response = await request.get(feed);
      expect(response.status()).toBe(200);
      const xml = await response.text();
      expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
      expect(xml).toContain(`/data/changes.${lang}.atom</id>`);
    });

    test('the home page offers the feed too', async ({ page }) => {
      await page.goto(prefix);
      await expect(page.locator(`head link[rel="alternate"][type="application/atom+xml"][hreflang="${lang}"]`)).toHaveAttribute('href', new URL(`/data/changes.${lang}.atom`, (await siteData()).config.site.url).href);
    });

    test('axe: no violations', async ({ page }) => {
      await page.goto(`${prefix}updates/`);
      expect(await axeViolations(page)).toEqual([]);
    });

    test('320 px wide: nothing scrolls sideways', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(`${prefix}updates/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });
  });

  test.describe(`what changed without JavaScript (${lang})`, () => {
    test.use({ javaScriptEnabled: false });
    test('the first publication is all there', async ({ page }) => {
      await page.goto(`${prefix}updates/`);
      await expectFirstPublication(page, first);
    });
  });
}
