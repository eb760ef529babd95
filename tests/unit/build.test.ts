/**
 * The publishing acceptance, through `scripts/build.ts` as CI runs it: a valid root publishes; a
 * corrupted one fails with every problem located (and GitHub annotations), leaving the published
 * folder byte for byte as it was; the same input builds byte-identical files, also when its pages are
 * rendered in two shards. Two full builds and one that stops at validation.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { explain, runBuild as build, sampleRootOnDisk, type BuildRun as Run } from '../helpers/build.ts';
import { setCell } from '../helpers/corrupt.ts';
import { hashTree } from '../helpers/links.ts';
import { removeDir } from '../helpers/root.ts';

describe('scripts/build.ts: publishing', () => {
  let root: string;
  let out: string;
  let first: Run;
  let published: Record<string, string>;

  before(async () => {
    root = await sampleRootOnDisk();
    out = path.join(root, 'dist');
    first = await build(root, out);
    assert.equal(first.code, 0, explain(first));
    published = hashTree(out);
  });

  after(async () => {
    if (root) await removeDir(root);
  });

  it('publishes both locales, the open-data page and every download the manifest names', async () => {
    for (const page of ['index.html', 'en/index.html', 'data/index.html', 'en/data/index.html', 'updates/index.html', 'en/updates/index.html', 'sitemap.xml']) {
      assert.ok(published[page], `${page} is published`);
    }
    // The /data/ page and the downloads share data/: the page did not push the files out, nor they the page.
    const manifest = JSON.parse(await readFile(path.join(out, 'data', 'datapackage.json'), 'utf8')) as { resources: { path: string; bytes: number }[] };
    assert.ok(manifest.resources.length > 10);
    for (const r of manifest.resources) assert.ok(published[`data/${r.path}`], `data/${r.path} is published`);
    assert.ok(!existsSync(path.join(root, '.dist-build')), 'the staging folder is removed after the swap');
  });

  it('a corrupted root fails, reports each problem at its file and row, and leaves the published site byte for byte', async () => {
    const files = ['content/data/partnerships.csv', 'content/data/partners.csv'];
    const originals = await Promise.all(files.map((f) => readFile(path.join(root, f))));
    try {
      await setCell(root, 'content/data/partnerships.csv', 4, 'contract_value', 'abc');
      await setCell(root, 'content/data/partners.csv', 2, 'organization_id', 'NO-SUCH-ORG');
      const run = await build(root, out, { GITHUB_ACTIONS: 'true' });
      assert.notEqual(run.code, 0, explain(run));
      const printed = `${run.stdout}\n${run.stderr}`.split('\n');
      for (const line of [
        'content/data/partnerships.csv:4: contract_value: 金额“abc”不是数字 / amount "abc" is not a number',
        '::error file=content/data/partnerships.csv,line=4,title=contract_value::金额“abc”不是数字 / amount "abc" is not a number',
        'content/data/partners.csv:2: organization_id: 引用了不存在的组织“NO-SUCH-ORG” / refers to organization "NO-SUCH-ORG", which does not exist',
        '::error file=content/data/partners.csv,line=2,title=organization_id::引用了不存在的组织“NO-SUCH-ORG” / refers to organization "NO-SUCH-ORG", which does not exist',
      ]) {
        assert.ok(printed.includes(line), `prints exactly:\n${line}\n${explain(run)}`);
      }
      assert.ok(run.stderr.includes('build failed; the published output'), explain(run));
      // Same files, same bytes: nothing was written into the published folder, nothing removed.
      assert.deepEqual(hashTree(out), published);
    } finally {
      await Promise.all(files.map((f, i) => writeFile(path.join(root, f), originals[i] as Buffer)));
    }
  });

  it('the same input builds byte-identical dataset.json, CSVs and every other download', async () => {
    // This time rendered by two Astro processes, each with half of the record and listing pages (as a
    // large site is on a machine with two cores): the merged site must be the same files, same bytes.
    const again = path.join(root, 'dist-again');
    const run = await build(root, again, { SUNLIGHT_PARTNERSHIPS_PER_SHARD: '1' }, ['--jobs', '2']);
    assert.equal(run.code, 0, explain(run));
    assert.ok(run.stdout.includes('✓ 网站由 2 个进程生成 / site rendered by 2 processes'), explain(run));
    const second = hashTree(again);
    assert.deepEqual(Object.keys(second).sort(), Object.keys(published).sort(), 'the same files');
    for (const [file, hash] of Object.entries(published)) assert.equal(second[file], hash, `${file} is byte-identical`);
    const data = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([f]) => f.startsWith('data/')));
    const firstData = data(published);
    const csvs = Object.keys(firstData).filter((f) => /^data\/[^/]+\.csv$/.test(f));
    assert.ok(csvs.length >= 11, `the CSVs: ${csvs.join(', ')}`);
    assert.ok(firstData['data/dataset.json']);
    for (const f of ['data/dataset.json', ...csvs]) assert.equal(second[f], firstData[f], `${f} is byte-identical`);
    assert.deepEqual(data(second), firstData);
    // The /data/ page shows the checksum of exactly those bytes.
    const page = await readFile(path.join(again, 'data', 'index.html'), 'utf8');
    const sha = /data-dataset-sha256[^>]*>([0-9a-f]{64})</.exec(page)?.[1];
    assert.equal(sha, firstData['data/dataset.json']);
  });
});
