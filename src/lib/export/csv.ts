/**
 * CSV downloads: UTF-8 with BOM (so Excel and WPS read Chinese correctly), RFC 4180 quoting with CRLF
 * line ends, English column keys as headers, money as decimal 元 strings, text made formula-inert.
 */
import { fenToDecimalString } from '../values/money.ts';
import { csvField, csvLine, neutralizeFormula } from './cells.ts';
import type { ExportColumn } from './columns.ts';
import type { FileWriter, WrittenFile } from './sink.ts';

export const BOM = '\uFEFF';

/**
 * One data line: typed values as written by us, strings from data neutralized and quoted where
 * needed. Only text can need quoting: money, numbers and booleans are digits, '.', '-' and letters.
 */
export function csvRow(columns: readonly ExportColumn[], row: Record<string, unknown>): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i] as ExportColumn;
    const value = c.value(row);
    let text: string;
    if (value === null || value === undefined) text = '';
    else if (c.money) text = fenToDecimalString(value as number);
    else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
    else text = csvField(neutralizeFormula(String(value)));
    line = i === 0 ? text : line + ',' + text;
  }
  return line + '\r\n';
}

/** A whole small CSV as one string (per-record files). */
export function csvText(columns: readonly ExportColumn[], rows: Iterable<Record<string, unknown>>): string {
  let text = BOM + csvLine(columns.map((c) => c.name));
  for (const row of rows) text += csvRow(columns, row);
  return text;
}

export async function writeCsv(
  files: FileWriter,
  relative: string,
  columns: readonly ExportColumn[],
  rows: Iterable<Record<string, unknown>>,
): Promise<WrittenFile & { rows: number }> {
  const sink = files.open(relative);
  await sink.write(BOM + csvLine(columns.map((c) => c.name)));
  let count = 0;
  for (const row of rows) {
    if (sink.add(csvRow(columns, row))) await sink.flush();
    count++;
  }
  return { ...(await sink.close()), rows: count };
}
