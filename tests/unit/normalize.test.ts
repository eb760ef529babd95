import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeTable } from '../../src/lib/normalize/rows.ts';
import type { RawTable } from '../../src/lib/read/raw-table.ts';
import { budgetLines, evaluations, organizations, type BudgetLineRow } from '../../src/lib/schema/tables.ts';
import { formatIssue } from '../../src/lib/validate/issues.ts';
import { linesAfter, ORG, setCellIn } from '../helpers/root.ts';

const FILE = 'content/data/budget_lines.csv';
const raw = (headers: string[], rows: string[][]): RawTable => ({
  file: FILE,
  headers,
  rows: rows.map((cells, i) => ({ row: i + 2, cells: Object.fromEntries(headers.map((h, j) => [h, cells[j] ?? ''])) })),
});
const options = { source: { units: {} }, publicFields: new Set<string>() };

describe('normalizeTable', () => {
  it('types every cell, fills absent columns with null and keeps the row number', () => {
    const result = normalizeTable<BudgetLineRow>(budgetLines, raw(['项目编号', '序号', '类别', '金额'], [['P-1', '1', 'personnel', ' 1,000.50 ']]), options);
    assert.deepEqual(result.issues, []);
    assert.deepEqual(result.rows, [{ file: FILE, row: 2, value: { partnership_id: 'P-1', line: 1, category: 'personnel', item: null, amount: 100_050 } }]);
  });

  it('skips blank lines without renumbering the rows after them', () => {
    const result = normalizeTable<BudgetLineRow>(budgetLines, raw(['项目编号', '序号', '类别', '金额'], [['P-1', '1', '人员经费', '1'], ['', ' ', '', ''], ['P-1', 'x', '人员经费', '2']]), options);
    assert.deepEqual(result.rows.map((r) => r.row), [2, 4]);
    assert.deepEqual(result.issues.map(formatIssue), [`${FILE}:4: line: “x”不是整数 / "x" is not a whole number`]);
  });

  it('an empty required cell is reported once; a cell that failed is not also reported as empty', () => {
    const result = normalizeTable(budgetLines, raw(['项目编号', '序号', '类别', '金额'], [['P-1', '', '人员经费', 'abc']]), options);
    assert.deepEqual(result.issues.map(formatIssue), [
      `${FILE}:2: amount: 金额“abc”不是数字 / amount "abc" is not a number`,
      `${FILE}:2: line: 必填，不能为空 / is required and cannot be empty`,
    ]);
  });

  it('applies the unit from the source config', () => {
    const result = normalizeTable<BudgetLineRow>(budgetLines, raw(['项目编号', '序号', '类别', '金额'], [['P-1', '1', '人员经费', '1.5']]), { ...options, source: { units: { amount: '万元' } } });
    assert.equal(result.rows[0]?.value.amount, 1_500_000);
  });

  it('accepts vocabulary codes, Chinese and English labels and aliases', () => {
    const result = normalizeTable<BudgetLineRow>(budgetLines, raw(['项目编号', '序号', '类别', '金额'], [['P', '1', 'personnel', '1'], ['P', '2', '人员经费', '1'], ['P', '3', 'Staff', '1'], ['P', '4', ' STAFF ', '1']]), options);
    assert.deepEqual(result.issues, []);
    assert.deepEqual(result.rows.map((r) => r.value.category), ['personnel', 'personnel', 'personnel', 'personnel']);
  });

  it('with a missing or duplicate column no rows are produced', () => {
    const missing = normalizeTable(budgetLines, raw(['项目编号', '序号', '金额'], [['P', '1', '1']]), options);
    assert.deepEqual(missing.rows, []);
    const duplicate = normalizeTable(budgetLines, raw(['项目编号', '序号', '类别', '金额', 'amount'], [['P', '1', '人员经费', '1', '2']]), options);
    assert.deepEqual(duplicate.rows, []);
    assert.deepEqual(duplicate.issues.map(formatIssue), [`${FILE}:1: 列“amount”出现了两次 / column "amount" appears twice`]);
  });

  it('scans text for personal data unless the field is public', () => {
    const table = { ...raw(['组织编号', '名称', '类型', '简介'], [[ORG.social, '乐龄', '社会组织', '负责人 13812345678']]), file: 'content/data/organizations.csv' };
    assert.deepEqual(normalizeTable(organizations, table, options).issues.map((i) => i.code), ['personal_mobile']);
    assert.deepEqual(normalizeTable(organizations, table, { ...options, publicFields: new Set(['organizations.description']) }).issues, []);
  });
});

