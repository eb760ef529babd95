import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadConfig } from '../../src/lib/config/load.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import type { Dataset, Organization } from '../../src/lib/dataset/types.ts';
import type { PortalConfig } from '../../src/lib/schema/config.ts';
import { FIELDS, MODES, STATUSES } from '../../src/lib/schema/vocabularies.ts';
import {
  buildSearchRecords,
  decodeFacetChoices,
  encodeFacetChoices,
  facetOptions,
  fundingBand,
  fundingBandLabel,
  fundingBands,
  mdxText,
  pagefindQuery,
  parseExcerpt,
  parseSearchParams,
  toSearchParams,
  GOVERNMENT_FACET_LIMIT,
  type SearchRecord,
  type SearchRecordOptions,
} from '../../src/lib/search/index.ts';

const root = path.resolve(import.meta.dirname, '../..');
let dataset: Dataset;
let config: PortalConfig;

before(async () => {
  const loaded = await loadConfig(root);
  assert.ok(loaded.ok);
  config = loaded.config;
  const result = await runPipeline({ root, config });
  assert.ok(result.dataset, 'the sample data builds');
  dataset = result.dataset;
});

const BOUNDS = [100_000, 500_000, 1_000_000];

function options(overrides: Partial<SearchRecordOptions> = {}): SearchRecordOptions {
  return { base: '/', locales: ['zh-CN', 'en'], bands: fundingBands(BOUNDS), flagged: new Set(), pages: [], ...overrides };
}

const byUrl = (records: SearchRecord[]) => new Map(records.map((r) => [r.url, r]));

describe('funding bands', () => {
  const bands = fundingBands(BOUNDS);

  test('n upper bounds give n + 1 bands with stable codes', () => {
    assert.deepEqual(bands.map((b) => b.code), ['upto-100000', '100000-500000', '500000-1000000', 'over-1000000']);
  });

  test('an upper bound belongs to its band; one 分 more is in the next', () => {
    const code = (fen: number) => fundingBand(fen, bands).code;
    assert.equal(code(0), 'upto-100000');
    assert.equal(code(10_000_000), 'upto-100000'); // ¥100,000.00
    assert.equal(code(10_000_001), '100000-500000'); // ¥100,000.01
    assert.equal(code(50_000_000), '100000-500000');
    assert.equal(code(50_000_001), '500000-1000000');
    assert.equal(code(100_000_000), '500000-1000000');
    assert.equal(code(100_000_001), 'over-1000000');
    assert.equal(code(Number.MAX_SAFE_INTEGER), 'over-1000000');
  });

  test('bounds are sorted and deduplicated', () => {
    assert.deepEqual(fundingBands([500_000, 100_000, 500_000]).map((b) => b.code), ['upto-100000', '100000-500000', 'over-500000']);
    assert.deepEqual(fundingBands([]).map((b) => b.code), ['all']);
  });

  test('labels in 万元 and in yuan', () => {
    assert.deepEqual(bands.map((b) => fundingBandLabel(b, 'zh-CN')), ['≤10万元', '10万–50万元', '50万–100万元', '>100万元']);
    assert.deepEqual(bands.map((b) => fundingBandLabel(b, 'en')), ['≤ ¥100,000', '¥100,000–500,000', '¥500,000–1,000,000', '> ¥1,000,000']);
    assert.equal(fundingBandLabel(fundingBands([12_345])[0]!, 'zh-CN'), '≤12,345元');
  });
});

