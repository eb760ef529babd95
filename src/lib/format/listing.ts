/**
 * The partnerships table without JavaScript: a few pre-rendered sort orders, each paginated. The
 * number of pages grows linearly (sorts × pages), so 10,000 partnerships stay a few thousand pages.
 */
export const SORT_KEYS = ['year', 'value', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export interface Sort {
  key: SortKey;
  dir: SortDir;
}

export const DEFAULT_SORT: Sort = { key: 'year', dir: 'desc' };
export const PAGE_SIZE = 50;

export const ALL_SORTS: Sort[] = SORT_KEYS.flatMap((key) => (['desc', 'asc'] as const).map((dir) => ({ key, dir })));

export function sortSlug(sort: Sort): string {
  return `${sort.key}-${sort.dir}`;
}

export function isDefaultSort(sort: Sort): boolean {
  return sort.key === DEFAULT_SORT.key && sort.dir === DEFAULT_SORT.dir;
}

/** The path under `projects/` for a sort and page: `''`, `page/2/`, `sort/value-desc/`, `sort/value-desc/page/3/`. */
export function listingPath(sort: Sort, page: number): string {
  const sortPart = isDefaultSort(sort) ? '' : `sort/${sortSlug(sort)}/`;
  const pagePart = page > 1 ? `page/${page}/` : '';
  return sortPart + pagePart;
}

export interface Listable {
  id: string;
  title: string;
  title_en: string | null;
  year: number;
  contract_value: number;
  start_date: string;
}

/** A stable order: the key, then the id, so equal keys never shuffle between builds. */
export function sortPartnerships<T extends Listable>(items: readonly T[], sort: Sort, lang: 'zh-CN' | 'en'): T[] {
  const collator = new Intl.Collator(lang === 'zh-CN' ? 'zh-CN' : 'en', { numeric: true });
  const title = (p: T) => (lang === 'en' && p.title_en ? p.title_en : p.title);
  const compare = (a: T, b: T): number => {
    switch (sort.key) {
      case 'year':
        return a.year - b.year || (a.start_date < b.start_date ? -1 : a.start_date > b.start_date ? 1 : 0);
      case 'value':
        return a.contract_value - b.contract_value;
      case 'title':
        return collator.compare(title(a), title(b));
    }
  };
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => sign * compare(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageSlice<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** Page numbers to show around the current one, with `null` for a gap: 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(current: number, total: number, radius = 2): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let p = 1; p <= total; p++) {
    if (p === 1 || p === total || Math.abs(p - current) <= radius) pages.push(p);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}
