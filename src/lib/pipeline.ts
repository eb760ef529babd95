/**
 * read → normalize → validate → derive. The one path from a publisher's files to the dataset,
 * shared by the build, `npm run validate`, the Astro content loader and the tests.
 */
import type { Dataset } from './dataset/types.ts';
import { DATASET_VERSION } from './dataset/types.ts';
import { assemblePartnerships } from './derive/partnerships.ts';
import { deriveOrganizations } from './derive/organizations.ts';
import { deriveTotals } from './derive/totals.ts';
import { normalizeTable, type Located } from './normalize/rows.ts';
import { readTable } from './read/read-table.ts';
import { loadSource, type FetchOptions } from './read/sources.ts';
import type { PortalConfig } from './schema/config.ts';
import { TABLES, type TableName, type TableRows } from './schema/tables.ts';
import { makeIssue, sortIssues, type Issue } from './validate/issues.ts';
import { checkTables, type LocatedTables } from './validate/rules.ts';

export interface PipelineResult {
  /** Null when there is any error: nothing may be published from a dataset with errors. */
  dataset: Dataset | null;
  issues: Issue[];
  errors: number;
  warnings: number;
}

export interface PipelineOptions {
  root: string;
  config: PortalConfig;
  fetchImpl?: typeof fetch;
}

export async function runPipeline({ root, config, fetchImpl }: PipelineOptions): Promise<PipelineResult> {
  const issues: Issue[] = [];
  const fetchOptions: FetchOptions = {
    root,
    timeoutSeconds: config.data.fetch_timeout_seconds,
    cacheDir: config.data.cache_dir,
    ...(fetchImpl ? { fetchImpl } : {}),
  };
  const publicFields = new Set(config.data.public_fields);
  const located = Object.fromEntries(TABLES.map((t) => [t.name, [] as Located<unknown>[]])) as unknown as LocatedTables;

  // Read all sources concurrently; a table may come from several sources (e.g. one file per year).
  const loaded = await Promise.all(config.data.sources.map(async (source) => ({ source, result: await loadSource(source, fetchOptions) })));
  for (const table of TABLES) {
    if (table.required && !config.data.sources.some((s) => s.table === table.name)) {
      issues.push(makeIssue('error', { file: 'content/portal.yaml', row: 0, field: 'data.sources' }, 'source_missing', { table: table.name }));
    }
  }
  const unavailable = new Set<string>();
  // Taken off the list one by one, so each file's bytes can be freed once it is read.
  for (let next = loaded.shift(); next; next = loaded.shift()) {
    const { source, result } = next;
    if (!result.ok) {
      unavailable.add(source.table);
      issues.push(makeIssue('error', { file: result.file, row: 0 }, result.code, result.code === 'source_unreachable' ? { url: result.file, reason: result.reason } : { reason: result.reason }));
      continue;
    }
    const read = await readTable(result.source, source);
    append(issues, read.issues);
    if (!read.table) {
      unavailable.add(source.table);
      continue;
    }
    const table = TABLES.find((t) => t.name === source.table);
    if (!table) continue;
    const normalized = normalizeTable(table, read.table, { source, publicFields });
    append(issues, normalized.issues);
    if (normalized.unusable) unavailable.add(source.table);
    append(located[source.table as TableName] as Located<unknown>[], normalized.rows);
  }

  append(issues, checkTables(located, unavailable));
  const sorted = sortIssues(issues);
  const errors = sorted.filter((i) => i.severity === 'error').length;
  const warnings = sorted.length - errors;
  if (errors > 0) return { dataset: null, issues: sorted, errors, warnings };

  const rows = Object.fromEntries(Object.entries(located).map(([name, list]) => [name, (list as Located<unknown>[]).map((r) => r.value)])) as unknown as TableRows;
  return { dataset: deriveDataset(rows), issues: sorted, errors, warnings };
}

/** `target.push(...items)` without spreading: a spread of a few hundred thousand rows overflows the call stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

export function deriveDataset(rows: TableRows): Dataset {
  const partnerships = assemblePartnerships(rows);
  const organizations = deriveOrganizations(rows.organizations, partnerships);
  return {
    version: DATASET_VERSION,
    as_of: asOf(rows),
    organizations,
    partnerships,
    totals: deriveTotals(partnerships, organizations),
  };
}

/**
 * "Data as of": the latest date of something that has happened (an update, a signature, a payment,
 * an evaluation, an event, a meeting), never the build clock, so builds are reproducible. Planned
 * start and end dates are left out: they may lie in the future.
 */
function asOf(rows: TableRows): string {
  let latest = '';
  const see = (d: string | null) => {
    if (d && d > latest) latest = d;
  };
  for (const p of rows.partnerships) {
    see(p.updated_on);
    see(p.signed_on);
  }
  for (const t of rows.transactions) see(t.date);
  for (const e of rows.evaluations) see(e.date);
  for (const e of rows.events) see(e.date);
  for (const m of rows.meetings) see(m.date);
  return latest || '1970-01-01';
}
