/** The reader's language: UI strings and addresses. Chinese at the root, English under /en/. */
import type { Lang } from '../lib/format/money.ts';
import { localePath } from '../lib/format/paths.ts';
import { en } from './en.ts';
import { zhCN, type Messages } from './zh-CN.ts';

export type { Lang, Messages };

const MESSAGES: Record<Lang, Messages> = { 'zh-CN': zhCN, en };

export function t(lang: Lang): Messages {
  return MESSAGES[lang];
}

/** Address of `route` (e.g. `projects/`) in `lang`, under the configured base. */
export function url(lang: Lang, route: string): string {
  return localePath(import.meta.env.BASE_URL, lang, route);
}
