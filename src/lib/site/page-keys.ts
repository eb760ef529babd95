/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and code are
 * unchanged since the previous build is copied from the cache instead of rendered again. A key is a
 * digest of everything the page shows from data: its own records, the names of the records it links
 * to, its signals, and what every page shows (the site config, the data date, the navigation). A key
 * that missed something would publish a stale page, so when in doubt a whole record goes in.
 */
import { createHash } from 'node:crypto';
import type { Flag } from '../signals/index.ts';
import type { Organization, Partnership } from '../dataset/types.ts';
import type { District } from '../format/districts.ts';
import { pageCount, pageSlice } from '../format/listing.ts';

/** The lookups a key needs (the site's memoized maps). */
export interface KeyLookups {
  organizationsById: ReadonlyMap<string, Organization>;
  partnershipsById: ReadonlyMap<string, Partnership>;
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

// A partnership appears on its own pages, its organizations' pages and six listings per language:
// stringify and hash it once.
const recordDigests = new WeakMap<object, string>();
function recordDigest(record: Partnership | Organization): string {
  let d = recordDigests.get(record);
  if (d === undefined) {
    d = digest(record);
    recordDigests.set(record, d);
  }
  return d;
}

/** What a link to an organization shows: its route (by kind and id) and its names. */
function organizationIdentity(site: KeyLookups, id: string | null | undefined): unknown {
  const org = id ? site.organizationsById.get(id) : undefined;
  return org ? [org.id, org.kind, org.name, org.name_en] : id ?? null;
}

/** Organizations a partnership's rows and links name. */
function linkedOrganizations(p: Partnership): (string | null)[] {
  return [p.government_id, p.lead_organization_id, ...p.partners.map((x) => x.organization_id), ...p.evaluations.map((e) => e.evaluator_id)];
}

/** What every page shows: the header, navigation and footer (site config, data date, MDX page titles). */
export function chromeKey(config: unknown, asOf: string, navigation: unknown): string {
  return digest([config, asOf, navigation]);
}

/** What flag cards show besides the flags: the partnerships they name and the organizations they link to. */
function flagLinks(site: KeyLookups, flags: readonly Flag[]): unknown {
  const ids = flags.flatMap((f) => [...(f.partnership_id === null ? [] : [f.partnership_id]), ...(Array.isArray(f.facts.partnership_ids) ? f.facts.partnership_ids : [])]);
  const partnerships = ids.map((id) => site.partnershipsById.get(String(id))).filter((x) => x !== undefined);
  const organizations = [...flags.flatMap((f) => [f.organization_id, f.government_id]), ...partnerships.map((r) => r.lead_organization_id)];
  return [flags, partnerships.map((r) => [r.id, r.title, r.title_en]), organizations.map((id) => organizationIdentity(site, id))];
}

/** A partnership page: the record, its signals, and what its links and flags name. */
export function partnershipKey(site: KeyLookups, chromeDigest: string, p: Partnership, flags: readonly Flag[]): string {
  return digest([chromeDigest, recordDigest(p), linkedOrganizations(p).map((id) => organizationIdentity(site, id)), flagLinks(site, flags)]);
}

/** An organization page: the record, every partnership it lists with the names those rows show, and the flags naming it. */
export function organizationKey(site: KeyLookups, chromeDigest: string, org: Organization, flags: readonly Flag[]): string {
  const ids = [...(org.as_partner?.partnership_ids ?? []), ...(org.as_evaluator?.partnership_ids ?? [])];
  const partnerships = ids.map((id) => site.partnershipsById.get(id)).filter((x) => x !== undefined);
  return digest([
    chromeDigest,
    recordDigest(org),
    partnerships.map(recordDigest),
    partnerships.flatMap(linkedOrganizations).map((id) => organizationIdentity(site, id)),
    flagLinks(site, flags),
  ]);
}

/**
 * A government page: the record, the partnerships it funds (with the names their rows show), its
 * concentration rows and its flags (which name only its own partnerships and their organizations).
 */
export function governmentKey(site: KeyLookups, chromeDigest: string, org: Organization, flags: readonly Flag[], concentration: unknown): string {
  const partnerships = (org.as_government?.partnership_ids ?? []).map((id) => site.partnershipsById.get(id)).filter((x) => x !== undefined);
  return digest([
    chromeDigest,
    recordDigest(org),
    partnerships.map(recordDigest),
    partnerships.flatMap(linkedOrganizations).map((id) => organizationIdentity(site, id)),
    flags,
    concentration,
  ]);
}

/** A page of the partnerships listing: its rows, the names they show, and where it is in the listing. */
export function listingKey(site: KeyLookups, chromeDigest: string, rows: readonly Partnership[], position: unknown): string {
  return digest([
    chromeDigest,
    position,
    rows.map(recordDigest),
    rows.flatMap((p) => [p.government_id, p.lead_organization_id]).map((id) => organizationIdentity(site, id)),
  ]);
}

/** Page `page` of a district's listing: its rows, and the district's name, size and total, shown on every page of it. */
export function districtPageKey(site: KeyLookups, chromeDigest: string, district: District, page: number, contractValue: number): string {
  const position = ['district', district.name, page, pageCount(district.partnerships.length), district.partnerships.length, contractValue];
  return listingKey(site, chromeDigest, pageSlice(district.partnerships, page), position);
}
