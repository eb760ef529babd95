import type { Fen } from '../values/money.ts';
import type { FenBy } from '../dataset/types.ts';

/** Accumulates money by label; `done()` returns the keys in a stable (sorted) order. */
export class FenAccumulator {
  private readonly totals = new Map<string, Fen>();

  add(key: string, fen: Fen): void {
    const next = (this.totals.get(key) ?? 0) + fen;
    if (!Number.isSafeInteger(next)) throw new RangeError('money total exceeds exact integer range');
    this.totals.set(key, next);
  }

  done(): FenBy {
    return Object.fromEntries([...this.totals.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}

/** Two-level accumulator: outer -> inner -> Fen. */
export class NestedFenAccumulator {
  private readonly inner = new Map<string, FenAccumulator>();

  add(outer: string, inner: string, fen: Fen): void {
    let acc = this.inner.get(outer);
    if (!acc) this.inner.set(outer, (acc = new FenAccumulator()));
    acc.add(inner, fen);
  }

  done(): Record<string, FenBy> {
    return Object.fromEntries([...this.inner.keys()].sort().map((k) => [k, (this.inner.get(k) as FenAccumulator).done()]));
  }
}

export const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
