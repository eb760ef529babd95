/**
 * The downloads under <outDir>/data/: CSV per table, dataset.json, sunlight.xlsx, OCDS and 360Giving
 * packages, the data dictionary, per-record files, the change log and feeds, datapackage.json and
 * checksums.sha256. Everything is streamed and deterministic: the same dataset gives the same bytes.
 */
import type { Dataset, Organization, Partnership } from '../dataset/types.ts';
import type { PortalConfig } from '../schema/config.ts';
import type { Bilingual } from '../schema/vocabularies.ts';
import type { ChangeLog } from '../changes/types.ts';
import { feedEntries, renderAtom } from '../changes/atom.ts';
import { exportTables, organizationLookup } from './columns.ts';
import { writeCsv } from './csv.ts';
import { dataPackage, dictionarySchema, tableSchema, type ResourceInfo } from './datapackage.ts';
import { DICTIONARY_COLUMNS, dictionaryRows } from './dictionary.ts';
import type { OpenDataOptions } from './ids.ts';
import { writeJsonStreamed, writeJsonWithArray } from './json-stream.ts';
import { ocdsPackageHead, ocdsReleases } from './ocds.ts';
import { RecordWriter } from './records.ts';
import { FileWriter, type WrittenFile } from './sink.ts';
import { grantPackageHead, grants } from './threesixtygiving.ts';
import { writeXlsx } from './xlsx.ts';

export interface ManifestFile {
  /** Path relative to the output folder, e.g. `data/partnerships.csv`. */
  path: string;
  /** Resource name in datapackage.json. */
  name: string;
  title: Bilingual;
  format: string;
  mediatype: string;
  bytes: number;
  sha256: string;
  /** Data rows (CSV), releases (OCDS), grants (360Giving), entries (feeds); null for whole-dataset files. */
  rows: number | null;
}

export interface DownloadManifest {
  /** "Data as of": dataset.as_of. */
  as_of: string;
  /** sha256 of data/dataset.json: the dataset's checksum. */
  dataset_sha256: string;
  licence: { name: string; url: string };
  /** Bulk files, in the order the /data/ page should list them; includes datapackage.json and checksums.sha256. */
  files: ManifestFile[];
  /** Per-record files: data/projects/<id>.json and .csv, data/organizations/<id>.json. */
  records: { projects: number; organizations: number };
}

export interface DownloadOptions {
  /** This build's change log (src/lib/changes): written as data/changes.json and one Atom feed per locale. */
  changes?: ChangeLog;
  openData?: OpenDataOptions;
}

const CSV = { format: 'csv', mediatype: 'text/csv' };
const JSON_TYPE = { format: 'json', mediatype: 'application/json' };

export async function writeDownloads(dataset: Dataset, config: PortalConfig, outDir: string, options: DownloadOptions = {}): Promise<DownloadManifest> {
  const writer = new FileWriter(outDir);
  try {
    return await write(writer, dataset, config, options);
  } finally {
    await writer.close();
  }
}

