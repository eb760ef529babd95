/** Writing and reading CSV in tests, independently of src/lib/read. */
import { parse } from 'csv-parse/sync';

const needsQuotes = /[",\r\n]|^\s|\s$/;

export function csvCell(text: string): string {
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [headers, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\n') + '\n';
}

export function parseCsvText(text: string): { headers: string[]; rows: string[][] } {
  const [headers = [], ...rows] = parse(text, { relax_column_count: true, bom: true }) as string[][];
  return { headers, rows };
}
