/** Every page type, in both languages, passes axe (WCAG 2.1 A and AA) with zero violations. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { drawCharts, pageTypes } from './helpers.ts';

const types = await pageTypes();

for (const prefix of ['/', '/en/']) {
  for (const { name, route } of types) {
    test(`axe: ${name} (${prefix === '/' ? 'zh-CN' : 'en'})`, async ({ page }) => {
      await page.goto(prefix + route);
      // Let charts draw: the enhanced page is checked too.
      await drawCharts(page);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(summary).toEqual([]);
      await expect(page.locator('h1')).toHaveCount(1);
    });
  }
}

test('axe: 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
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
