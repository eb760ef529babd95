/**
 * Temporary project roots for tests: a small valid dataset (every table, every rule satisfied),
 * written as content/portal.yaml + content/data/* in any supported format, and a runner that
 * returns the pipeline's result with its issues formatted exactly as a publisher reads them.
 */
import { accessSync, constants } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import YAML from 'yaml';
import { loadConfig } from '../../src/lib/config/load.ts';
import { runPipeline, type PipelineResult } from '../../src/lib/pipeline.ts';
import { TABLES, type TableName } from '../../src/lib/schema/tables.ts';
import { formatIssue, type Issue } from '../../src/lib/validate/issues.ts';
import { toCsv } from './csv.ts';
import { validUscc } from './ids.ts';

/** A row as a publisher types it: column key → cell text. */
export type Cells = Record<string, string>;
export type Tables = Record<TableName, Cells[]>;

export const TABLE_NAMES = TABLES.map((t) => t.name) as TableName[];

export const ORG = {
  government: '11330100MB0000001R',
  social: '51330100MJ00000014',
  social2: validUscc('51330100MJ0000003'),
  evaluator: '52330100MJ00000024',
} as const;

/**
 * The minimal valid dataset. Row numbers in files: the header is row 1, so `tables.x[i]` is row i + 2.
 * partnerships row 2 = QH-2024-001 (completed, budget and payments add up), row 3 = QH-2025-002.
 */
export function minimalTables(): Tables {
  return {
    organizations: [
      { id: ORG.government, uscc: ORG.government, name: '清河区东湖街道办事处', name_en: 'Donghu Street Office', kind: '政府部门', subtype: '街道办事处', district: '东湖街道', phone: '0571-88880001', website: 'https://donghu.example.org', description: '东湖街道办事处' },
      { id: ORG.social, uscc: ORG.social, name: '清河区乐龄社会工作服务中心', name_en: 'Qinghe Leling Social Work Centre', kind: '社会组织', subtype: '社会服务机构', district: '东湖街道', registered_on: '2016-05-12', phone: '0571-88880002', email: 'leling@example.org', description: '为老年人提供服务' },
      { id: ORG.social2, uscc: ORG.social2, name: '清河区邻里互助会', kind: '社会组织', subtype: '社会团体', district: '东湖街道', registered_on: '2019/7/1', description: '社区互助' },
      { id: ORG.evaluator, uscc: ORG.evaluator, name: '清河区明鉴社会评估中心', kind: '评估机构', subtype: '第三方评估机构', district: '东湖街道', registered_on: '2014年3月1日', description: '第三方评估' },
    ],
    partnerships: [
      { id: 'QH-2024-001', title: '东湖街道居家养老服务项目', title_en: 'Donghu home care', summary: '为辖区高龄独居老人提供上门服务，含"助餐"与助浴', mode: '政府购买服务', field: '养老服务', government_id: ORG.government, district: '东湖街道', procurement_method: '公开招标', funding_source: '财政资金', contract_value: '360,000.00', status: '已结项', signed_on: '2024-02-20', published_on: '2024-02-25', start_date: '2024-03-01', end_date: '2024-12-31', beneficiaries: '420', beneficiary_group: '高龄独居老人', updated_on: '2025-01-20' },
      { id: 'QH-2025-002', title: '东湖街道邻里议事会', summary: '共同推进小区议事协商', mode: '共同治理', field: '社区治理', government_id: ORG.government, district: '东湖街道', procurement_method: '单一来源', funding_source: '财政资金', contract_value: '80,000', status: '执行中', signed_on: '2025-03-01', start_date: '2025-03-10', end_date: '2025-12-31', beneficiaries: '1,200', beneficiary_group: '小区居民', updated_on: '2025-06-30' },
    ],
    partners: [
      { partnership_id: 'QH-2024-001', organization_id: ORG.social, role: '承接方' },
      { partnership_id: 'QH-2024-001', organization_id: ORG.social2, role: '合作方', share: '60,000.00' },
      { partnership_id: 'QH-2025-002', organization_id: ORG.social2, role: '承接方' },
    ],
    budget_lines: [
      { partnership_id: 'QH-2024-001', line: '1', category: '人员经费', item: '社工 3 名', amount: '240,000.00' },
      { partnership_id: 'QH-2024-001', line: '2', category: '活动经费', item: '上门服务与活动', amount: '120,000.00' },
      { partnership_id: 'QH-2025-002', line: '1', category: '活动经费', item: '议事活动', amount: '80000' },
    ],
    transactions: [
      { id: 'T-0001', partnership_id: 'QH-2024-001', date: '2024-03-05', kind: '拨付', amount: '180,000.00', description: '首期拨付' },
      { id: 'T-0002', partnership_id: 'QH-2024-001', date: '2024-09-05', kind: '拨付', amount: '180,000.00', description: '二期拨付' },
      { id: 'T-0003', partnership_id: 'QH-2024-001', date: '2024-06-30', kind: '支出', amount: '150,000.00', description: '上半年支出' },
      { id: 'T-0004', partnership_id: 'QH-2025-002', date: '2025-03-15', kind: '拨付', amount: '40,000.00', description: '首期拨付' },
      { id: 'T-0005', partnership_id: 'QH-2025-002', date: '2025-05-01', kind: '支出', amount: '12,345.67', description: '活动支出' },
    ],
    tasks: [{ partnership_id: 'QH-2024-001', seq: '1', task: '建立服务对象档案', responsible: '社会组织', requirements: '一人一档', acceptance_criteria: '档案完整率 100%', due_date: '2024-04-30', status: '已完成' }],
    events: [
      { partnership_id: 'QH-2024-001', stage: '签约', date: '2024-02-20', description: '签订服务合同' },
      { partnership_id: 'QH-2024-001', stage: '结项', date: '2025-01-15', description: '通过结项验收' },
    ],
    evaluations: [
      { id: 'E-0001', partnership_id: 'QH-2024-001', evaluator_id: ORG.evaluator, kind: '第三方评估', date: '2025-01-10', score: '91.5', grade: '优秀', findings: '服务规范，记录完整', report_url: 'https://example.org/report.pdf' },
      { id: 'E-0002', partnership_id: 'QH-2024-001', evaluator_id: ORG.evaluator, kind: '满意度调查', date: '2024-12-20', score: '95', sample_size: '120' },
    ],
    documents: [{ partnership_id: 'QH-2024-001', kind: '合同', title: '服务合同', url: 'https://example.org/contract.pdf', date: '2024-02-20' }],
    meetings: [{ id: 'M-0001', partnership_id: 'QH-2025-002', kind: '座谈会', date: '2025-04-10', title: '议事规则讨论', participants: '25', summary: '通过议事规则' }],
  };
}

