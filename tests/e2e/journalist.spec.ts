/** A journalist: from the money page to the largest recipient; its sums agree with the dataset. */
import { expect, test } from '@playwright/test';
import { fenFromText, siteData } from './helpers.ts';
import { sumFen } from '../../src/lib/values/money.ts';

test('finance → largest recipient → partnership amounts add up to its total', async ({ page }) => {
  const { dataset } = await siteData();
  await page.goto('/finance/');
  const recipients = page.locator('table[data-table="recipients"] tbody tr');
  await expect(recipients.first()).toBeVisible();
  const link = recipients.first().getByRole('link');
  const name = (await link.textContent())!.trim();
  await link.click();

  const org = dataset.organizations.find((o) => o.name === name)!;
  expect(org, `organization ${name} is in the dataset`).toBeTruthy();
  const figures = org.as_partner!;
  // Largest by the dataset's own figure.
  const largest = Math.max(...dataset.organizations.filter((o) => o.kind !== 'government').map((o) => o.as_partner?.attributed_total ?? 0));
  expect(figures.attributed_total).toBe(largest);

  // The headline total, exactly.
  const headline = await page.locator('[data-figure="attributed-total"] .money-exact, [data-figure="attributed-total"] > .money').first().textContent();
  expect(fenFromText(headline!)).toBe(figures.attributed_total);

  // Every partnership's attributed amount on the page adds up to the total.
  const table = page.getByRole('table', { name: '该组织参与的合作项目' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(figures.partnership_ids.length);
  const amounts = await rows.evaluateAll((trs) => trs.map((tr) => (tr.querySelectorAll('td.num')[1]?.textContent ?? '')));
  const onPage = sumFen(amounts.map(fenFromText));
  expect(onPage).toBe(figures.attributed_total);

  // …and so do the dataset's own parts: partner rows and the per-year figures.
  const parts = dataset.partnerships.flatMap((p) => p.partners.filter((x) => x.organization_id === org.id).map((x) => x.attributed));
  expect(sumFen(parts)).toBe(figures.attributed_total);
  expect(sumFen(Object.values(figures.attributed_by_year))).toBe(figures.attributed_total);

  // The per-year table's total row shows the same total.
  const yearTable = page.getByRole('table', { name: '每年分配的合同金额' });
  const yearRows = await yearTable.locator('tbody tr td.num').allTextContents();
  expect(sumFen(yearRows.map(fenFromText))).toBe(figures.attributed_total);
  expect(fenFromText((await yearTable.locator('tfoot td.num').first().textContent())!)).toBe(figures.attributed_total);
});

test('a partnership page: transactions add up to its disbursed and spent figures', async ({ page }) => {
  const { dataset } = await siteData();
  const p = [...dataset.partnerships].sort((a, b) => b.transactions.length - a.transactions.length)[0]!;
  await page.goto(`/projects/${p.id}/`);
  const rows = page.locator('table[data-table="transactions"] tbody tr');
  await expect(rows).toHaveCount(p.transactions.length);
  const parsed = await rows.evaluateAll((trs) => trs.map((tr) => ({ kind: tr.getAttribute('data-kind'), text: tr.querySelector('td.num')?.textContent ?? '' })));
  const sumOf = (kind: string) => sumFen(parsed.filter((r) => r.kind === kind).map((r) => fenFromText(r.text)));
  expect(sumOf('disbursement') - sumOf('refund')).toBe(p.figures.disbursed);
  expect(sumOf('expenditure')).toBe(p.figures.spent);
  expect(fenFromText((await page.locator('[data-figure="disbursed"]').textContent())!)).toBe(p.figures.disbursed);
  expect(fenFromText((await page.locator('[data-figure="spent"]').textContent())!)).toBe(p.figures.spent);
});
