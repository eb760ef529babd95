/** Presentation helpers in src/lib/format: money and dates as people read them, sorting, series. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseMoney, sumFen } from '../../src/lib/values/money.ts';
import {
  bandCounts,
  count,
  cumulativeByDate,
  feedbackUrl,
  formatDate,
  formatMillion,
  formatMonth,
  gradesByYear,
  hasChinese,
  headlineMoney,
  languageRuns,
  label,
  listingPath,
  localePath,
  localText,
  organizationRoute,
  pageCount,
  pageSlice,
  pageWindow,
  percentFromBp,
  scoreStats,
  sortPartnerships,
  ALL_SORTS,
  yuan,
} from '../../src/lib/format/index.ts';
import { MODES } from '../../src/lib/schema/vocabularies.ts';
import { loadSiteData } from '../../src/lib/dataset/load.ts';

describe('yuan', () => {
  it('prints exact amounts with the yuan sign and grouping', () => {
    assert.equal(yuan(123_456), '¥1,234.56');
    assert.equal(yuan(0), '¥0.00');
    assert.equal(yuan(5), '¥0.05');
    assert.equal(yuan(36_000_000), '¥360,000.00');
    assert.equal(yuan(-1_234), '-¥12.34');
  });

  it('round-trips through the parser for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (fen) => {
        const parsed = parseMoney(yuan(fen));
        assert.deepEqual(parsed, { ok: true, fen });
      }),
    );
  });
});

describe('headlineMoney', () => {
  it('uses 万元 in Chinese and million yuan in English, rounded half up', () => {
    assert.equal(headlineMoney(44_000_000, 'zh-CN'), '44.00万元');
    assert.equal(headlineMoney(44_000_000, 'en'), '¥0.44 million');
    assert.equal(headlineMoney(1_240_000_000, 'zh-CN'), '1,240.00万元');
    assert.equal(headlineMoney(1_240_000_000, 'en'), '¥12.40 million');
    assert.equal(headlineMoney(1_234_565_000, 'en'), '¥12.35 million');
    assert.equal(headlineMoney(1_234_549_999, 'en'), '¥12.35 million');
    assert.equal(headlineMoney(1_234_499_999, 'en'), '¥12.34 million');
  });

  it('shows small sums exactly', () => {
    assert.equal(headlineMoney(999_999, 'zh-CN'), '¥9,999.99');
    assert.equal(headlineMoney(999_999, 'en'), '¥9,999.99');
  });

  it('formatMillion agrees with integer division for whole millions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 90_000_000 }), (millions) => {
        assert.equal(formatMillion(millions * 100_000_000, 0), count(millions));
      }),
    );
  });
});

describe('percentFromBp and count', () => {
  it('drops trailing zeros', () => {
    assert.equal(percentFromBp(10_000), '100%');
    assert.equal(percentFromBp(8_533), '85.33%');
    assert.equal(percentFromBp(5_010), '50.1%');
    assert.equal(percentFromBp(7), '0.07%');
    assert.equal(percentFromBp(0), '0%');
  });

  it('groups counts', () => {
    assert.equal(count(1_234_567), '1,234,567');
    assert.equal(count(12), '12');
  });
});

describe('formatDate', () => {
  it('writes dates the way each locale reads them', () => {
    assert.equal(formatDate('2025-03-01', 'zh-CN'), '2025年3月1日');
    assert.equal(formatDate('2025-03-01', 'en'), '1 Mar 2025');
    assert.equal(formatDate('2024-12-31', 'en'), '31 Dec 2024');
    assert.equal(formatDate(null, 'en'), '');
    assert.equal(formatDate('not a date', 'zh-CN'), 'not a date');
    assert.equal(formatMonth('2025-11-02', 'zh-CN'), '2025年11月');
    assert.equal(formatMonth('2025-11-02', 'en'), 'Nov 2025');
  });
});

describe('labels', () => {
  it('labels codes per language and shows unknown codes as they are', () => {
    assert.equal(label(MODES, 'purchase', 'zh-CN'), '政府购买服务');
    assert.equal(label(MODES, 'purchase', 'en'), 'Purchase of services');
    assert.equal(label(MODES, 'mystery', 'en'), 'mystery');
    assert.equal(label(MODES, null, 'en'), '');
  });

  it('falls back to Chinese, and says so, when English is missing', () => {
    assert.deepEqual(localText('东湖', 'Donghu', 'en'), { text: 'Donghu', lang: 'en' });
    assert.deepEqual(localText('东湖', null, 'en'), { text: '东湖', lang: 'zh-CN' });
    assert.deepEqual(localText('东湖', '  ', 'en'), { text: '东湖', lang: 'zh-CN' });
    assert.deepEqual(localText('东湖', 'Donghu', 'zh-CN'), { text: '东湖', lang: 'zh-CN' });
  });
});

describe('feedbackUrl', () => {
  const template = 'https://feedback.example.org/form?project={id}&title={title}';
  it('fills in the id and title, URL-encoded', () => {
    const href = feedbackUrl(template, 'QH-2024-001', '东湖 & 养老?');
    assert.ok(href);
    const url = new URL(href);
    assert.equal(url.searchParams.get('project'), 'QH-2024-001');
    assert.equal(url.searchParams.get('title'), '东湖 & 养老?');
  });

  it('cannot be turned into an unsafe link by a title', () => {
    const href = feedbackUrl('{title}', 'x', 'javascript:alert(1)');
    assert.equal(href, undefined);
  });
});

describe('paths', () => {
  it('puts Chinese at the root and English under en/, under any base', () => {
    assert.equal(localePath('/', 'zh-CN', 'projects/'), '/projects/');
    assert.equal(localePath('/', 'en', 'projects/'), '/en/projects/');
    assert.equal(localePath('/sunlight/', 'en', ''), '/sunlight/en/');
    assert.equal(localePath('/sunlight', 'zh-CN', '/finance/'), '/sunlight/finance/');
  });

  it('sends governments to their own section', () => {
    assert.equal(organizationRoute({ id: 'A1', kind: 'government' }), 'governments/A1/');
    assert.equal(organizationRoute({ id: 'B2', kind: 'social' }), 'organizations/B2/');
    assert.equal(organizationRoute({ id: 'C3', kind: 'evaluator' }), 'organizations/C3/');
  });
});

describe('listing', () => {
  const item = (id: string, year: number, value: number, title: string) => ({
    id, year, contract_value: value, title, title_en: null, start_date: `${year}-01-01`,
  });
  const items = [item('b', 2024, 500, '乙'), item('a', 2024, 500, '甲'), item('c', 2023, 900, '丙'), item('d', 2025, 100, '丁')];

  it('sorts by the key, then by id ascending in either direction, so equal keys never shuffle', () => {
    assert.deepEqual(sortPartnerships(items, { key: 'year', dir: 'desc' }, 'zh-CN').map((p) => p.id), ['d', 'a', 'b', 'c']);
    assert.deepEqual(sortPartnerships(items, { key: 'value', dir: 'desc' }, 'zh-CN').map((p) => p.id), ['c', 'a', 'b', 'd']);
    assert.deepEqual(sortPartnerships(items, { key: 'value', dir: 'asc' }, 'zh-CN').map((p) => p.id), ['d', 'a', 'b', 'c']);
  });

  it('every sort is a permutation of the input', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.string(), year: fc.integer({ min: 2000, max: 2030 }), contract_value: fc.nat(), title: fc.string() }), { maxLength: 60 }), (raw) => {
        const list = raw.map((r, i) => ({ ...r, id: `${i}`, title_en: null, start_date: `${r.year}-01-01` }));
        for (const sort of ALL_SORTS) {
          const sorted = sortPartnerships(list, sort, 'zh-CN');
          assert.deepEqual([...sorted.map((p) => p.id)].sort(), [...list.map((p) => p.id)].sort());
        }
      }),
    );
  });

  it('paginates without losing or repeating a row', () => {
    const rows = Array.from({ length: 123 }, (_, i) => i);
    const pages = pageCount(rows.length, 50);
    assert.equal(pages, 3);
    assert.deepEqual(Array.from({ length: pages }, (_, i) => pageSlice(rows, i + 1, 50)).flat(), rows);
    assert.equal(pageCount(0, 50), 1);
  });

  it('has addresses for every sort and page', () => {
    assert.equal(listingPath({ key: 'year', dir: 'desc' }, 1), '');
    assert.equal(listingPath({ key: 'year', dir: 'desc' }, 2), 'page/2/');
    assert.equal(listingPath({ key: 'value', dir: 'asc' }, 1), 'sort/value-asc/');
    assert.equal(listingPath({ key: 'title', dir: 'desc' }, 3), 'sort/title-desc/page/3/');
  });

  it('keeps 10,000 partnerships to a few thousand listing pages', () => {
    assert.ok(ALL_SORTS.length * pageCount(10_000) * 2 <= 3_000);
  });

  it('windows page numbers around the current one', () => {
    assert.deepEqual(pageWindow(1, 1), [1]);
    assert.deepEqual(pageWindow(6, 20), [1, null, 4, 5, 6, 7, 8, null, 20]);
    assert.deepEqual(pageWindow(1, 4), [1, 2, 3, 4]);
  });
});

describe('cumulativeByDate', () => {
  it('runs disbursements minus refunds, and expenditure, per date', () => {
    const points = cumulativeByDate([
      { date: '2024-03-05', kind: 'disbursement', amount: 18_000_000 },
      { date: '2024-09-05', kind: 'disbursement', amount: 18_000_000 },
      { date: '2024-06-30', kind: 'expenditure', amount: 15_000_000 },
      { date: '2024-09-05', kind: 'refund', amount: 1_000_000 },
    ]);
    assert.deepEqual(points, [
      { date: '2024-03-05', disbursed: 18_000_000, spent: 0 },
      { date: '2024-06-30', disbursed: 18_000_000, spent: 15_000_000 },
      { date: '2024-09-05', disbursed: 35_000_000, spent: 15_000_000 },
    ]);
    assert.deepEqual(cumulativeByDate([]), []);
  });

  it('ends at each partnership’s published figures, for the whole dataset', async () => {
    const { dataset } = await loadSiteData(process.cwd());
    assert.ok(dataset.partnerships.length > 0);
    for (const p of dataset.partnerships) {
      const last = cumulativeByDate(p.transactions).at(-1) ?? { disbursed: 0, spent: 0 };
      assert.equal(last.disbursed, p.figures.disbursed, p.id);
      assert.equal(last.spent, p.figures.spent, p.id);
    }
  });
});

describe('evaluation counts', () => {
  const evals = [
    { kind: 'third_party', date: '2024-05-01', score: 92, grade: 'excellent' },
    { kind: 'third_party', date: '2024-06-01', score: 85.5, grade: 'good' },
    { kind: 'spot_check', date: '2025-01-01', score: 59.9, grade: 'fail' },
    { kind: 'survey', date: '2025-02-01', score: 100, grade: 'excellent' },
    { kind: 'self', date: '2025-03-01', score: null, grade: null },
  ];

  it('counts grades per year, leaving out surveys and ungraded ones', () => {
    assert.deepEqual(gradesByYear(evals), { '2024': { excellent: 1, good: 1 }, '2025': { fail: 1 } });
  });

  it('gives min, median and max of the scores', () => {
    assert.deepEqual(scoreStats(evals), { count: 5, scored: 4, min: 59.9, median: 88.8, max: 100 });
    assert.deepEqual(scoreStats([]), { count: 0, scored: 0, min: null, median: null, max: null });
  });

  it('puts every score in exactly one band', () => {
    assert.deepEqual(bandCounts(evals), [2, 1, 0, 1]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }).map((n) => n / 10)), (scores) => {
        const counts = bandCounts(scores.map((score) => ({ kind: 'third_party', date: '2024-01-01', score, grade: null })));
        assert.equal(sumFen(counts), scores.length);
      }),
    );
  });
});

describe('languageRuns', () => {
  it('splits English text that quotes Chinese into runs, with the CJK punctuation around the Chinese', () => {
    assert.deepEqual(languageRuns('a few "developed" organizations (过度合作化).'), [
      { text: 'a few "developed" organizations (', zh: false },
      { text: '过度合作化', zh: true },
      { text: ').', zh: false },
    ]);
    assert.deepEqual(languageRuns('one of: 政府部门/government、社会组织/social'), [
      { text: 'one of: ', zh: false },
      { text: '政府部门', zh: true },
      { text: '/government', zh: false },
      { text: '、社会组织', zh: true },
      { text: '/social', zh: false },
    ]);
    assert.deepEqual(languageRuns('合同金额（万元）'), [{ text: '合同金额（万元）', zh: true }]);
    assert.deepEqual(languageRuns('no Chinese, only （full-width） brackets'), [{ text: 'no Chinese, only （full-width） brackets', zh: false }]);
    assert.deepEqual(languageRuns(''), []);
    assert.equal(hasChinese('Qinghe 清河'), true);
    assert.equal(hasChinese('Qinghe（）'), false);
  });

  it('loses nothing: the runs join to the text, Chinese runs hold Chinese and the others none', () => {
    const piece = fc.constantFrom('社区', '养老', '（', '）', '、', 'care', ' ', '(', ')', '/', '2024', '。', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), (text) => {
        const runs = languageRuns(text);
        assert.equal(runs.map((r) => r.text).join(''), text);
        for (const run of runs) assert.equal(hasChinese(run.text), run.zh, JSON.stringify(run));
        for (let i = 1; i < runs.length; i++) assert.notEqual(runs[i]!.zh, runs[i - 1]!.zh, 'runs alternate');
      }),
    );
  });
});
