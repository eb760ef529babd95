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
