/** Small helpers shared by the signal rules: money and share wording, calendar months, names. */
import type { Dataset, Partnership } from '../dataset/types.ts';
import type { IsoDate } from '../values/dates.ts';
import { daysInMonth } from '../values/dates.ts';
import { formatYuan, type Fen } from '../values/money.ts';
import type { ParamSpec, ParamUnit } from './types.ts';

export { byCode } from '../derive/fen-by.ts';

/** `1234567` 分 -> `¥12,345.67`. */
export function yuan(fen: Fen): string {
  return `¥${formatYuan(fen)}`;
}

/** Basis points -> `62.5%` style text (exact: bp are integers; trailing zeros dropped). */
export function percent(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const frac = String(Math.abs(bp) % 100).padStart(2, '0').replace(/0+$/, '');
  return `${whole}${frac ? '.' + frac : ''}%`;
}

/**
 * The same day `months` calendar months later; clamped to the month's last day
 * (2024-01-31 + 1 month = 2024-02-29), so "within 12 months" means on or before that date.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** When a partnership was awarded: the signing date, else the start date (the same rule as `year`). */
export function awardDate(p: Partnership): IsoDate {
  return p.signed_on ?? p.start_date;
}

/** Organization names for explanations, falling back to the id when the organization is unknown. */
export function namer(dataset: Dataset): { zh(id: string): string; en(id: string): string } {
  const byId = new Map(dataset.organizations.map((o) => [o.id, o]));
  return {
    zh: (id) => byId.get(id)?.name ?? id,
    en: (id) => {
      const o = byId.get(id);
      return o ? (o.name_en ?? o.name) : id;
    },
  };
}

/** A parameter: whole numbers except percentages (which may carry up to two decimals, i.e. whole basis points). */
export function param(defaultValue: number, unit: ParamUnit, zh: string, en: string, limits: { min?: number; max?: number } = {}): ParamSpec {
  const max = limits.max ?? (unit === 'percent' ? 100 : undefined);
  return {
    default: defaultValue,
    unit,
    label: { zh, en },
    min: limits.min ?? 0,
    ...(max !== undefined ? { max } : {}),
    integer: unit !== 'percent',
  };
}
