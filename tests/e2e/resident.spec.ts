/** A resident: from the home page to a partnership in their street, and its feedback link. */
import { expect, test } from '@playwright/test';
import { siteData } from './helpers.ts';

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
