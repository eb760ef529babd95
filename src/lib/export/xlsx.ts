/**
 * sunlight.xlsx: one sheet per table (same columns as the CSVs) plus the data dictionary, written with
 * exceljs's streaming WorkbookWriter so rows leave memory as they are committed.
 *
 * Money is a numeric cell so spreadsheet users can sum it: the number is made from the exact
 * 2-decimal 元 string (`Number("12345.67")`), formatted `#,##0.00`. That is the one place a binary
 * float stands for money; the CSV and JSON downloads are the authoritative, exact figures.
 * Text cells are inline strings (never formulas) and also carry the CSV's `'` neutralization, so a
 * cell stays inert even after the sheet is re-saved as CSV.
 * Deterministic: document dates are dataset.as_of and every zip entry carries that date, not the clock.
 */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { Dataset } from '../dataset/types.ts';
import { fenToDecimalString } from '../values/money.ts';
import { neutralizeFormula } from './cells.ts';
import type { ExportColumn, ExportTable } from './columns.ts';
import { DICTIONARY_COLUMNS, dictionaryRows } from './dictionary.ts';
import { hashFile, type WrittenFile } from './sink.ts';

export function xlsxCellValue(column: ExportColumn, value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (column.money) return Number(fenToDecimalString(value as number));
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return neutralizeFormula(String(value));
}

const MONEY_STYLE = Object.freeze({ numFmt: '#,##0.00' }) as { numFmt: string };
const PLAIN_STYLE = Object.freeze({}) as Record<string, never>;

function widthOf(c: ExportColumn): number {
  if (c.money) return 16;
  if (c.type === 'date') return 12;
  if (c.type === 'integer' || c.type === 'number') return 10;
  return Math.min(40, Math.max(12, c.name.length + 2));
}

interface ZipLike {
  append(source: unknown, data: { name: string; date?: Date }): unknown;
}

type WorkbookWriter = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;
interface WriterInternals {
  zip: ZipLike;
  created: Date;
  pinned?: boolean;
  addThemes(): Promise<void>;
  addOfficeRels(): Promise<void>;
}

/**
 * Zip entries default to the clock's time. Every entry is pinned to the workbook's `created` date
 * (dataset.as_of); the pin is set from the constructor's first appends (themes, rels), which run
 * before the constructor returns.
 */
function pinEntryDates(writer: WriterInternals): void {
  if (writer.pinned) return;
  writer.pinned = true;
  const date = writer.created;
  const append = writer.zip.append.bind(writer.zip);
  writer.zip.append = (source, data) => append(source, { ...data, date });
}

const Base = ExcelJS.stream.xlsx.WorkbookWriter as unknown as new (options: object) => WriterInternals;
class PinnedWorkbookWriter extends Base {
  override addThemes(): Promise<void> {
    pinEntryDates(this);
    return super.addThemes();
  }
  override addOfficeRels(): Promise<void> {
    pinEntryDates(this);
    return super.addOfficeRels();
  }
}

export async function writeXlsx(outDir: string, relative: string, dataset: Dataset, tables: readonly ExportTable[]): Promise<WrittenFile> {
  const absolute = path.join(outDir, ...relative.split('/'));
  await mkdir(path.dirname(absolute), { recursive: true });
  const [y, m, d] = dataset.as_of.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const writer = new PinnedWorkbookWriter({
    filename: absolute,
    useStyles: true,
    useSharedStrings: false,
    created: date,
    modified: date,
    creator: 'Sunlight',
    lastModifiedBy: 'Sunlight',
  });
  pinEntryDates(writer);
  const workbook = writer as unknown as WorkbookWriter;

  for (const t of tables) {
    const sheet = workbook.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = t.columns.map((c) => ({ header: c.name, key: c.name, width: widthOf(c) }));
    for (const row of t.rows(dataset)) {
      const added = sheet.addRow(t.columns.map((c) => xlsxCellValue(c, c.value(row))));
      // One shared style object per kind: exceljs caches styles by object identity, per-cell copies are slow.
      t.columns.forEach((c, i) => (added.getCell(i + 1).style = c.money ? MONEY_STYLE : PLAIN_STYLE));
      added.commit();
    }
    sheet.commit();
  }
  const dict = workbook.addWorksheet('data_dictionary', { views: [{ state: 'frozen', ySplit: 1 }] });
  dict.columns = DICTIONARY_COLUMNS.map((name) => ({ header: name, key: name, width: name.startsWith('description') ? 50 : 16 }));
  for (const row of dictionaryRows(tables)) dict.addRow(DICTIONARY_COLUMNS.map((k) => neutralizeFormula(row[k]))).commit();
  dict.commit();
  await workbook.commit();
  return hashFile(outDir, relative);
}
