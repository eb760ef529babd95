/**
 * Money for people: `¥1,234.56` exactly, and 万元 (zh) / million yuan (en) for headlines, always with
 * the exact amount alongside. Integer arithmetic only; the figures themselves come from the dataset.
 */
import { formatWan, formatYuan, type Fen } from '../values/money.ts';

export type Lang = 'zh-CN' | 'en';

/** `36000000` 分 -> `¥360,000.00`. */
export function yuan(fen: Fen): string {
  return fen < 0 ? `-¥${formatYuan(-fen)}` : `¥${formatYuan(fen)}`;
}

/** `fen` in millions of yuan with `decimals` places, rounded half up on the integer. */
export function formatMillion(fen: Fen, decimals = 2): string {
  const perMillion = 100_000_000n;
  const scale = 10n ** BigInt(decimals);
  const abs = BigInt(Math.abs(fen));
  const scaled = (abs * scale * 2n + perMillion) / (perMillion * 2n);
  const whole = (scaled / scale).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac = decimals > 0 ? '.' + (scaled % scale).toString().padStart(decimals, '0') : '';
  return `${fen < 0 ? '-' : ''}${whole}${frac}`;
}

/**
 * A headline amount: `36.00万元` in Chinese, `¥0.36 million` in English. Amounts under 10,000 yuan
 * are shown exactly, since rounding them gains nothing.
 */
export function headlineMoney(fen: Fen, lang: Lang): string {
  if (Math.abs(fen) < 1_000_000) return yuan(fen);
  if (lang === 'zh-CN') return `${formatWan(fen, 2)}万元`;
  return `¥${formatMillion(fen, 2)} million`;
}

/** Basis points (10000 = 100 %) as a percentage without trailing zeros: 8533 -> `85.33%`. */
export function percentFromBp(bp: number): string {
  const sign = bp < 0 ? '-' : '';
  const abs = Math.abs(Math.round(bp));
  const whole = Math.trunc(abs / 100);
  const frac = (abs % 100).toString().padStart(2, '0').replace(/0+$/, '');
  return `${sign}${whole}${frac ? '.' + frac : ''}%`;
}

/** Plain count with grouping: 12345 -> `12,345`. */
export function count(n: number): string {
  return Math.trunc(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A score out of 100 with one decimal as data gives it: 91.5 -> `91.5`, 90 -> `90`. */
export function score(n: number): string {
  return String(n);
}
