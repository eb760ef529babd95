/**
 * Integrity signals: facts in the data that are worth a closer look (值得关注), never accusations.
 * Each signal publishes its definition with its parameters filled in, so any reader can reproduce it.
 */
import type { Dataset } from '../dataset/types.ts';
import type { Bilingual } from '../schema/vocabularies.ts';

export type { Bilingual };

/** Stable ids: they appear in URLs, downloads and content/portal.yaml (`signals:`). Never rename one. */
export type SignalId =
  | 'over-disbursed'
  | 'payment-before-contract'
  | 'finished-not-evaluated'
  | 'fail-then-award'
  | 'evaluator-not-independent'
  | 'single-source-large'
  | 'single-source-repeat'
  | 'dominant-partner'
  | 'no-acceptance-criteria'
  | 'late-publication';

/** What a parameter counts, for the methodology text and for checking overrides. */
export type ParamUnit = 'days' | 'months' | 'yuan' | 'percent' | 'count';

export interface ParamSpec {
  default: number;
  unit: ParamUnit;
  label: Bilingual;
  /** Smallest allowed value (inclusive). */
  min: number;
  /** Largest allowed value (inclusive), when there is one. */
  max?: number;
  /** Whole numbers only (days, months, yuan, counts). */
  integer: boolean;
}

/** The numbers (and ids/dates) behind a flag; small, flat, JSON-serializable. */
export type FactValue = number | string | string[];
export type Facts = Record<string, FactValue>;

export interface Flag {
  signal: SignalId;
  /** The partnership the flag is about, or null for a government- or organization-level flag. */
  partnership_id: string | null;
  organization_id?: string;
  government_id?: string;
  year?: number;
  facts: Facts;
  /** One sentence with this record's own numbers; neutral wording. */
  explanation: Bilingual;
}

export type ParamValues<P extends string> = Record<P, number>;

export interface Signal<P extends string = string> {
  id: SignalId;
  title: Bilingual;
  /** Why it matters, naming the risk (虚假合作, 过度合作, 合作共谋 …). */
  why: Bilingual;
  params: Record<P, ParamSpec>;
  /** The rule in one plain sentence, with the parameter values filled in. */
  definition(params: ParamValues<P>): Bilingual;
  /** Pure and deterministic: the same dataset and parameters give the same flags in the same order. */
  detect(dataset: Dataset, params: ParamValues<P>): Flag[];
}

/** `config.signals`: parameter overrides by signal id, from content/portal.yaml. */
export type SignalOverrides = Record<string, Record<string, number>>;
