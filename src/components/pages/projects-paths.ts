/**
 * Static paths of the partnerships listing for one language: every sort order, each paginated.
 * `list` is the rest parameter under /projects/: undefined, `page/2`, `sort/value-desc`, …
 */
import { getSite, ownsPage, siteChromeKey } from '../site-data.ts';
import { listingKey } from '../../lib/site/page-keys.ts';
import type { Lang } from '../../i18n/index.ts';
import type { Partnership } from '../../lib/dataset/types.ts';
import { ALL_SORTS, listingPath, pageCount, pageSlice, sortPartnerships, type Sort } from '../../lib/format/listing.ts';

export interface ListingProps {
  rows: Partnership[];
  sort: Sort;
  page: number;
  pages: number;
  total: number;
}

export async function projectListingPaths(lang: Lang) {
  const [site, chrome] = await Promise.all([getSite(), siteChromeKey()]);
  return ALL_SORTS.flatMap((sort) => {
    const sorted = sortPartnerships(site.dataset.partnerships, sort, lang);
    const pages = pageCount(sorted.length);
    return Array.from({ length: pages }, (_, i) => i + 1).flatMap((page) => {
      const path = listingPath(sort, page).replace(/\/$/, '');
      if (!ownsPage(`listing:${path}`)) return [];
      const props: ListingProps = { rows: pageSlice(sorted, page), sort, page, pages, total: sorted.length };
      const cacheKey = listingKey(site, chrome, props.rows, [sort, page, pages, props.total]);
      return [{ params: { list: path === '' ? undefined : path }, props, cacheKey }];
    });
  });
}
