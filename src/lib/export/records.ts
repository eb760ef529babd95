/**
 * Per-record downloads: data/projects/<id>.json (the partnership with its children and figures, and
 * the organizations it names), data/projects/<id>.csv (its transactions, the same columns as
 * transactions.csv) and data/organizations/<id>.json (the organization with its figures).
 * Ids are safe file names: the schema allows only letters, digits, `-`, `_` and `.`, starting alphanumeric.
 */
import type { Dataset, Organization, Partnership } from '../dataset/types.ts';
import type { ExportTable } from './columns.ts';
import { csvText } from './csv.ts';
import { writeSmallFile, type WrittenFile } from './sink.ts';

const CONCURRENCY = 32;

async function pool<T>(items: Iterable<T>, work: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  const worker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) await work(next.value);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

function organizationSummary(o: Organization) {
  return { id: o.id, uscc: o.uscc, name: o.name, name_en: o.name_en, kind: o.kind, subtype: o.subtype, district: o.district };
}

export function projectRecord(p: Partnership, as_of: string, orgs: Map<string, Organization>) {
  const ids = new Set<string>([p.government_id, ...p.partners.map((x) => x.organization_id), ...p.evaluations.map((e) => e.evaluator_id)]);
  const organizations = [...ids].sort().map((id) => orgs.get(id)).filter((o): o is Organization => Boolean(o)).map(organizationSummary);
  return { as_of, partnership: p, organizations };
}

export async function writeRecords(outDir: string, dataset: Dataset, transactions: ExportTable): Promise<WrittenFile[]> {
  const orgs = new Map(dataset.organizations.map((o) => [o.id, o]));
  const written: WrittenFile[] = [];
  await pool(dataset.partnerships, async (p) => {
    written.push(await writeSmallFile(outDir, `data/projects/${p.id}.json`, JSON.stringify(projectRecord(p, dataset.as_of, orgs)) + '\n'));
    const rows = p.transactions.map((t) => ({ partnership_id: p.id, ...t }));
    written.push(await writeSmallFile(outDir, `data/projects/${p.id}.csv`, csvText(transactions.columns, rows)));
  });
  await pool(dataset.organizations, async (o) => {
    written.push(await writeSmallFile(outDir, `data/organizations/${o.id}.json`, JSON.stringify({ as_of: dataset.as_of, organization: o }) + '\n'));
  });
  return written;
}
