/**
 * Which partnerships carry an integrity signal, for the `signals` facet (有/无): the same flags a
 * partnership page lists (its own, and government-level flags that name it).
 */
import type { Dataset } from '../dataset/types.ts';
import type { PortalConfig } from '../schema/config.ts';
import { evaluateSignals, indexFlags } from '../signals/index.ts';

export function flaggedPartnerships(dataset: Dataset, config: Pick<PortalConfig, 'signals'>): ReadonlySet<string> {
  return new Set(indexFlags(evaluateSignals(dataset, config.signals)).byPartnership.keys());
}
