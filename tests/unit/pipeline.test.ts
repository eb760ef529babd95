import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import YAML from 'yaml';
import { serializeDataset } from '../../src/lib/dataset/serialize.ts';
import { formatAnnotation, formatIssue, makeIssue } from '../../src/lib/validate/issues.ts';
import { minimalTables, removeDir, runRoot, runTables, tempRoot, writeRoot, makeTempDir } from '../helpers/root.ts';

/** Points the source of `table` in a root's portal.yaml at `url` (and sets other data options). */
async function useUrl(root: string, table: string, url: string, data: Record<string, unknown> = {}): Promise<void> {
  const file = path.join(root, 'content', 'portal.yaml');
  const config = YAML.parse(await readFile(file, 'utf8'));
  config.data.sources = config.data.sources.map((s: { table: string }) => (s.table === table ? { table, url } : s));
  Object.assign(config.data, data);
  await writeFile(file, YAML.stringify(config));
}

describe('runPipeline', () => {
  it('the minimal root is valid and derives its figures', async () => {
    const outcome = await runTables(minimalTables());
    assert.deepEqual(outcome.lines, []);
    const dataset = outcome.result?.dataset;
    assert.ok(dataset);
    assert.equal(dataset.as_of, '2025-06-30');
    assert.deepEqual(dataset.partnerships.map((p) => [p.id, p.contract_value, p.figures.disbursed, p.figures.spent]), [
      ['QH-2024-001', 36_000_000, 36_000_000, 15_000_000],
      ['QH-2025-002', 8_000_000, 4_000_000, 1_234_567],
    ]);
    assert.equal(dataset.totals.contract_value, 44_000_000);
  });

  it('errors mean no dataset; issues come sorted by file, row and field', async () => {
    const tables = minimalTables();
    tables.transactions[1]!.amount = 'x';
    tables.budget_lines[0]!.amount = 'y';
    tables.transactions[0]!.date = '2024-13-01';
    const outcome = await runTables(tables);
    assert.equal(outcome.result?.dataset, null);
    assert.equal(outcome.result?.errors, 3);
    assert.deepEqual(outcome.issues.map((i) => `${i.file}:${i.row}:${i.field}`), [
      'content/data/budget_lines.csv:2:amount',
      'content/data/budget_lines.csv:3:amount', // the budget no longer adds up: a warning
      'content/data/transactions.csv:2:date',
      'content/data/transactions.csv:3:amount',
    ]);
  });

  it('a table may come from several files; rules see them together', async () => {
    const root = await tempRoot();
    try {
      const file = path.join(root, 'content', 'portal.yaml');
      const config = YAML.parse(await readFile(file, 'utf8'));
      const whole = await readFile(path.join(root, 'content/data/partnerships.csv'), 'utf8');
      const [header, first, second] = whole.trimEnd().split('\n');
      await writeFile(path.join(root, 'content/data/partnerships-2024.csv'), `${header}\n${first}\n`);
      await writeFile(path.join(root, 'content/data/partnerships-2025.csv'), `${header}\n${second}\n${first}\n`);
      config.data.sources = config.data.sources.flatMap((s: { table: string }) =>
        s.table === 'partnerships' ? [{ table: 'partnerships', path: 'data/partnerships-2024.csv' }, { table: 'partnerships', path: 'data/partnerships-2025.csv' }] : [s],
      );
      await writeFile(file, YAML.stringify(config));
      assert.deepEqual((await runRoot(root)).lines, [
        'content/data/partnerships-2025.csv:3: id: 编号“QH-2024-001”重复，已在第 2 行出现 / id "QH-2024-001" is a duplicate of row 2',
      ]);
      await writeFile(path.join(root, 'content/data/partnerships-2025.csv'), `${header}\n${second}\n`);
      const split = await runRoot(root);
      const single = await runTables(minimalTables());
      assert.deepEqual(split.lines, []);
      assert.equal(serializeDataset(split.result!.dataset!), serializeDataset(single.result!.dataset!));
    } finally {
      await removeDir(root);
    }
  });

  it('a required table without a source is an error; an optional one may be left out', async () => {
    assert.deepEqual((await runTables(minimalTables(), { omit: ['meetings', 'documents'] })).lines, []);
    assert.deepEqual((await runTables(minimalTables(), { omit: ['partners'] })).lines, [
      'content/data/partnerships.csv:2: id: 项目没有承接方：请在合作方表（partners）中至少填写一个角色为“承接方”的组织 / the partnership has no lead organization: add at least one partner with the role "lead" in the partners table',
      'content/data/partnerships.csv:3: id: 项目没有承接方：请在合作方表（partners）中至少填写一个角色为“承接方”的组织 / the partnership has no lead organization: add at least one partner with the role "lead" in the partners table',
      'content/portal.yaml: data.sources: 数据表“partners”没有配置数据源 / no data source is configured for the table "partners"',
    ]);
  });

  it('GitHub annotations escape what would break the workflow command', () => {
    const issue = makeIssue('error', { file: 'content/data/a,b.csv', row: 3, field: 'amount' }, 'money_not_number', { value: '1%\n2' });
    assert.equal(formatAnnotation(issue), '::error file=content/data/a%2Cb.csv,line=3,title=amount::金额“1%25%0A2”不是数字 / amount "1%25%0A2" is not a number');
    assert.equal(formatIssue(issue), 'content/data/a,b.csv:3: amount: 金额“1% 2”不是数字 / amount "1% 2" is not a number');
    const warning = makeIssue('warning', { file: 'x.csv', row: 0 }, 'unknown_column', { column: 'c' });
    assert.equal(formatAnnotation(warning), '::warning file=x.csv::无法识别的列“c”，已忽略 / column "c" is not recognised and was ignored');
  });
});

