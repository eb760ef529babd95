/**
 * The dataset for the site build. `npm run build` validates first and hands the result over in the
 * file named by SUNLIGHT_DATASET (and the project root in SUNLIGHT_ROOT); `astro dev` runs the pipeline itself. Memoized per
 * process: every page and collection shares one copy (Astro issue #16297: repeated reads are costly).
 */
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config/load.ts';
import { runPipeline } from '../pipeline.ts';
import type { PortalConfig } from '../schema/config.ts';
import { formatIssue } from '../validate/issues.ts';
import type { Dataset } from './types.ts';

export interface SiteData {
  config: PortalConfig;
  dataset: Dataset;
}

let cached: Promise<SiteData> | undefined;

export function loadSiteData(root = process.env.SUNLIGHT_ROOT ?? process.cwd()): Promise<SiteData> {
  cached ??= load(root);
  return cached;
}

async function load(root: string): Promise<SiteData> {
  const configResult = await loadConfig(root);
  if (!configResult.ok) throw new Error(configResult.issues.map(formatIssue).join('\n'));
  const prepared = process.env.SUNLIGHT_DATASET;
  if (prepared) {
    return { config: configResult.config, dataset: JSON.parse(await readFile(prepared, 'utf8')) as Dataset };
  }
  const result = await runPipeline({ root, config: configResult.config });
  if (!result.dataset) throw new Error(result.issues.filter((i) => i.severity === 'error').map(formatIssue).join('\n'));
  return { config: configResult.config, dataset: result.dataset };
}
