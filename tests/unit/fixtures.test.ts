/**
 * The corpus of bad input in tests/fixtures/bad/<case>/: each case holds the files that differ from
 * the minimal valid root (tests/helpers/root.ts) under content/, and expected.txt with the exact
 * lines a publisher is shown. `UPDATE_FIXTURES=1` rewrites expected.txt (review the diff!).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { removeDir, runRoot, tempRoot } from '../helpers/root.ts';

const CORPUS = path.resolve(import.meta.dirname, '../fixtures/bad');

/** No network in tests: every fetch fails as a DNS lookup of an unknown host does in Node. */
const offline: typeof fetch = async (input) => {
  const host = new URL(String(input)).hostname;
  throw new TypeError('fetch failed', { cause: Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }) });
};

describe('bad input corpus', async () => {
  const cases = (await readdir(CORPUS, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();

  it('has the cases the foundation promises', () => {
    for (const name of ['bad-encoding', 'csv-unclosed-quote', 'missing-column', 'duplicate-column', 'unknown-column', 'unreachable-source', 'invalid-portal']) {
      assert.ok(cases.includes(name), name);
    }
  });

  for (const name of cases) {
    it(name, async () => {
      const root = await tempRoot();
      try {
        await cp(path.join(CORPUS, name, 'content'), path.join(root, 'content'), { recursive: true });
        const outcome = await runRoot(root, offline);
        const expectedFile = path.join(CORPUS, name, 'expected.txt');
        if (process.env.UPDATE_FIXTURES === '1') await writeFile(expectedFile, outcome.lines.map((l) => `${l}\n`).join(''));
        const expected = (await readFile(expectedFile, 'utf8')).split('\n').filter((l) => l !== '');
        assert.deepEqual(outcome.lines, expected);
        // Bad input never publishes: any error means no dataset.
        if (outcome.errors.length > 0) assert.equal(outcome.result?.dataset ?? null, null);
      } finally {
        await removeDir(root);
      }
    });
  }
});
