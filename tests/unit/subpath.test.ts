/**
 * A portal served under a sub-path (`site.base: /sunlight/`, as on GitHub Pages): every address the
 * build writes — links and assets in the HTML, canonical and Open Graph addresses, the sitemap, the
 * search index, the change feeds — carries the base and resolves to a file in the output. The root
 * also names a previous dataset, so the "what changed" page and feeds have every kind of entry.
 * One full build.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import YAML from 'yaml';
import { explain, runBuild, sampleRootOnDisk } from '../helpers/build.ts';
import { htmlFiles, internalLinks, listFiles, resolves } from '../helpers/links.ts';
import { removeDir, runRoot } from '../helpers/root.ts';
import { diffDatasets } from '../../src/lib/changes/index.ts';
import { serializeDataset } from '../../src/lib/dataset/serialize.ts';
import type { Dataset, Partnership } from '../../src/lib/dataset/types.ts';
import { STATUSES } from '../../src/lib/schema/vocabularies.ts';

const BASE = '/sunlight/';
const ORIGIN = 'https://sunlight.example.org';
const PREVIOUS_AS_OF = '2020-01-01';
const REMOVED = { id: 'ZZ-REMOVED-1', title: '已撤下的示例项目', title_en: 'A withdrawn sample partnership' };

/** What the previous publication looked like, and which change each partnership should show. */
interface Plan {
  added: Partnership;
  amount: { p: Partnership; old: number };
  status: { p: Partnership; old: string };
  evaluation: { p: Partnership; id: string };
  transaction: { p: Partnership; id: string };
}

function previousOf(current: Dataset): { previous: Dataset; plan: Plan } {
  const ps = [...current.partnerships].sort((a, b) => a.id.localeCompare(b.id));
  const taken = new Set<string>();
  const pick = (ok: (p: Partnership) => boolean) => {
    const p = ps.find((x) => !taken.has(x.id) && ok(x));
    if (!p) throw new Error('the sample has too few partnerships for the plan');
    taken.add(p.id);
    return p;
  };
  const added = pick(() => true);
  const amountP = pick(() => true);
  const statusP = pick(() => true);
  const evaluationP = pick((p) => p.evaluations.length > 0);
  const transactionP = pick((p) => p.transactions.length > 0);
  const plan: Plan = {
    added,
    amount: { p: amountP, old: amountP.contract_value + 1_234_567 },
    status: { p: statusP, old: STATUSES.codes.find((s) => s !== statusP.status) as string },
    evaluation: { p: evaluationP, id: (evaluationP.evaluations[0] as { id: string }).id },
    transaction: { p: transactionP, id: (transactionP.transactions[0] as { id: string }).id },
  };
  const partnerships = ps
    .filter((p) => p.id !== added.id)
    .map((p) => {
      if (p.id === amountP.id) return { ...p, contract_value: plan.amount.old };
      if (p.id === statusP.id) return { ...p, status: plan.status.old } as Partnership;
      if (p.id === evaluationP.id) return { ...p, evaluations: p.evaluations.filter((e) => e.id !== plan.evaluation.id) };
      if (p.id === transactionP.id) return { ...p, transactions: p.transactions.filter((t) => t.id !== plan.transaction.id) };
      return p;
    });
  partnerships.push({ ...amountP, ...REMOVED });
  return { previous: { ...current, as_of: PREVIOUS_AS_OF, partnerships }, plan };
}

/** Amounts printed as `¥1,234.56`, in order, as integer 分 (digits only, no floats). */
function amountsIn(text: string): number[] {
  return [...text.matchAll(/¥([\d,]+)\.(\d{2})/g)].map((m) => Number((m[1] as string).replace(/,/g, '')) * 100 + Number(m[2]));
}

function item(html: string, type: string, partnership: string): string {
  const m = new RegExp(`<li[^>]*data-change="${type}"[^>]*data-partnership="${partnership}"[^>]*>([\\s\\S]*?)</li>`).exec(html);
  assert.ok(m, `a ${type} entry for ${partnership}`);
  return m[1] as string;
}