export type FileFormat = 'csv' | 'csv-bom' | 'csv-gb18030' | 'xlsx' | 'json' | 'yaml';

export interface WriteOptions {
  format?: FileFormat;
  /** `zh`: the Chinese headers (default); `en`: the column keys. */
  headers?: 'zh' | 'en';
  /** Header text for particular columns, e.g. `{ partnerships: { contract_value: '合同金额（万元）' } }`. */
  headerNames?: Partial<Record<TableName, Record<string, string>>>;
  /** `units` of each table's source in portal.yaml. */
  units?: Partial<Record<TableName, Record<string, '元' | '万元'>>>;
  publicFields?: string[];
  /** Tables to leave out (neither a file nor a source). */
  omit?: TableName[];
}

const EXT: Record<FileFormat, string> = { csv: 'csv', 'csv-bom': 'csv', 'csv-gb18030': 'csv', xlsx: 'xlsx', json: 'json', yaml: 'yaml' };

export function portalConfig(sources: object[], publicFields: string[] = []): Record<string, unknown> {
  return {
    site: {
      name: { zh: '测试门户', en: 'Test portal' },
      tagline: { zh: '测试', en: 'Test' },
      publisher: { zh: '测试发布者', en: 'Test publisher' },
      url: 'https://sunlight.example.org',
    },
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    feedback: { form_url: 'https://feedback.example.org/form?project={id}' },
    data: { sources, public_fields: publicFields },
  };
}

function headerOf(table: TableName, key: string, options: WriteOptions): string {
  const override = options.headerNames?.[table]?.[key];
  if (override) return override;
  const def = TABLES.find((t) => t.name === table);
  const column = def?.columns[key as keyof typeof def.columns] as { header: { zh: string; en: string } } | undefined;
  if (!column) return key;
  return options.headers === 'en' ? column.header.en : column.header.zh;
}

function columnKeys(table: TableName): string[] {
  const def = TABLES.find((t) => t.name === table);
  return Object.keys(def?.columns ?? {});
}

