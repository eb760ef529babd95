/** The same input builds byte-identical data, whatever the run, the folder or the clock. */
import { describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { serializeDataset, sha256 } from '../../src/lib/dataset/serialize.ts';
import { validDataset } from '../helpers/arbitraries.ts';
import { copySampleRoot, minimalTables, removeDir, runRoot, runTables, tempRoot } from '../helpers/root.ts';

async function bytes(root: string): Promise<string> {
  const outcome = await runRoot(root);
  assert.equal(outcome.errors.length, 0, outcome.lines.join('\n'));
  return serializeDataset(outcome.result!.dataset!);
}

describe('determinism', () => {
  it('two runs on the same root give the same bytes', async () => {
    const root = await tempRoot();
    try {
      const first = await bytes(root);
      const second = await bytes(root);
      assert.equal(sha256(second), sha256(first));
      assert.equal(second, first);
    } finally {
      await removeDir(root);
    }
  });

  it('another folder and another clock change nothing', async () => {
    const a = await tempRoot();
    const b = await tempRoot();
    try {
      const first = await bytes(a);
      mock.timers.enable({ apis: ['Date'], now: Date.UTC(2031, 6, 1) });
      try {
        assert.equal(await bytes(b), first);
      } finally {
        mock.timers.reset();
      }
    } finally {
      await removeDir(a);
      await removeDir(b);
    }
  });

  it("the repository's sample, twice", async () => {
    const root = await copySampleRoot();
    try {
      assert.equal(await bytes(root), await bytes(root));
    } finally {
      await removeDir(root);
    }
  });

  it('random datasets, twice each; row order within a file does not change the bytes', async () => {
    await fc.assert(
      fc.asyncProperty(validDataset, async ({ tables }) => {
        const first = await runTables(tables);
        const second = await runTables(tables);
        assert.equal(serializeDataset(second.result!.dataset!), serializeDataset(first.result!.dataset!));
        const reversed = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, name === 'budget_lines' ? rows : [...rows].reverse()])) as typeof tables;
        const third = await runTables(reversed);
        assert.equal(serializeDataset(third.result!.dataset!), serializeDataset(first.result!.dataset!));
      }),
      { numRuns: 8, endOnFailure: true },
    );
  });

  it('the minimal dataset is not trivially empty', async () => {
    const outcome = await runTables(minimalTables());
    assert.ok(serializeDataset(outcome.result!.dataset!).length > 5000);
  });
});