describe('a site under a sub-path (site.base: /sunlight/)', () => {
  let root: string;
  let dist: string;
  let plan: Plan;

  before(async () => {
    root = await sampleRootOnDisk();
    const portalFile = path.join(root, 'content', 'portal.yaml');
    const portal = YAML.parse(await readFile(portalFile, 'utf8'));
    assert.equal(portal.site.url, ORIGIN);
    portal.site.base = BASE;
    portal.previous_dataset = 'previous/dataset.json';
    await writeFile(portalFile, YAML.stringify(portal));

    const { result } = await runRoot(root);
    assert.ok(result?.dataset, 'the sample validates');
    const made = previousOf(result.dataset);
    plan = made.plan;
    await mkdir(path.join(root, 'previous'));
    await writeFile(path.join(root, 'previous', 'dataset.json'), serializeDataset(made.previous));
    // The previous publication's own history: its first publication, carried into this one.
    await writeFile(path.join(root, 'previous', 'changes.json'), JSON.stringify(diffDatasets(null, made.previous)));

    dist = path.join(root, 'dist');
    const run = await runBuild(root, dist);
    assert.equal(run.code, 0, explain(run));
  });

  after(async () => {
    if (root) await removeDir(root);
  });

  it('every internal href and src starts with the base and resolves to a file', () => {
    const links = internalLinks(dist, BASE);
    assert.ok(links.length > 1000, `${links.length} links`);
    const outside = links.filter((l) => !l.pathname.startsWith(BASE)).map((l) => `${l.file} → ${l.raw}`);
    assert.deepEqual(outside.slice(0, 20), []);
    const broken = links.filter((l) => !resolves(dist, l.pathname, BASE)).map((l) => `${l.file} → ${l.raw}`);
    assert.deepEqual(broken.slice(0, 20), []);
    // The pages this issue added are linked from the navigation.
    for (const route of ['data/', 'updates/', 'en/data/', 'en/updates/']) {
      assert.ok(links.some((l) => l.pathname === BASE + route), `something links to ${BASE}${route}`);
    }
  });

  it('absolute addresses (canonical, hreflang, og:url) carry the base and name a published page', () => {
    let seen = 0;
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      const rel = path.relative(dist, file).split(path.sep).join('/');
      if (rel !== '404.html') {
        const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
        const ogUrl = /<meta property="og:url" content="([^"]+)"/.exec(html)?.[1];
        assert.equal(canonical, `${ORIGIN}${BASE}${rel.replace(/index\.html$/, '')}`, rel);
        assert.equal(ogUrl, canonical, rel);
      }
      for (const m of html.matchAll(/(?:href|content)="(https:\/\/sunlight\.example\.org[^"]*)"/g)) {
        const u = new URL(m[1] as string);
        assert.ok(u.pathname.startsWith(BASE), `${rel}: ${u.href}`);
        assert.ok(resolves(dist, u.pathname, BASE), `${rel}: ${u.href} is published`);
        seen++;
      }
    }
    assert.ok(seen > 100);
  });

  it('the sitemap lists only addresses under the base, each a published page', () => {
    const sitemap = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] as string);
    assert.ok(locs.length > 100, `${locs.length} addresses`);
    for (const loc of locs) {
      assert.ok(loc.startsWith(ORIGIN + BASE), loc);
      assert.ok(resolves(dist, new URL(loc).pathname, BASE), `${loc} is published`);
    }
    for (const route of ['data/', 'updates/', 'en/data/', 'en/updates/']) assert.ok(locs.includes(ORIGIN + BASE + route), route);
    assert.match(readFileSync(path.join(dist, 'robots.txt'), 'utf8'), new RegExp(`Sitemap: ${ORIGIN}${BASE}sitemap\\.xml`));
  });

  it('every search record points under the base at a published page', () => {
    const dir = path.join(dist, 'pagefind', 'fragment');
    const fragments = readdirSync(dir).filter((f) => f.endsWith('.pf_fragment'));
    assert.ok(fragments.length > 50, `${fragments.length} records`);
    for (const f of fragments) {
      // Pagefind fragments are gzipped JSON behind a `pagefind_dcd` signature.
      const text = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8');
      const record = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
      assert.ok(record.url.startsWith(BASE), `${f}: ${record.url}`);
      assert.ok(resolves(dist, record.url.split('#')[0] as string, BASE), `${f}: ${record.url} is published`);
    }
    const searchPage = readFileSync(path.join(dist, 'search', 'index.html'), 'utf8');
    const bundle = /data-bundle="([^"]+)"/.exec(searchPage)?.[1];
    assert.equal(bundle, `${BASE}pagefind/pagefind.js`);
    assert.ok(resolves(dist, bundle, BASE));
  });

  it('"what changed" shows every kind of change, newest publication first, linking pages under the base', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const prefix = lang === 'en' ? `${BASE}en/` : BASE;
      const html = readFileSync(path.join(dist, lang === 'en' ? 'en' : '', 'updates', 'index.html'), 'utf8');
      const seqs = [...html.matchAll(/<section[^>]*data-seq="(\d+)"/g)].map((m) => Number(m[1]));
      assert.deepEqual(seqs, [2, 1], 'the new changes first, then the carried first publication');
      assert.ok(html.indexOf('data-change="partnership_added"') < html.indexOf('data-change="first_publication"'));
      const link = (id: string) => `href="${prefix}projects/${id}/"`;

      assert.ok(item(html, 'partnership_added', plan.added.id).includes(link(plan.added.id)));
      assert.deepEqual(amountsIn(item(html, 'partnership_added', plan.added.id)), [plan.added.contract_value]);

      const removed = item(html, 'partnership_removed', REMOVED.id);
      assert.ok(!removed.includes('href='), 'a removed partnership has no page to link to');
      assert.ok(removed.includes(lang === 'en' ? REMOVED.title_en : REMOVED.title));

      const amount = item(html, 'amount_changed', plan.amount.p.id);
      assert.ok(amount.includes(link(plan.amount.p.id)));
      assert.deepEqual(amountsIn(amount), [plan.amount.old, plan.amount.p.contract_value], 'old → new, exact');

      const status = item(html, 'status_changed', plan.status.p.id);
      const label = (code: string) => STATUSES.labels[code as keyof typeof STATUSES.labels][lang === 'en' ? 'en' : 'zh'];
      assert.ok(status.indexOf(label(plan.status.old)) >= 0 && status.indexOf(label(plan.status.old)) < status.indexOf(label(plan.status.p.status)), 'old status → new');

      assert.ok(item(html, 'evaluation_added', plan.evaluation.p.id).includes(link(plan.evaluation.p.id)));
      const tx = plan.transaction.p.transactions.find((t) => t.id === plan.transaction.id);
      const txItem = item(html, 'transaction_added', plan.transaction.p.id);
      assert.ok(txItem.includes(link(plan.transaction.p.id)));
      assert.deepEqual(amountsIn(txItem), [tx?.amount]);

      // The feed is offered in the head, under the base.
      assert.match(html, new RegExp(`<link rel="alternate" type="application/atom\\+xml" hreflang="${lang}" title="[^"]+" href="${ORIGIN}${BASE}data/changes\\.${lang}\\.atom">`));
    }
  });

  it('the change feeds are published under the base and link partnership pages under it', () => {
    for (const lang of ['zh-CN', 'en']) {
      const feed = readFileSync(path.join(dist, 'data', `changes.${lang}.atom`), 'utf8');
      assert.ok(feed.includes(`<id>${ORIGIN}${BASE}data/changes.${lang}.atom</id>`));
      const hrefs = [...feed.matchAll(/<link[^>]*href="([^"]+)"/g)].map((m) => new URL(m[1] as string));
      assert.ok(hrefs.length > 5);
      for (const u of hrefs) assert.ok(u.pathname.startsWith(BASE) && resolves(dist, u.pathname, BASE), u.href);
    }
    assert.ok(listFiles(dist).includes('data/changes.json'));
    assert.ok(existsSync(path.join(dist, 'data', 'index.html')));
  });
});
