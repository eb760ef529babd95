import { parse } from 'csv-parse/sync';
import type { RawTable } from './raw-table.ts';

export type CsvResult = { ok: true; table: RawTable } | { ok: false; row: number; reason: string; reasonEn: string };

/** csv-parse's messages are English and technical; the common ones are told in words a publisher knows. */
const SYNTAX_REASONS: Record<string, { zh: string; en: string }> = {
  CSV_QUOTE_NOT_CLOSED: {
    zh: '此行有一个以引号开头的单元格，直到文件末尾都没有结束引号',
    en: 'a cell in this row opens a quote that is never closed before the end of the file',
  },
  INVALID_OPENING_QUOTE: {
    zh: '单元格中间出现了引号；含引号的内容应整格用引号括起，内部的引号写两次（""）',
    en: 'a quote appears inside a cell; put the whole cell in quotes and double the quotes inside ("")',
  },
  CSV_INVALID_CLOSING_QUOTE: {
    zh: '结束引号后面紧跟了其他字符；内部的引号应写两次（""）',
    en: 'a closing quote is followed by other characters; double the quotes inside a quoted cell ("")',
  },
};

export function readCsv(file: string, text: string): CsvResult {
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (error) {
    const e = error as { code?: string; records?: number; lines?: number; message?: string };
    const known = SYNTAX_REASONS[e.code ?? ''];
    const message = e.message ?? String(error);
    // `records` counts the complete records before the broken one (header included), so the broken
    // one is the next spreadsheet row; `lines` would be the physical line where parsing gave up.
    const row = e.records !== undefined ? e.records + 1 : (e.lines ?? 0);
    return { ok: false, row, reason: known?.zh ?? message, reasonEn: known?.en ?? message };
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
