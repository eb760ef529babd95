/** Every page type links to its other-language mirror, and the mirror links back. */
import { expect, test } from '@playwright/test';
import { pageTypes } from './helpers.ts';

const types = await pageTypes();

for (const { name, route } of types) {
  test(`mirror: ${name}`, async ({ page }) => {
    await page.goto('/' + route);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.locator('a.lang-switch').click();
    await expect(page).toHaveURL(new RegExp(`/en/${route.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.locator('a.lang-switch').click();
    await expect(page).toHaveURL(new RegExp(`127\\.0\\.0\\.1:\\d+/${route.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
}
