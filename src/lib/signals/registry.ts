/** The registry of signals, their parameters and how `config.signals` overrides them. */
import type { Bilingual, ParamSpec, Signal, SignalId, SignalOverrides } from './types.ts';
import { byCode } from './util.ts';
import { overDisbursed } from './rules/over-disbursed.ts';
import { paymentBeforeContract } from './rules/payment-before-contract.ts';
import { finishedNotEvaluated } from './rules/finished-not-evaluated.ts';
import { failThenAward } from './rules/fail-then-award.ts';
import { evaluatorNotIndependent } from './rules/evaluator-not-independent.ts';
import { singleSourceLarge } from './rules/single-source-large.ts';
import { singleSourceRepeat } from './rules/single-source-repeat.ts';
import { dominantPartner } from './rules/dominant-partner.ts';
import { noAcceptanceCriteria } from './rules/no-acceptance-criteria.ts';
import { latePublication } from './rules/late-publication.ts';

/** Every signal, in the order they are listed and flags are sorted: money first, then process, then competition. */
export const SIGNALS: readonly Signal[] = [
  overDisbursed,
  paymentBeforeContract,
  finishedNotEvaluated,
  failThenAward,
  evaluatorNotIndependent,
  singleSourceLarge,
  singleSourceRepeat,
  dominantPartner,
  noAcceptanceCriteria,
  latePublication,
] as Signal[];

export const SIGNAL_IDS: readonly SignalId[] = SIGNALS.map((s) => s.id);

export function signalById(id: string): Signal | undefined {
  return SIGNALS.find((s) => s.id === id);
}

export interface SignalConfigProblem {
  /** Where in content/portal.yaml, e.g. `signals.late-publication.days`. */
  field: string;
  message: Bilingual;
}

function checkValue(spec: ParamSpec, value: unknown): Bilingual | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { zh: '必须是数字', en: 'must be a number' };
  if (spec.integer && !Number.isInteger(value)) return { zh: '必须是整数', en: 'must be a whole number' };
  // Percentages are used as whole basis points, so at most two decimals.
  if (!spec.integer && Math.abs(value * 100 - Math.round(value * 100)) > 1e-9) return { zh: '最多两位小数', en: 'at most two decimal places' };
  if (value < spec.min) return { zh: `不能小于 ${spec.min}`, en: `must be at least ${spec.min}` };
  if (spec.max !== undefined && value > spec.max) return { zh: `不能大于 ${spec.max}`, en: `must be at most ${spec.max}` };
  return null;
}

/** Problems in `config.signals`: unknown signal ids or parameters, values of the wrong kind or range. */
export function checkSignalOverrides(overrides: SignalOverrides = {}): SignalConfigProblem[] {
  const problems: SignalConfigProblem[] = [];
  for (const id of Object.keys(overrides).sort(byCode)) {
    const signal = signalById(id);
    if (!signal) {
      problems.push({ field: `signals.${id}`, message: { zh: `没有这个信号；可用的有：${SIGNAL_IDS.join('、')}`, en: `no such signal; known signals: ${SIGNAL_IDS.join(', ')}` } });
      continue;
    }
    const specs = signal.params as Record<string, ParamSpec>;
    const names = Object.keys(specs);
    for (const name of Object.keys(overrides[id] ?? {}).sort(byCode)) {
      const spec = specs[name];
      if (!spec) {
        const known = names.length ? names.join(', ') : null;
        problems.push({ field: `signals.${id}.${name}`, message: { zh: known ? `该信号没有这个参数；可用的有：${known}` : '该信号没有可调整的参数', en: known ? `this signal has no such parameter; known: ${known}` : 'this signal has no parameters' } });
        continue;
      }
      const problem = checkValue(spec, overrides[id]?.[name]);
      if (problem) problems.push({ field: `signals.${id}.${name}`, message: problem });
    }
  }
  return problems;
}

/** The parameters a signal runs with: its defaults, overridden by `config.signals[id]`. */
export function resolveParams(signal: Signal, overrides: SignalOverrides = {}): Record<string, number> {
  const own = overrides[signal.id] ?? {};
  const params: Record<string, number> = {};
  for (const [name, spec] of Object.entries(signal.params as Record<string, ParamSpec>)) params[name] = own[name] ?? spec.default;
  return params;
}

