/**
 * Search (Pagefind, built by scripts/lib/search-index.ts) in the browser. Expected results are
 * computed here from the dataset the site was built from, never written down by hand.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { evaluateSignals, flagsForPartnership } from '../../src/lib/signals/index.ts';
import type { Dataset, Partnership } from '../../src/lib/dataset/types.ts';
import type { PortalConfig } from '../../src/lib/schema/config.ts';
import { searchZhCN } from '../../src/i18n/search.zh-CN.ts';
import { fenFromText, siteData } from './helpers.ts';

const { dataset, config } = (await siteData()) as { dataset: Dataset; config: PortalConfig };
const orgsById = new Map(dataset.organizations.map((o) => [o.id, o]));
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Runs the search in `query` and returns every result's address, loading all pages of results. */
async function search(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  return allResults(page);
}

async function allResults(page: Page): Promise<string[]> {
  await page.locator('[data-search][data-search-done]').waitFor();
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await page.locator('[data-search-results] > li').count();
    await more.click();
    await expect(page.locator('[data-search-results] > li')).not.toHaveCount(before);
  }
  return page.locator('[data-search-results] > li h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

const projectUrl = (id: string, prefix = '/') => `${prefix}projects/${encodeURIComponent(id)}/`;
const ids = (urls: string[]) => urls.filter((u) => u.startsWith('/projects/')).map((u) => decodeURIComponent(u.split('/')[2] ?? ''));
const sorted = (list: string[]) => [...list].sort(byId);

/** The band code of a contract value, from the configured upper bounds in 元 (bounds inclusive). */
function bandCode(fen: number): string {
  const bounds = [...new Set(config.search.funding_bands_yuan)].sort((a, b) => a - b);
  let previous: number | null = null;
  for (const bound of bounds) {
    if (fen <= bound * 100) return previous === null ? `upto-${bound}` : `${previous}-${bound}`;
    previous = bound;
  }
  return `over-${previous}`;
}

const flags = evaluateSignals(dataset, config.signals);

/** Each facet: the value a reader picks (the most common one) and which partnerships it must leave. */
const FACETS: Record<string, (p: Partnership) => string | null> = {
  district: (p) => p.district,
  mode: (p) => p.mode,
  field: (p) => p.field,
  status: (p) => p.status,
  year: (p) => String(p.year),
  government: (p) => (p.government_id ? orgsById.get(p.government_id)?.name ?? null : null),
  band: (p) => bandCode(p.contract_value),
  grade: (p) => p.figures.latest_evaluation?.grade ?? 'none',
  signals: (p) => (flagsForPartnership(flags, p.id).length > 0 ? 'yes' : 'no'),
};

function mostCommon(values: (string | null)[]): string {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || byId(a[0], b[0]))[0]![0];
}

test('a two-character Chinese word from the middle of a title finds that partnership', async ({ page }) => {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  let pick: { p: Partnership; word: string } | undefined;
  for (const p of [...dataset.partnerships].sort((a, b) => byId(a.id, b.id))) {
    const word = [...segmenter.segment(p.title)].find((s) => /^\p{Script=Han}{2}$/u.test(s.segment) && s.index > 0 && s.index + 2 < p.title.length);
    if (word) {
      pick = { p, word: word.segment };
      break;
    }
  }
  expect(pick, 'some title has a two-character word in its middle').toBeTruthy();
  const { p, word } = pick!;
  const urls = await search(page, `/search/?q=${encodeURIComponent(word)}`);
  expect(urls).toContain(projectUrl(p.id));
  const result = page.locator('[data-search-results] > li', { has: page.locator(`h3 a[href="${projectUrl(p.id)}"]`) });
  await expect(result.locator('h3')).toHaveText(p.title);
  await expect(result.locator('mark').first()).toBeVisible();
  await expect(page.locator('[data-search-status]')).toContainText(String(urls.length));
});

test('an organization’s name finds its profile and its partnerships', async ({ page }) => {
  const org = [...dataset.organizations]
    .filter((o) => o.kind === 'social' && o.as_partner && o.as_partner.partnership_ids.length > 0)
    .sort((a, b) => b.as_partner!.partnership_ids.length - a.as_partner!.partnership_ids.length || byId(a.id, b.id))[0];
  expect(org).toBeTruthy();
  const urls = await search(page, `/search/?q=${encodeURIComponent(org!.name)}`);
  expect(urls).toContain(`/organizations/${encodeURIComponent(org!.id)}/`);
  for (const id of org!.as_partner!.partnership_ids) expect(urls).toContain(projectUrl(id));
});

