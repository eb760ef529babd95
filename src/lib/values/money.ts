/**
 * Exact money. Amounts are integers of 分 (fen, 0.01 元) from the moment a cell is read: parsing
 * works on the digits as a string, so no floating-point value ever stands on the path.
 */
export type Fen = number;

export type MoneyUnit = '元' | '万元';

/** How many 分 one unit is, and how many decimal places the unit can carry down to one 分. */
export const MONEY_UNITS: Record<MoneyUnit, { fen: number; digits: number; en: string }> = {
  元: { fen: 100, digits: 2, en: 'yuan' },
  万元: { fen: 1_000_000, digits: 6, en: '10,000 yuan' },
};

export type MoneyParse =
  | { ok: true; fen: Fen }
  | { ok: false; reason: 'not_number' | 'negative' | 'precision' | 'too_large' };

// Accepts 12345.67, 12,345.67, ¥12,345.67, ￥ 12 345.67, -5 (reported as negative), full-width digits.
const MONEY = /^(-)?[¥￥]?\s*(\d{1,3}(?:[,，\s]\d{3})+|\d+)(?:\.(\d+))?$/;

function toHalfWidth(s: string): string {
  return s.replace(/[０-９．，－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function parseMoney(raw: string, unit: MoneyUnit = '元'): MoneyParse {
  const cleaned = toHalfWidth(raw.trim()).replace(/^([-]?)\s*[¥￥]/, '$1');
  // A unit written in the cell ("1.5万元") is what the publisher means, whatever the column's unit.
  const written = /\s*(万元|元)$/.exec(cleaned);
  const text = written ? cleaned.slice(0, written.index) : cleaned;
  const match = MONEY.exec(text.trim());
  if (!match) return { ok: false, reason: 'not_number' };
  const [, minus, whole = '', fraction = ''] = match;
  const { fen: perUnit, digits } = MONEY_UNITS[(written?.[1] as MoneyUnit | undefined) ?? unit];
  const trimmedFraction = fraction.replace(/0+$/, '');
  if (trimmedFraction.length > digits) return { ok: false, reason: 'precision' };
  const wholeDigits = whole.replace(/[,，\s]/g, '');
  // Scale by string: a unit's decimal places reach exactly one 分, so "12.5" 万元 is 12 × 1000000 + "500000".
  const scaled = BigInt(wholeDigits) * BigInt(perUnit) + BigInt(trimmedFraction.padEnd(digits, '0') || '0');
  if (scaled > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: 'too_large' };
  if (minus && scaled !== 0n) return { ok: false, reason: 'negative' };
  return { ok: true, fen: Number(scaled) };
}

/** Sum of integers of 分; throws if the sum could lose exactness (never with real budgets). */
export function sumFen(values: Iterable<Fen>): Fen {
  let total = 0;
  for (const v of values) {
    total += v;
    if (!Number.isSafeInteger(total)) throw new RangeError('money total exceeds exact integer range');
  }
  return total;
}

/** `1234567` 分 -> `"12,345.67"` (digits only, no symbol). */
export function formatYuan(fen: Fen, { grouping = true }: { grouping?: boolean } = {}): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100).toString();
  const cents = (abs % 100).toString().padStart(2, '0');
  const grouped = grouping ? yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : yuan;
  return `${negative ? '-' : ''}${grouped}.${cents}`;
}

/** Plain decimal string in 元 for machine-readable output: `1234567` -> `"12345.67"`. */
export function fenToDecimalString(fen: Fen): string {
  return formatYuan(fen, { grouping: false });
}

/**
 * `fen` in 万元 with the given number of decimals, rounded half up on the integer, for headline display
 * where the exact amount is shown alongside.
 */
export function formatWan(fen: Fen, decimals = 2): string {
  const perWan = 1_000_000;
  const scale = 10 ** decimals;
  const negative = fen < 0;
  const abs = Math.abs(fen);
  // Round half up in integer arithmetic: (abs * scale + perWan / 2) / perWan.
  const scaled = (BigInt(abs) * BigInt(scale) + BigInt(perWan / 2)) / BigInt(perWan);
  const whole = (scaled / BigInt(scale)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac = decimals > 0 ? '.' + (scaled % BigInt(scale)).toString().padStart(decimals, '0') : '';
  return `${negative ? '-' : ''}${whole}${frac}`;
}

/** Share as integer basis points (1 % = 100), rounded half up; 0 when the whole is 0. */
export function basisPoints(part: Fen, whole: Fen): number {
  if (whole <= 0) return 0;
  return Number((BigInt(part) * 10000n * 2n + BigInt(whole)) / (BigInt(whole) * 2n));
}
