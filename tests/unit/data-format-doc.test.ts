/** docs/data-format.md is generated from the schema; it must be current, complete and honest about severities. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DATA_FORMAT_DOC, renderDataFormat, WARNING_CODES } from '../../scripts/lib/data-dictionary.ts';
import type { AnyColumn } from '../../src/lib/schema/columns.ts';
import { TABLES } from '../../src/lib/schema/tables.ts';
import { MESSAGES } from '../../src/lib/validate/messages.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('docs/data-format.md', () => {
  it('is exactly what the schema generates', async () => {
    const onDisk = await readFile(path.join(ROOT, DATA_FORMAT_DOC), 'utf8');
    assert.ok(onDisk === renderDataFormat(), 'docs/data-format.md is out of date with the schema: run `npm run docs`');
  });

  it('documents every table, column, allowed value and message', () => {
    const doc = renderDataFormat();
    for (const table of TABLES) {
      assert.ok(doc.includes(`### \`${table.name}\` — ${table.title.zh} / ${table.title.en}`), table.name);
      for (const [key, column] of Object.entries<AnyColumn>(table.columns)) {
        assert.ok(doc.includes(`| ${column.header.zh} | \`${key}\` |`), `${table.name}.${key}`);
        for (const [code, label] of Object.entries(column.vocabulary?.labels ?? {})) {
          assert.ok(doc.includes(`| \`${code}\` | ${label.zh} | ${label.en} |`), `${table.name}.${key}: ${code}`);
        }
      }
    }
    for (const [code, message] of Object.entries(MESSAGES)) assert.ok(doc.includes(`| \`${code}\` |`) && doc.includes(message.en.replace(/\|/g, '\\|')), code);
  });

  it('lists as warnings exactly the codes the code reports as warnings', async () => {
    const dir = path.join(ROOT, 'src/lib');
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts'));
    const warnings = new Set<string>();
    for (const file of files) {
      const source = await readFile(path.join(dir, file), 'utf8');
      for (const match of source.matchAll(/makeIssue\(\s*'warning',\s*(?:\{[^}]*\}|[\w.]+),\s*'(\w+)'/g)) warnings.add(match[1]!);
    }
    assert.deepEqual([...warnings].sort(), [...WARNING_CODES].sort(), 'update WARNING_CODES in scripts/lib/data-dictionary.ts, then run `npm run docs`');
  });
});