/** Writes portal.yaml and one file per table under `root/content/`. */
export async function writeRoot(root: string, tables: Tables, options: WriteOptions = {}): Promise<string> {
  const format = options.format ?? 'csv';
  const ext = EXT[format];
  await mkdir(path.join(root, 'content', 'data'), { recursive: true });
  const sources: object[] = [];
  for (const table of TABLE_NAMES) {
    if (options.omit?.includes(table)) continue;
    const keys = columnKeys(table);
    const headers = keys.map((k) => headerOf(table, k, options));
    const rows = tables[table].map((cells) => keys.map((k) => cells[k] ?? ''));
    const file = path.join(root, 'content', 'data', `${table}.${ext}`);
    await writeFile(file, await encodeTable(format, table, headers, rows));
    const units = options.units?.[table];
    sources.push({ table, path: `data/${table}.${ext}`, ...(units ? { units } : {}) });
  }
  await writeFile(path.join(root, 'content', 'portal.yaml'), YAML.stringify(portalConfig(sources, options.publicFields)));
  return root;
}

export async function encodeTable(format: FileFormat, table: string, headers: string[], rows: string[][]): Promise<Uint8Array> {
  switch (format) {
    case 'csv':
      return Buffer.from(toCsv(headers, rows), 'utf8');
    case 'csv-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(toCsv(headers, rows), 'utf8')]);
    case 'csv-gb18030':
      return iconv.encode(toCsv(headers, rows), 'gb18030');
    case 'json':
      return Buffer.from(JSON.stringify(rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? '']))), null, 2), 'utf8');
    case 'yaml':
      return Buffer.from(YAML.stringify({ [table]: rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? '']))) }), 'utf8');
    case 'xlsx': {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(table);
      sheet.addRow(headers);
      for (const r of rows) sheet.addRow(r);
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    }
  }
}

/** Temp roots live in memory when the system offers it: the property tests write thousands of small files. */
const TEMP_BASE = (() => {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return os.tmpdir();
  }
})();

export async function makeTempDir(prefix = 'sunlight-test-'): Promise<string> {
  return mkdtemp(path.join(TEMP_BASE, prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** A fresh temp root holding `tables` (default: the minimal valid dataset). */
export async function tempRoot(tables: Tables = minimalTables(), options: WriteOptions = {}): Promise<string> {
  return writeRoot(await makeTempDir(), tables, options);
}

/** Copies the repository's own content/ (whatever the sample holds right now) into a fresh temp root. */
export async function copySampleRoot(): Promise<string> {
  const root = await makeTempDir();
  await cp(path.resolve(import.meta.dirname, '../../content'), path.join(root, 'content'), { recursive: true });
  return root;
}

export interface RunOutcome {
  result: PipelineResult | null;
  issues: Issue[];
  /** Every issue as `formatIssue` prints it, in report order. */
  lines: string[];
  errors: Issue[];
}

/** Loads content/portal.yaml and runs the pipeline, as `npm run validate` does, without a process. */
export async function runRoot(root: string, fetchImpl?: typeof fetch): Promise<RunOutcome> {
  const config = await loadConfig(root);
  if (!config.ok) return { result: null, issues: config.issues, lines: config.issues.map(formatIssue), errors: config.issues };
  const result = await runPipeline({ root, config: config.config, ...(fetchImpl ? { fetchImpl } : {}) });
  return { result, issues: result.issues, lines: result.issues.map(formatIssue), errors: result.issues.filter((i) => i.severity === 'error') };
}

/** Writes `tables` to a temp root, runs the pipeline, removes the root. */
export async function runTables(tables: Tables, options: WriteOptions = {}): Promise<RunOutcome> {
  const root = await tempRoot(tables, options);
  try {
    return await runRoot(root);
  } finally {
    await removeDir(root);
  }
}

/** The minimal dataset with one change, run through the pipeline: the formatted issue lines. */
export async function linesAfter(mutate: (tables: Tables) => void, options: WriteOptions = {}): Promise<string[]> {
  const tables = minimalTables();
  mutate(tables);
  return (await runTables(tables, options)).lines;
}

/** Sets one cell of the minimal dataset by table, spreadsheet row (header = 1) and column key. */
export function setCellIn(tables: Tables, table: TableName, row: number, key: string, value: string): void {
  const cells = tables[table][row - 2];
  if (!cells) throw new Error(`${table} has no row ${row}`);
  cells[key] = value;
}