describe('search records', () => {
  test('one record per partnership, organization and page, per locale', () => {
    const pages = [{ slug: 'about', text: { 'zh-CN': { title: '关于', text: '正文' } } }];
    const records = buildSearchRecords(dataset, options({ pages }));
    const per = dataset.partnerships.length + dataset.organizations.length;
    assert.equal(records.length, per * 2 + 1);
    assert.equal(records.filter((r) => r.language === 'zh-cn').length, per + 1);
    assert.equal(records.filter((r) => r.language === 'en').length, per);
    assert.equal(new Set(records.map((r) => r.url)).size, records.length, 'URLs are unique');
  });

  test('partnership facets, meta and sort keys come from the dataset', () => {
    const records = byUrl(buildSearchRecords(dataset, options()));
    const orgs = new Map(dataset.organizations.map((o) => [o.id, o]));
    for (const p of dataset.partnerships) {
      const zh = records.get(`/projects/${encodeURIComponent(p.id)}/`);
      assert.ok(zh, p.id);
      assert.equal(zh.language, 'zh-cn');
      assert.deepEqual(zh.filters.kind, ['partnership']);
      assert.deepEqual(zh.filters.mode, [p.mode]);
      assert.deepEqual(zh.filters.field, [p.field]);
      assert.deepEqual(zh.filters.status, [p.status]);
      assert.deepEqual(zh.filters.district, [p.district]);
      assert.deepEqual(zh.filters.year, [String(p.year)]);
      assert.deepEqual(zh.filters.grade, [p.figures.latest_evaluation?.grade ?? 'none']);
      assert.deepEqual(zh.filters.signals, ['no']);
      const yuan = p.contract_value / 100;
      const expectedBand = yuan <= 100_000 ? 'upto-100000' : yuan <= 500_000 ? '100000-500000' : yuan <= 1_000_000 ? '500000-1000000' : 'over-1000000';
      assert.deepEqual(zh.filters.band, [expectedBand]);
      const government = p.government_id ? orgs.get(p.government_id) : undefined;
      assert.deepEqual(zh.filters.government, government ? [government.name] : undefined);
      // No facet carries an id.
      for (const values of Object.values(zh.filters)) assert.ok(!values.includes(p.id));

      assert.equal(zh.meta.title, p.title);
      assert.equal(zh.meta.kind, 'partnership');
      assert.equal(zh.meta.status, STATUSES.labels[p.status].zh);
      assert.equal(zh.meta.year, String(p.year));
      assert.match(zh.meta.amount ?? '', /^¥[\d,]+\.\d\d$/);
      assert.equal(Number(zh.meta.amount?.replace(/[¥,.]/g, '')), p.contract_value);
      assert.ok(zh.meta.parties?.includes(orgs.get(p.lead_organization_id)!.name));

      assert.equal(Number(zh.sort.amount), p.contract_value);
      assert.equal(zh.sort.amount?.length, 16);
      assert.equal(zh.sort.date, (p.signed_on ?? p.start_date).replaceAll('-', ''));
      const score = p.figures.latest_evaluation?.score;
      assert.equal(zh.sort.score, score === null || score === undefined ? undefined : String(Math.round(score * 10)).padStart(4, '0'));

      assert.ok(zh.content.includes(p.title));
      if (p.summary) assert.ok(zh.content.includes(p.summary));
      if (p.beneficiary_group) assert.ok(zh.content.includes(p.beneficiary_group));
      for (const task of p.tasks) assert.ok(zh.content.includes(task.task));
      for (const e of p.evaluations) if (e.findings) assert.ok(zh.content.includes(e.findings));
      for (const partner of p.partners) assert.ok(zh.content.includes(orgs.get(partner.organization_id)!.name));

      const en = records.get(`/en/projects/${encodeURIComponent(p.id)}/`);
      assert.ok(en);
      assert.equal(en.language, 'en');
      assert.equal(en.meta.title, p.title_en || p.title);
      assert.equal(en.meta.status, STATUSES.labels[p.status].en);
      assert.ok(en.content.includes(MODES.labels[p.mode].en) && en.content.includes(FIELDS.labels[p.field].en));
      assert.deepEqual(en.filters.mode, [p.mode], 'codes are the same in both languages');
      assert.deepEqual(en.filters.government, government ? [government.name_en || government.name] : undefined);
    }
  });

  test('sort keys order as numbers and as text alike', () => {
    const records = buildSearchRecords(dataset, options()).filter((r) => r.sort.amount);
    const numeric = [...records].sort((a, b) => Number(a.sort.amount) - Number(b.sort.amount)).map((r) => r.url);
    const textual = [...records].sort((a, b) => (a.sort.amount! < b.sort.amount! ? -1 : a.sort.amount! > b.sort.amount! ? 1 : 0));
    assert.deepEqual(textual.map((r) => Number(r.sort.amount)), numeric.map((u) => Number(records.find((r) => r.url === u)!.sort.amount)));
  });

  test('organizations and governments: kind, amount received or committed, no partnership facets', () => {
    const records = byUrl(buildSearchRecords(dataset, options()));
    for (const org of dataset.organizations) {
      const section = org.kind === 'government' ? 'governments' : 'organizations';
      const r = records.get(`/${section}/${encodeURIComponent(org.id)}/`);
      assert.ok(r, org.id);
      assert.deepEqual(r.filters, { kind: [org.kind === 'government' ? 'government' : 'organization'] });
      assert.equal(r.meta.title, org.name);
      assert.ok(r.content.includes(org.name));
      const amount = org.kind === 'government' ? org.as_government?.committed_total : org.as_partner?.attributed_total;
      assert.equal(r.sort.amount === undefined ? undefined : Number(r.sort.amount), amount);
    }
  });

  test('every URL carries the site base', () => {
    const pages = [{ slug: 'about', text: { 'zh-CN': { title: '关于', text: '正文' }, en: { title: 'About', text: 'Text' } } }];
    const records = buildSearchRecords(dataset, options({ base: '/sunlight/', pages }));
    for (const r of records) {
      assert.ok(r.url.startsWith(r.language === 'en' ? '/sunlight/en/' : '/sunlight/'), r.url);
      assert.ok(!r.url.startsWith('/sunlight/sunlight/'));
      assert.equal(r.meta.url, r.url);
    }
    assert.ok(records.some((r) => r.url === '/sunlight/pages/about/' && r.meta.kind === 'page'));
    assert.ok(records.some((r) => r.url === '/sunlight/en/pages/about/' && r.meta.title === 'About'));
  });

  test('only configured locales are indexed', () => {
    const records = buildSearchRecords(dataset, options({ locales: ['zh-CN'] }));
    assert.ok(records.every((r) => r.language === 'zh-cn'));
  });

  test('the signals facet says 有 exactly for flagged partnerships', () => {
    const flagged = new Set(dataset.partnerships.filter((_, i) => i % 3 === 0).map((p) => p.id));
    const records = buildSearchRecords(dataset, options({ flagged, locales: ['zh-CN'] }));
    const yes = records.filter((r) => r.filters.signals?.[0] === 'yes').map((r) => r.url).sort();
    assert.deepEqual(yes, [...flagged].map((id) => `/projects/${encodeURIComponent(id)}/`).sort());
  });

  test(`the government facet is left out above ${GOVERNMENT_FACET_LIMIT} governments`, () => {
    const template = dataset.organizations.find((o) => o.kind === 'government');
    assert.ok(template);
    const existing = dataset.organizations.filter((o) => o.kind === 'government').length;
    const extra: Organization[] = Array.from({ length: GOVERNMENT_FACET_LIMIT + 1 - existing }, (_, i) => ({ ...template, id: `EXTRA-${i}`, name: `额外政府${i}` }));
    const big = { ...dataset, organizations: [...dataset.organizations, ...extra] };
    const records = buildSearchRecords(big, options());
    assert.ok(records.every((r) => r.filters.government === undefined));
    assert.ok(!facetOptions(big, { bands: fundingBands(BOUNDS), flagged: new Set(), hasPages: false }, 'zh-CN').some((f) => f.key === 'government'));
    // At the limit it is still there.
    const atLimit = { ...dataset, organizations: [...dataset.organizations, ...extra.slice(1)] };
    assert.ok(buildSearchRecords(atLimit, options()).some((r) => r.filters.government));
  });

  test('facet options are exactly the values the records carry', () => {
    const bands = fundingBands(BOUNDS);
    const records = buildSearchRecords(dataset, options({ locales: ['zh-CN'] }));
    for (const facet of facetOptions(dataset, { bands, flagged: new Set(), hasPages: false }, 'zh-CN')) {
      const carried = new Set(records.flatMap((r) => r.filters[facet.key] ?? []));
      assert.deepEqual([...facet.values].sort(), [...carried].sort(), facet.key);
    }
  });

  test('facet choices survive the page’s data-choices text, in order, with their labels', () => {
    const bands = fundingBands(BOUNDS);
    for (const facet of facetOptions(dataset, { bands, flagged: new Set(), hasPages: true }, 'zh-CN')) {
      // Labels as the page gives them: names are their own label, codes get a reader's word.
      const choices = facet.values.map((value) => ({ value, label: facet.key === 'district' || facet.key === 'year' ? value : `标签 ${value} "<&>` }));
      assert.deepEqual(decodeFacetChoices(encodeFacetChoices(choices)), choices, facet.key);
    }
    // A name is written once, not as value and label.
    assert.equal(encodeFacetChoices([{ value: '安湖区', label: '安湖区' }, { value: 'grant', label: '资助' }]), '["安湖区",["grant","资助"]]');
  });

  test('data-choices that are not a list of choices give no checkboxes rather than wrong ones', () => {
    assert.deepEqual(decodeFacetChoices(undefined), []);
    assert.deepEqual(decodeFacetChoices('not json'), []);
    assert.deepEqual(decodeFacetChoices('{"a":1}'), []);
    assert.deepEqual(decodeFacetChoices('[1, ["a"], ["b", 2], "c", ["d", "丁"]]'), [{ value: 'c', label: 'c' }, { value: 'd', label: '丁' }]);
  });

  test('the configured bands are used', () => {
    const records = buildSearchRecords(dataset, options({ bands: fundingBands(config.search.funding_bands_yuan) }));
    const codes = new Set(fundingBands(config.search.funding_bands_yuan).map((b) => b.code));
    for (const r of records) for (const b of r.filters.band ?? []) assert.ok(codes.has(b));
  });
});

