/**
 * The choices the search form offers for each facet: exactly the values the records carry (both
 * come from partnershipFacets), in a reader's order.
 */
import type { Dataset } from '../dataset/types.ts';
import type { Lang } from '../format/money.ts';
import { FIELDS, GRADES, MODES, STATUSES } from '../schema/vocabularies.ts';
import type { FundingBand } from './bands.ts';
import { FACET_KEYS, NO_GRADE, RECORD_KINDS, SIGNAL_VALUES, facetContext, partnershipFacets, type FacetKey } from './facets.ts';

export interface FacetOptions {
  key: FacetKey;
  values: string[];
}

function ordered(present: ReadonlySet<string>, order: readonly string[]): string[] {
  return order.filter((v) => present.has(v));
}

export function facetOptions(
  dataset: Dataset,
  options: { bands: readonly FundingBand[]; flagged: ReadonlySet<string>; hasPages: boolean },
  lang: Lang,
): FacetOptions[] {
  const ctx = facetContext(dataset, options.bands, options.flagged);
  const present = new Map<FacetKey, Set<string>>(FACET_KEYS.map((k) => [k, new Set<string>()]));
  for (const p of dataset.partnerships) {
    for (const [key, values] of Object.entries(partnershipFacets(p, ctx, lang)) as [FacetKey, string[]][]) {
      for (const value of values) present.get(key)?.add(value);
    }
  }
  const kinds = present.get('kind') as Set<string>;
  for (const org of dataset.organizations) kinds.add(org.kind === 'government' ? 'government' : 'organization');
  if (options.hasPages) kinds.add('page');

  const collator = new Intl.Collator(lang);
  const byName = (values: Set<string>) => [...values].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  const result: FacetOptions[] = [];
  for (const key of FACET_KEYS) {
    const values = present.get(key) as Set<string>;
    let list: string[];
    switch (key) {
      case 'kind': list = ordered(values, RECORD_KINDS); break;
      case 'mode': list = ordered(values, MODES.codes); break;
      case 'field': list = ordered(values, FIELDS.codes); break;
      case 'status': list = ordered(values, STATUSES.codes); break;
      case 'grade': list = ordered(values, [...GRADES.codes, NO_GRADE]); break;
      case 'band': list = ordered(values, options.bands.map((b) => b.code)); break;
      case 'signals': list = ordered(values, SIGNAL_VALUES); break;
      case 'year': list = [...values].sort((a, b) => Number(b) - Number(a)); break;
      case 'district':
      case 'government': list = byName(values); break;
    }
    if (list.length) result.push({ key, values: list });
  }
  return result;
}
