/**
 * The dataset for the site build. `npm run build` validates first and hands over the dataset, the
 * change log and the downloads manifest in the files named by SUNLIGHT_DATASET, SUNLIGHT_CHANGES and
 * SUNLIGHT_DOWNLOADS (and the project root in SUNLIGHT_ROOT); `astro dev` runs the pipeline itself. Memoized per
 * process: every page and collection shares one copy (Astro issue #16297: repeated reads are costly).
 */
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config/load.ts';
import { runPipeline } from '../pipeline.ts';
import type { PortalConfig } from '../schema/config.ts';
import { formatIssue } from '../validate/issues.ts';
import type { Dataset } from './types.ts';
import { diffDatasets, type ChangeLog } from '../changes/index.ts';
import type { DownloadManifest } from '../export/index.ts';

export interface SiteData {
  config: PortalConfig;
  dataset: Dataset;
  /** What changed since the previous publication (a first publication in `astro dev`). */
  changes: ChangeLog;
  /** The downloads written for this build, or null in `astro dev` (nothing is written there). */
  downloads: DownloadManifest | null;
}

let cached: Promise<SiteData> | undefined;

export function loadSiteData(root = process.env.SUNLIGHT_ROOT ?? process.cwd()): Promise<SiteData> {
  cached ??= load(root);
  return cached;
}

async function load(root: string): Promise<SiteData> {
  const configResult = await loadConfig(root);
  if (!configResult.ok) throw new Error(configResult.issues.map(formatIssue).join('\n'));
  const config = configResult.config;
  const readJson = async <T>(file: string | undefined): Promise<T | null> => (file ? (JSON.parse(await readFile(file, 'utf8')) as T) : null);
  const prepared = await readJson<Dataset>(process.env.SUNLIGHT_DATASET);
  if (prepared) {
    return {
      config,
      dataset: prepared,
      changes: (await readJson<ChangeLog>(process.env.SUNLIGHT_CHANGES)) ?? diffDatasets(null, prepared),
      downloads: await readJson<DownloadManifest>(process.env.SUNLIGHT_DOWNLOADS),
    };
  }
  const result = await runPipeline({ root, config });
  if (!result.dataset) throw new Error(result.issues.filter((i) => i.severity === 'error').map(formatIssue).join('\n'));
  return { config, dataset: result.dataset, changes: diffDatasets(null, result.dataset), downloads: null };
}