describe('https sources (a local server on 127.0.0.1)', () => {
  let server: http.Server;
  let base = '';
  const seen: { url: string; ifNoneMatch: string | undefined }[] = [];
  let csv = '';

  before(async () => {
    const root = await makeTempDir();
    await writeRoot(root, minimalTables());
    csv = await readFile(path.join(root, 'content/data/meetings.csv'), 'utf8');
    await removeDir(root);
    server = http.createServer((req, res) => {
      seen.push({ url: req.url ?? '', ifNoneMatch: req.headers['if-none-match'] });
      if (req.url === '/meetings.csv') {
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'text/csv', etag: '"v1"' }).end(csv);
      } else if (req.url === '/broken.csv') {
        res.writeHead(500).end('oops');
      } else if (req.url === '/silent.csv') {
        // Never answers: the timeout must end the wait.
      } else if (req.url === '/stall.csv') {
        res.writeHead(200, { 'content-type': 'text/csv' });
        res.write('会议编号,');
        // ...and never finishes the body.
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fetches, caches with the ETag, and uses the cache on 304', async () => {
    const root = await tempRoot();
    try {
      const local = await runRoot(root);
      await useUrl(root, 'meetings', `${base}/meetings.csv`);
      seen.length = 0;
      const first = await runRoot(root);
      assert.deepEqual(first.lines, []);
      const second = await runRoot(root);
      assert.deepEqual(second.lines, []);
      assert.deepEqual(seen, [
        { url: '/meetings.csv', ifNoneMatch: undefined },
        { url: '/meetings.csv', ifNoneMatch: '"v1"' },
      ]);
      assert.equal(serializeDataset(first.result!.dataset!), serializeDataset(local.result!.dataset!));
      assert.equal(serializeDataset(second.result!.dataset!), serializeDataset(local.result!.dataset!));
    } finally {
      await removeDir(root);
    }
  });

  it('an HTTP error, a server that is gone, a timeout and a stalled body are errors, never an empty table', async () => {
    const root = await tempRoot();
    try {
      await useUrl(root, 'meetings', `${base}/broken.csv`);
      assert.deepEqual((await runRoot(root)).lines, [
        `${base}/broken.csv: 无法获取数据源 ${base}/broken.csv：HTTP 500。为避免发布不完整的网站，本次构建已停止 / data source ${base}/broken.csv could not be fetched: HTTP 500. The build stopped so that no partial site is published`,
      ]);

      const gone = http.createServer();
      await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
      const goneUrl = `http://127.0.0.1:${(gone.address() as AddressInfo).port}/meetings.csv`;
      await new Promise((resolve) => gone.close(resolve));
      await useUrl(root, 'meetings', goneUrl);
      const refused = await runRoot(root);
      assert.deepEqual(refused.lines, [
        `${goneUrl}: 无法获取数据源 ${goneUrl}：连接被拒绝 connection refused。为避免发布不完整的网站，本次构建已停止 / data source ${goneUrl} could not be fetched: 连接被拒绝 connection refused. The build stopped so that no partial site is published`,
      ]);
      assert.equal(refused.result?.dataset, null);

      for (const name of ['silent.csv', 'stall.csv']) {
        await useUrl(root, 'meetings', `${base}/${name}`, { fetch_timeout_seconds: 1 });
        assert.deepEqual((await runRoot(root)).lines, [
          `${base}/${name}: 无法获取数据源 ${base}/${name}：1 秒内无响应 no answer within 1 s。为避免发布不完整的网站，本次构建已停止 / data source ${base}/${name} could not be fetched: 1 秒内无响应 no answer within 1 s. The build stopped so that no partial site is published`,
        ], name);
      }
    } finally {
      await removeDir(root);
    }
  });

  it('an injected fetch is used instead of the network', async () => {
    const root = await tempRoot();
    try {
      await useUrl(root, 'meetings', 'https://data.example.org/meetings.csv');
      const requested: string[] = [];
      const fake: typeof fetch = async (input) => {
        requested.push(String(input));
        return new Response(csv, { status: 200 });
      };
      assert.deepEqual((await runRoot(root, fake)).lines, []);
      assert.deepEqual(requested, ['https://data.example.org/meetings.csv']);
    } finally {
      await removeDir(root);
    }
  });
});

