/** Identifiers shared by the OCDS and 360Giving exports. */
import type { Organization } from '../dataset/types.ts';
import type { PortalConfig } from '../schema/config.ts';
import { checkUscc } from '../values/uscc.ts';

/** org-id.guide list code for the unified social credit code (统一社会信用代码). */
export const USCC_SCHEME = 'CN-USCI';

/** The organization's USCC: its `uscc` column, or its id when the id is itself a valid USCC. */
export function usccOf(org: Pick<Organization, 'id' | 'uscc'>): string | null {
  if (org.uscc) return org.uscc;
  return checkUscc(org.id).ok ? org.id : null;
}

/** A short, stable slug of the publisher: the site's host name, e.g. `sunlight-example-org`. */
export function publisherSlug(config: PortalConfig): string {
  return new URL(config.site.url).hostname.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Absolute URL of a file under the site's base: `https://host/base/data/x.json`. */
export function siteUrl(config: PortalConfig, relative: string): string {
  return new URL(config.site.base.replace(/^\/?/, '/') + relative, config.site.url).href;
}

export interface OpenDataOptions {
  /**
   * OCDS ocid prefix; every ocid is prefix + partnership id. Default `ocds-sunlight-<host>-`.
   * A publisher with a prefix registered with the Open Contracting Partnership (ocds-xxxxxx) should use it.
   */
  ocidPrefix?: string;
  /** 360Giving grant id prefix. Default `360G-sunlight-<host>-`; a registered 360Giving prefix should be used when there is one. */
  grantPrefix?: string;
}

export function ocidPrefix(config: PortalConfig, options: OpenDataOptions): string {
  return options.ocidPrefix ?? `ocds-sunlight-${publisherSlug(config)}-`;
}

export function grantPrefix(config: PortalConfig, options: OpenDataOptions): string {
  return options.grantPrefix ?? `360G-sunlight-${publisherSlug(config)}-`;
}
