/**
 * Search records: one per partnership, organization, government and page, per locale, built from
 * the dataset (never by re-reading the generated HTML). Each record carries what a reader searches
 * (its body text), what a result shows (meta), its facet values (filters) and its sort keys.
 */
import type { Dataset, Organization, Partnership } from '../dataset/types.ts';
import type { Lang } from '../format/money.ts';
import { yuan } from '../format/money.ts';
import { label, localText } from '../format/labels.ts';
import { localePath, organizationRoute, partnershipRoute } from '../format/paths.ts';
import { FIELDS, MODES, ORGANIZATION_SUBTYPES, STATUSES } from '../schema/vocabularies.ts';
import type { Fen } from '../values/money.ts';
import type { FundingBand } from './bands.ts';
import { facetContext, organizationKind, organizationName, partnershipFacets, type FacetContext, type RecordKind } from './facets.ts';

/** Pagefind's custom record (`addCustomRecord`). */
export interface SearchRecord {
  url: string;
  content: string;
  language: PagefindLanguage;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Pagefind index language per site locale: one index each. */
export type PagefindLanguage = 'zh-cn' | 'en';
export const PAGEFIND_LANGUAGE: Record<Lang, PagefindLanguage> = { 'zh-CN': 'zh-cn', en: 'en' };

/** An MDX page from content/pages, already reduced to text (see mdx-text.ts). */
export interface SearchPage {
  slug: string;
  /** Per locale; a locale without a title and text gets no record. */
  text: Partial<Record<Lang, { title: string; text: string }>>;
}

export interface SearchRecordOptions {
  /** config.site.base: every URL starts with it. */
  base: string;
  locales: readonly Lang[];
  bands: readonly FundingBand[];
  /** Ids of partnerships with at least one integrity signal. */
  flagged: ReadonlySet<string>;
  pages: readonly SearchPage[];
}

/** Route of a content page: content/pages/<slug>.mdx is published at pages/<slug>/ (see layouts/Base.astro). */
export function pageRoute(slug: string): string {
  return `pages/${encodeURIComponent(slug)}/`;
}

/**
 * Sort values are numbers to Pagefind; zero-padded to a fixed width as well, so they also order
 * correctly compared as text. 16 digits hold any safe integer of 分.
 */
export function amountSortKey(fen: Fen): string {
  return String(fen).padStart(16, '0');
}

/** `2024-03-01` -> `20240301`. */
export function dateSortKey(date: string): string {
  return date.replaceAll('-', '');
}

/** A score out of 100 with one decimal, in tenths: 87.5 -> `0875`, 100 -> `1000`. */
export function scoreSortKey(score: number): string {
  return String(Math.round(score * 10)).padStart(4, '0');
}

const SEPARATOR = ' · ';

function join(parts: readonly (string | null | undefined)[]): string {
  return parts.map((p) => (p ?? '').trim()).filter(Boolean).join(SEPARATOR);
}

function partnershipRecord(p: Partnership, ctx: FacetContext, base: string, lang: Lang): SearchRecord {
  const url = localePath(base, lang, partnershipRoute(p.id));
  const nameOf = (id: string | null | undefined) => {
    const org = id ? ctx.organizationsById.get(id) : undefined;
    return org ? organizationName(org, lang) : '';
  };
  const title = localText(p.title, p.title_en, lang).text;
  const government = nameOf(p.government_id);
  const lead = nameOf(p.lead_organization_id);
  const partners = p.partners.map((partner) => nameOf(partner.organization_id));
  // Chinese-only free text (summary, tasks, findings) goes into the Chinese index only: in the
  // English index it would be unsegmented runs of characters that no query can match.
  const chinese = lang === 'zh-CN';
  const content = join([
    title,
    lang === 'en' ? p.title : null,
    chinese ? p.summary : null,
    government,
    ...partners,
    p.district,
    chinese ? p.beneficiary_group : null,
    label(MODES, p.mode, lang),
    label(FIELDS, p.field, lang),
    ...(chinese ? p.tasks.map((t) => t.task) : []),
    ...(chinese ? p.evaluations.map((e) => e.findings) : []),
    p.id,
  ]);
  const meta: Record<string, string> = {
    title,
    kind: 'partnership' satisfies RecordKind,
    url,
    parties: join([government, lead]),
    amount: yuan(p.contract_value),
    status: label(STATUSES, p.status, lang),
    year: String(p.year),
  };
  const sort: Record<string, string> = {
    amount: amountSortKey(p.contract_value),
    date: dateSortKey(p.signed_on ?? p.start_date),
  };
  const score = p.figures.latest_evaluation?.score;
  if (score !== null && score !== undefined) sort.score = scoreSortKey(score);
  const filters = partnershipFacets(p, ctx, lang) as Record<string, string[]>;
  return { url, content, language: PAGEFIND_LANGUAGE[lang], meta, filters, sort };
}

/** What an organization received (as a partner) or a government committed, if anything. */
function organizationAmount(org: Organization): Fen | null {
  if (org.kind === 'government') return org.as_government ? org.as_government.committed_total : null;
  return org.as_partner ? org.as_partner.attributed_total : null;
}

function organizationRecord(org: Organization, base: string, lang: Lang): SearchRecord {
  const url = localePath(base, lang, organizationRoute(org));
  const kind = organizationKind(org);
  const title = organizationName(org, lang);
  const subtype = label(ORGANIZATION_SUBTYPES, org.subtype, lang);
  const chinese = lang === 'zh-CN';
  const content = join([
    title,
    chinese ? org.name_en : org.name,
    subtype,
    org.district,
    chinese ? org.address : null,
    chinese ? org.description : null,
    org.uscc,
  ]);
  const meta: Record<string, string> = { title, kind, url, detail: join([subtype, org.district]) };
  const sort: Record<string, string> = {};
  const amount = organizationAmount(org);
  if (amount !== null) {
    meta.amount = yuan(amount);
    sort.amount = amountSortKey(amount);
  }
  return { url, content, language: PAGEFIND_LANGUAGE[lang], meta, filters: { kind: [kind] }, sort };
}

function pageRecords(page: SearchPage, base: string, lang: Lang): SearchRecord[] {
  const text = page.text[lang];
  if (!text || !(text.title || text.text)) return [];
  const url = localePath(base, lang, pageRoute(page.slug));
  return [
    {
      url,
      content: join([text.title, text.text]),
      language: PAGEFIND_LANGUAGE[lang],
      meta: { title: text.title || page.slug, kind: 'page' satisfies RecordKind, url },
      filters: { kind: ['page'] },
      sort: {},
    },
  ];
}

export function buildSearchRecords(dataset: Dataset, options: SearchRecordOptions): SearchRecord[] {
  const ctx = facetContext(dataset, options.bands, options.flagged);
  const records: SearchRecord[] = [];
  for (const lang of options.locales) {
    for (const p of dataset.partnerships) records.push(partnershipRecord(p, ctx, options.base, lang));
    for (const org of dataset.organizations) records.push(organizationRecord(org, options.base, lang));
    for (const page of options.pages) records.push(...pageRecords(page, options.base, lang));
  }
  return records;
}
