/**
 * Static paths of the district pages: districts/<slug>/ and districts/<slug>/page/<n>/, newest first.
 * Keyed and sharded like the main listing (`path` is the rest parameter under districts/).
 */
import { getSite, ownsPage, siteChromeKey } from '../site-data.ts';
import { districtPageKey } from '../../lib/site/page-keys.ts';
import type { Partnership } from '../../lib/dataset/types.ts';
import { districtRoute, pageCount, pageSlice } from '../../lib/format/index.ts';

export interface DistrictProps {
  name: string;
  slug: string;
  rows: Partnership[];
  page: number;
  pages: number;
  total: number;
  /** The district's contract value, from the dataset's totals. */
  contractValue: number;
}

export async function districtPaths() {
  const [site, chrome] = await Promise.all([getSite(), siteChromeKey()]);
  return site.districts.flatMap((district) => {
    const { name, slug, partnerships } = district;
    const pages = pageCount(partnerships.length);
    const contractValue = site.dataset.totals.by_district[name] ?? 0;
    return Array.from({ length: pages }, (_, i) => i + 1).flatMap((page) => {
      const path = districtRoute(slug, page).replace(/^districts\//, '').replace(/\/$/, '');
      if (!ownsPage(`district:${path}`)) return [];
      const props: DistrictProps = { name, slug, rows: pageSlice(partnerships, page), page, pages, total: partnerships.length, contractValue };
      return [{ params: { path }, props, cacheKey: districtPageKey(site, chrome, district, page, contractValue) }];
    });
  });
}
