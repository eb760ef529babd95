import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { writeDownloads, type DownloadManifest } from '../../src/lib/export/index.ts';
import { exportTables, organizationLookup } from '../../src/lib/export/columns.ts';
import { DICTIONARY_COLUMNS, dictionaryRows } from '../../src/lib/export/dictionary.ts';
import { FileWriter } from '../../src/lib/export/sink.ts';
import { MONEY_STYLE, PLAIN_STYLE, widthOf, writeXlsx, xlsxCellValue } from '../../src/lib/export/xlsx.ts';
import { projectRecord } from '../../src/lib/export/records.ts';
import { neutralizeFormula, csvLine } from '../../src/lib/export/cells.ts';
import { serializeDataset, sha256 } from '../../src/lib/dataset/serialize.ts';
import { parseMoney } from '../../src/lib/values/money.ts';
import { loadConfig } from '../../src/lib/config/load.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import type { PortalConfig } from '../../src/lib/schema/config.ts';
import type { Dataset } from '../../src/lib/dataset/types.ts';
import { diffDatasets } from '../../src/lib/changes/index.ts';
import { FORMULA_TITLE, GOV, sampleDataset } from '../fixtures/changes/sample.ts';

const root = path.resolve(import.meta.dirname, '../..');

async function portalConfig(): Promise<PortalConfig> {
  const loaded = await loadConfig(root);
  if (!loaded.ok) throw new Error('content/portal.yaml does not load');
  return loaded.config;
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}

type CsvRow = Record<string, string>;

