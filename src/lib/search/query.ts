/**
 * The search state lives in the URL (`?q=养老&mode=purchase&mode=grant&sort=amount-desc`), so a
 * shared address restores it. Shared by the page script and the tests; no DOM here.
 */
import { FACET_KEYS, type FacetKey } from './facets.ts';

/** Pagefind sort keys on each record (see records.ts). */
export const SORT_KEYS = ['amount', 'date', 'score'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_OPTIONS = ['relevance', 'amount-desc', 'amount-asc', 'date-desc', 'date-asc', 'score-desc', 'score-asc'] as const;
export type SortOption = (typeof SORT_OPTIONS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortOption;
}

const MAX_VALUE_LENGTH = 200;

function isSortOption(value: string): value is SortOption {
  return (SORT_OPTIONS as readonly string[]).includes(value);
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters: Partial<Record<FacetKey, string[]>> = {};
  for (const key of FACET_KEYS) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()).filter((v) => v && v.length <= MAX_VALUE_LENGTH))];
    if (values.length) filters[key] = values;
  }
  const sort = params.get('sort') ?? '';
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_VALUE_LENGTH),
    filters,
    sort: isSortOption(sort) ? sort : 'relevance',
  };
}

/** The canonical query string: q, then facets in form order, then sort (default sort left out). */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FACET_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((values) => values && values.length > 0);
}

export interface PagefindQuery {
  /** null runs a filter-only search (every record matching the filters). */
  term: string | null;
  /** Any of the chosen values within a facet; all facets together. */
  filters: Record<string, { any: string[] }>;
  sort: Partial<Record<SortKey, 'asc' | 'desc'>>;
}

/** What to ask Pagefind for, or null when there is nothing to search (no words, no filters). */
export function pagefindQuery(state: SearchState): PagefindQuery | null {
  if (!state.q && !hasFilters(state)) return null;
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FACET_KEYS) {
    const values = state.filters[key];
    if (values?.length) filters[key] = { any: values };
  }
  const sort: PagefindQuery['sort'] = {};
  if (state.sort !== 'relevance') {
    const [key, dir] = state.sort.split('-') as [SortKey, 'asc' | 'desc'];
    sort[key] = dir;
  }
  return { term: state.q || null, filters, sort };
}
