/**
 * Streets and townships (街镇, the partnerships' `district`): a resident looks for what is done in
 * their own. One page each, listing its partnerships newest first, paginated like the main listing.
 */
import type { Partnership } from '../dataset/types.ts';
import { fnv1a } from '../values/hash.ts';
import { DEFAULT_SORT, sortPartnerships } from './listing.ts';

export interface District {
  name: string;
  /** Its address segment under districts/. */
  slug: string;
  /** Newest first (the listing's default order). */
  partnerships: Partnership[];
}

/**
 * A district's address segment: a hash of its name. Names are free text (Chinese, sometimes with
 * slashes or spaces), and a hash makes a path every static host and sitemap accepts as it is, and
 * that stays the same as long as the name does.
 */
export function districtSlug(name: string): string {
  return fnv1a(name.normalize('NFC')).toString(36).padStart(7, '0');
}

/** Every district of the data, in Chinese collation order, each with a slug no other district has. */
export function groupDistricts(partnerships: readonly Partnership[]): District[] {
  const byName = Map.groupBy(partnerships, (p) => p.district);
  const collator = new Intl.Collator('zh-CN');
  const names = [...byName.keys()].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  const taken = new Set<string>();
  return names.map((name) => {
    const base = districtSlug(name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return { name, slug, partnerships: sortPartnerships(byName.get(name) ?? [], DEFAULT_SORT, 'zh-CN') };
  });
}

/** A district page's route (without locale and base). */
export function districtRoute(slug: string, page = 1): string {
  return `districts/${slug}/${page > 1 ? `page/${page}/` : ''}`;
}
