import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { headerKey, mapHeaders } from '../../src/lib/normalize/headers.ts';
import type { AnyColumn } from '../../src/lib/schema/columns.ts';
import { partnerships, TABLES } from '../../src/lib/schema/tables.ts';
import { linesAfter, minimalTables, runTables } from '../helpers/root.ts';

const required = ['id', 'title', 'mode', 'field', 'government_id', 'district', 'funding_source', 'contract_value', 'status', 'start_date'];

describe('mapHeaders', () => {
  it('maps Chinese headers, keys, English headers and aliases', () => {
    const mapping = mapHeaders(partnerships, ['项目编号', 'title', '合作方式', '领域', '政府方', '区域', '资金来源', 'amount', '状态', '起始日期']);
    assert.deepEqual(mapping.matched.map((m) => m.key), required);
    assert.deepEqual(mapping.missingRequired, []);
    assert.deepEqual(mapping.unknown, []);
  });

  it('ignores case, spaces, underscores, hyphens and colons', () => {
    const mapping = mapHeaders(partnerships, ['ID', ' Title ', 'MODE', 'Field:', 'Government-ID', 'district', 'Funding Source', 'CONTRACT_VALUE', 'status', 'start date', '项目 名称：']);
    assert.deepEqual(mapping.matched.map((m) => m.key), required);
    assert.deepEqual(mapping.duplicates, ['项目 名称：'], 'a second header for title is a duplicate');
    assert.equal(headerKey(' Start_Date: '), 'startdate');
  });

  it('reads a unit suffix on a money header', () => {
    const unitOf = (header: string) => mapHeaders(partnerships, [header]).matched[0];
    assert.deepEqual(unitOf('合同金额（万元）'), { header: '合同金额（万元）', key: 'contract_value', unit: '万元' });
    assert.deepEqual(unitOf('合同金额(万元)'), { header: '合同金额(万元)', key: 'contract_value', unit: '万元' });
    assert.deepEqual(unitOf('contract_value (10k yuan)'), { header: 'contract_value (10k yuan)', key: 'contract_value', unit: '万元' });
    assert.deepEqual(unitOf('Contract value (yuan)'), { header: 'Contract value (yuan)', key: 'contract_value', unit: '元' });
    assert.deepEqual(unitOf('项目金额 (元)'), { header: '项目金额 (元)', key: 'contract_value', unit: '元' });
    // The alias that itself carries the unit still declares it, so it beats `units` in portal.yaml.
    assert.deepEqual(unitOf('合同金额（元）'), { header: '合同金额（元）', key: 'contract_value', unit: '元' });
    assert.deepEqual(unitOf('合同金额'), { header: '合同金额', key: 'contract_value' });
  });

  it('reports missing required columns, duplicates and unknown columns; skips empty headers', () => {
    const mapping = mapHeaders(partnerships, ['项目编号', 'id', '', '备注', '项目名称']);
    assert.deepEqual(mapping.matched.map((m) => m.key), ['id', 'title']);
    assert.deepEqual(mapping.duplicates, ['id']);
    assert.deepEqual(mapping.unknown, ['备注']);
    assert.deepEqual(mapping.missingRequired, required.filter((k) => k !== 'id' && k !== 'title'));
  });

  it('no header name means two different columns in the same table', () => {
    for (const table of TABLES) {
      const owner = new Map<string, string>();
      for (const [key, column] of Object.entries<AnyColumn>(table.columns)) {
        for (const name of new Set([key, column.header.zh, column.header.en, ...column.aliases].map(headerKey))) {
          assert.equal(owner.get(name) ?? key, key, `${table.name}: "${name}" names both ${owner.get(name)} and ${key}`);
          owner.set(name, key);
        }
      }
    }
  });
});

describe('headers in the data', () => {
  it('English headers give the same dataset as Chinese ones', async () => {
    const zh = await runTables(minimalTables());
    const en = await runTables(minimalTables(), { headers: 'en' });
    assert.deepEqual(en.lines, []);
    assert.deepEqual(en.result?.dataset, zh.result?.dataset);
  });

  it('a 万元 header scales the column; `units` in portal.yaml does the same; the header wins', async () => {
    const wan = minimalTables();
    for (const p of wan.partnerships) p.contract_value = p.contract_value === '360,000.00' ? '36' : '8';
    const byHeader = await runTables(wan, { headerNames: { partnerships: { contract_value: '合同金额（万元）' } } });
    assert.deepEqual(byHeader.lines, []);
    assert.deepEqual(byHeader.result?.dataset?.partnerships.map((p) => p.contract_value), [36_000_000, 8_000_000]);
    const byConfig = await runTables(wan, { units: { partnerships: { contract_value: '万元' } } });
    assert.deepEqual(byConfig.lines, []);
    assert.deepEqual(byConfig.result?.dataset?.partnerships.map((p) => p.contract_value), [36_000_000, 8_000_000]);
    const yuanHeader = await runTables(minimalTables(), { headerNames: { partnerships: { contract_value: '合同金额（元）' } }, units: { partnerships: { contract_value: '万元' } } });
    assert.deepEqual(yuanHeader.lines, []);
    assert.deepEqual(yuanHeader.result?.dataset?.partnerships.map((p) => p.contract_value), [36_000_000, 8_000_000]);
  });

  it('a missing required column, a duplicate and an unknown column are reported on row 1', async () => {
    assert.deepEqual(await linesAfter(() => {}, { headerNames: { budget_lines: { category: '备注' } } }), [
      // Same row: file-level issues (no field) first, then by field.
      'content/data/budget_lines.csv:1: [警告 warning] 无法识别的列“备注”，已忽略 / column "备注" is not recognised and was ignored',
      'content/data/budget_lines.csv:1: category: 缺少必需的列“类别” / required column "category" is missing',
    ]);
    assert.deepEqual(await linesAfter(() => {}, { headerNames: { budget_lines: { item: '金额' } } }), [
      'content/data/budget_lines.csv:1: 列“金额”出现了两次 / column "金额" appears twice',
    ]);
  });
});