test('an English word on /en/search/ finds English pages', async ({ page }) => {
  const p = [...dataset.partnerships].sort((a, b) => byId(a.id, b.id)).find((x) => x.title_en && /[A-Za-z]{5,}/.test(x.title_en));
  test.skip(!p, 'no partnership has an English title');
  const word = /[A-Za-z]{5,}/.exec(p!.title_en!)![0];
  const urls = await search(page, `/en/search/?q=${encodeURIComponent(word)}`);
  expect(urls).toContain(projectUrl(p!.id, '/en/'));
  expect(urls.every((u) => u.startsWith('/en/'))).toBe(true);
  await expect(page.locator('h1')).toHaveText('Search');
  await expect(page.locator('[data-search-status]')).toContainText('found');
});

for (const [facet, valueOf] of Object.entries(FACETS)) {
  test(`facet ${facet} narrows the results to exactly the matching partnerships`, async ({ page }) => {
    const value = mostCommon(dataset.partnerships.map(valueOf));
    const expected = dataset.partnerships.filter((p) => valueOf(p) === value).map((p) => p.id);
    const urls = await search(page, `/search/?${new URLSearchParams({ [facet]: value })}`);
    expect(sorted(ids(urls))).toEqual(sorted(expected));
    expect(urls.length).toBe(expected.length);
    await expect(page.locator(`input[type=checkbox][name="${facet}"][value="${value}"]`)).toBeChecked();
  });
}

test('facet kind: organizations only', async ({ page }) => {
  const expected = dataset.organizations.filter((o) => o.kind !== 'government').map((o) => `/organizations/${encodeURIComponent(o.id)}/`);
  const urls = await search(page, '/search/?kind=organization');
  expect(sorted(urls)).toEqual(sorted(expected));
});

