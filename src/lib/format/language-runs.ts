/**
 * English text that quotes Chinese (a term in brackets, a district name, a column header) must mark
 * the Chinese as such, or a screen reader reads it with an English voice (WCAG 2.1 3.1.2, Language of
 * Parts). This splits a text into runs, so pages and scripts can wrap the Chinese ones in lang="zh-CN".
 */
export interface LanguageRun {
  text: string;
  /** True for a run of Chinese: Han characters with the CJK punctuation and full-width forms around them. */
  zh: boolean;
}

const CJK = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF';
/** At least one Han character, with the CJK punctuation and full-width forms next to it (（万元）, 、). */
const CHINESE_RUN = new RegExp(`[${CJK}]*\\p{Script=Han}[${CJK}]*`, 'gu');

export function hasChinese(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/** The runs of `text` in order; joined, they give `text` back. */
export function languageRuns(text: string): LanguageRun[] {
  const runs: LanguageRun[] = [];
  let at = 0;
  for (const match of text.matchAll(CHINESE_RUN)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), zh: false });
    runs.push({ text: match[0], zh: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), zh: false });
  return runs;
}
