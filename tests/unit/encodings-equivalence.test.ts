/** The same data in every supported file form gives the very same dataset bytes. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { serializeDataset } from '../../src/lib/dataset/serialize.ts';
import { parseCsvText } from '../helpers/csv.ts';
import { copySampleRoot, encodeTable, minimalTables, removeDir, runRoot, runTables, type FileFormat, type WriteOptions } from '../helpers/root.ts';

const FORMATS: FileFormat[] = ['csv-bom', 'csv-gb18030', 'xlsx', 'json', 'yaml'];

async function serialized(tables = minimalTables(), options: WriteOptions = {}): Promise<string> {
  const outcome = await runTables(tables, options);
  assert.deepEqual(outcome.lines, []);
  return serializeDataset(outcome.result!.dataset!);
}

describe('encodings and formats are equivalent', () => {
  it('minimal root: UTF-8 CSV = UTF-8 with BOM = GB18030 = XLSX = JSON = YAML', async () => {
    const reference = await serialized();
    for (const format of FORMATS) assert.equal(await serialized(minimalTables(), { format }), reference, format);
  });

  it('English headers, and a money column declared in 万元 by its header', async () => {
    const reference = await serialized();
    assert.equal(await serialized(minimalTables(), { headers: 'en' }), reference);
    const wan = minimalTables();
    wan.partnerships[0]!.contract_value = '36';
    wan.partnerships[1]!.contract_value = '8.000000';
    wan.budget_lines[0]!.amount = '24';
    wan.budget_lines[1]!.amount = '12.00';
    wan.budget_lines[2]!.amount = '8';
    assert.equal(await serialized(wan, { headerNames: { partnerships: { contract_value: '合同金额（万元）' }, budget_lines: { amount: '金额（万元）' } } }), reference);
  });

  it("the repository's sample re-saved in every form gives the same bytes", async () => {
    const original = await copySampleRoot();
    try {
      const reference = await runRoot(original);
      assert.equal(reference.errors.length, 0, reference.lines.join('\n'));
      const expected = serializeDataset(reference.result!.dataset!);
      const portal = YAML.parse(await readFile(path.join(original, 'content/portal.yaml'), 'utf8'));
      for (const format of FORMATS) {
        const root = await copySampleRoot();
        try {
          const ext = format.startsWith('csv') ? 'csv' : format;
          const sources = [];
          for (const source of portal.data.sources as { table: string; path?: string }[]) {
            if (!source.path?.endsWith('.csv')) {
              sources.push(source);
              continue;
            }
            const { headers, rows } = parseCsvText(await readFile(path.join(original, 'content', source.path), 'utf8'));
            const target = source.path.replace(/\.csv$/, `.${ext}`);
            await writeFile(path.join(root, 'content', target), await encodeTable(format, source.table, headers, rows.map((r) => headers.map((_, i) => r[i] ?? ''))));
            sources.push({ ...source, path: target });
          }
          await writeFile(path.join(root, 'content/portal.yaml'), YAML.stringify({ ...portal, data: { ...portal.data, sources } }));
          const outcome = await runRoot(root);
          assert.equal(outcome.errors.length, 0, `${format}:\n${outcome.lines.join('\n')}`);
          assert.equal(serializeDataset(outcome.result!.dataset!), expected, format);
        } finally {
          await removeDir(root);
        }
      }
    } finally {
      await removeDir(original);
    }
  });
});
