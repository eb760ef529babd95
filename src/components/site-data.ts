/**
 * One read of the dataset for all pages (loadSiteData is memoized), plus lookups by id. Pages only
 * look records up and format them; every figure comes from the dataset as computed upstream.
 */
import { loadSiteData, type SiteData } from '../lib/dataset/load.ts';
import type { Organization, Partnership } from '../lib/dataset/types.ts';
import { groupDistricts, type District } from '../lib/format/districts.ts';
import { getCollection } from 'astro:content';
import { chromeKey } from '../lib/site/page-keys.ts';
import { inShard, parseShard } from '../lib/site/shard.ts';

export interface Site extends SiteData {
  organizationsById: Map<string, Organization>;
  partnershipsById: Map<string, Partnership>;
  /** Streets and townships, each with its page's slug and partnerships (src/lib/format/districts.ts). */
  districts: District[];
  /** The slug of a district of the data (every partnership's district has a page). */
  districtSlug: (name: string) => string;
}

let cached: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  cached ??= loadSiteData(process.env.SUNLIGHT_ROOT ?? process.cwd()).then((data) => {
    const districts = groupDistricts(data.dataset.partnerships);
    const slugs = new Map(districts.map((d) => [d.name, d.slug]));
    return {
      ...data,
      organizationsById: new Map(data.dataset.organizations.map((o) => [o.id, o])),
      partnershipsById: new Map(data.dataset.partnerships.map((p) => [p.id, p])),
      districts,
      districtSlug: (name: string) => {
        const slug = slugs.get(name);
        if (slug === undefined) throw new Error(`no district page for "${name}"`);
        return slug;
      },
    };
  });
  return cached;
}

export interface ContentPageLink {
  id: string;
  title_zh?: string;
  title_en?: string;
  title?: string;
}

let pagesCached: Promise<ContentPageLink[]> | undefined;

/**
 * The MDX pages for the navigation (Chinese entries, by `order` then id). Memoized: the header on
 * every one of the 10,000s of pages needs it, and each getCollection() call copies the collection.
 */
export function getContentPageLinks(): Promise<ContentPageLink[]> {
  pagesCached ??= getCollection('pages').then((entries) =>
    entries
      .filter((p) => !p.id.startsWith('en/'))
      .sort((a, b) => (a.data.order ?? 999) - (b.data.order ?? 999) || a.id.localeCompare(b.id))
      .map((p) => ({ id: p.id, title_zh: p.data.title_zh, title_en: p.data.title_en, title: p.data.title })),
  );
  return pagesCached;
}

let chrome: Promise<string> | undefined;

/** The site-wide part of every page's incremental-build key (src/lib/site/page-keys.ts), once per build. */
export function siteChromeKey(): Promise<string> {
  chrome ??= Promise.all([getSite(), getContentPageLinks()]).then(([site, pages]) => chromeKey(site.config, site.dataset.as_of, pages));
  return chrome;
}

const shard = parseShard(process.env.SUNLIGHT_SHARD);

/**
 * Whether this build process renders the page with this key (a record id, a listing path): the
 * build may split record and listing pages across processes (src/lib/site/shard.ts).
 */
export function ownsPage(key: string): boolean {
  return inShard(key, shard);
}
