import ExcelJS from 'exceljs';
import { cellText, type RawTable } from './raw-table.ts';

/** Text of an Excel cell as the publisher sees it: rich text joined, formulas by their result, dates as YYYY-MM-DD. */
function excelCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; hyperlink?: string; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return excelCellText(v.result as ExcelJS.CellValue);
    // A hyperlink cell: publishers mean the address, not the display text.
    if (v.hyperlink) return v.hyperlink;
    if (typeof v.text === 'string') return v.text;
    if (v.error) return v.error;
  }
  return cellText(value);
}

export type XlsxResult = { ok: true; table: RawTable } | { ok: false; reason: string };

export async function readXlsx(file: string, bytes: Uint8Array, sheetName?: string): Promise<XlsxResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    // The zip library's own message ("Can't find end of central directory") tells a publisher nothing.
    return { ok: false, reason: '不是有效的 Excel 工作簿（.xlsx；旧的 .xls 请另存为 .xlsx） not a valid Excel workbook (.xlsx; save an old .xls as .xlsx)' };
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) return { ok: false, reason: sheetName ? `没有名为“${sheetName}”的工作表 no sheet named "${sheetName}"` : '工作簿中没有工作表 the workbook has no sheet' };
  const headerRow = sheet.getRow(1);
  const headers: string[] = [];
  for (let col = 1; col <= sheet.columnCount; col++) headers.push(excelCellText(headerRow.getCell(col).value).trim());
  const rows: RawTable['rows'] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Record<string, string> = {};
    headers.forEach((h, i) => (cells[h] = excelCellText(row.getCell(i + 1).value)));
    rows.push({ row: r, cells });
  }
  return { ok: true, table: { file, headers, rows } };
}
