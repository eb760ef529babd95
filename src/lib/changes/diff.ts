/**
 * What changed between the previously published dataset and this one. Partnerships are matched by
 * id; evaluations and transactions by id within partnerships present in both (a new partnership's
 * children are part of "added"). History from the previous change log is carried forward.
 */
import type { Dataset, Partnership } from '../dataset/types.ts';
import { sumFen } from '../values/money.ts';
import { CHANGE_LOG_VERSION, type ChangeBuild, type ChangeEntry, type ChangeLog, type ChangeType } from './types.ts';

/** Publications kept in the log; older ones drop off so changes.json and the feed stay small. */
export const MAX_BUILDS = 100;

const TYPE_ORDER: ChangeType[] = ['first_publication', 'partnership_added', 'partnership_removed', 'amount_changed', 'status_changed', 'evaluation_added', 'transaction_added'];

const named = (p: Partnership) => ({ partnership_id: p.id, title: p.title, title_en: p.title_en });

function compareEntries(a: ChangeEntry, b: ChangeEntry): number {
  const t = TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type);
  if (t !== 0) return t;
  const key = (e: ChangeEntry) => ('partnership_id' in e ? e.partnership_id : '') + '\u0000' + ('evaluation_id' in e ? e.evaluation_id : 'transaction_id' in e ? e.transaction_id : '');
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function diffEntries(previous: Dataset | null, current: Dataset): ChangeEntry[] {
  if (!previous) {
    return [{ type: 'first_publication', partnerships: current.partnerships.length, contract_value: sumFen(current.partnerships.map((p) => p.contract_value)) }];
  }
  const entries: ChangeEntry[] = [];
  const before = new Map(previous.partnerships.map((p) => [p.id, p]));
  const now = new Set(current.partnerships.map((p) => p.id));
  for (const p of current.partnerships) {
    const old = before.get(p.id);
    if (!old) {
      entries.push({ type: 'partnership_added', ...named(p), mode: p.mode, contract_value: p.contract_value });
      continue;
    }
    if (old.contract_value !== p.contract_value) entries.push({ type: 'amount_changed', ...named(p), old: old.contract_value, new: p.contract_value });
    if (old.status !== p.status) entries.push({ type: 'status_changed', ...named(p), old: old.status, new: p.status });
    const oldEvaluations = new Set((old.evaluations ?? []).map((e) => e.id));
    for (const e of p.evaluations) {
      if (!oldEvaluations.has(e.id)) entries.push({ type: 'evaluation_added', ...named(p), evaluation_id: e.id, kind: e.kind, date: e.date, score: e.score, grade: e.grade });
    }
    const oldTransactions = new Set((old.transactions ?? []).map((t) => t.id));
    for (const t of p.transactions) {
      if (!oldTransactions.has(t.id)) entries.push({ type: 'transaction_added', ...named(p), transaction_id: t.id, kind: t.kind, date: t.date, amount: t.amount });
    }
  }
  for (const old of previous.partnerships) {
    if (!now.has(old.id)) entries.push({ type: 'partnership_removed', ...named(old) });
  }
  return entries.sort(compareEntries);
}

/**
 * The change log of this publication. `previousLog` (the previous publication's changes.json, when it
 * could be read) is carried forward; a publication in which nothing changed adds no build.
 */
export function diffDatasets(previous: Dataset | null, current: Dataset, previousLog: ChangeLog | null = null): ChangeLog {
  const entries = diffEntries(previous, current);
  // A first publication starts the history afresh.
  const history = previous && previousLog ? previousLog.builds : [];
  const seq = (history[0]?.seq ?? 0) + 1;
  const builds: ChangeBuild[] = entries.length > 0 ? [{ seq, as_of: current.as_of, previous_as_of: previous?.as_of ?? null, entries }, ...history] : [...history];
  return { version: CHANGE_LOG_VERSION, as_of: current.as_of, builds: builds.slice(0, MAX_BUILDS) };
}
