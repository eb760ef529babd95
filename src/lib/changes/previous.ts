/**
 * The previously published dataset (config.previous_dataset: a local path relative to the project
 * root, or an http(s) URL fetched with a timeout), and its change log (`changes.json` beside it), to
 * publish what changed. A previous dataset that cannot be had never blocks publishing: the result is
 * null with a warning, and the build is published as a first publication.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '../dataset/types.ts';
import { CHANGE_LOG_VERSION, type ChangeLog } from './types.ts';

export interface PreviousDataset {
  dataset: Dataset | null;
  /** The previous publication's change log, when one is published beside the dataset. */
  changes: ChangeLog | null;
  /** Bilingual warnings: print them; they never fail the build. */
  warnings: string[];
}

export interface LoadPreviousOptions {
  timeoutSeconds?: number;
  fetchImpl?: typeof fetch;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

async function readSource(source: string, root: string, options: LoadPreviousOptions): Promise<string> {
  if (!isUrl(source)) return readFile(path.resolve(root, source), 'utf8');
  const timeout = options.timeoutSeconds ?? 30;
  const fetchImpl = options.fetchImpl ?? fetch;
  let response: Response;
  try {
    response = await fetchImpl(source, { signal: AbortSignal.timeout(timeout * 1000), redirect: 'follow' });
  } catch (error) {
    const e = error as Error;
    throw new Error(e.name === 'TimeoutError' ? `${timeout} 秒内无响应 no answer within ${timeout} s` : e.message);
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

function looksLikeDataset(value: unknown): value is Dataset {
  const v = value as Partial<Dataset> | null;
  return typeof v === 'object' && v !== null && typeof v.as_of === 'string' && Array.isArray(v.partnerships) && Array.isArray(v.organizations) &&
    v.partnerships.every((p) => typeof p === 'object' && p !== null && typeof p.id === 'string');
}

function looksLikeChangeLog(value: unknown): value is ChangeLog {
  const v = value as Partial<ChangeLog> | null;
  return typeof v === 'object' && v !== null && v.version === CHANGE_LOG_VERSION && Array.isArray(v.builds);
}

/** `changes.json` in the same folder as the dataset file or URL. */
export function changesLocation(source: string): string {
  return isUrl(source) ? new URL('changes.json', source).href : path.join(path.dirname(source), 'changes.json');
}

export async function loadPreviousDataset(source: string | undefined, root: string, options: LoadPreviousOptions = {}): Promise<PreviousDataset> {
  if (!source) return { dataset: null, changes: null, warnings: [] };
  let dataset: Dataset;
  try {
    const parsed: unknown = JSON.parse(await readSource(source, root, options));
    if (!looksLikeDataset(parsed)) throw new Error('不是 Sunlight 数据集 not a Sunlight dataset');
    dataset = parsed;
  } catch (error) {
    return {
      dataset: null,
      changes: null,
      warnings: [`${source}: 无法读取上次发布的数据，本次按首次发布处理 / cannot read the previous dataset, publishing as a first publication: ${(error as Error).message}`],
    };
  }
  // The change history is optional: without it, only this publication's changes are listed.
  const where = changesLocation(source);
  try {
    const parsed: unknown = JSON.parse(await readSource(where, root, options));
    if (looksLikeChangeLog(parsed)) return { dataset, changes: parsed, warnings: [] };
    return { dataset, changes: null, warnings: [`${where}: 变更记录格式不符，已忽略以往记录 / change log not recognized; earlier history is not carried`] };
  } catch {
    return { dataset, changes: null, warnings: [] };
  }
}
