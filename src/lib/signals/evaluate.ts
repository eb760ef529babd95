/** Running the signals over a dataset, in a deterministic order, and looking flags up for pages. */
import type { Dataset } from '../dataset/types.ts';
import type { Flag, SignalId, SignalOverrides } from './types.ts';
import { byCode } from './util.ts';
import { SIGNALS, SIGNAL_IDS, checkSignalOverrides, resolveParams } from './registry.ts';

const SIGNAL_ORDER = new Map<string, number>(SIGNAL_IDS.map((id, i) => [id, i]));

/** Signal order, then partnership id (government-level flags, with none, first), then government, year, organization, facts. */
export function compareFlags(a: Flag, b: Flag): number {
  return (
    (SIGNAL_ORDER.get(a.signal) ?? 0) - (SIGNAL_ORDER.get(b.signal) ?? 0) ||
    byCode(a.partnership_id ?? '', b.partnership_id ?? '') ||
    byCode(a.government_id ?? '', b.government_id ?? '') ||
    (a.year ?? 0) - (b.year ?? 0) ||
    byCode(a.organization_id ?? '', b.organization_id ?? '') ||
    byCode(JSON.stringify(a.facts), JSON.stringify(b.facts))
  );
}

/**
 * Every flag over the dataset, sorted. Throws on invalid overrides: callers validate `config.signals`
 * with `checkSignalOverrides` first and report the problems, so a typo never silently changes a signal.
 */
export function evaluateSignals(dataset: Dataset, overrides: SignalOverrides = {}): Flag[] {
  const problems = checkSignalOverrides(overrides);
  if (problems.length > 0) {
    throw new Error(problems.map((p) => `content/portal.yaml: ${p.field}: ${p.message.zh} / ${p.message.en}`).join('\n'));
  }
  return SIGNALS.flatMap((s) => s.detect(dataset, resolveParams(s, overrides))).sort(compareFlags);
}

/** Flags about one partnership: its own, plus government-level flags that list it (`facts.partnership_ids`). */
export function flagsForPartnership(flags: readonly Flag[], partnershipId: string): Flag[] {
  return flags.filter((f) => f.partnership_id === partnershipId || (f.partnership_id === null && Array.isArray(f.facts.partnership_ids) && f.facts.partnership_ids.includes(partnershipId)));
}

/** Flags that name an organization (as the lead, the dominant partner or the evaluator). */
export function flagsForOrganization(flags: readonly Flag[], organizationId: string): Flag[] {
  return flags.filter((f) => f.organization_id === organizationId);
}

/** Flags about partnerships a government funds, and its own government-level flags. */
export function flagsForGovernment(flags: readonly Flag[], governmentId: string): Flag[] {
  return flags.filter((f) => f.government_id === governmentId);
}

export interface SignalIndex {
  /** Partnership id -> its flags (own and related), in flag order; partnerships without flags are absent. */
  byPartnership: Map<string, Flag[]>;
  /** Signal id -> flags, for every signal (empty list when none), in SIGNALS order. */
  bySignal: Map<SignalId, Flag[]>;
  /** Organization id -> the flags that name it (`flagsForOrganization`), in flag order; others are absent. */
  byOrganization: Map<string, Flag[]>;
}

/** One pass over the flags, for pages that look up many partnerships or organizations. */
export function indexFlags(flags: readonly Flag[]): SignalIndex {
  const byPartnership = new Map<string, Flag[]>();
  const bySignal = new Map<SignalId, Flag[]>(SIGNAL_IDS.map((id) => [id, []]));
  const add = (id: string, f: Flag) => {
    const list = byPartnership.get(id);
    if (!list) byPartnership.set(id, [f]);
    else if (!list.includes(f)) list.push(f);
  };
  for (const f of flags) {
    bySignal.get(f.signal)?.push(f);
    if (f.partnership_id !== null) add(f.partnership_id, f);
    else if (Array.isArray(f.facts.partnership_ids)) for (const id of f.facts.partnership_ids) add(id, f);
  }
  const byOrganization = Map.groupBy(flags.filter((f) => f.organization_id !== undefined), (f) => f.organization_id as string);
  return { byPartnership, bySignal, byOrganization };
}
