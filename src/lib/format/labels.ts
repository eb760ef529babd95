/** Labels and names in the reader's language, falling back to Chinese where data has no English. */
import type { Bilingual, Vocabulary } from '../schema/vocabularies.ts';
import type { Lang } from './money.ts';

/** Label of a vocabulary code; an unknown code is shown as is rather than hidden. */
export function label<K extends string>(vocab: Vocabulary<K>, code: K | string | null | undefined, lang: Lang): string {
  if (!code) return '';
  const entry = (vocab.labels as Record<string, Bilingual>)[code];
  if (!entry) return code;
  return lang === 'zh-CN' ? entry.zh : entry.en;
}

export interface LocalText {
  text: string;
  /** The language the text is actually in: Chinese when the English is missing. */
  lang: Lang;
}

/** Chinese text and optional English translation -> what an `lang` page shows, and in which language. */
export function localText(zh: string, en: string | null | undefined, lang: Lang): LocalText {
  if (lang === 'en' && en && en.trim()) return { text: en, lang: 'en' };
  return { text: zh, lang: 'zh-CN' };
}

export function bilingual(value: Bilingual, lang: Lang): string {
  return lang === 'zh-CN' ? value.zh : value.en;
}
