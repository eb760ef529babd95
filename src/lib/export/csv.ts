/**
 * CSV downloads: UTF-8 with BOM (so Excel and WPS read Chinese correctly), RFC 4180 quoting with CRLF
 * line ends, English column keys as headers, money as decimal 元 strings, text made formula-inert.
 */
import { fenToDecimalString } from '../values/money.ts';
import { csvLine, neutralizeFormula } from './cells.ts';
import type { ExportColumn } from './columns.ts';
import { FileSink, type WrittenFile } from './sink.ts';

export const BOM = '\uFEFF';

/** One cell as CSV text: typed values as written by us; strings from data neutralized. */
export function csvCellText(column: ExportColumn, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (column.money) return fenToDecimalString(value as number);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return neutralizeFormula(String(value));
}

/** A whole small CSV as one string (per-record files). */
export function csvText(columns: readonly ExportColumn[], rows: Iterable<Record<string, unknown>>): string {
  const lines = [BOM + csvLine(columns.map((c) => c.name))];
  for (const row of rows) lines.push(csvLine(columns.map((c) => csvCellText(c, c.value(row)))));
  return lines.join('');
}

export async function writeCsv(
  outDir: string,
  relative: string,
  columns: readonly ExportColumn[],
  rows: Iterable<Record<string, unknown>>,
): Promise<WrittenFile & { rows: number }> {
  const sink = await FileSink.open(outDir, relative);
  await sink.write(BOM + csvLine(columns.map((c) => c.name)));
  let count = 0;
  for (const row of rows) {
    await sink.write(csvLine(columns.map((c) => csvCellText(c, c.value(row)))));
    count++;
  }
  return { ...(await sink.close()), rows: count };
}
