/**
 * The signals for all pages: evaluated once per build from the dataset and config.signals (the pure
 * functions in src/lib/signals), plus small lookups. Pages only look flags up and format them.
 */
import { getSite } from '../site-data.ts';
import { computeConcentration, evaluateSignals, indexFlags, type ConcentrationTables, type Flag, type SignalIndex } from '../../lib/signals/index.ts';
import type { Bilingual } from '../../lib/schema/vocabularies.ts';
import type { Partnership } from '../../lib/dataset/types.ts';
import type { Lang } from '../../i18n/index.ts';
import { signalsZhCN, type SignalsMessages } from '../../i18n/signals.zh-CN.ts';
import { signalsEn } from '../../i18n/signals.en.ts';

export interface SignalsData {
  flags: Flag[];
  index: SignalIndex;
  concentration: ConcentrationTables;
}

let cached: Promise<SignalsData> | undefined;

export function getSignals(): Promise<SignalsData> {
  cached ??= getSite().then(({ config, dataset }) => {
    const flags = evaluateSignals(dataset, config.signals);
    return { flags, index: indexFlags(flags), concentration: computeConcentration(dataset) };
  });
  return cached;
}

export function sm(lang: Lang): SignalsMessages {
  return lang === 'en' ? signalsEn : signalsZhCN;
}

/** A module text in the reader's language. */
export function bi(text: Bilingual, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}

/** The lead organization of a partnership (the first with role `lead`), if any. */
export function leadOf(p: Partnership | undefined): string | undefined {
  return p?.partners.find((x) => x.role === 'lead')?.organization_id;
}

/** Routes of the signal pages (without locale and base). */
export const signalsRoute = 'signals/';
export const methodologyRoute = 'signals/methodology/';
export const signalRoute = (id: string) => `signals/${encodeURIComponent(id)}/`;
export const methodologyAnchor = (id: string) => `${methodologyRoute}#${encodeURIComponent(id)}`;
