/**
 * Running totals for a partnership's money-over-time chart. The dataset holds each transaction and
 * the final figures; the chart needs the path between, so it is summed here in integer 分 — and the
 * last point equals `figures.disbursed` / `figures.spent` (tests check this against the dataset).
 */
import type { Fen } from '../values/money.ts';

export interface TransactionLike {
  date: string;
  kind: string;
  amount: Fen;
}

export interface CumulativePoint {
  date: string;
  /** Disbursements minus refunds up to and including this date. */
  disbursed: Fen;
  spent: Fen;
}

export function cumulativeByDate(transactions: readonly TransactionLike[]): CumulativePoint[] {
  const sorted = [...transactions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const points: CumulativePoint[] = [];
  let disbursed = 0;
  let spent = 0;
  for (const t of sorted) {
    if (t.kind === 'disbursement') disbursed += t.amount;
    else if (t.kind === 'refund') disbursed -= t.amount;
    else if (t.kind === 'expenditure') spent += t.amount;
    if (!Number.isSafeInteger(disbursed) || !Number.isSafeInteger(spent)) throw new RangeError('money total exceeds exact integer range');
    const last = points.at(-1);
    if (last && last.date === t.date) {
      last.disbursed = disbursed;
      last.spent = spent;
    } else {
      points.push({ date: t.date, disbursed, spent });
    }
  }
  return points;
}
