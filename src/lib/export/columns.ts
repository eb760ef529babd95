/**
 * The columns of every downloadable table, generated from the schema (src/lib/schema/tables.ts) and
 * extended with derived figures and Chinese labels. CSV, XLSX, datapackage.json and the data
 * dictionary all read this one list, so they cannot disagree.
 */
import type { Dataset, Organization, Partnership } from '../dataset/types.ts';
import type { AnyColumn, ColumnKind } from '../schema/columns.ts';
import { TABLES, type TableDef, type TableName } from '../schema/tables.ts';
import type { Bilingual } from '../schema/vocabularies.ts';
import { GRADES } from '../schema/vocabularies.ts';

/** Frictionless Table Schema field types used here. */
export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'boolean';

export type CellValue = string | number | boolean | null;

type Row = Record<string, unknown>;

export interface ExportColumn {
  name: string;
  type: FieldType;
  /** Money is integer 分 in `value()` and written as a decimal 元 string ("12345.67"). */
  money: boolean;
  title: Bilingual;
  description: Bilingual;
  required: boolean;
  unit: Bilingual | null;
  /** Table Schema `format` for strings. */
  format?: 'uri' | 'email';
  enum?: readonly string[];
  /** `input` columns are the schema's; `label` columns carry a code's Chinese label; `derived` are computed. */
  source: 'input' | 'label' | 'derived';
  /** Schema column kind, for input columns. */
  kind?: ColumnKind;
  /** Format phrase from the schema (zh/en), for the data dictionary. */
  formatText?: Bilingual;
  value(row: Row): CellValue;
}

export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

export interface ExportTable {
  name: TableName;
  title: Bilingual;
  description: Bilingual;
  primaryKey: readonly string[];
  foreignKeys: ForeignKey[];
  columns: ExportColumn[];
  /** Rows in dataset order; a generator, so 100,000 partnerships are never copied into one array. */
  rows(dataset: Dataset): Iterable<Row>;
}

export type OrgLookup = Map<string, Organization>;

const YUAN: Bilingual = { zh: '元', en: 'yuan' };

