import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import YAML from 'yaml';
import { readCsv } from '../../src/lib/read/csv.ts';
import { cellText } from '../../src/lib/read/raw-table.ts';
import { readStructured } from '../../src/lib/read/structured.ts';
import { readTable } from '../../src/lib/read/read-table.ts';
import { readXlsx } from '../../src/lib/read/xlsx.ts';
import { formatIssue } from '../../src/lib/validate/issues.ts';
import { sourceSchema } from '../../src/lib/schema/config.ts';

describe('readCsv', () => {
  it('keeps the spreadsheet row of every record, across blank lines and multi-line cells', () => {
    const result = readCsv('f.csv', ' a ,b\n1,2\n\n"line\nbreak",3\n4,"say ""hi"""\n');
    assert.ok(result.ok);
    assert.deepEqual(result.table, {
      file: 'f.csv',
      headers: ['a', 'b'],
      rows: [
        { row: 2, cells: { a: '1', b: '2' } },
        { row: 3, cells: { a: '', b: '' } },
        { row: 4, cells: { a: 'line\nbreak', b: '3' } },
        { row: 5, cells: { a: '4', b: 'say "hi"' } },
      ],
    });
  });

  it('tolerates short and long rows and a BOM', () => {
    const result = readCsv('f.csv', '\ufeffa,b\n1\n2,3,4\n');
    assert.ok(result.ok);
    assert.deepEqual(result.table.headers, ['a', 'b']);
    assert.deepEqual(result.table.rows, [
      { row: 2, cells: { a: '1', b: '' } },
      { row: 3, cells: { a: '2', b: '3' } },
    ]);
  });

  it('reads CRLF line ends', () => {
    const result = readCsv('f.csv', 'a,b\r\n1,2\r\n');
    assert.ok(result.ok);
    assert.deepEqual(result.table.rows, [{ row: 2, cells: { a: '1', b: '2' } }]);
  });

  it('an unclosed quote points at the row where the quote opens', () => {
    assert.deepEqual(readCsv('f.csv', 'a,b\n1,2\n"x,3\n4,5\n6,7\n'), {
      ok: false,
      row: 3,
      reason: '此行有一个以引号开头的单元格，直到文件末尾都没有结束引号',
      reasonEn: 'a cell in this row opens a quote that is never closed before the end of the file',
    });
  });

  it('a stray quote is reported in words, at its record (not its physical line)', () => {
    const result = readCsv('f.csv', 'a,b\n"multi\nline",2\n3,4"x"\n');
    assert.deepEqual(result, {
      ok: false,
      row: 3,
      reason: '单元格中间出现了引号；含引号的内容应整格用引号括起，内部的引号写两次（""）',
      reasonEn: 'a quote appears inside a cell; put the whole cell in quotes and double the quotes inside ("")',
    });
    const closing = readCsv('f.csv', 'a,b\n1,"2"x\n');
    assert.ok(!closing.ok);
    assert.equal(closing.row, 2);
    assert.equal(closing.reasonEn, 'a closing quote is followed by other characters; double the quotes inside a quoted cell ("")');
  });
});

describe('readStructured (JSON, YAML)', () => {
  it('reads a list of records; rows are 1-based positions; headers in first-seen order', () => {
    const result = readStructured('t.json', JSON.stringify([{ id: 'A', n: 1 }, { id: 'B', flag: true, none: null }]), 'json', 'x');
    assert.deepEqual(result, {
      ok: true,
      table: {
        file: 't.json',
        headers: ['id', 'n', 'flag', 'none'],
        rows: [
          { row: 1, cells: { id: 'A', n: '1', flag: '', none: '' } },
          { row: 2, cells: { id: 'B', n: '', flag: 'true', none: '' } },
        ],
      },
    });
  });

  it('reads an object holding the list under the table name, in YAML too', () => {
    const text = YAML.stringify({ partnerships: [{ 项目编号: 'QH-1', 合同金额: '80,000' }] });
    const result = readStructured('t.yaml', text, 'yaml', 'partnerships');
    assert.ok(result.ok);
    assert.deepEqual(result.table.rows, [{ row: 1, cells: { 项目编号: 'QH-1', 合同金额: '80,000' } }]);
  });

  it('YAML dates and numbers come through as the text a publisher meant', () => {
    const result = readStructured('t.yaml', '- date: 2024-03-01\n  amount: 80000\n  score: 91.5\n', 'yaml', 'x');
    assert.ok(result.ok);
    assert.deepEqual(result.table.rows[0]?.cells, { date: '2024-03-01', amount: '80000', score: '91.5' });
  });

  it('refuses a wrong shape and a syntax error', () => {
    assert.deepEqual(readStructured('t.json', '{"other": []}', 'json', 'partnerships'), { ok: false, reason: 'shape' });
    assert.deepEqual(readStructured('t.json', '[1, 2]', 'json', 'partnerships'), { ok: false, reason: 'shape' });
    assert.deepEqual(readStructured('t.json', 'null', 'json', 'partnerships'), { ok: false, reason: 'shape' });
    const syntax = readStructured('t.json', '[{"a": 1', 'json', 'partnerships');
    assert.equal(syntax.ok, false);
    assert.equal(!syntax.ok && syntax.reason, 'syntax');
  });

  it('cellText', () => {
    assert.equal(cellText(null), '');
    assert.equal(cellText(12.5), '12.5');
    assert.equal(cellText(false), 'false');
    assert.equal(cellText(new Date(Date.UTC(2024, 2, 1))), '2024-03-01');
    assert.equal(cellText({ a: 1 }), '{"a":1}');
  });
});

