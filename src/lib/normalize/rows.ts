/** Raw rows to typed rows: every cell parsed by its column, every problem kept with its place. */
import type { AnyColumn, CellResult, ColumnKind } from '../schema/columns.ts';
import type { SourceConfig } from '../schema/config.ts';
import type { TableDef } from '../schema/tables.ts';
import { findPersonalData } from '../values/personal-data.ts';
import { makeIssue, type Issue } from '../validate/issues.ts';
import type { RawTable } from '../read/raw-table.ts';
import { mapHeaders } from './headers.ts';

/** Kinds whose parse is a pure function of a cell's text with few distinct texts: each result is kept per text. */
const MEMO_KINDS: ReadonlySet<ColumnKind> = new Set(['enum', 'date', 'boolean']);
const MEMO_LIMIT = 4096;

/** A typed row, remembering where it came from so later rules can point at it. */
export interface Located<Row> {
  file: string;
  row: number;
  value: Row;
}

export interface NormalizeOptions {
  source: Pick<SourceConfig, 'units'>;
  /** `table.column` names declared public in the config (exempt from the personal-data scan). */
  publicFields: ReadonlySet<string>;
}

/** `unusable`: the header row itself is broken (missing or duplicate columns), so no row was read. */
export function normalizeTable<Row>(table: TableDef, raw: RawTable, options: NormalizeOptions): { rows: Located<Row>[]; issues: Issue[]; unusable: boolean } {
  const issues: Issue[] = [];
  const mapping = mapHeaders(table, raw.headers);
  const headerRow = { file: raw.file, row: 1 };
  for (const key of mapping.missingRequired) {
    const column = table.columns[key] as AnyColumn;
    issues.push(makeIssue('error', { ...headerRow, field: key }, 'missing_column', { column: column.header.zh, columnEn: column.header.en }));
  }
  for (const header of mapping.duplicates) issues.push(makeIssue('error', headerRow, 'duplicate_column', { column: header }));
  for (const header of mapping.unknown) issues.push(makeIssue('warning', headerRow, 'unknown_column', { column: header }));
  if (mapping.missingRequired.length > 0 || mapping.duplicates.length > 0) return { rows: [], issues, unusable: true };

  // Everything that is the same for every row, worked out once.
  const keys = Object.keys(table.columns);
  const required = Object.entries<AnyColumn>(table.columns).filter(([, column]) => column.required).map(([key]) => key);
  const cellsOf = mapping.matched.map((match) => {
    const column = table.columns[match.key] as AnyColumn;
    return {
      header: match.header,
      key: match.key,
      column,
      context: { unit: match.unit ?? options.source.units[match.key] ?? '元' },
      scan: column.scanned && !options.publicFields.has(`${table.name}.${match.key}`),
      memo: MEMO_KINDS.has(column.kind) ? new Map<string, CellResult<unknown>>() : null,
    };
  });
  const texts: string[] = new Array<string>(cellsOf.length).fill('');

  const rows: Located<Row>[] = [];
  for (const rawRow of raw.rows) {
    let blank = true;
    for (let i = 0; i < cellsOf.length; i++) {
      const text = (rawRow.cells[(cellsOf[i] as (typeof cellsOf)[number]).header] ?? '').trim();
      texts[i] = text;
      if (text !== '') blank = false;
    }
    if (blank) continue; // blank lines are not records
    const value: Record<string, unknown> = {};
    for (const key of keys) value[key] = null;
    let failed: Set<string> | null = null;
    for (let i = 0; i < cellsOf.length; i++) {
      const text = texts[i] as string;
      if (text === '') continue;
      const cell = cellsOf[i] as (typeof cellsOf)[number];
      let parsed = cell.memo?.get(text);
      if (parsed === undefined) {
        parsed = cell.column.parse(text, cell.context);
        if (cell.memo && cell.memo.size < MEMO_LIMIT) cell.memo.set(text, parsed);
      }
      if (!parsed.ok) {
        issues.push(makeIssue('error', { file: raw.file, row: rawRow.row, field: cell.key }, parsed.problem.code, parsed.problem.params));
        (failed ??= new Set()).add(cell.key);
        continue;
      }
      value[cell.key] = parsed.value;
      if (cell.scan) {
        for (const hit of findPersonalData(text)) {
          issues.push(makeIssue('error', { file: raw.file, row: rawRow.row, field: cell.key }, hit.kind === 'resident_id' ? 'personal_id_number' : 'personal_mobile', { masked: hit.masked }));
        }
      }
    }
    for (const key of required) {
      if (value[key] === null && !failed?.has(key)) {
        issues.push(makeIssue('error', { file: raw.file, row: rawRow.row, field: key }, 'required'));
      }
    }
    // A row with a broken cell still counts for duplicate and reference checks on its good cells.
    rows.push({ file: raw.file, row: rawRow.row, value: value as Row });
  }
  return { rows, issues, unusable: false };
}
