/**
 * The open-data page (/data/, /en/data/): every published bulk file with its real size and checksum,
 * each link downloading; licence, "data as of" and the dataset checksum; the data dictionary as
 * tables; axe-clean, complete without JavaScript, no sideways scroll at 320 px. And on every page
 * type: canonical address, Open Graph, hreflang alternates and the CSP.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { pageTypes, ROOT, siteData } from './helpers.ts';
import { parseCsvText } from '../helpers/csv.ts';

const DIST = path.resolve(process.env.SUNLIGHT_E2E_DIST ?? path.join(ROOT, 'dist'));
const sha256 = (file: string) => createHash('sha256').update(readFileSync(path.join(DIST, file))).digest('hex');

/** The bulk files as published: datapackage.json's resources, plus datapackage.json and checksums.sha256 themselves. */
function publishedFiles(): { path: string; bytes: number; sha256: string }[] {
  const pkg = JSON.parse(readFileSync(path.join(DIST, 'data', 'datapackage.json'), 'utf8')) as { resources: { path: string; bytes: number; hash: string }[] };
  const files = pkg.resources.map((r) => {
    const file = `data/${r.path}`;
    // datapackage.json and the file on disk agree: the page's figures can be checked against either.
    expect(r.bytes, file).toBe(statSync(path.join(DIST, file)).size);
    expect(r.hash, file).toBe(`sha256:${sha256(file)}`);
    return { path: file, bytes: r.bytes, sha256: sha256(file) };
  });
  for (const file of ['data/datapackage.json', 'data/checksums.sha256']) files.push({ path: file, bytes: statSync(path.join(DIST, file)).size, sha256: sha256(file) });
  return files;
}

const LOCALES = [
  { lang: 'zh-CN', prefix: '/' },
  { lang: 'en', prefix: '/en/' },
] as const;