async function workbook(build: (sheet: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('first'), wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  it('reads cells as the publisher sees them', async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow([' id ', 'amount', 'date', 'name', 'link', 'total']);
      sheet.addRow(['A', 12345.67, new Date(Date.UTC(2024, 2, 1)), { richText: [{ text: '东湖' }, { text: '街道' }] }, { text: '报告', hyperlink: 'https://example.org/r.pdf' }, { formula: 'B2*2', result: 24691.34 }]);
      sheet.addRow([]);
      sheet.addRow(['B', '80,000']);
    });
    const result = await readXlsx('t.xlsx', bytes);
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.table.headers, ['id', 'amount', 'date', 'name', 'link', 'total']);
    assert.deepEqual(result.table.rows[0], { row: 2, cells: { id: 'A', amount: '12345.67', date: '2024-03-01', name: '东湖街道', link: 'https://example.org/r.pdf', total: '24691.34' } });
    assert.deepEqual(result.table.rows.at(-1), { row: 4, cells: { id: 'B', amount: '80,000', date: '', name: '', link: '', total: '' } });
  });

  it('picks a sheet by name and says when it is missing', async () => {
    const bytes = await workbook((sheet, wb) => {
      sheet.addRow(['x']);
      wb.addWorksheet('data').addRow(['id']);
    });
    const named = await readXlsx('t.xlsx', bytes, 'data');
    assert.ok(named.ok);
    assert.deepEqual(named.table.headers, ['id']);
    assert.deepEqual(await readXlsx('t.xlsx', bytes, 'nope'), { ok: false, reason: '没有名为“nope”的工作表 no sheet named "nope"' });
  });

  it('refuses bytes that are not a workbook', async () => {
    assert.deepEqual(await readXlsx('t.xlsx', new Uint8Array(Buffer.from('not a zip file'))), {
      ok: false,
      reason: '不是有效的 Excel 工作簿（.xlsx；旧的 .xls 请另存为 .xlsx） not a valid Excel workbook (.xlsx; save an old .xls as .xlsx)',
    });
  });
});

describe('readTable', () => {
  const config = (table: string, extra: object = {}) => sourceSchema.parse({ table, path: 'x', ...extra });

  it('refuses an unsupported file format', async () => {
    const result = await readTable({ file: 'content/data/x.xls', bytes: new Uint8Array(), ext: 'xls' }, config('partnerships'));
    assert.deepEqual(result.issues.map(formatIssue), ['content/data/x.xls: 不支持的文件格式“xls”（支持 csv、xlsx、json、yaml） / unsupported file format "xls" (use csv, xlsx, json or yaml)']);
    assert.equal(result.table, null);
  });

  it('a JSON file that is not a list names the table', async () => {
    const result = await readTable({ file: 'content/data/p.json', bytes: new Uint8Array(Buffer.from('{"rows": []}')), ext: 'json' }, config('partnerships'));
    assert.deepEqual(result.issues.map(formatIssue), ['content/data/p.json: 文件内容应为记录列表（数组），或包含“partnerships”列表的对象 / the file must hold a list of records, or an object with a "partnerships" list']);
  });

  it('a CSV syntax error is located and explained in both languages', async () => {
    const result = await readTable({ file: 'content/data/p.csv', bytes: new Uint8Array(Buffer.from('a,b\n1,2\n3,"4\n')), ext: 'csv' }, config('partnerships'));
    assert.deepEqual(result.issues.map(formatIssue), [
      'content/data/p.csv:3: CSV 格式错误：此行有一个以引号开头的单元格，直到文件末尾都没有结束引号 / CSV syntax error: a cell in this row opens a quote that is never closed before the end of the file',
    ]);
  });

  it('honours a declared encoding', async () => {
    const gbBytes = new Uint8Array(iconv.encode('项目编号\n', 'gbk'));
    const forced = await readTable({ file: 'content/data/p.csv', bytes: gbBytes, ext: 'csv' }, config('partnerships', { encoding: 'utf-8' }));
    assert.deepEqual(forced.issues.map(formatIssue), ['content/data/p.csv: 无法识别文件编码：请另存为 UTF-8 或 GB18030（GBK）编码的 CSV / the file encoding is not recognised: save it as CSV in UTF-8 or GB18030 (GBK)']);
    const gbk = await readTable({ file: 'content/data/p.csv', bytes: gbBytes, ext: 'csv' }, config('partnerships', { encoding: 'gbk' }));
    assert.deepEqual(gbk.table?.headers, ['项目编号']);
  });
});
