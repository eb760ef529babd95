import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { diffDatasets, renderAtom, loadPreviousDataset, escapeXml, type ChangeLog } from '../../src/lib/changes/index.ts';
import { writeDownloads } from '../../src/lib/export/index.ts';
import { deriveDataset } from '../../src/lib/pipeline.ts';
import { loadConfig } from '../../src/lib/config/load.ts';
import { serializeDataset } from '../../src/lib/dataset/serialize.ts';
import type { TableRows } from '../../src/lib/schema/tables.ts';
import type { PortalConfig } from '../../src/lib/schema/config.ts';
import type { Dataset } from '../../src/lib/dataset/types.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/changes');

async function fixture(name: 'before' | 'after'): Promise<Dataset> {
  return deriveDataset(JSON.parse(await readFile(path.join(fixtures, `${name}.json`), 'utf8')) as TableRows);
}

async function config(): Promise<PortalConfig> {
  const loaded = await loadConfig(root);
  assert.ok(loaded.ok);
  return loaded.config;
}

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Element[];
}

/** Parses with saxes (a strict XML 1.0 parser): throws on anything not well-formed. */
function parseXml(xml: string): Element {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Element[] = [];
  let rootElement: Element | undefined;
  parser.on('opentag', (tag) => {
    const el: Element = { name: tag.local, attributes: Object.fromEntries(Object.entries(tag.attributes).map(([k, a]) => [k, typeof a === 'string' ? a : a.value])), text: '', children: [] };
    stack.at(-1)?.children.push(el);
    stack.push(el);
    rootElement ??= el;
  });
  parser.on('text', (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  assert.ok(rootElement);
  return rootElement;
}

const child = (el: Element, name: string) => el.children.find((c) => c.name === name);
const entries = (feed: Element) => feed.children.filter((c) => c.name === 'entry');

describe('diffDatasets', () => {
  test('a first publication gives a single "first publication" entry', async () => {
    const after = await fixture('after');
    const log = diffDatasets(null, after);
    assert.equal(log.as_of, after.as_of);
    assert.equal(log.builds.length, 1);
    assert.deepEqual(log.builds[0], {
      seq: 1,
      as_of: after.as_of,
      previous_as_of: null,
      entries: [{ type: 'first_publication', partnerships: after.partnerships.length, contract_value: after.totals.contract_value }],
    });
  });

  test('lists additions, removals, amount and status changes, new evaluations and transactions', async () => {
    const before = await fixture('before');
    const after = await fixture('after');
    const log = diffDatasets(before, after);
    const build = log.builds[0];
    assert.ok(build);
    assert.equal(build.as_of, after.as_of);
    assert.equal(build.previous_as_of, before.as_of);
    const summary = build.entries.map((e) => `${e.type}:${'partnership_id' in e ? e.partnership_id : ''}${'evaluation_id' in e ? '/' + e.evaluation_id : ''}${'transaction_id' in e ? '/' + e.transaction_id : ''}`);
    assert.deepEqual(summary, [
      'partnership_added:QH-2025-003',
      'partnership_removed:QH-2023-009',
      'amount_changed:QH-2024-001',
      'status_changed:QH-2024-001',
      'status_changed:QH-2025-002',
      'evaluation_added:QH-2024-001/E-0002',
      'transaction_added:QH-2024-001/T-0002',
    ]);
    const amount = build.entries.find((e) => e.type === 'amount_changed');
    assert.deepEqual(amount && 'old' in amount ? [amount.old, amount.new] : [], [36_000_000, 38_000_050]);
  });

  test('history is carried; an unchanged republication adds nothing', async () => {
    const before = await fixture('before');
    const after = await fixture('after');
    const first = diffDatasets(null, before);
    const second = diffDatasets(before, after, first);
    assert.deepEqual(second.builds.map((b) => b.seq), [2, 1]);
    const third = diffDatasets(after, after, second);
    assert.deepEqual(third.builds, second.builds);
    // A first publication (no previous dataset) starts afresh even if an old log is around.
    assert.equal(diffDatasets(null, after, second).builds.length, 1);
  });
});

describe('renderAtom', () => {
  test('the feed is well-formed Atom, dated by as_of, and shows the amount change old → new', async () => {
    const before = await fixture('before');
    const after = await fixture('after');
    const cfg = await config();
    const log = diffDatasets(before, after, diffDatasets(null, before));
    const xml = renderAtom(log, cfg, 'zh-CN');
    const feed = parseXml(xml);
    assert.equal(feed.name, 'feed');
    assert.equal(child(feed, 'updated')?.text, `${after.as_of}T00:00:00+08:00`);
    assert.equal(child(feed, 'id')?.text, 'https://sunlight.example.org/data/changes.zh-CN.atom');
    const list = entries(feed);
    assert.equal(list.length, 8);
    const ids = list.map((e) => child(e, 'id')?.text ?? '');
    assert.equal(new Set(ids).size, ids.length, 'entry ids are unique');
    for (const id of ids) assert.match(id, /^tag:sunlight\.example\.org,\d{4}-\d{2}-\d{2}:changes\/\d+\//);
    const amount = list.find((e) => child(e, 'id')?.text?.includes('/amount_changed/'));
    assert.ok(amount);
    const title = dataset(after, 'QH-2024-001').title;
    assert.equal(child(amount, 'title')?.text, `合同金额变更：${title}，由 360,000.00 元 变为 380,000.50 元`);
    assert.equal(child(amount, 'link')?.attributes.href, 'https://sunlight.example.org/projects/QH-2024-001/');
    // The raw XML escapes the title's markup characters.
    assert.ok(xml.includes('&lt;助老&gt; &amp; &quot;关爱&quot;'));
    assert.ok(!xml.includes('<助老>'));
  });

  test('English feed; first publication says so', async () => {
    const after = await fixture('after');
    const cfg = await config();
    const feed = parseXml(renderAtom(diffDatasets(null, after), cfg, 'en'));
    assert.equal(feed.attributes['xml:lang'] ?? feed.attributes.lang, 'en');
    const list = entries(feed);
    assert.equal(list.length, 1);
    assert.equal(child(list[0] as Element, 'title')?.text, `First publication: ${after.partnerships.length} partnerships, contract value ¥510,000.50 in total`);
    const zh = parseXml(renderAtom(diffDatasets(null, after), cfg, 'zh-CN'));
    assert.match(child(entries(zh)[0] as Element, 'title')?.text ?? '', /^首次发布：3 个合作项目/);
  });

  test('text that is not allowed in XML is dropped, not published broken', () => {
    assert.equal(escapeXml('a\u0001b<c>&"\''), 'ab&lt;c&gt;&amp;&quot;&apos;');
    assert.equal(escapeXml('\uD800x'), 'x');
  });
});

function dataset(d: Dataset, id: string) {
  const p = d.partnerships.find((x) => x.id === id);
  assert.ok(p);
  return p;
}

describe('loadPreviousDataset', () => {
  test('no previous dataset configured: null, no warning', async () => {
    assert.deepEqual(await loadPreviousDataset(undefined, root), { dataset: null, changes: null, warnings: [] });
  });

  test('reads a local dataset.json and the changes.json beside it', async () => {
    const before = await fixture('before');
    const dir = await mkdtemp(path.join(tmpdir(), 'sunlight-prev-'));
    const cfg = await config();
    const log = diffDatasets(null, before);
    await writeDownloads(before, cfg, dir, { changes: log });
    const loaded = await loadPreviousDataset(path.join(dir, 'data', 'dataset.json'), root);
    assert.deepEqual(loaded.warnings, []);
    assert.equal(serializeDataset(loaded.dataset as Dataset), serializeDataset(before));
    assert.deepEqual(loaded.changes, JSON.parse(JSON.stringify(log)) as ChangeLog);
  });

  test('a missing file is a warning, never an error', async () => {
    const loaded = await loadPreviousDataset('does/not/exist.json', root);
    assert.equal(loaded.dataset, null);
    assert.equal(loaded.warnings.length, 1);
    assert.match(loaded.warnings[0] ?? '', /^does\/not\/exist\.json: 无法读取上次发布的数据，本次按首次发布处理 \/ cannot read the previous dataset, publishing as a first publication: /);
  });

  test('a file that is not a dataset is a warning', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sunlight-prev-'));
    await writeFile(path.join(dir, 'dataset.json'), '{"hello":1}');
    const loaded = await loadPreviousDataset(path.join(dir, 'dataset.json'), root);
    assert.equal(loaded.dataset, null);
    assert.match(loaded.warnings[0] ?? '', /not a Sunlight dataset$/);
  });

  test('fetches a URL; HTTP errors and timeouts become warnings', async () => {
    const before = await fixture('before');
    const body = serializeDataset(before);
    const requested: string[] = [];
    const ok: typeof fetch = async (input) => {
      requested.push(String(input));
      return String(input).endsWith('dataset.json') ? new Response(body) : new Response('nope', { status: 404 });
    };
    const loaded = await loadPreviousDataset('https://sunlight.example.org/data/dataset.json', root, { fetchImpl: ok });
    assert.equal(loaded.dataset?.as_of, before.as_of);
    assert.equal(loaded.changes, null);
    assert.deepEqual(requested, ['https://sunlight.example.org/data/dataset.json', 'https://sunlight.example.org/data/changes.json']);

    const notFound: typeof fetch = async () => new Response('', { status: 404 });
    const missing = await loadPreviousDataset('https://sunlight.example.org/data/dataset.json', root, { fetchImpl: notFound });
    assert.equal(missing.dataset, null);
    assert.match(missing.warnings[0] ?? '', /HTTP 404$/);

    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const slow = await loadPreviousDataset('https://sunlight.example.org/data/dataset.json', root, { fetchImpl: hang, timeoutSeconds: 0.05 });
    assert.equal(slow.dataset, null);
    assert.match(slow.warnings[0] ?? '', /no answer within 0\.05 s$/);
  });
});