describe('search URL state', () => {
  test('round trip in canonical order', () => {
    const state = parseSearchParams(new URLSearchParams('sort=amount-desc&mode=grant&q=%20养老%20&mode=purchase&mode=purchase&year=2024&unknown=1'));
    assert.deepEqual(state, { q: '养老', filters: { mode: ['grant', 'purchase'], year: ['2024'] }, sort: 'amount-desc' });
    assert.equal(toSearchParams(state).toString(), `q=${encodeURIComponent('养老')}&mode=grant&mode=purchase&year=2024&sort=amount-desc`);
  });

  test('an unknown sort falls back to relevance, which is left out of the URL', () => {
    const state = parseSearchParams(new URLSearchParams('q=a&sort=price'));
    assert.equal(state.sort, 'relevance');
    assert.equal(toSearchParams(state).toString(), 'q=a');
  });

  test('Pagefind query: any-of within a facet, sort key and direction, filter-only search', () => {
    assert.equal(pagefindQuery(parseSearchParams(new URLSearchParams(''))), null);
    assert.equal(pagefindQuery(parseSearchParams(new URLSearchParams('sort=date-asc'))), null);
    assert.deepEqual(pagefindQuery(parseSearchParams(new URLSearchParams('mode=purchase&mode=grant&sort=score-desc'))), {
      term: null,
      filters: { mode: { any: ['purchase', 'grant'] } },
      sort: { score: 'desc' },
    });
    assert.deepEqual(pagefindQuery(parseSearchParams(new URLSearchParams('q=街道'))), { term: '街道', filters: {}, sort: {} });
  });
});

