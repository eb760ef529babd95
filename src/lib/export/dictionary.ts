/** data/data-dictionary.csv: every column of every download, from the same definitions as the files. */
import type { ExportColumn, ExportTable } from './columns.ts';

export const DICTIONARY_COLUMNS = ['table', 'column', 'header_zh', 'header_en', 'type', 'unit', 'required', 'source', 'format_zh', 'description_zh', 'description_en'] as const;

export type DictionaryRow = Record<(typeof DICTIONARY_COLUMNS)[number], string>;

export function* dictionaryRows(tables: readonly ExportTable[]): Iterable<DictionaryRow> {
  for (const t of tables) {
    for (const c of t.columns) yield dictionaryRow(t, c);
  }
}

function dictionaryRow(t: ExportTable, c: ExportColumn): DictionaryRow {
  return {
    table: t.name,
    column: c.name,
    header_zh: c.title.zh,
    header_en: c.title.en,
    type: c.type,
    unit: c.unit?.zh ?? '',
    required: c.required ? 'true' : 'false',
    source: c.source,
    format_zh: c.formatText?.zh ?? (c.money ? '金额，单位元，两位小数' : ''),
    description_zh: c.description.zh,
    description_en: c.description.en,
  };
}
