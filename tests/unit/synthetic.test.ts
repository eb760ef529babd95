/** The synthetic generator: a valid project root, the exact count, and byte-identical for a seed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/lib/config/load.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { CsvTables, Rng, generateSynthetic, readPortalYaml, splitFen, writeSyntheticRoot, type TableSink } from '../../scripts/lib/synthetic.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const portalYaml = readPortalYaml(path.join(repo, 'content/portal.yaml'));
const scratch = mkdtempSync(path.join(tmpdir(), 'sunlight-synthetic-'));
test.after(() => rmSync(scratch, { recursive: true, force: true }));

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.set(path.relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

test('a generated root of 300 partnerships validates with no errors and no warnings', async () => {
  const root = path.join(scratch, 'a');
  const summary = writeSyntheticRoot(root, { count: 300, seed: 7 }, portalYaml);
  assert.equal(summary.partnerships, 300);
  const config = await loadConfig(root);
  assert.ok(config.ok, 'the generated portal.yaml loads');
  const result = await runPipeline({ root, config: config.config });
  assert.deepEqual(result.issues.map((i) => `${i.file}:${i.row} ${i.field} ${i.message.en}`), []);
  assert.equal(result.errors, 0);
  const dataset = result.dataset;
  assert.ok(dataset);
  assert.equal(dataset.partnerships.length, 300);
  assert.equal(dataset.organizations.length, summary.organizations);
  assert.ok(dataset.organizations.filter((o) => o.kind === 'social').length >= 90);
  assert.ok(dataset.as_of <= '2025-12-31');
  for (const p of dataset.partnerships) assert.equal(p.figures.budget_total, p.contract_value, `${p.id} budget lines add up`);
});

test('two runs with the same seed are byte-identical; another seed differs', () => {
  const one = path.join(scratch, 'one');
  const two = path.join(scratch, 'two');
  const other = path.join(scratch, 'other');
  writeSyntheticRoot(one, { count: 300, seed: 1 }, portalYaml);
  writeSyntheticRoot(two, { count: 300, seed: 1 }, portalYaml);
  writeSyntheticRoot(other, { count: 300, seed: 2 }, portalYaml);
  const a = files(one);
  const b = files(two);
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
  assert.ok(a.has(path.join('content', 'portal.yaml')) && a.has(path.join('content', 'data', 'partnerships.csv')));
  for (const [name, bytes] of a) assert.ok(bytes.equals(b.get(name) as Buffer), `${name} is identical`);
  const c = files(other);
  assert.ok(!(a.get(path.join('content', 'data', 'partnerships.csv')) as Buffer).equals(c.get(path.join('content', 'data', 'partnerships.csv')) as Buffer));
});

test('the partnership table has exactly the requested number of rows', () => {
  const lines = new Map<string, number>();
  const sink: TableSink = { write: (table, text) => lines.set(table, (lines.get(table) ?? 0) + text.split('\n').length - 1) };
  generateSynthetic({ count: 1234, seed: 3 }, new CsvTables(sink));
  assert.equal(lines.get('partnerships'), 1234 + 1);
  assert.ok((lines.get('organizations') ?? 0) > 1234 / 3);
});

test('splitFen parts always add up to the total', () => {
  const rng = new Rng(42);
  for (let i = 0; i < 1000; i++) {
    const total = rng.int(1, 200_000_000);
    const weights = Array.from({ length: rng.int(1, 5) }, () => rng.int(1, 9));
    const parts = splitFen(total, weights);
    assert.equal(parts.reduce((x, y) => x + y, 0), total);
    assert.ok(parts.every((p) => p >= 0));
  }
});