function fieldType(kind: ColumnKind): FieldType {
  switch (kind) {
    case 'money':
    case 'decimal':
      return 'number';
    case 'integer':
      return 'integer';
    case 'date':
      return 'date';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}

function inputColumns(def: TableDef): ExportColumn[] {
  const out: ExportColumn[] = [];
  for (const [name, col] of Object.entries(def.columns) as [string, AnyColumn][]) {
    out.push({
      name,
      type: fieldType(col.kind),
      money: col.kind === 'money',
      title: { zh: col.header.zh, en: col.header.en },
      description: col.description,
      required: col.required,
      unit: col.kind === 'money' ? YUAN : null,
      ...(col.kind === 'url' ? { format: 'uri' as const } : col.kind === 'email' ? { format: 'email' as const } : {}),
      ...(col.vocabulary ? { enum: col.vocabulary.codes } : {}),
      source: 'input',
      kind: col.kind,
      formatText: col.format,
      value: (row) => (row[name] ?? null) as CellValue,
    });
    const vocabulary = col.vocabulary;
    if (vocabulary) {
      out.push({
        name: `${name}_zh`,
        type: 'string',
        money: false,
        title: { zh: `${col.header.zh}（中文）`, en: `${name} (Chinese label)` },
        description: { zh: `${col.header.zh}的中文名称`, en: `Chinese label of ${name}` },
        required: false,
        unit: null,
        source: 'label',
        value: (row) => {
          const code = row[name] as string | null;
          return code ? (vocabulary.labels[code]?.zh ?? null) : null;
        },
      });
    }
  }
  return out;
}

function derived(
  name: string,
  type: FieldType,
  title: Bilingual,
  description: Bilingual,
  value: (row: Row) => CellValue,
  opts: { money?: boolean; unit?: Bilingual } = {},
): ExportColumn {
  const money = opts.money ?? false;
  return { name, type, money, title, description, required: false, unit: money ? YUAN : (opts.unit ?? null), source: 'derived', value };
}

const money = (name: string, zh: string, en: string, dzh: string, den: string, get: (row: Row) => number | null) =>
  derived(name, 'number', { zh, en: name }, { zh: dzh, en: den }, get, { money: true });

function foreignKeys(def: TableDef): ForeignKey[] {
  return (Object.entries(def.columns) as [string, AnyColumn][])
    .filter(([, col]) => col.kind === 'ref' && col.ref)
    .map(([name, col]) => ({ fields: name, reference: { resource: col.ref as string, fields: 'id' } }));
}

const nameOf = (lookup: OrgLookup, id: unknown) => (typeof id === 'string' ? (lookup.get(id)?.name ?? null) : null);

/** Derived columns per table, appended after the schema's own. */
function derivedColumns(name: TableName, lookup: OrgLookup): ExportColumn[] {
  const org = (r: Row) => r as unknown as Organization;
  const part = (r: Row) => r as unknown as Partnership;
  switch (name) {
    case 'organizations':
      return [
        derived('partnerships_as_partner', 'integer', { zh: '参与项目数', en: 'partnerships_as_partner' }, { zh: '作为合作方参与的项目数', en: 'Partnerships it takes part in' }, (r) => org(r).as_partner?.partnership_ids.length ?? 0),
        money('attributed_total', '承接金额', 'attributed_total', '归属于该组织的合同金额合计', 'Contract value attributed to it, summed', (r) => org(r).as_partner?.attributed_total ?? 0),
        money('received_total', '到账金额', 'received_total', '其承接（牵头）项目的拨付减退回合计', 'Disbursed minus refunded to the partnerships it leads', (r) => org(r).as_partner?.disbursed_total ?? 0),
        derived('partnerships_as_government', 'integer', { zh: '委托项目数', en: 'partnerships_as_government' }, { zh: '作为政府方委托或资助的项目数', en: 'Partnerships it commissions or funds' }, (r) => org(r).as_government?.partnership_ids.length ?? 0),
        money('committed_total', '委托金额', 'committed_total', '作为政府方的合同金额合计', 'Contract value it committed as government', (r) => org(r).as_government?.committed_total ?? 0),
        money('disbursed_total', '拨付金额', 'disbursed_total', '作为政府方拨付减退回合计', 'Disbursed minus refunded, as government', (r) => org(r).as_government?.disbursed_total ?? 0),
        derived('evaluations_as_evaluator', 'integer', { zh: '开展评估数', en: 'evaluations_as_evaluator' }, { zh: '作为评估方开展的评估数', en: 'Evaluations it carried out' }, (r) => org(r).as_evaluator?.evaluation_ids.length ?? 0),
      ];
    case 'partnerships':
      return [
        derived('government_name', 'string', { zh: '政府方名称', en: 'government_name' }, { zh: '政府方的名称', en: 'Name of the government body' }, (r) => nameOf(lookup, r.government_id)),
        derived('lead_organization_id', 'string', { zh: '承接方编号', en: 'lead_organization_id' }, { zh: '第一个承接方的组织编号', en: 'Id of the (first) lead organization' }, (r) => part(r).lead_organization_id || null),
        derived('lead_organization_name', 'string', { zh: '承接方名称', en: 'lead_organization_name' }, { zh: '第一个承接方的名称', en: 'Name of the (first) lead organization' }, (r) => nameOf(lookup, part(r).lead_organization_id)),
        derived('year', 'integer', { zh: '年度', en: 'year' }, { zh: '计入的年度：签约日期所在年，无签约日期时取开始日期', en: 'Year it counts in: of signed_on, else start_date' }, (r) => part(r).year),
        money('budget_total', '预算合计', 'budget_total', '预算明细合计', 'Sum of the budget lines', (r) => part(r).figures.budget_total),
        money('disbursements', '拨付合计', 'disbursements', '政府拨付合计（未扣退回）', 'Disbursements, before refunds', (r) => part(r).figures.disbursements),
        money('refunds', '退回合计', 'refunds', '退回合计', 'Refunds', (r) => part(r).figures.refunds),
        money('disbursed', '实际到账', 'disbursed', '拨付减退回', 'Disbursements minus refunds', (r) => part(r).figures.disbursed),
        money('spent', '支出合计', 'spent', '社会组织支出合计', 'Expenditure by the organization', (r) => part(r).figures.spent),
        derived('disbursed_share_bp', 'integer', { zh: '拨付比例（基点）', en: 'disbursed_share_bp' }, { zh: '实际到账占合同金额的比例，单位基点（10000 = 100%）', en: 'Disbursed as a share of the contract value, in basis points (10000 = 100 %)' }, (r) => part(r).figures.disbursed_share_bp, { unit: { zh: '基点', en: 'basis points' } }),
        derived('latest_grade', 'string', { zh: '最近评估等级', en: 'latest_grade' }, { zh: '最近一次评估（满意度调查除外）的等级代码', en: 'Grade code of the latest evaluation (surveys excluded)' }, (r) => part(r).figures.latest_evaluation?.grade ?? null),
        derived('latest_grade_zh', 'string', { zh: '最近评估等级（中文）', en: 'latest_grade (Chinese label)' }, { zh: '最近评估等级的中文名称', en: 'Chinese label of latest_grade' }, (r) => {
          const g = part(r).figures.latest_evaluation?.grade;
          return g ? GRADES.labels[g].zh : null;
        }),
        derived('latest_score', 'number', { zh: '最近评估得分', en: 'latest_score' }, { zh: '最近一次评估（满意度调查除外）的得分', en: 'Score of the latest evaluation (surveys excluded)' }, (r) => part(r).figures.latest_evaluation?.score ?? null),
        derived('satisfaction', 'number', { zh: '满意度', en: 'satisfaction' }, { zh: '最近一次公众满意度调查得分', en: 'Score of the latest public satisfaction survey' }, (r) => part(r).figures.satisfaction),
      ];
    case 'partners':
      return [
        derived('organization_name', 'string', { zh: '组织名称', en: 'organization_name' }, { zh: '参与组织的名称', en: 'Name of the organization' }, (r) => nameOf(lookup, r.organization_id)),
        money('attributed', '归属金额', 'attributed', '归属于该组织的合同金额（见数据说明“归属”）', 'Contract value attributed to this organization (see "Attribution")', (r) => r.attributed as number),
      ];
    case 'evaluations':
      return [derived('evaluator_name', 'string', { zh: '评估方名称', en: 'evaluator_name' }, { zh: '评估方的名称', en: 'Name of the evaluator' }, (r) => nameOf(lookup, r.evaluator_id))];
    default:
      return [];
  }
}

type ChildKey = 'partners' | 'budget_lines' | 'transactions' | 'tasks' | 'events' | 'evaluations' | 'documents' | 'meetings';

function* childRows(dataset: Dataset, key: ChildKey): Iterable<Row> {
  for (const p of dataset.partnerships) {
    for (const child of p[key] as Row[]) yield { partnership_id: p.id, ...child };
  }
}

function rowsFor(name: TableName): ExportTable['rows'] {
  if (name === 'organizations') return (d) => d.organizations as unknown as Row[];
  if (name === 'partnerships') return (d) => d.partnerships as unknown as Row[];
  return (d) => childRows(d, name);
}

/**
 * The export tables in schema order. `lookup` gives organization names to the derived name columns;
 * the data dictionary and datapackage.json, which only need the column definitions, can omit it.
 */
export function exportTables(lookup: OrgLookup = new Map()): ExportTable[] {
  return TABLES.map((def): ExportTable => {
    const name = def.name as TableName;
    return {
      name,
      title: def.title,
      description: def.description,
      primaryKey: def.key,
      foreignKeys: foreignKeys(def as TableDef),
      columns: [...inputColumns(def as TableDef), ...derivedColumns(name, lookup)],
      rows: rowsFor(name),
    };
  });
}

export function organizationLookup(dataset: Dataset): OrgLookup {
  return new Map(dataset.organizations.map((o) => [o.id, o]));
}