async function write(writer: FileWriter, dataset: Dataset, config: PortalConfig, options: DownloadOptions): Promise<DownloadManifest> {
  const tables = exportTables(organizationLookup(dataset));
  const resources: (ResourceInfo & { titleBi: Bilingual; rows: number | null })[] = [];
  const add = (file: WrittenFile, meta: { name: string; title: Bilingual; description: Bilingual; format: string; mediatype: string; rows: number | null; schema?: ResourceInfo['schema'] }) => {
    resources.push({
      ...file,
      name: meta.name,
      title: `${meta.title.zh} / ${meta.title.en}`,
      titleBi: meta.title,
      description: `${meta.description.zh} / ${meta.description.en}`,
      format: meta.format,
      mediatype: meta.mediatype,
      rows: meta.rows,
      ...(meta.schema ? { schema: meta.schema } : {}),
    });
  };

  // 1. The dataset itself: exactly serializeDataset(dataset), streamed; the per-record files are
  // written from the same JSON text as it goes.
  const transactionsTable = tables.find((t) => t.name === 'transactions');
  if (!transactionsTable) throw new Error('schema has no transactions table');
  const recordWriter = new RecordWriter(writer, dataset.as_of, dataset.organizations, transactionsTable);
  const datasetSink = writer.open('data/dataset.json');
  await writeJsonStreamed(datasetSink, dataset as unknown as Record<string, unknown>, (key, item, json) => {
    if (key === 'partnerships') return recordWriter.partnership(item as Partnership, json);
    if (key === 'organizations') return recordWriter.organization(item as Organization, json);
  });
  await datasetSink.write('\n');
  const datasetFile = await datasetSink.close();
  add(datasetFile, { name: 'dataset', title: { zh: '完整数据集（JSON）', en: 'Full dataset (JSON)' }, description: { zh: '规范化后的完整数据集，含各项目的子表和统计数字', en: 'The normalized dataset with every partnership\'s children and figures' }, ...JSON_TYPE, rows: null });

  // 2. One CSV per table.
  for (const t of tables) {
    const file = await writeCsv(writer, `data/${t.name}.csv`, t.columns, t.rows(dataset));
    add(file, { name: t.name, title: t.title, description: t.description, ...CSV, rows: file.rows, schema: tableSchema(t) });
  }

  // 3. The data dictionary.
  const dictionary = await writeCsv(
    writer,
    'data/data-dictionary.csv',
    DICTIONARY_COLUMNS.map((name) => ({ name, type: 'string', money: false, title: { zh: name, en: name }, description: { zh: '', en: '' }, required: false, unit: null, source: 'derived', value: (r) => r[name] as string })),
    dictionaryRows(tables) as Iterable<Record<string, unknown>>,
  );
  add(dictionary, { name: 'data-dictionary', title: { zh: '数据字典', en: 'Data dictionary' }, description: { zh: '每个下载表格的每一列：含义、类型、单位', en: 'Every column of every table: meaning, type, unit' }, ...CSV, rows: dictionary.rows, schema: dictionarySchema() });

  // 4. The workbook.
  const xlsx = await writeXlsx(writer, 'data/sunlight.xlsx', dataset, tables);
  add(xlsx, { name: 'sunlight-xlsx', title: { zh: '完整数据（Excel 工作簿）', en: 'Full data (Excel workbook)' }, description: { zh: '每个表格一个工作表；金额为数字单元格，精确数字以 CSV/JSON 为准', en: 'One sheet per table; money as numeric cells — the CSV/JSON are the exact figures' }, format: 'xlsx', mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', rows: null });

  // 5. Open standards.
  const ocdsSink = writer.open('data/ocds-release-package.json');
  const releases = await writeJsonWithArray(ocdsSink, ocdsPackageHead(dataset, config), 'releases', ocdsReleases(dataset, config, options.openData));
  add({ ...(await ocdsSink.close()) }, { name: 'ocds-release-package', title: { zh: 'OCDS 1.1 发布包（政府购买服务、项目合作、共同治理）', en: 'OCDS 1.1 release package (purchase, project, co-governance)' }, description: { zh: '每个合同类项目一个汇编发布（compiled release）', en: 'One compiled release per contracted partnership' }, ...JSON_TYPE, rows: releases });

  if (!grants(dataset, config, options.openData)[Symbol.iterator]().next().done) {
    // 360Giving requires at least one grant: with none, the file is not published.
    const grantSink = writer.open('data/360giving.json');
    const count = await writeJsonWithArray(grantSink, grantPackageHead(dataset, config), 'grants', grants(dataset, config, options.openData));
    add(await grantSink.close(), { name: '360giving', title: { zh: '360Giving 资助数据（公益创投、补贴/资助）', en: '360Giving grants (venture philanthropy, subsidies and grants)' }, description: { zh: '每个资助类项目一条 grant', en: 'One grant per funding partnership' }, ...JSON_TYPE, rows: count });
  }

  // 6. What changed.
  if (options.changes) {
    const log = options.changes;
    add(await writer.writeFile('data/changes.json', JSON.stringify(log, null, 1) + '\n'), { name: 'changes', title: { zh: '数据变更记录', en: 'What changed' }, description: { zh: '每次发布相对上次新增、删除和变更的内容', en: 'What each publication added, removed or changed' }, ...JSON_TYPE, rows: log.builds.reduce((n, b) => n + b.entries.length, 0) });
    for (const locale of config.locales) {
      add(await writer.writeFile(`data/changes.${locale}.atom`, renderAtom(log, config, locale)), { name: `changes-feed-${locale.toLowerCase()}`, title: { zh: `变更订阅（Atom，${locale}）`, en: `Changes feed (Atom, ${locale})` }, description: { zh: '数据变更的 Atom 订阅', en: 'Atom feed of data changes' }, format: 'atom', mediatype: 'application/atom+xml', rows: feedEntries(log).length });
    }
  }

  // 7. Per-record files (written with dataset.json).
  const records = await recordWriter.done();

  // 8. datapackage.json, then checksums of everything else.
  const datapackage = dataPackage(config, dataset.as_of, datasetFile.sha256, resources);
  const packageFile = await writer.writeFile('data/datapackage.json', JSON.stringify(datapackage, null, 2) + '\n');
  const all = [...resources, ...records, packageFile].map((f) => ({ path: f.path, sha256: f.sha256 })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const checksumSink = writer.open('data/checksums.sha256');
  // sha256sum format, paths relative to data/: `cd data && sha256sum -c checksums.sha256`.
  for (const f of all) await checksumSink.write(`${f.sha256}  ${f.path.replace(/^data\//, '')}\n`);
  const checksumFile = await checksumSink.close();

  const files: ManifestFile[] = resources.map((r) => ({ path: r.path, name: r.name, title: r.titleBi, format: r.format, mediatype: r.mediatype, bytes: r.bytes, sha256: r.sha256, rows: r.rows }));
  files.push({ path: packageFile.path, name: 'datapackage', title: { zh: '数据包说明（Frictionless datapackage.json）', en: 'Data package descriptor (Frictionless)' }, format: 'json', mediatype: 'application/json', bytes: packageFile.bytes, sha256: packageFile.sha256, rows: null });
  files.push({ path: checksumFile.path, name: 'checksums', title: { zh: '校验和（SHA-256）', en: 'Checksums (SHA-256)' }, format: 'sha256', mediatype: 'text/plain', bytes: checksumFile.bytes, sha256: checksumFile.sha256, rows: all.length });
  return {
    as_of: dataset.as_of,
    dataset_sha256: datasetFile.sha256,
    licence: { name: config.licence.name, url: config.licence.url },
    files,
    records: { projects: dataset.partnerships.length, organizations: dataset.organizations.length },
  };
}

export { validateOcdsPackage, validateGrantPackage, type SchemaErrors } from './standards.ts';
export { OCDS_MODES } from './ocds.ts';
export { GRANT_MODES } from './threesixtygiving.ts';
export type { OpenDataOptions } from './ids.ts';