for (const { lang, prefix } of LOCALES) {
  test.describe(`open data (${lang})`, () => {
    test('lists every published file with its size, rows and full checksum; every link downloads', async ({ page, request }) => {
      await page.goto(`${prefix}data/`);
      const files = publishedFiles();
      const rows = page.locator('table[data-table="downloads"] tbody tr');
      await expect(rows).toHaveCount(files.length);
      for (const f of files) {
        const row = page.locator(`tr[data-file="${f.path}"]`);
        await expect(row, f.path).toHaveCount(1);
        await expect(row.locator('[data-bytes]')).toHaveAttribute('data-bytes', String(f.bytes));
        await expect(row.locator('[data-bytes]')).toHaveText(/^\d+\.\d (KB|MB)$/);
        // Shortened in the cell, the full value one click away (and in the HTML without script).
        await expect(row.locator('summary code')).toHaveText(`${f.sha256.slice(0, 12)}…`);
        await expect(row.locator('[data-sha256]')).toHaveText(f.sha256);
        const link = row.locator('th a');
        await expect(link).toHaveAttribute('href', `/${f.path}`);
        const response = await request.get(`/${f.path}`);
        expect(response.status(), f.path).toBe(200);
        expect((await response.body()).length, f.path).toBe(f.bytes);
      }
      // Opening the checksum shows all of it.
      const first = page.locator('table[data-table="downloads"] details').first();
      await first.locator('summary').click();
      await expect(first.locator('[data-sha256]')).toBeVisible();
    });

    test('licence, data as of, dataset checksum and records', async ({ page }) => {
      const { config, dataset } = await siteData();
      await page.goto(`${prefix}data/`);
      const licence = page.locator('main a[data-licence]');
      await expect(licence).toHaveText(config.licence.name);
      await expect(licence).toHaveAttribute('href', config.licence.url);
      await expect(page.locator('main time[data-as-of]')).toHaveAttribute('datetime', dataset.as_of);
      await expect(page.locator('[data-dataset-sha256]')).toHaveText(sha256('data/dataset.json'));
    });

    test('the data dictionary: one table per CSV, a row per column of data-dictionary.csv', async ({ page }) => {
      await page.goto(`${prefix}data/`);
      const dictionary = parseCsvText(readFileSync(path.join(DIST, 'data', 'data-dictionary.csv'), 'utf8').replace(/^\uFEFF/, ''));
      const tableIndex = dictionary.headers.indexOf('table');
      const columnIndex = dictionary.headers.indexOf('column');
      const byTable = new Map<string, string[]>();
      for (const row of dictionary.rows) byTable.set(row[tableIndex] as string, [...(byTable.get(row[tableIndex] as string) ?? []), row[columnIndex] as string]);
      expect(byTable.size).toBeGreaterThanOrEqual(10);
      for (const [table, columns] of byTable) {
        const names = await page.locator(`table[data-table="dictionary-${table}"] tbody th code`).allTextContents();
        expect(names, table).toEqual(columns);
      }
      const section = page.locator('section[aria-labelledby="dictionary"]');
      await expect(section.locator('a[href="/data/data-dictionary.csv"]')).toBeVisible();
      await expect(section.locator('a[href="/data/datapackage.json"]')).toBeVisible();
    });

    test('open standards, per-record files and feeds are explained and linked', async ({ page, request }) => {
      const { dataset } = await siteData();
      await page.goto(`${prefix}data/`);
      for (const href of ['/data/ocds-release-package.json', '/data/360giving.json', '/data/changes.zh-CN.atom', '/data/changes.en.atom', '/data/changes.json', `${prefix}updates/`]) {
        const link = page.locator(`section[aria-labelledby="standards"] a[href="${href}"], section[aria-labelledby="feeds"] a[href="${href}"]`);
        await expect(link.first(), href).toBeVisible();
        expect((await request.get(href)).status(), href).toBe(200);
      }
      const example = [...dataset.partnerships].sort((a, b) => a.id.localeCompare(b.id))[0];
      if (example) {
        for (const href of [`${prefix}projects/${example.id}/`, `/data/projects/${example.id}.json`, `/data/projects/${example.id}.csv`]) {
          await expect(page.locator(`section[aria-labelledby="records"] a[href="${href}"]`), href).toHaveCount(1);
          expect((await request.get(href)).status(), href).toBe(200);
        }
      }
    });

    test('axe: no violations', async ({ page }) => {
      await page.goto(`${prefix}data/`);
      expect(await axeViolations(page)).toEqual([]);
      await expect(page.locator('h1')).toHaveCount(1);
    });

    test('320 px wide: nothing scrolls sideways but the tables inside their own region', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(`${prefix}data/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });
  });

  test.describe(`open data without JavaScript (${lang})`, () => {
    test.use({ javaScriptEnabled: false });
    test('every file, the checksum and the dictionary are in the page', async ({ page }) => {
      await page.goto(`${prefix}data/`);
      await expect(page.locator('table[data-table="downloads"] tbody tr')).toHaveCount(publishedFiles().length);
      await expect(page.locator('[data-dataset-sha256]')).toHaveText(sha256('data/dataset.json'));
      expect(await page.locator('table[data-table^="dictionary-"]').count()).toBeGreaterThanOrEqual(10);
      const details = page.locator('table[data-table="downloads"] details').first();
      await details.locator('summary').click();
      await expect(details.locator('[data-sha256]')).toBeVisible();
    });
  });
}

test.describe('every page type: canonical, Open Graph, hreflang, feeds and CSP', () => {
  test('each page names its canonical address and its other-language version', async ({ page }) => {
    const { config } = await siteData();
    const types = [...(await pageTypes()), { name: 'open data', route: 'data/' }, { name: 'what changed', route: 'updates/' }];
    const origin = config.site.url.replace(/\/$/, '');
    const siteAddress = (lang: string, route: string) => `${origin}${config.site.base}${lang === 'en' ? 'en/' : ''}${route}`;
    const csp =
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    for (const { lang, prefix } of LOCALES) {
      for (const { name, route } of types) {
        await page.goto(prefix + route, { waitUntil: 'domcontentloaded' });
        // One read of the head per page (the pages are static): a round trip per attribute made this the slowest test.
        const head = await page.evaluate(() => {
          const attr = (selector: string, name: string) => document.head.querySelector(selector)?.getAttribute(name) ?? null;
          return {
            canonical: attr('link[rel="canonical"]', 'href'),
            ogUrl: attr('meta[property="og:url"]', 'content'),
            ogType: attr('meta[property="og:type"]', 'content'),
            ogLocale: attr('meta[property="og:locale"]', 'content'),
            ogSiteName: attr('meta[property="og:site_name"]', 'content'),
            zh: attr('link[rel="alternate"][hreflang="zh-CN"]:not([type])', 'href'),
            en: attr('link[rel="alternate"][hreflang="en"]:not([type])', 'href'),
            feed: attr('link[rel="alternate"][type="application/atom+xml"]', 'href'),
            csp: attr('meta[http-equiv="Content-Security-Policy"]', 'content'),
            ogTitle: attr('meta[property="og:title"]', 'content')?.trim() ?? '',
            ogDescription: attr('meta[property="og:description"]', 'content')?.trim() ?? '',
            title: document.title,
          };
        });
        const where = `${name} (${lang})`;
        const { ogTitle, ogDescription, title, ...links } = head;
        expect(ogTitle, where).toBeTruthy();
        expect(title, where).toContain(ogTitle);
        expect(ogDescription, where).toBeTruthy();
        expect(links, where).toEqual({
          canonical: siteAddress(lang, route),
          ogUrl: siteAddress(lang, route),
          ogType: 'website',
          ogLocale: lang === 'en' ? 'en_US' : 'zh_CN',
          ogSiteName: lang === 'en' ? config.site.name.en : config.site.name.zh,
          zh: siteAddress('zh-CN', route),
          en: siteAddress('en', route),
          feed: new URL(`${config.site.base}data/changes.${lang}.atom`, config.site.url).href,
          csp,
        });
      }
    }
  });

  test('the navigation leads to open data, what changed and integrity signals', async ({ page }) => {
    for (const { lang, prefix } of LOCALES) {
      await page.goto(prefix);
      const nav = page.locator('nav.site-nav');
      for (const route of ['data/', 'updates/', 'signals/']) await expect(nav.locator(`a[href="${prefix}${route}"]`), `${lang} ${route}`).toHaveCount(1);
      await page.goto(`${prefix}data/`);
      await expect(nav.locator(`a[href="${prefix}data/"]`)).toHaveAttribute('aria-current', 'page');
    }
  });
});
