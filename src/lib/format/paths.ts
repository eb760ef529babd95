/** Site addresses per locale: Chinese at the root, English under `en/`, always with a trailing slash. */
import type { Lang } from './money.ts';

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** `route` is a path without the locale or base, like `projects/QH-2024-001/` or `` for the home page. */
export function localePath(base: string, lang: Lang, route: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const clean = route.replace(/^\/+/, '');
  return `${root}${lang === 'en' ? 'en/' : ''}${clean}`;
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh-CN' ? 'en' : 'zh-CN';
}

/** Route of an organization's page: governments have their own section. */
export function organizationRoute(org: { id: string; kind: string }): string {
  const section = org.kind === 'government' ? 'governments' : 'organizations';
  return `${section}/${encodeURIComponent(org.id)}/`;
}

export function partnershipRoute(id: string): string {
  return `projects/${encodeURIComponent(id)}/`;
}
