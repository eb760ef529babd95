/**
 * Per-record downloads: data/projects/<id>.json (the partnership with its children and figures, and
 * the organizations it names), data/projects/<id>.csv (its transactions, the same columns as
 * transactions.csv) and data/organizations/<id>.json (the organization with its figures).
 * Ids are safe file names: the schema allows only letters, digits, `-`, `_` and `.`, starting alphanumeric.
 *
 * The files are written while dataset.json streams (index.ts), from the JSON text each record already
 * has there, so no record is serialized twice; a few writes are in flight at once, so the file
 * system works while the next record is serialized.
 */
import type { Organization, Partnership } from '../dataset/types.ts';
import type { ExportTable } from './columns.ts';
import { csvText } from './csv.ts';
import type { FileWriter, WrittenFile } from './sink.ts';

/** Files go to the writer thread in batches of about this many characters (or this many files). */
const BATCH_CHARS = 1 << 18;
const BATCH_FILES = 256;

function organizationSummary(o: Organization) {
  return { id: o.id, uscc: o.uscc, name: o.name, name_en: o.name_en, kind: o.kind, subtype: o.subtype, district: o.district };
}

/** The organizations a partnership names, in id order: its government, partners and evaluators. */
function namedOrganizationIds(p: Partnership): string[] {
  return [...new Set<string>([p.government_id, ...p.partners.map((x) => x.organization_id), ...p.evaluations.map((e) => e.evaluator_id)])].sort();
}

export function projectRecord(p: Partnership, as_of: string, orgs: Map<string, Organization>) {
  const organizations = namedOrganizationIds(p).map((id) => orgs.get(id)).filter((o): o is Organization => Boolean(o)).map(organizationSummary);
  return { as_of, partnership: p, organizations };
}

export class RecordWriter {
  private readonly files: FileWriter;
  private readonly asOfJson: string;
  private readonly orgs: Map<string, Organization>;
  private readonly transactions: ExportTable;
  /** Each organization's summary as JSON, made once however many partnerships name it. */
  private readonly summaries = new Map<string, string>();
  private batch: { path: string; text: string }[] = [];
  private batchChars = 0;
  private readonly sent: Promise<WrittenFile[]>[] = [];

  constructor(files: FileWriter, as_of: string, organizations: readonly Organization[], transactions: ExportTable) {
    this.files = files;
    this.asOfJson = JSON.stringify(as_of);
    this.orgs = new Map(organizations.map((o) => [o.id, o]));
    this.transactions = transactions;
  }

  /** `json` is JSON.stringify(o), as written in dataset.json. */
  organization(o: Organization, json: string): Promise<void> {
    return this.add(`data/organizations/${o.id}.json`, `{"as_of":${this.asOfJson},"organization":${json}}\n`);
  }

  /** `json` is JSON.stringify(p): the file is JSON.stringify(projectRecord(p, …)) without serializing p again. */
  async partnership(p: Partnership, json: string): Promise<void> {
    const organizations: string[] = [];
    for (const id of namedOrganizationIds(p)) {
      let summary = this.summaries.get(id);
      if (summary === undefined) {
        const o = this.orgs.get(id);
        if (!o) continue;
        summary = JSON.stringify(organizationSummary(o));
        this.summaries.set(id, summary);
      }
      organizations.push(summary);
    }
    await this.add(`data/projects/${p.id}.json`, `{"as_of":${this.asOfJson},"partnership":${json},"organizations":[${organizations.join(',')}]}\n`);
    const rows = p.transactions.map((t) => ({ partnership_id: p.id, ...t }));
    await this.add(`data/projects/${p.id}.csv`, csvText(this.transactions.columns, rows));
  }

  /** Sends what is left and waits for every file; throws the first failure. */
  async done(): Promise<WrittenFile[]> {
    await this.send();
    const written: WrittenFile[] = [];
    for (const batch of await Promise.all(this.sent)) for (const f of batch) written.push(f);
    return written;
  }

  private async add(relative: string, text: string): Promise<void> {
    this.batch.push({ path: relative, text });
    this.batchChars += text.length;
    if (this.batchChars >= BATCH_CHARS || this.batch.length >= BATCH_FILES) await this.send();
  }

  private async send(): Promise<void> {
    if (this.batch.length === 0) return;
    // Wait while the writer thread is behind; the batch then goes at once.
    await this.files.room();
    const written = this.files.writeFiles(this.batch);
    this.batch = [];
    this.batchChars = 0;
    // Failures are reported by done(); until then the promise must not count as unhandled.
    written.catch(() => undefined);
    this.sent.push(written);
  }
}
