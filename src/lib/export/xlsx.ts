/**
 * sunlight.xlsx: one sheet per table (same columns as the CSVs) plus the data dictionary.
 *
 * Money is a numeric cell so spreadsheet users can sum it: the number is made from the exact
 * 2-decimal 元 string (`Number("12345.67")`), formatted `#,##0.00`. That is the one place a binary
 * float stands for money; the CSV and JSON downloads are the authoritative, exact figures.
 * Text cells are string cells (`t="str"`, never formulas) and also carry the CSV's `'` neutralization,
 * so a cell stays inert even after the sheet is re-saved as CSV.
 * Deterministic: document dates are dataset.as_of and every zip entry carries that date, not the clock.
 *
 * exceljs's streaming WorkbookWriter still writes every part but the data rows (workbook, styles,
 * sheet head and tail, header row, the small dictionary sheet). The data rows, by far the bulk, are
 * rendered here as the same XML exceljs would make, without its per-cell objects, and the parts go
 * to our own zip writer (zip.ts, on the writer thread) with backpressure instead of archiver, which
 * would hold the whole workbook in memory. The bytes are the same as exceljs + archiver would write
 * (tests/unit/export.test.ts compares them).
 */
import ExcelJS from 'exceljs';
import { Writable } from 'node:stream';
import type { Dataset } from '../dataset/types.ts';
import { fenToDecimalString } from '../values/money.ts';
import { neutralizeFormula } from './cells.ts';
import type { CellValue, ExportColumn, ExportTable } from './columns.ts';
import { DICTIONARY_COLUMNS, dictionaryRows } from './dictionary.ts';
import type { FileWriter, WrittenFile, ZipSink } from './sink.ts';

export function xlsxCellValue(column: ExportColumn, value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  // fen / 100 is the same double as Number("123.45"): both are the nearest double to the exact
  // quotient (division is correctly rounded); it skips making and parsing the string.
  if (column.money) return Number.isSafeInteger(value) ? (value as number) / 100 : Number(fenToDecimalString(value as number));
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return neutralizeFormula(String(value));
}

export const MONEY_STYLE = Object.freeze({ numFmt: '#,##0.00' }) as { numFmt: string };
export const PLAIN_STYLE = Object.freeze({}) as Record<string, never>;

export function widthOf(c: ExportColumn): number {
  if (c.money) return 16;
  if (c.type === 'date') return 12;
  if (c.type === 'integer' || c.type === 'number') return 10;
  return Math.min(40, Math.max(12, c.name.length + 2));
}

/** Where exceljs's WorksheetWriter writes a sheet part: synchronous writes of strings or its StringBuf, then end(). */
class SheetStream {
  private readonly zip: ZipSink;

  constructor(zip: ZipSink) {
    this.zip = zip;
  }

  pause(): void {}

  write(data: string | { toBuffer(): Buffer }): boolean {
    this.zip.add(typeof data === 'string' ? data : data.toBuffer().toString('utf8'));
    return true;
  }

  end(): void {
    this.zip.endEntry();
  }
}

/** Stands in for archiver, which exceljs's WorkbookWriter appends its parts to: each becomes the next zip entry. */
class ZipAdapter {
  readonly zip: ZipSink;

  constructor(zip: ZipSink) {
    this.zip = zip;
  }

  append(source: string | Buffer, data: { name: string }): this {
    // Every part exceljs writes for this workbook is XML text (no images).
    if (typeof source !== 'string') throw new Error(`unexpected binary workbook part ${data.name}`);
    this.zip.entry(data.name);
    this.zip.add(source);
    this.zip.endEntry();
    return this;
  }

  openStream(name: string): SheetStream {
    this.zip.entry(name);
    return new SheetStream(this.zip);
  }
}

type StylesXform = { addStyleModel(model: object, cellType?: number): number };
interface WriterInternals {
  zip: unknown;
  promise: Promise<unknown>;
  styles: StylesXform;
  addThemes(): Promise<void>;
  addOfficeRels(): Promise<void>;
}
type WorkbookWriter = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

const Base = ExcelJS.stream.xlsx.WorkbookWriter as unknown as new (options: object) => WriterInternals;

/** exceljs's WorkbookWriter with its archiver swapped for the ZipAdapter. */
class ZipWorkbookWriter extends Base {
  constructor(options: object, zip: ZipAdapter) {
    // The base constructor makes an archiver and appends the theme and package rels to it; the
    // overrides below skip that, and the parts are appended again here, to our zip.
    super({ ...options, stream: new Writable({ write: (_chunk, _encoding, callback) => callback() }) });
    this.zip = zip;
    this.promise = Promise.all([this.addThemes(), this.addOfficeRels()]);
  }

  override addThemes(): Promise<void> {
    return this.zip instanceof ZipAdapter ? super.addThemes() : Promise.resolve();
  }

  override addOfficeRels(): Promise<void> {
    return this.zip instanceof ZipAdapter ? super.addOfficeRels() : Promise.resolve();
  }

