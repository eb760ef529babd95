/** Shared by the browser tests: the dataset the site was built from, and page types to visit. */
import { existsSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import path from 'node:path';
import { loadSiteData, type SiteData } from '../../src/lib/dataset/load.ts';
import type { Organization, Partnership } from '../../src/lib/dataset/types.ts';
import { groupDistricts } from '../../src/lib/format/districts.ts';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The dataset the build published: the same pipeline over the same content/. */
export function siteData(): Promise<SiteData> {
  return loadSiteData(process.env.SUNLIGHT_ROOT ?? ROOT);
}

/** Parses `¥1,234.56` (as the site prints money) into integer 分, by digits only. */
export function fenFromText(text: string): number {
  const m = /(-)?¥([\d,]+)\.(\d{2})/.exec(text);
  if (!m) throw new Error(`no amount in ${JSON.stringify(text)}`);
  const fen = Number((m[2] as string).replace(/,/g, '')) * 100 + Number(m[3]);
  return m[1] ? -fen : fen;
}

/** The partnership with the most rows of children: the richest page to check. */
export function richestPartnership(partnerships: Partnership[]): Partnership {
  const weight = (p: Partnership) => p.transactions.length + p.tasks.length + p.evaluations.length + p.events.length + p.documents.length + p.meetings.length;
  return [...partnerships].sort((a, b) => weight(b) - weight(a) || a.id.localeCompare(b.id))[0] as Partnership;
}

/** One address per page type (Chinese route; English under /en/). */
export async function pageTypes(): Promise<{ name: string; route: string }[]> {
  const { dataset } = await siteData();
  const p = richestPartnership(dataset.partnerships);
  const social = biggest(dataset.organizations.filter((o) => o.kind === 'social' && o.as_partner));
  const evaluator = dataset.organizations.find((o) => o.kind === 'evaluator' && o.as_evaluator);
  const government = [...dataset.organizations]
    .filter((o) => o.kind === 'government' && o.as_government)
    .sort((a, b) => (b.as_government?.partnership_ids.length ?? 0) - (a.as_government?.partnership_ids.length ?? 0))[0];
  const types = [
    { name: 'home', route: '' },
    { name: 'projects', route: 'projects/' },
    { name: 'projects sorted', route: 'projects/sort/value-desc/' },
    { name: 'partnership', route: `projects/${p.id}/` },
    { name: 'organizations', route: 'organizations/' },
    { name: 'governments', route: 'governments/' },
    { name: 'finance', route: 'finance/' },
    { name: 'evaluations', route: 'evaluations/' },
    { name: 'search', route: 'search/' },
  ];
  if (social) types.push({ name: 'organization', route: `organizations/${social.id}/` });
  if (evaluator) types.push({ name: 'evaluator', route: `organizations/${evaluator.id}/` });
  if (government) types.push({ name: 'government', route: `governments/${government.id}/` });
  const [street] = groupDistricts(dataset.partnerships).sort((a, b) => b.partnerships.length - a.partnerships.length);
  types.push({ name: 'districts', route: 'districts/' });
  if (street) types.push({ name: 'district', route: `districts/${street.slug}/` });
  const contentRoot = path.join(process.env.SUNLIGHT_ROOT ?? ROOT, 'content');
  const mdx = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).sort() : []);
  const page = mdx(path.join(contentRoot, 'pages'))[0];
  if (page) types.push({ name: 'content page', route: `pages/${page}/` });
  const narrative = mdx(path.join(contentRoot, 'projects')).find((id) => dataset.partnerships.some((x) => x.id === id && x.id !== p.id));
  if (narrative) types.push({ name: 'partnership with narrative', route: `projects/${narrative}/` });
  return types;
}

export function biggest(orgs: Organization[]): Organization | undefined {
  return [...orgs].sort((a, b) => (b.as_partner?.attributed_total ?? 0) - (a.as_partner?.attributed_total ?? 0) || a.id.localeCompare(b.id))[0];
}

/**
 * Brings every chart into view, one after the other (Chart.js is loaded when a chart comes near the
 * screen, src/components/chart-loader.ts), and waits until each is drawn. Returns how many there are.
 */
export async function drawCharts(page: Page): Promise<number> {
  const figures = await page.locator('figure.chart:has([data-chart])').all();
  for (const figure of figures) await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('[data-chart]')].every((h) => h.dataset.drawn === '1'), undefined, { timeout: 20_000 });
  return figures.length;
}
