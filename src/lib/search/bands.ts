/**
 * Funding bands for the search facet, from `search.funding_bands_yuan` (upper bounds in 元).
 * A band includes its upper bound: with bounds [100000, 500000], ¥100,000.00 is in the first band
 * and ¥100,000.01 in the second. Comparison is on integer 分, never on floats.
 */
import type { Fen } from '../values/money.ts';
import type { Lang } from '../format/money.ts';

export interface FundingBand {
  /** Stable code used in filters and URLs: `upto-100000`, `100000-500000`, `over-1000000`. */
  code: string;
  /** Exclusive lower bound in 分, or null for the first band. */
  aboveFen: Fen | null;
  /** Inclusive upper bound in 分, or null for the last band. */
  upToFen: Fen | null;
}

/** Bands from the configured upper bounds (sorted, duplicates dropped): n bounds give n + 1 bands. */
export function fundingBands(boundsYuan: readonly number[]): FundingBand[] {
  const bounds = [...new Set(boundsYuan)].sort((a, b) => a - b);
  const bands: FundingBand[] = [];
  let previous: number | null = null;
  for (const bound of bounds) {
    bands.push({
      code: previous === null ? `upto-${bound}` : `${previous}-${bound}`,
      aboveFen: previous === null ? null : previous * 100,
      upToFen: bound * 100,
    });
    previous = bound;
  }
  bands.push({ code: previous === null ? 'all' : `over-${previous}`, aboveFen: previous === null ? null : previous * 100, upToFen: null });
  return bands;
}

/** The band a contract value falls in. */
export function fundingBand(fen: Fen, bands: readonly FundingBand[]): FundingBand {
  for (const band of bands) {
    if (band.upToFen === null || fen <= band.upToFen) return band;
  }
  // Unreachable: the last band has no upper bound.
  return bands[bands.length - 1] as FundingBand;
}

/** 100000 -> `10万` (zh) or `100,000` (en); amounts not in whole 万 are written in full. */
function boundText(yuanAmount: number, lang: Lang): string {
  const grouped = String(yuanAmount).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  if (lang === 'zh-CN') return yuanAmount % 10_000 === 0 ? `${yuanAmount / 10_000}万` : grouped;
  return grouped;
}

/** `≤10万元`, `10万–50万元`, `>100万元`; in English `≤ ¥100,000`, `¥100,000–500,000`, `> ¥1,000,000`. */
export function fundingBandLabel(band: FundingBand, lang: Lang): string {
  const above = band.aboveFen === null ? null : band.aboveFen / 100;
  const upTo = band.upToFen === null ? null : band.upToFen / 100;
  if (lang === 'zh-CN') {
    if (above === null && upTo === null) return '全部金额';
    if (above === null) return `≤${boundText(upTo as number, lang)}元`;
    if (upTo === null) return `>${boundText(above, lang)}元`;
    return `${boundText(above, lang)}–${boundText(upTo, lang)}元`;
  }
  if (above === null && upTo === null) return 'Any amount';
  if (above === null) return `≤ ¥${boundText(upTo as number, lang)}`;
  if (upTo === null) return `> ¥${boundText(above, lang)}`;
  return `¥${boundText(above, lang)}–${boundText(upTo, lang)}`;
}