  _openStream(name: string): SheetStream {
    return (this.zip as ZipAdapter).openStream(name);
  }

  _finalize(): Promise<WrittenFile> {
    return (this.zip as ZipAdapter).zip.close();
  }
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
function columnLetters(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

const XML_SPECIAL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;
const XML_SPECIAL_ALL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const XML_ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** exceljs's xmlEncode: the five entities; other control characters (but tab, LF, CR) and DEL dropped. */
export function xmlEncode(text: string): string {
  return XML_SPECIAL.test(text) ? text.replace(XML_SPECIAL_ALL, (c) => XML_ESCAPES[c] ?? '') : text;
}

/** exceljs's cell types (ExcelJS.ValueType), for its style registry. */
function valueType(value: CellValue): number {
  if (value === null) return ExcelJS.ValueType.Null;
  if (typeof value === 'number') return ExcelJS.ValueType.Number;
  if (typeof value === 'boolean') return ExcelJS.ValueType.Boolean;
  return ExcelJS.ValueType.String;
}

/**
 * Data rows as exceljs's RowXform and CellXform render them for these values: `spans` over all the
 * columns (every column gets a cell, null ones too), a null cell only when it has a style, strings
 * as `t="str"`; a row with no value at all is left out, as exceljs does.
 */
class RowRenderer {
  private readonly styles: StylesXform;
  private moneyStyle: number | undefined;
  private plainStyle: number | undefined;

  constructor(styles: StylesXform) {
    this.styles = styles;
  }

  /**
   * exceljs registers a cell's style the first time it sees the style object, with that cell's type;
   * later cells reuse the id. Asking in the same order (row by row, left to right) gives the same ids
   * and the same styles.xml.
   */
  private styleOf(money: boolean, value: CellValue): number {
    if (money) return (this.moneyStyle ??= this.styles.addStyleModel(MONEY_STYLE, valueType(value)));
    return (this.plainStyle ??= this.styles.addStyleModel(PLAIN_STYLE, valueType(value)));
  }

  render(columns: readonly ExportColumn[], letters: readonly string[], rowNumber: number, values: readonly CellValue[]): string {
    if (!values.some((v) => v !== null)) return '';
    let xml = `<row r="${rowNumber}" spans="1:${columns.length}" x14ac:dyDescent="0.25">`;
    for (let i = 0; i < values.length; i++) {
      const value = values[i] as CellValue;
      const style = this.styleOf((columns[i] as ExportColumn).money, value);
      const s = style ? ` s="${style}"` : '';
      const ref = `${letters[i]}${rowNumber}`;
      if (value === null) {
        if (style) xml += `<c r="${ref}"${s}/>`;
      } else if (typeof value === 'number') {
        xml += `<c r="${ref}"${s}><v>${value}</v></c>`;
      } else if (typeof value === 'boolean') {
        xml += `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
      } else {
        xml += `<c r="${ref}"${s} t="str"><v>${xmlEncode(value)}</v></c>`;
      }
    }
    return xml + '</row>';
  }
}

export async function writeXlsx(files: FileWriter, relative: string, dataset: Dataset, tables: readonly ExportTable[]): Promise<WrittenFile> {
  const [y, m, d] = dataset.as_of.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const zip = files.openZip(relative, date);
  const writer = new ZipWorkbookWriter(
    { useStyles: true, useSharedStrings: false, created: date, modified: date, creator: 'Sunlight', lastModifiedBy: 'Sunlight' },
    new ZipAdapter(zip),
  );
  const workbook = writer as unknown as WorkbookWriter;
  const rows = new RowRenderer(writer.styles);

  for (const t of tables) {
    const sheet = workbook.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = t.columns.map((c) => ({ header: c.name, key: c.name, width: widthOf(c) }));
    // The header row through exceljs: it also writes the sheet's <cols> and opens <sheetData>.
    sheet.getRow(1).commit();
    const letters = t.columns.map((_, i) => columnLetters(i + 1));
    const values: CellValue[] = new Array<CellValue>(t.columns.length).fill(null); // reused for every row
    let rowNumber = 2;
    for (const row of t.rows(dataset)) {
      for (let i = 0; i < values.length; i++) {
        const c = t.columns[i] as ExportColumn;
        values[i] = xlsxCellValue(c, c.value(row));
      }
      if (zip.add(rows.render(t.columns, letters, rowNumber++, values))) await zip.flush();
    }
    sheet.commit();
  }
  const dict = workbook.addWorksheet('data_dictionary', { views: [{ state: 'frozen', ySplit: 1 }] });
  dict.columns = DICTIONARY_COLUMNS.map((name) => ({ header: name, key: name, width: name.startsWith('description') ? 50 : 16 }));
  for (const row of dictionaryRows(tables)) dict.addRow(DICTIONARY_COLUMNS.map((k) => neutralizeFormula(row[k]))).commit();
  dict.commit();
  return (await workbook.commit()) as unknown as WrittenFile;
}
