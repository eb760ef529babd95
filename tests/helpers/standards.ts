/** Shared setup for the open-standard export tests (OCDS, 360Giving). */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/lib/config/load.ts';
import type { Dataset } from '../../src/lib/dataset/types.ts';
import { writeDownloads } from '../../src/lib/export/index.ts';
import type { PortalConfig } from '../../src/lib/schema/config.ts';
import { parseMoney } from '../../src/lib/values/money.ts';

export type Json = Record<string, any>;

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Copies of the standards' schemas (offline), beside the repo as CI has them. Override with SUNLIGHT_STANDARDS_DIR. */
export const standardsDir = process.env.SUNLIGHT_STANDARDS_DIR ?? path.resolve(repoRoot, '../shared/standards');

/** `skip` option for a test that needs `file` under the standards: outside CI a missing copy skips; in CI it must fail. */
export function skipWithoutStandards(file: string, what: string): string | false {
  return existsSync(path.join(standardsDir, file)) || process.env.CI ? false : `${what} schemas not found in ${standardsDir}`;
}

/** A standard's JSON amount back to exact fen, through its decimal text (never float arithmetic). */
export function fen(amount: number): number {
  const parsed = parseMoney(String(amount));
  assert.ok(parsed.ok);
  return parsed.fen;
}

/** The repo's config and one exported file of `dataset`, written to a fresh temp folder. */
export async function exportedJson(dataset: Dataset, file: string): Promise<{ config: PortalConfig; json: Json }> {
  const loaded = await loadConfig(repoRoot);
  assert.ok(loaded.ok);
  const dir = await mkdtemp(path.join(tmpdir(), 'sunlight-export-'));
  await writeDownloads(dataset, loaded.config, dir);
  return { config: loaded.config, json: JSON.parse(await readFile(path.join(dir, 'data', file), 'utf8')) as Json };
}
