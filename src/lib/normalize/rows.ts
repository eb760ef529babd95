/** Raw rows to typed rows: every cell parsed by its column, every problem kept with its place. */
import type { AnyColumn } from '../schema/columns.ts';
import type { SourceConfig } from '../schema/config.ts';
import type { TableDef } from '../schema/tables.ts';
import { findPersonalData } from '../values/personal-data.ts';
import { makeIssue, type Issue } from '../validate/issues.ts';
import type { RawTable } from '../read/raw-table.ts';
import { mapHeaders } from './headers.ts';

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

  const rows: Located<Row>[] = [];
  for (const rawRow of raw.rows) {
    const texts = mapping.matched.map((m) => (rawRow.cells[m.header] ?? '').trim());
    if (texts.every((t) => t === '')) continue; // blank lines are not records
    const value: Record<string, unknown> = {};
    for (const key of Object.keys(table.columns)) value[key] = null;
    const failed = new Set<string>();
    mapping.matched.forEach((match, i) => {
      const column = table.columns[match.key] as AnyColumn;
      const text = texts[i] ?? '';
      const where = { file: raw.file, row: rawRow.row, field: match.key };
      if (text === '') return;
      const parsed = column.parse(text, { unit: match.unit ?? options.source.units[match.key] ?? '元' });
      if (!parsed.ok) {
        issues.push(makeIssue('error', where, parsed.problem.code, parsed.problem.params));
        failed.add(match.key);
        return;
      }
      value[match.key] = parsed.value;
      if (column.scanned && !options.publicFields.has(`${table.name}.${match.key}`)) {
        for (const hit of findPersonalData(text)) {
          issues.push(makeIssue('error', where, hit.kind === 'resident_id' ? 'personal_id_number' : 'personal_mobile', { masked: hit.masked }));
        }
      }
    });
    for (const [key, column] of Object.entries<AnyColumn>(table.columns)) {
      if (column.required && value[key] === null && !failed.has(key)) {
        issues.push(makeIssue('error', { file: raw.file, row: rawRow.row, field: key }, 'required'));
      }
    }
    // A row with a broken cell still counts for duplicate and reference checks on its good cells.
    rows.push({ file: raw.file, row: rawRow.row, value: value as Row });
  }
  return { rows, issues, unusable: false };
}