describe('excerpt', () => {
  test('marks become marked runs; escaped markup stays text', () => {
    assert.deepEqual(parseExcerpt('东湖<mark>养老</mark> &lt;img src=x onerror=alert(1)&gt; &amp; <mark>关</mark><mark>爱</mark>'), [
      { text: '东湖', mark: false },
      { text: '养老', mark: true },
      { text: ' <img src=x onerror=alert(1)> & ', mark: false },
      { text: '关爱', mark: true },
    ]);
  });

  test('any other tag is dropped, not rendered', () => {
    assert.deepEqual(parseExcerpt('a<b>b</b><script>c</script>'), [{ text: 'abc', mark: false }]);
  });
});

describe('MDX text', () => {
  test('frontmatter is parsed; imports, components, expressions and Markdown punctuation are dropped', () => {
    const { frontmatter, text } = mdxText(
      '---\ntitle_zh: 关于本站\ntitle_en: About\norder: 1\n---\nimport X from "../x.astro";\n\n# 标题\n\n<X prop={1} />这是**正文**，见[链接](https://example.org)。{1 + 1}\n\n- 列表项\n',
    );
    assert.deepEqual(frontmatter, { title_zh: '关于本站', title_en: 'About', order: 1 });
    assert.equal(text, '标题 这是 正文 ，见链接。 列表项');
  });

  test('no frontmatter', () => {
    assert.deepEqual(mdxText('Plain *text*.'), { frontmatter: {}, text: 'Plain text .' });
  });
});
