/** A resident: from the home page to a partnership in their street, and its feedback link. */
import { expect, test } from '@playwright/test';
import { siteData } from './helpers.ts';
import { groupDistricts } from '../../src/lib/format/districts.ts';
import { count, yuan } from '../../src/lib/format/money.ts';
import { sumFen } from '../../src/lib/values/money.ts';

test('home → partnerships → one in my street → feedback carries its id', async ({ page }) => {
  const { config, dataset } = await siteData();
  await page.goto('/');
  await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '合作项目' }).click();
  await expect(page).toHaveURL(/\/projects\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('合作项目');

  // The resident's street: the district of the first row listed, among real streets (not 全区).
  const rows = page.locator('table.partnerships tbody tr');
  const firstRowId = await rows.first().getAttribute('data-id');
  const listed = dataset.partnerships.find((p) => p.id === firstRowId);
  expect(listed, 'the first row is a partnership of the dataset').toBeTruthy();
  const street = listed!.district;
  const row = rows.filter({ has: page.locator('td', { hasText: street }) }).first();
  const id = await row.getAttribute('data-id');
  const partnership = dataset.partnerships.find((p) => p.id === id)!;
  expect(partnership.district).toBe(street);

  await row.getByRole('link', { name: partnership.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(partnership.title);

  const feedback = page.locator('a[data-feedback]');
  await expect(feedback).toBeVisible();
  const href = (await feedback.getAttribute('href'))!;
  const template = config.feedback.form_url;
  expect(href.startsWith(template.slice(0, template.indexOf('{')))).toBe(true);
  expect(href).toContain(encodeURIComponent(partnership.id));
  expect(decodeURIComponent(href)).toContain(partnership.title);
  expect(await feedback.getAttribute('rel')).toContain('noopener');
});

test('on a phone the partnerships are cards of labelled lines, with nothing to scroll sideways; print keeps the table', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const prefix of ['/', '/en/']) {
    await page.goto(`${prefix}projects/`);
    const table = page.locator('table.partnerships');
    const headings = (await table.locator('thead th').allTextContents()).map((h) => h.replace(/[▲▼]/g, '').trim());
    const wrap = page.locator('.table-wrap:has(> table.partnerships)');
    expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth), `${prefix}projects/`).toBeLessThanOrEqual(0);
    const first = table.locator('tbody tr').first();
    // Each line after the title is labelled with its column's heading, in the same order.
    expect(await first.locator('td').evaluateAll((cells) => cells.map((c) => getComputedStyle(c, '::before').content.replace(/^"|"$/g, '')))).toEqual(headings.slice(1));
    // The amount is on screen, not beyond the right edge.
    const amount = await first.locator('td.num .money').first().boundingBox();
    expect(amount && amount.x + amount.width).toBeLessThanOrEqual(360);
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('table.partnerships thead')).toBeVisible();
  expect(await page.locator('table.partnerships tbody tr').first().evaluate((row) => getComputedStyle(row).display)).toBe('table-row');
});

test('home → my street → its partnerships, all of them, with totals that add up; and back from a partnership', async ({ page }) => {
  const { dataset } = await siteData();
  const districts = groupDistricts(dataset.partnerships);
  const street = districts.find((d) => d.partnerships.length > 1)!;
  await page.goto('/');
  const links = page.locator('section:has(> h2#districts-heading) ul a');
  await expect(links).toHaveCount(Math.min(districts.length, 24));
  await links.filter({ hasText: street.name }).click();
  await expect(page).toHaveURL(new RegExp(`/districts/${street.slug}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(street.name);
  await expect(page.locator('[data-figure="district-count"]')).toHaveText(count(street.partnerships.length));
  await expect(page.locator('[data-figure="district-value"]')).toContainText(yuan(sumFen(street.partnerships.map((p) => p.contract_value))));
  // Every partnership of the street, in order, across the pages; none from elsewhere.
  const listed: string[] = [];
  for (let n = 1; ; n++) {
    listed.push(...((await page.locator('table.partnerships tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')))) as string[]));
    const next = page.locator('nav.pagination a[rel="next"]');
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(new RegExp(`/districts/${street.slug}/page/${n + 1}/$`));
  }
  expect(listed).toEqual(street.partnerships.map((p) => p.id));

  // A partnership's street links back to this page, from its page and from the main listing.
  const one = street.partnerships[0]!;
  await page.goto(`/en/projects/${one.id}/`);
  await page.locator('.facts a', { hasText: street.name }).click();
  await expect(page).toHaveURL(new RegExp(`/en/districts/${street.slug}/$`));
  await page.goto('/projects/');
  await expect(page.locator(`table.partnerships tr[data-id="${one.id}"] a[href$="/districts/${street.slug}/"]`)).toHaveText(street.name);
});

test('/districts/: every street with its count and contract value, and a totals row that is their sum', async ({ page }) => {
  const { dataset } = await siteData();
  const districts = groupDistricts(dataset.partnerships);
  await page.goto('/districts/');
  const rows = page.locator('table[data-table="districts"] tbody tr');
  await expect(rows).toHaveCount(districts.length);
  for (const [i, d] of districts.entries()) {
    const row = rows.nth(i);
    await expect(row.locator('th a')).toHaveText(d.name);
    await expect(row.locator('th a')).toHaveAttribute('href', `/districts/${d.slug}/`);
    await expect(row.locator('td').nth(0)).toHaveText(count(d.partnerships.length));
    await expect(row.locator('td').nth(1)).toContainText(yuan(dataset.totals.by_district[d.name] ?? 0));
  }
  const foot = page.locator('table[data-table="districts"] tfoot td');
  // The totals row is the sum of the rows above it.
  await expect(foot.nth(0)).toHaveText(count(districts.reduce((n, d) => n + d.partnerships.length, 0)));
  await expect(foot.nth(1)).toContainText(yuan(sumFen(districts.map((d) => dataset.totals.by_district[d.name] ?? 0))));
});
