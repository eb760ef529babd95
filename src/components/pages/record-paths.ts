/**
 * Static paths of the one-page-per-record routes, straight from the memoized dataset. Not through
 * content collections: storing 10,000s of records in Astro's data store (serialize, digest, write,
 * read back per route) cost seconds per build and bought nothing, since the data is validated upstream.
 * Each build process keeps only the records it renders (`ownsPage`).
 */
import { getSite, ownsPage, siteChromeKey } from '../site-data.ts';
import { getSignals } from '../signals/signals-data.ts';
import { governmentKey, organizationKey, partnershipKey } from '../../lib/site/page-keys.ts';
import type { Organization, Partnership } from '../../lib/dataset/types.ts';

interface RecordPath<P> {
  params: { id: string };
  props: P;
  /** Unchanged key and code: the page is copied from the previous build (see src/lib/site/page-keys.ts). */
  cacheKey: string;
}

export async function partnershipPaths(): Promise<RecordPath<{ partnership: Partnership }>[]> {
  const [site, { index }, chrome] = await Promise.all([getSite(), getSignals(), siteChromeKey()]);
  return site.dataset.partnerships.filter((p) => ownsPage(p.id)).map((partnership) => ({
    params: { id: partnership.id },
    props: { partnership },
    cacheKey: partnershipKey(site, chrome, partnership, index.byPartnership.get(partnership.id) ?? []),
  }));
}

/** Organizations other than governments, under organizations/<id>/, with the flags naming them. */
export async function organizationPaths(): Promise<RecordPath<{ organization: Organization }>[]> {
  const [site, { index }, chrome] = await Promise.all([getSite(), getSignals(), siteChromeKey()]);
  return site.dataset.organizations
    .filter((o) => o.kind !== 'government' && ownsPage(o.id))
    .map((organization) => ({
      params: { id: organization.id },
      props: { organization },
      cacheKey: organizationKey(site, chrome, organization, index.byOrganization.get(organization.id) ?? []),
    }));
}

/** Governments, under governments/<id>/, with their concentration and flags. */
export async function governmentPaths(): Promise<RecordPath<{ organization: Organization }>[]> {
  const [site, { flags, concentration }, chrome] = await Promise.all([getSite(), getSignals(), siteChromeKey()]);
  const flagsOf = Map.groupBy(flags, (f) => f.government_id);
  const rowsOf = Map.groupBy(concentration.by_government, (r) => r.government_id);
  return site.dataset.organizations
    .filter((o) => o.kind === 'government' && ownsPage(o.id))
    .map((organization) => ({
      params: { id: organization.id },
      props: { organization },
      cacheKey: governmentKey(site, chrome, organization, flagsOf.get(organization.id) ?? [], rowsOf.get(organization.id) ?? []),
    }));
}