async function readCsv(dir: string, name: string): Promise<{ raw: Buffer; header: string[]; rows: CsvRow[] }> {
  const raw = await readFile(path.join(dir, 'data', name));
  const records = parse(raw, { bom: true, relax_column_count: false }) as string[][];
  const [header = [], ...body] = records;
  return { raw, header, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

function fen(text: string): number {
  if (text === '') return 0;
  const parsed = parseMoney(text);
  assert.ok(parsed.ok, `money cell ${text} parses`);
  assert.match(text, /^\d+\.\d{2}$/, 'money is a plain decimal string with two places');
  return parsed.fen;
}

const sumOf = (rows: CsvRow[], column: string, where: (r: CsvRow) => boolean = () => true) => rows.filter(where).reduce((n, r) => n + fen(r[column] ?? ''), 0);

const childCount = (d: Dataset, key: 'partners' | 'budget_lines' | 'transactions' | 'tasks' | 'events' | 'evaluations' | 'documents' | 'meetings') => d.partnerships.reduce((n, p) => n + p[key].length, 0);

/** The workbook as exceljs's streaming writer and archiver make it, cell by cell: the reference for writeXlsx. */
async function exceljsWorkbook(file: string, dataset: Dataset): Promise<void> {
  type Internals = { zip: { append(source: unknown, data: object): unknown }; created: Date; pinned?: boolean; addThemes(): Promise<void>; addOfficeRels(): Promise<void> };
  // Every zip entry dated as_of, as writeXlsx does; the pin is set before the constructor appends the first parts.
  const pin = (writer: Internals) => {
    if (writer.pinned) return;
    writer.pinned = true;
    const append = writer.zip.append.bind(writer.zip);
    writer.zip.append = (source, data) => append(source, { ...data, date: writer.created });
  };
  const Base = ExcelJS.stream.xlsx.WorkbookWriter as unknown as new (options: object) => Internals;
  class Pinned extends Base {
    override addThemes() {
      pin(this);
      return super.addThemes();
    }
    override addOfficeRels() {
      pin(this);
      return super.addOfficeRels();
    }
  }
  const tables = exportTables(organizationLookup(dataset));
  const [y, m, d] = dataset.as_of.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const workbook = new Pinned({ filename: file, useStyles: true, useSharedStrings: false, created: date, modified: date, creator: 'Sunlight', lastModifiedBy: 'Sunlight' }) as unknown as InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;
  for (const t of tables) {
    const sheet = workbook.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = t.columns.map((c) => ({ header: c.name, key: c.name, width: widthOf(c) }));
    for (const row of t.rows(dataset)) {
      const added = sheet.addRow(t.columns.map((c) => xlsxCellValue(c, c.value(row))));
      t.columns.forEach((c, i) => (added.getCell(i + 1).style = c.money ? MONEY_STYLE : PLAIN_STYLE));
      added.commit();
    }
    sheet.commit();
  }
  const dict = workbook.addWorksheet('data_dictionary', { views: [{ state: 'frozen', ySplit: 1 }] });
  dict.columns = DICTIONARY_COLUMNS.map((name) => ({ header: name, key: name, width: name.startsWith('description') ? 50 : 16 }));
  for (const row of dictionaryRows(tables)) dict.addRow(DICTIONARY_COLUMNS.map((k) => neutralizeFormula(row[k]))).commit();
  dict.commit();
  await workbook.commit();
}

describe('writeDownloads on the hand-made sample', () => {
  let dir: string;
  let dataset: Dataset;
  let config: PortalConfig;
  let manifest: DownloadManifest;

  before(async () => {
    config = await portalConfig();
    dataset = sampleDataset();
    dir = await mkdtemp(path.join(tmpdir(), 'sunlight-export-'));
    manifest = await writeDownloads(dataset, config, dir, { changes: diffDatasets(null, dataset) });
  });

  test('every table CSV starts with a BOM, has the schema columns and the dataset row count', async () => {
    const expected: Record<string, number> = {
      organizations: dataset.organizations.length,
      partnerships: dataset.partnerships.length,
      partners: childCount(dataset, 'partners'),
      budget_lines: childCount(dataset, 'budget_lines'),
      transactions: childCount(dataset, 'transactions'),
      tasks: childCount(dataset, 'tasks'),
      events: childCount(dataset, 'events'),
      evaluations: childCount(dataset, 'evaluations'),
      documents: childCount(dataset, 'documents'),
      meetings: childCount(dataset, 'meetings'),
    };
    for (const t of exportTables()) {
      const { raw, header, rows } = await readCsv(dir, `${t.name}.csv`);
      assert.deepEqual([...raw.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${t.name}.csv has a UTF-8 BOM`);
      assert.deepEqual(header, t.columns.map((c) => c.name), `${t.name}.csv header`);
      assert.equal(rows.length, expected[t.name], `${t.name}.csv rows`);
      assert.equal(manifest.files.find((f) => f.path === `data/${t.name}.csv`)?.rows, expected[t.name]);
    }
  });

  test('money columns sum exactly to the dataset totals', async () => {
    const partnerships = (await readCsv(dir, 'partnerships.csv')).rows;
    assert.equal(sumOf(partnerships, 'contract_value'), dataset.totals.contract_value);
    assert.equal(sumOf(partnerships, 'disbursed'), dataset.totals.disbursed);
    assert.equal(sumOf(partnerships, 'spent'), dataset.totals.spent);
    const transactions = (await readCsv(dir, 'transactions.csv')).rows;
    const disbursements = sumOf(transactions, 'amount', (r) => r.kind === 'disbursement');
    const refunds = sumOf(transactions, 'amount', (r) => r.kind === 'refund');
    assert.ok(refunds > 0, 'the sample has refunds');
    assert.equal(disbursements - refunds, dataset.totals.disbursed);
    assert.equal(sumOf(transactions, 'amount', (r) => r.kind === 'expenditure'), dataset.totals.spent);
    const partners = (await readCsv(dir, 'partners.csv')).rows;
    for (const p of dataset.partnerships) {
      assert.equal(sumOf(partners, 'attributed', (r) => r.partnership_id === p.id), p.partners.reduce((n, x) => n + x.attributed, 0), `attributed of ${p.id}`);
    }
    const budget = (await readCsv(dir, 'budget_lines.csv')).rows;
    assert.equal(sumOf(budget, 'amount'), dataset.partnerships.reduce((n, p) => n + p.figures.budget_total, 0));
    const organizations = (await readCsv(dir, 'organizations.csv')).rows;
    assert.equal(sumOf(organizations, 'committed_total'), dataset.totals.contract_value, 'every partnership has one government');
  });

  test('vocabulary codes come with their Chinese labels', async () => {
    const rows = (await readCsv(dir, 'partnerships.csv')).rows;
    const venture = rows.find((r) => r.id === 'QH-2025-004');
    assert.equal(venture?.mode, 'venture');
    assert.equal(venture?.mode_zh, '公益创投');
    assert.equal(venture?.status_zh, '执行中');
    assert.equal(venture?.government_name, dataset.organizations.find((o) => o.id === GOV)?.name);
  });

  test('formula-like text is inert in the CSV; numbers and money are not touched', async () => {
    const partnerships = (await readCsv(dir, 'partnerships.csv')).rows;
    assert.equal(partnerships.find((r) => r.id === 'QH-2024-002')?.title, `'${FORMULA_TITLE}`);
    assert.equal(partnerships.find((r) => r.id === 'QH-2024-003')?.title, "'-社区议事会");
    assert.equal(partnerships.find((r) => r.id === 'QH-2024-002')?.contract_value, '12345.67');
    const organizations = (await readCsv(dir, 'organizations.csv')).rows;
    assert.ok(organizations.some((r) => r.name === "'@清河区青禾青少年服务社"));
    assert.ok(organizations.some((r) => r.phone === "'+86 571 8888 0001"));
    // Quoting survives a round trip: quotes, commas and a newline in one cell.
    assert.ok(organizations.some((r) => r.description === '为老年人提供服务，含"引号"和逗号,\n以及换行'));
    const text = (await readFile(path.join(dir, 'data', 'partnerships.csv'), 'utf8'));
    assert.ok(text.includes(`"'=HYPERLINK(""http://x"",""y"")"`), 'the cell is quoted with doubled quotes');
    assert.ok(text.endsWith('\r\n'), 'CRLF line ends');
  });

  test('neutralizeFormula and csvLine follow OWASP and RFC 4180', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '＝1', '＋1', '－1', '＠x']) assert.equal(neutralizeFormula(bad), `'${bad}`);
    for (const ok of ['1', 'a=b', ' =1', '东湖', '']) assert.equal(neutralizeFormula(ok), ok);
    assert.equal(csvLine(['a', 'b,c', 'd"e', 'f\ng']), 'a,"b,c","d""e","f\ng"\r\n');
  });

  test('the XLSX has a sheet per table, inert text, and money as 2-decimal numeric cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'data', 'sunlight.xlsx'));
    for (const t of exportTables()) {
      const sheet = workbook.getWorksheet(t.name);
      assert.ok(sheet, `sheet ${t.name}`);
      const csv = await readCsv(dir, `${t.name}.csv`);
      assert.equal(sheet.actualRowCount, csv.rows.length + 1, `${t.name} rows`);
    }
    const sheet = workbook.getWorksheet('partnerships');
    assert.ok(sheet);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    let found = false;
    sheet.eachRow((row, n) => {
      if (n === 1 || row.getCell(col('id')).value !== 'QH-2024-002') return;
      found = true;
      const title = row.getCell(col('title'));
      assert.equal(title.type, ExcelJS.ValueType.String);
      assert.equal(title.value, `'${FORMULA_TITLE}`);
      assert.equal(title.formula, undefined);
      const value = row.getCell(col('contract_value'));
      assert.equal(value.type, ExcelJS.ValueType.Number);
      assert.equal(value.value, 12345.67);
      assert.equal(value.numFmt, '#,##0.00');
    });
    assert.ok(found, 'the formula row is in the sheet');
    let total = 0;
    sheet.eachRow((row, n) => {
      if (n > 1) total += fen(Number(row.getCell(col('contract_value')).value).toFixed(2));
    });
    assert.equal(total, dataset.totals.contract_value, 'numeric cells round-trip to the exact fen');
    assert.ok(workbook.getWorksheet('data_dictionary'));
  });

  test('the XLSX is byte for byte what exceljs and archiver write for the same cells', async () => {
    // Text that exercises the XML escaping: entities, dropped control characters, kept tab/LF/CR, astral and lone surrogates.
    const hostile = structuredClone(dataset);
    const org = hostile.organizations[0] as Dataset['organizations'][number];
    org.name = `${org.name}<&>"'\u0001\u007f\u000b\t\n\r😀\ud800`;
    const ours = await mkdtemp(path.join(tmpdir(), 'sunlight-xlsx-'));
    const files = new FileWriter(ours);
    try {
      await writeXlsx(files, 'a.xlsx', hostile, exportTables(organizationLookup(hostile)));
    } finally {
      await files.close();
    }
    const reference = path.join(ours, 'b.xlsx');
    await exceljsWorkbook(reference, hostile);
    assert.ok((await readFile(path.join(ours, 'a.xlsx'))).equals(await readFile(reference)));
    await rm(ours, { recursive: true, force: true });
  });

  test('dataset.json is exactly serializeDataset, and its sha256 is the dataset checksum', async () => {
    const bytes = await readFile(path.join(dir, 'data', 'dataset.json'), 'utf8');
    assert.equal(bytes, serializeDataset(dataset));
    assert.equal(manifest.dataset_sha256, sha256(serializeDataset(dataset)));
    assert.equal(manifest.as_of, dataset.as_of);
  });

  test('datapackage.json lists every bulk file with size, hash and, for CSV, its schema', async () => {
    const pkg = JSON.parse(await readFile(path.join(dir, 'data', 'datapackage.json'), 'utf8')) as {
      licenses: { path: string }[];
      resources: { name: string; path: string; bytes: number; hash: string; format: string; schema?: { fields: { name: string; type: string; title: string }[]; primaryKey?: string[]; foreignKeys?: { fields: string; reference: { resource: string } }[] } }[];
    };
    assert.equal(pkg.licenses[0]?.path, config.licence.url);
    const topLevel = (await readdir(path.join(dir, 'data'), { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).filter((n) => n !== 'datapackage.json' && n !== 'checksums.sha256').sort();
    assert.deepEqual(pkg.resources.map((r) => r.path).sort(), topLevel);
    assert.equal(new Set(pkg.resources.map((r) => r.name)).size, pkg.resources.length, 'resource names are unique');
    for (const r of pkg.resources) {
      const bytes = await readFile(path.join(dir, 'data', r.path));
      assert.equal(r.bytes, bytes.length, `${r.path} bytes`);
      assert.equal(r.hash, `sha256:${sha256(bytes)}`, `${r.path} hash`);
      if (r.format === 'csv') {
        assert.ok(r.schema, `${r.path} has a schema`);
        const { header } = await readCsv(dir, r.path);
        assert.deepEqual(r.schema.fields.map((f) => f.name), header);
      }
    }
    const partners = pkg.resources.find((r) => r.name === 'partners');
    assert.deepEqual(partners?.schema?.primaryKey, ['partnership_id', 'organization_id']);
    assert.deepEqual(partners?.schema?.foreignKeys?.map((k) => `${k.fields}->${k.reference.resource}`), ['partnership_id->partnerships', 'organization_id->organizations']);
    const contractValue = pkg.resources.find((r) => r.name === 'partnerships')?.schema?.fields.find((f) => f.name === 'contract_value');
    assert.equal(contractValue?.type, 'number');
    assert.equal(contractValue?.title, '合同金额');
  });

  test('checksums.sha256 covers every published file, per-record files included', async () => {
    const lines = (await readFile(path.join(dir, 'data', 'checksums.sha256'), 'utf8')).trimEnd().split('\n');
    const listed = new Map(lines.map((l) => [l.slice(66), l.slice(0, 64)]));
    const files = (await listFiles(path.join(dir, 'data'))).filter((f) => f !== 'checksums.sha256');
    assert.deepEqual([...listed.keys()].sort(), files);
    for (const f of files) assert.equal(listed.get(f), sha256(await readFile(path.join(dir, 'data', f))), f);
    assert.ok(files.includes('projects/QH-2024-001.json') && files.includes(`organizations/${GOV}.json`));
  });

  test('per-record files carry the partnership and its transactions', async () => {
    const orgs = new Map(dataset.organizations.map((o) => [o.id, o]));
    for (const p of dataset.partnerships) {
      const text = await readFile(path.join(dir, 'data', 'projects', `${p.id}.json`), 'utf8');
      // Assembled from dataset.json's text as it streams: exactly what serializing the record gives.
      assert.equal(text, JSON.stringify(projectRecord(p, dataset.as_of, orgs)) + '\n', p.id);
      const record = JSON.parse(text) as { as_of: string; partnership: unknown; organizations: { id: string }[] };
      assert.equal(record.as_of, dataset.as_of);
      assert.deepEqual(record.partnership, p);
      assert.ok(record.organizations.some((o) => o.id === p.government_id));
      const csv = await readCsv(dir, `projects/${p.id}.csv`);
      assert.equal(csv.rows.length, p.transactions.length);
      assert.equal(sumOf(csv.rows, 'amount', (r) => r.kind === 'disbursement') - sumOf(csv.rows, 'amount', (r) => r.kind === 'refund'), p.figures.disbursed);
    }
    for (const o of dataset.organizations) {
      const text = await readFile(path.join(dir, 'data', 'organizations', `${o.id}.json`), 'utf8');
      assert.equal(text, JSON.stringify({ as_of: dataset.as_of, organization: o }) + '\n', o.id);
    }
    assert.deepEqual(manifest.records, { projects: dataset.partnerships.length, organizations: dataset.organizations.length });
  });

  test('the data dictionary has a row per exported column, from the schema', async () => {
    const { rows } = await readCsv(dir, 'data-dictionary.csv');
    assert.equal(rows.length, exportTables().reduce((n, t) => n + t.columns.length, 0));
    const cv = rows.find((r) => r.table === 'partnerships' && r.column === 'contract_value');
    assert.equal(cv?.header_zh, '合同金额');
    assert.equal(cv?.unit, '元');
    assert.equal(cv?.required, 'true');
    assert.equal(cv?.type, 'number');
  });

  test('the manifest describes every top-level file with its real size and hash', async () => {
    const top = (await readdir(path.join(dir, 'data'), { withFileTypes: true })).filter((e) => e.isFile()).map((e) => `data/${e.name}`).sort();
    assert.deepEqual(manifest.files.map((f) => f.path).sort(), top);
    for (const f of manifest.files) {
      const bytes = await readFile(path.join(dir, f.path));
      assert.equal(f.bytes, bytes.length);
      assert.equal(f.sha256, sha256(bytes));
    }
  });

  test('the same dataset writes byte-identical files, whatever the time zone', async () => {
    const again = await mkdtemp(path.join(tmpdir(), 'sunlight-export-'));
    const tz = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      await writeDownloads(dataset, config, again, { changes: diffDatasets(null, dataset) });
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
    const a = await listFiles(dir);
    assert.deepEqual(await listFiles(again), a);
    for (const f of a) assert.ok((await readFile(path.join(dir, f))).equals(await readFile(path.join(again, f))), `${f} is byte-identical`);
    await rm(again, { recursive: true, force: true });
  });
});

describe('writeDownloads on the content/ sample through the real pipeline', () => {
  test('row counts and money reconcile whatever the sample holds', async () => {
    const config = await portalConfig();
    const result = await runPipeline({ root, config });
    assert.ok(result.dataset, 'content/ builds without errors');
    const dataset = result.dataset;
    const dir = await mkdtemp(path.join(tmpdir(), 'sunlight-export-'));
    const manifest = await writeDownloads(dataset, config, dir);
    const partnerships = (await readCsv(dir, 'partnerships.csv')).rows;
    assert.equal(partnerships.length, dataset.partnerships.length);
    assert.equal(sumOf(partnerships, 'contract_value'), dataset.totals.contract_value);
    const transactions = (await readCsv(dir, 'transactions.csv')).rows;
    assert.equal(transactions.length, dataset.totals.transactions);
    assert.equal(sumOf(transactions, 'amount', (r) => r.kind === 'disbursement') - sumOf(transactions, 'amount', (r) => r.kind === 'refund'), dataset.totals.disbursed);
    assert.equal(manifest.files.find((f) => f.path === 'data/changes.json'), undefined, 'no change log unless one is given');
    await rm(dir, { recursive: true, force: true });
  });
});
