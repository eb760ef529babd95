/** Every page type, in both languages, passes axe (WCAG 2.1 A and AA) with zero violations. */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { SIGNAL_IDS } from '../../src/lib/signals/index.ts';
import { drawCharts, pageTypes, siteData } from './helpers.ts';

const types = await pageTypes();

// 'projects sorted' is the same template as 'projects' with other rows: the other tests keep it.
const axeTypes = types.filter((x) => x.name !== 'projects sorted');
for (const prefix of ['/', '/en/']) {
  for (const { name, route } of axeTypes) {
    test(`axe: ${name} (${prefix === '/' ? 'zh-CN' : 'en'})`, async ({ page }) => {
      await page.goto(prefix + route);
      // Let charts draw: the enhanced page is checked too.
      await drawCharts(page);
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page)).toEqual([]);
      await expect(page.locator('h1')).toHaveCount(1);
    });
  }
}

/** Text nodes with Chinese characters whose nearest lang attribute is not zh-CN (axe does not check this). */
async function unmarkedChinese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !/\p{Script=Han}/u.test(node.textContent ?? '') || parent.closest('script, style, template')) continue;
      if (parent.closest('[lang]')?.getAttribute('lang') !== 'zh-CN') found.push(`<${parent.tagName.toLowerCase()}> ${node.textContent?.trim().slice(0, 60)}`);
    }
    return found;
  });
}

test('English pages mark every Chinese word as Chinese, so screen readers switch voice (WCAG 3.1.2)', async ({ page }) => {
  const { dataset } = await siteData();
  const routes = [...types.map((x) => x.route), 'data/', 'updates/', 'signals/', 'signals/methodology/', ...SIGNAL_IDS.map((id) => `signals/${id}/`)];
  for (const route of routes) {
    await page.goto(`/en/${route}`);
    expect(await unmarkedChinese(page), `/en/${route}`).toEqual([]);
  }
  // Search, where the script writes the text: the facets' choices (district names are Chinese only) and results.
  const query = dataset.partnerships[0]?.title_en ?? '';
  expect(query).toBeTruthy();
  await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  for (const details of await page.locator('details[data-facet]').all()) await details.locator('summary').click();
  expect(await unmarkedChinese(page), '/en/search/').toEqual([]);
});

test('axe: 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  expect(await axeViolations(page)).toEqual([]);
});

test('keyboard: the skip link is the first stop and moves focus to main', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('320 px wide: no page scrolls sideways (tables scroll inside their own region)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const { route } of types) {
    for (const prefix of ['/', '/en/']) {
      await page.goto(prefix + route);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${prefix}${route}`).toBeLessThanOrEqual(0);
    }
  }
});
