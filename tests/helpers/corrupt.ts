/**
 * Corruptions applied to CSV files in a project root, addressed the way a publisher would point at
 * them: file, spreadsheet row (header = 1) and column (by key, Chinese or English header).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { TABLES } from '../../src/lib/schema/tables.ts';
import { parseCsvText, toCsv } from './csv.ts';

interface CsvFile {
  headers: string[];
  rows: string[][];
}

async function readCsvFile(root: string, file: string): Promise<CsvFile> {
  return parseCsvText(await readFile(path.join(root, file), 'utf8'));
}

async function writeCsvFile(root: string, file: string, csv: CsvFile): Promise<void> {
  await writeFile(path.join(root, file), toCsv(csv.headers, csv.rows));
}

/** Index of the column for `key` in a file of `table`: its key, Chinese or English header. */
function columnIndex(table: string, headers: string[], key: string): number {
  const def = TABLES.find((t) => t.name === table);
  const column = def?.columns[key as keyof typeof def.columns] as { header: { zh: string; en: string }; aliases: readonly string[] } | undefined;
  const names = [key, ...(column ? [column.header.zh, column.header.en, ...column.aliases] : [])];
  const index = headers.findIndex((h) => names.includes(h.trim()));
  if (index < 0) throw new Error(`no column ${key} in ${table}: ${headers.join(',')}`);
  return index;
}

const tableOf = (file: string) => path.basename(file).replace(/\.csv$/, '');

export async function getCell(root: string, file: string, row: number, key: string): Promise<string> {
  const csv = await readCsvFile(root, file);
  const cells = csv.rows[row - 2];
  if (!cells) throw new Error(`${file} has no row ${row}`);
  return cells[columnIndex(tableOf(file), csv.headers, key)] ?? '';
}

/** Sets the cell at spreadsheet `row` (header = 1) of `file` (relative to root, e.g. content/data/x.csv). */
export async function setCell(root: string, file: string, row: number, key: string, value: string | ((old: string) => string)): Promise<void> {
  const csv = await readCsvFile(root, file);
  const cells = csv.rows[row - 2];
  if (!cells) throw new Error(`${file} has no row ${row}`);
  const index = columnIndex(tableOf(file), csv.headers, key);
  while (cells.length <= index) cells.push('');
  cells[index] = typeof value === 'function' ? value(cells[index] ?? '') : value;
  await writeCsvFile(root, file, csv);
}

/** Appends a copy of spreadsheet `row`; returns the new row's number. */
export async function duplicateRow(root: string, file: string, row: number): Promise<number> {
  const csv = await readCsvFile(root, file);
  const cells = csv.rows[row - 2];
  if (!cells) throw new Error(`${file} has no row ${row}`);
  csv.rows.push([...cells]);
  await writeCsvFile(root, file, csv);
  return csv.rows.length + 1;
}

export async function rowCount(root: string, file: string): Promise<number> {
  return (await readCsvFile(root, file)).rows.length;
}
