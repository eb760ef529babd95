/**
 * Integrity signals and concentration: the public API of `src/lib/signals/`. Pure: no I/O, no clock,
 * no Astro. Flags are facts worth a closer look (值得关注), never accusations.
 */
export type * from './types.ts';
export { SIGNALS, SIGNAL_IDS, signalById, resolveParams, checkSignalOverrides, type SignalConfigProblem } from './registry.ts';
export { evaluateSignals, compareFlags, flagsForPartnership, flagsForOrganization, flagsForGovernment, indexFlags, type SignalIndex } from './evaluate.ts';
export { computeConcentration, herfindahl, firstYears, type Concentration, type ConcentrationTables, type Recipient } from './concentration.ts';
export { renderSignalsMethodology, renderSignalsMarkdown, type Methodology, type MethodologySection, type MethodologyParam, type Locale } from './methodology.ts';
