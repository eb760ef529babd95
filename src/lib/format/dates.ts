/** Dates per locale, from ISO `YYYY-MM-DD` strings, without time zones or the clock. */
import type { Lang } from './money.ts';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-03-01` -> `2025年3月1日` (zh) or `1 Mar 2025` (en); anything else is returned as is. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const year = m[1] as string;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (lang === 'zh-CN') return `${year}年${month}月${day}日`;
  return `${day} ${MONTHS_EN[month - 1] ?? m[2]} ${year}`;
}

/** `2025-03` or `2025-03-01` -> `2025年3月` / `Mar 2025`, for chart axes over time. */
export function formatMonth(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = Number(m[2]);
  return lang === 'zh-CN' ? `${m[1]}年${month}月` : `${MONTHS_EN[month - 1] ?? m[2]} ${m[1]}`;
}
