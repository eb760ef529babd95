/**
 * axe with the WCAG 2.1 A and AA rules, on the page as it is now: one line per violation.
 *
 * Colour contrast depends on the stylesheet and the elements, which a page's Chinese and English
 * versions share; it is also the slowest rule (about two thirds of a run, and the suite runs axe
 * some fifty times). So it runs on Chinese pages (every page type has one) and English pages get
 * every other rule, among them the language checks that differ between the two.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function axeViolations(page: Page): Promise<string[]> {
  const english = (await page.evaluate(() => document.documentElement.lang)) === 'en';
  const builder = new AxeBuilder({ page }).withTags(WCAG_21_AA);
  if (english) builder.disableRules(['color-contrast']);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
