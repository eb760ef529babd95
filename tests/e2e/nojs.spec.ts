/** Without JavaScript every page shows all its data: tables carry the numbers, charts are extra. */
import { expect, test } from '@playwright/test';
import { richestPartnership, siteData } from './helpers.ts';
import { PAGE_SIZE } from '../../src/lib/format/listing.ts';

test.use({ javaScriptEnabled: false });

test('partnership page: every child record is in its table', async ({ page }) => {
  const { dataset } = await siteData();
  const p = richestPartnership(dataset.partnerships);
  await page.goto(`/projects/${p.id}/`);
  const count = (table: string) => page.locator(`table[data-table="${table}"] tbody tr`);
  await expect(count('transactions')).toHaveCount(p.transactions.length);
  await expect(count('tasks')).toHaveCount(p.tasks.length);
  await expect(count('evaluations')).toHaveCount(p.evaluations.length);
  await expect(count('documents')).toHaveCount(p.documents.length);
  await expect(count('meetings')).toHaveCount(p.meetings.length);
  await expect(count('budget')).toHaveCount(p.budget_lines.length);
  await expect(page.locator('ol.timeline > li')).toHaveCount(p.events.length);
  // The chart canvas stays hidden; its table is there.
  await expect(page.locator('.chart-canvas').first()).toBeHidden();
  await expect(page.locator('figure.chart table').first()).toBeVisible();
});

test('partnerships listing: pages and sorts work as plain links', async ({ page }) => {
  const { dataset } = await siteData();
  const n = dataset.partnerships.length;
  await page.goto('/projects/');
  await expect(page.locator('table.partnerships tbody tr')).toHaveCount(Math.min(PAGE_SIZE, n));
  await page.getByRole('link', { name: '合同金额（高到低）' }).click();
  await expect(page).toHaveURL(/\/projects\/sort\/value-desc\/$/);
  const first = await page.locator('table.partnerships tbody tr').first().getAttribute('data-id');
  const max = Math.max(...dataset.partnerships.map((p) => p.contract_value));
  expect(dataset.partnerships.find((p) => p.id === first)?.contract_value).toBe(max);
  if (n > PAGE_SIZE) {
    await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '下一页' }).click();
    await expect(page).toHaveURL(/\/projects\/sort\/value-desc\/page\/2\/$/);
    await expect(page.locator('table.partnerships tbody tr')).toHaveCount(Math.min(PAGE_SIZE, n - PAGE_SIZE));
  }
});

test('home page: headline figures and chart tables', async ({ page }) => {
  const { dataset } = await siteData();
  await page.goto('/');
  const years = Object.keys(dataset.totals.by_year_mode);
  for (const table of await page.locator('figure.chart table').all()) {
    await expect(table.locator('tbody tr')).toHaveCount(years.length);
  }
  await expect(page.locator('.figure-card').first()).toContainText(String(dataset.totals.partnerships));
});

test('organization and government pages list every partnership', async ({ page }) => {
  const { dataset } = await siteData();
  for (const org of dataset.organizations) {
    if (org.kind === 'social' && org.as_partner) {
      await page.goto(`/organizations/${org.id}/`);
      await expect(page.locator('table.partnerships tbody tr')).toHaveCount(org.as_partner.partnership_ids.length);
    }
    if (org.kind === 'government' && org.as_government) {
      await page.goto(`/governments/${org.id}/`);
      await expect(page.locator('table.partnerships tbody tr')).toHaveCount(org.as_government.partnership_ids.length);
      await expect(page.locator('table[data-table="partners"] tbody tr')).toHaveCount(Object.keys(org.as_government.by_partner).length);
    }
  }
});