test('a facet narrows a word search to the matching part of its results', async ({ page }) => {
  const word = mostCommon(dataset.partnerships.map((p) => p.district));
  const all = ids(await search(page, `/search/?q=${encodeURIComponent(word)}`));
  const mode = mostCommon(dataset.partnerships.filter((p) => all.includes(p.id)).map((p) => p.mode));
  // Through the form, as a reader does it: tick the box, press Search.
  const facet = page.locator('details[data-facet="mode"]');
  if (!(await facet.evaluate((d) => (d as HTMLDetailsElement).open))) await facet.locator('summary').click();
  await page.locator(`input[name="mode"][value="${mode}"]`).check();
  await page.locator('.search-filters button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`[?&]mode=${mode}(&|$)`));
  const narrowed = ids(await allResults(page));
  const modeOf = new Map(dataset.partnerships.map((p) => [p.id, p.mode]));
  expect(sorted(narrowed)).toEqual(sorted(all.filter((id) => modeOf.get(id) === mode)));
});

for (const dir of ['desc', 'asc'] as const) {
  test(`sort by amount ${dir === 'desc' ? 'high to low' : 'low to high'}`, async ({ page }) => {
    const urls = await search(page, `/search/?kind=partnership&sort=amount-${dir}`);
    const amounts = await page.locator('[data-search-results] > li').evaluateAll((items) => items.map((li) => li.textContent ?? ''));
    const shown = amounts.map(fenFromText);
    const expected = dataset.partnerships.map((p) => p.contract_value).sort((a, b) => (dir === 'desc' ? b - a : a - b));
    expect(shown).toEqual(expected);
    // Each result's amount is its own partnership's.
    const value = new Map(dataset.partnerships.map((p) => [p.id, p.contract_value]));
    expect(ids(urls).map((id) => value.get(id))).toEqual(expected);
  });
}

test('an empty result says so and suggests what to try', async ({ page }) => {
  const urls = await search(page, `/search/?q=${encodeURIComponent('zqxjvkw')}`);
  expect(urls).toEqual([]);
  await expect(page.locator('[data-search-status]')).toHaveText('没有找到与“zqxjvkw”相符的结果。');
  const suggestions = page.locator('[data-search-empty]');
  await expect(suggestions).toBeVisible();
  await expect(suggestions.locator('li')).toHaveCount(3);
  await expect(suggestions).toContainText('减少搜索词');
  await expect(suggestions).toContainText('筛选条件');
  await expect(suggestions).toContainText('简称');
});

test('a shared URL restores the words, facets and sort; the form writes them back', async ({ page }) => {
  const p = [...dataset.partnerships].sort((a, b) => b.contract_value - a.contract_value || byId(a.id, b.id))[0]!;
  const params = new URLSearchParams([
    ['q', p.district],
    ['mode', p.mode],
    ['year', String(p.year)],
    ['sort', 'amount-desc'],
  ]);
  const urls = await search(page, `/search/?${params}`);
  await expect(page.locator('#search-q')).toHaveValue(p.district);
  await expect(page.locator(`input[name="mode"][value="${p.mode}"]`)).toBeChecked();
  await expect(page.locator(`input[name="year"][value="${p.year}"]`)).toBeChecked();
  await expect(page.locator('details[data-facet="mode"]')).toHaveAttribute('open', '');
  await expect(page.locator('#search-sort')).toHaveValue('amount-desc');
  expect(urls[0]).toBe(projectUrl(p.id));

  // Changing the sort through the form updates the address, so it can be shared again.
  await page.locator('#search-sort').selectOption('amount-asc');
  await page.locator('#search-q').press('Enter');
  await expect(page).toHaveURL(/sort=amount-asc/);
  await expect(page).toHaveURL(/mode=/);
  const reversed = await allResults(page);
  expect(reversed.at(-1)).toBe(projectUrl(p.id));
  // Back restores the previous search.
  await page.goBack();
  await expect(page.locator('#search-sort')).toHaveValue('amount-desc');
  expect((await allResults(page))[0]).toBe(projectUrl(p.id));
});

test('keyboard: facets and results are reachable and labelled; the count is announced', async ({ page }) => {
  await search(page, `/search/?q=${encodeURIComponent(dataset.partnerships[0]!.district)}`);
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  for (const box of await page.locator('input[type=checkbox]').all()) {
    const id = await box.getAttribute('id');
    await expect(page.locator(`label[for="${id}"]`)).toHaveCount(1);
  }
  await expect(page.locator('fieldset legend').first()).toBeAttached();
  await page.locator('#search-q').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#search-form button[type="submit"]')).toBeFocused();
});

test('keyboard: a facet opens from its summary; its checkboxes are named by their labels and tick with Space', async ({ page }) => {
  await search(page, `/search/?q=${encodeURIComponent(dataset.partnerships[0]!.district)}`);
  const facet = page.locator('details[data-facet="district"]');
  await expect(facet).not.toHaveAttribute('open');
  await facet.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(facet).toHaveAttribute('open', '');
  // The checkboxes are made by the script from the page's data: one per district, named by it.
  const districts = sorted([...new Set(dataset.partnerships.map((p) => p.district))]);
  const group = page.getByRole('group', { name: searchZhCN.facets.district });
  await expect(group.getByRole('checkbox')).toHaveCount(districts.length);
  // Each is named by its label: the district, then its count once the facet's counts are in.
  for (const box of await group.getByRole('checkbox').all()) {
    const value = (await box.getAttribute('value')) ?? '';
    expect(districts).toContain(value);
    await expect(box).toHaveAccessibleName(new RegExp(`^${value.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}( \\(|$)`));
  }
  await page.keyboard.press('Tab');
  const first = group.getByRole('checkbox').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  // Ticked boxes go with the form, though the facets are outside it.
  const value = await first.getAttribute('value');
  await page.locator('.search-filters button[type="submit"]').click();
  await expect.poll(() => new URL(page.url()).searchParams.getAll('district')).toEqual([value]);
});

for (const prefix of ['/', '/en/']) {
  test(`axe: results, facet counts and an empty result pass WCAG 2.1 AA (${prefix})`, async ({ page }) => {
    const p = dataset.partnerships[0]!;
    await search(page, `${prefix}search/?${new URLSearchParams({ q: p.district, mode: p.mode })}`);
    for (const details of await page.locator('details[data-facet]').all()) await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
    expect(await axeViolations(page)).toEqual([]);
    await search(page, `${prefix}search/?q=zqxjvkw`);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('320 px wide: the search page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await search(page, `/search/?q=${encodeURIComponent(dataset.partnerships[0]!.district)}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says search needs JavaScript and links to the lists', async ({ page }) => {
    await page.goto('/search/?q=test');
    const message = page.locator('[data-search-nojs]');
    await expect(message).toBeVisible();
    await expect(message).toContainText('JavaScript');
    await expect(message.locator('a[href="/projects/"]')).toBeVisible();
    await expect(message.locator('a[href="/organizations/"]')).toBeVisible();
    await expect(page.locator('[data-search]')).toBeHidden();
  });
});
