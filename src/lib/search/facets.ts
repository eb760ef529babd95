/**
 * Search facets (Pagefind filters). Only low-cardinality values: never an id. Values are stable
 * codes where a vocabulary exists (so a shared URL reads `?mode=purchase` in both languages) and
 * names where none does (district, government, year). Facets other than `kind` describe
 * partnerships only, so choosing one narrows the results to partnerships.
 */
import type { Dataset, Organization, Partnership } from '../dataset/types.ts';
import type { Lang } from '../format/money.ts';
import { localText } from '../format/labels.ts';
import { fundingBand, type FundingBand } from './bands.ts';

export const RECORD_KINDS = ['partnership', 'organization', 'government', 'page'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** In the order the search form shows them; each is also the URL parameter name. */
export const FACET_KEYS = ['kind', 'district', 'mode', 'field', 'status', 'year', 'government', 'band', 'grade', 'signals'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Above this many governments the facet would be a wall of checkboxes and a heavy filter file: it is left out. */
export const GOVERNMENT_FACET_LIMIT = 50;

export const NO_GRADE = 'none';
export const SIGNAL_VALUES = ['yes', 'no'] as const;

export interface FacetContext {
  organizationsById: ReadonlyMap<string, Organization>;
  bands: readonly FundingBand[];
  /** Partnerships with at least one integrity signal. */
  flagged: ReadonlySet<string>;
  /** False when the dataset has more than GOVERNMENT_FACET_LIMIT governments. */
  governmentFacet: boolean;
}

export type FacetValues = Partial<Record<FacetKey, string[]>>;

export function organizationKind(org: Organization): RecordKind {
  return org.kind === 'government' ? 'government' : 'organization';
}

export function facetContext(dataset: Dataset, bands: readonly FundingBand[], flagged: ReadonlySet<string>): FacetContext {
  const governments = dataset.organizations.filter((o) => o.kind === 'government').length;
  return {
    organizationsById: new Map(dataset.organizations.map((o) => [o.id, o])),
    bands,
    flagged,
    governmentFacet: governments <= GOVERNMENT_FACET_LIMIT,
  };
}

/** An organization's name as a reader of `lang` sees it (English name when there is one). */
export function organizationName(org: Organization, lang: Lang): string {
  return localText(org.name, org.name_en, lang).text;
}

/** The filter values of one partnership record. */
export function partnershipFacets(p: Partnership, ctx: FacetContext, lang: Lang): FacetValues {
  const government = p.government_id ? ctx.organizationsById.get(p.government_id) : undefined;
  const values: FacetValues = {
    kind: ['partnership'],
    district: [p.district],
    mode: [p.mode],
    field: [p.field],
    status: [p.status],
    year: [String(p.year)],
    band: [fundingBand(p.contract_value, ctx.bands).code],
    grade: [p.figures.latest_evaluation?.grade ?? NO_GRADE],
    signals: [ctx.flagged.has(p.id) ? 'yes' : 'no'],
  };
  if (ctx.governmentFacet && government) values.government = [organizationName(government, lang)];
  return values;
}
