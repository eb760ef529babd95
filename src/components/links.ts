/**
 * What a link to a record shows, in the reader's language: its address, its text, and the text's
 * language when it differs from the page's (a Chinese name on an English page). One place for
 * OrgLink, ProjectLink and the partnerships table, which writes its rows without components.
 */
import { url, type Lang } from '../i18n/index.ts';
import type { Organization } from '../lib/dataset/types.ts';
import { localText } from '../lib/format/labels.ts';
import { organizationRoute, partnershipRoute } from '../lib/format/paths.ts';

export interface RecordLink {
  /** Absent when the record is unknown: the text is then the id, or — without one. */
  href?: string;
  text: string;
  lang?: Lang;
}

export function organizationLink(organizationsById: ReadonlyMap<string, Organization>, id: string | null | undefined, lang: Lang): RecordLink {
  const org = id ? organizationsById.get(id) : undefined;
  if (!org) return { text: id || '—' };
  const name = localText(org.name, org.name_en, lang);
  return { href: url(lang, organizationRoute(org)), text: name.text, lang: name.lang !== lang ? name.lang : undefined };
}

export function partnershipLink(p: { id: string; title: string; title_en: string | null }, lang: Lang): RecordLink {
  const title = localText(p.title, p.title_en, lang);
  return { href: url(lang, partnershipRoute(p.id)), text: title.text, lang: title.lang !== lang ? title.lang : undefined };
}
