/**
 * One read of the dataset for all pages (loadSiteData is memoized), plus lookups by id. Pages only
 * look records up and format them; every figure comes from the dataset as computed upstream.
 */
import { loadSiteData, type SiteData } from '../lib/dataset/load.ts';
import type { Organization, Partnership } from '../lib/dataset/types.ts';

export interface Site extends SiteData {
  organizationsById: Map<string, Organization>;
  partnershipsById: Map<string, Partnership>;
}

let cached: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  cached ??= loadSiteData(process.env.SUNLIGHT_ROOT ?? process.cwd()).then((data) => ({
    ...data,
    organizationsById: new Map(data.dataset.organizations.map((o) => [o.id, o])),
    partnershipsById: new Map(data.dataset.partnerships.map((p) => [p.id, p])),
  }));
  return cached;
}
