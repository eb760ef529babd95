/** The site-wide part of every page's incremental-build key (src/lib/site/page-keys.ts), once per build. */
import { chromeKey } from '../../lib/site/page-keys.ts';
import { getContentPageLinks, getSite } from '../site-data.ts';

let chrome: Promise<string> | undefined;

export function siteChromeKey(): Promise<string> {
  chrome ??= Promise.all([getSite(), getContentPageLinks()]).then(([site, pages]) => chromeKey(site.config, site.dataset.as_of, pages));
  return chrome;
}