describe('cell messages', () => {
  const cases: [string, Parameters<typeof setCellIn>[1], number, string, string][] = [
    ['enum', 'partnerships', 2, 'mode', '外包'],
    ['integer', 'partnerships', 2, 'beneficiaries', '四百'],
    ['integer range', 'tasks', 2, 'seq', '0'],
    ['decimal', 'evaluations', 2, 'score', '九十'],
    ['decimal precision', 'evaluations', 2, 'score', '91.55'],
    ['decimal range', 'evaluations', 2, 'score', '101'],
    ['id', 'transactions', 2, 'id', 'T 0001'],
    ['email', 'organizations', 3, 'email', 'leling at example.org'],
    ['phone', 'organizations', 2, 'phone', '电话见官网'],
    ['required', 'partnerships', 3, 'title', ''],
    ['text too long', 'partnerships', 3, 'title', '长'.repeat(201)],
  ];
  const expected: Record<string, string> = {
    enum: 'content/data/partnerships.csv:2: mode: “外包”不是允许的取值（可选：政府购买服务/purchase、项目合作/project、共同治理/cogovernance、公益创投/venture、补贴/资助/grant） / "外包" is not an allowed value (allowed: 政府购买服务/purchase、项目合作/project、共同治理/cogovernance、公益创投/venture、补贴/资助/grant)',
    integer: 'content/data/partnerships.csv:2: beneficiaries: “四百”不是整数 / "四百" is not a whole number',
    'integer range': 'content/data/tasks.csv:2: seq: “0”应不小于 1 / "0" must be at least 1',
    decimal: 'content/data/evaluations.csv:2: score: “九十”不是数字 / "九十" is not a number',
    'decimal precision': 'content/data/evaluations.csv:2: score: “91.55”最多保留 1 位小数 / "91.55" has too many decimal places (at most 1)',
    'decimal range': 'content/data/evaluations.csv:2: score: “101”应在 0 到 100 之间 / "101" must be between 0 and 100',
    id: 'content/data/transactions.csv:2: id: 编号“T 0001”只能包含字母、数字、连字符、下划线和点，且不超过 64 个字符 / id "T 0001" may only contain letters, digits, "-", "_" and ".", at most 64 characters',
    email: 'content/data/organizations.csv:3: email: 电子邮箱“leling at example.org”格式不正确 / email address "leling at example.org" is not valid',
    phone: 'content/data/organizations.csv:2: phone: 电话“电话见官网”格式不正确 / phone number "电话见官网" is not valid',
    required: 'content/data/partnerships.csv:3: title: 必填，不能为空 / is required and cannot be empty',
    'text too long': 'content/data/partnerships.csv:3: title: 内容过长（201 字，最多 200 字） / text is too long (201 characters, at most 200)',
  };
  for (const [name, table, row, key, value] of cases) {
    it(name, async () => {
      assert.deepEqual(await linesAfter((t) => setCellIn(t, table, row, key, value)), [expected[name]]);
    });
  }

  it('a decimal score is stored as a number; grades and kinds by code', async () => {
    assert.deepEqual(evaluations.columns.score.parse('91.50', { unit: '元' }), { ok: true, value: 91.5 });
  });
});
