import { parse } from 'csv-parse/sync';
import type { RawTable } from './raw-table.ts';

export type CsvResult = { ok: true; table: RawTable } | { ok: false; row: number; reason: string };

export function readCsv(file: string, text: string): CsvResult {
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    return { ok: false, row: e.lines ?? 0, reason: e.message ?? String(error) };
  }
  const [headers = [], ...body] = records;
  return {
    ok: true,
    table: {
      file,
      headers: headers.map((h) => h.trim()),
      rows: body.map((cells, index) => ({
        row: index + 2,
        cells: Object.fromEntries(headers.map((h, i) => [h.trim(), cells[i] ?? ''])),
      })),
    },
  };
}
