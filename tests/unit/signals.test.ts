import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  SIGNALS,
  SIGNAL_IDS,
  checkSignalOverrides,
  evaluateSignals,
  flagsForGovernment,
  flagsForOrganization,
  flagsForPartnership,
  indexFlags,
  resolveParams,
  signalById,
  type Flag,
  type SignalId,
  type SignalOverrides,
} from '../../src/lib/signals/index.ts';
import { deriveDataset } from '../../src/lib/pipeline.ts';
import { addMonths, percent } from '../../src/lib/signals/util.ts';
import { EVAL, GOV, GOV_B, ORG, ORG_2, ORG_3, dataset, rows, yuan, type Spec } from './signals-fixtures.ts';

const flags = (spec: Spec, id: SignalId, overrides: SignalOverrides = {}): Flag[] =>
  evaluateSignals(dataset(spec), overrides).filter((f) => f.signal === id);
const ids = (list: Flag[]) => list.map((f) => f.partnership_id);

describe('signal definitions', () => {
  test('every signal has a stable kebab-case id, bilingual texts and valid defaults', () => {
    assert.equal(new Set(SIGNAL_IDS).size, SIGNALS.length);
    for (const s of SIGNALS) {
      assert.match(s.id, /^[a-z]+(-[a-z]+)*$/);
      const def = s.definition(resolveParams(s));
      for (const text of [s.title, s.why, def]) {
        assert.ok(text.zh.length > 0 && text.en.length > 0, s.id);
        // Signals are worth a closer look, never accusations.
        assert.doesNotMatch(text.zh, /违规|违法|腐败/, s.id);
        assert.doesNotMatch(text.en, /violat|illegal|corrupt|fraud/i, s.id);
      }
      assert.deepEqual(checkSignalOverrides({ [s.id]: resolveParams(s) }), [], s.id);
    }
  });

  test('definitions carry the parameter values in use', () => {
    const s = signalById('finished-not-evaluated');
    assert.ok(s);
    assert.match(s.definition(resolveParams(s)).zh, /超过 90 天/);
    assert.match(s.definition(resolveParams(s, { 'finished-not-evaluated': { days: 120 } })).en, /more than 120 days/);
    const large = signalById('single-source-large');
    assert.ok(large);
    assert.match(large.definition(resolveParams(large)).zh, /高于 ¥200,000\.00/);
  });

  test('addMonths keeps the day, clamped to the end of shorter months', () => {
    assert.equal(addMonths('2024-03-15', 12), '2025-03-15');
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2023-11-30', 3), '2024-02-29');
    assert.equal(addMonths('2024-02-29', 12), '2025-02-28');
  });

  test('shares are written exactly from basis points', () => {
    assert.deepEqual([6250, 6667, 10000, 5, 0].map(percent), ['62.5%', '66.67%', '100%', '0.05%', '0%']);
  });
});

describe('over-disbursed', () => {
  test('raised when disbursements minus refunds exceed the contract value', () => {
    const found = flags({
      partnerships: [{ id: 'P1', contract_value: yuan(100_000) }],
      transactions: [
        { partnership_id: 'P1', date: '2024-03-01', amount: yuan(60_000) },
        { partnership_id: 'P1', date: '2024-06-01', amount: yuan(50_000) },
      ],
    }, 'over-disbursed');
    assert.equal(found.length, 1);
    assert.equal(found[0]?.partnership_id, 'P1');
    assert.deepEqual(found[0]?.facts, { disbursed_fen: yuan(110_000), contract_value_fen: yuan(100_000), excess_fen: yuan(10_000) });
    assert.equal(found[0]?.explanation.zh, '已拨付 ¥110,000.00，比合同金额 ¥100,000.00 多 ¥10,000.00。');
    assert.equal(found[0]?.explanation.en, '¥110,000.00 has been disbursed, ¥10,000.00 more than the contract value of ¥100,000.00.');
  });

  test('not raised when disbursed equals the contract value, or refunds bring it back within', () => {
    assert.deepEqual(flags({
      partnerships: [{ id: 'P1', contract_value: yuan(100_000) }, { id: 'P2', contract_value: yuan(100_000) }],
      transactions: [
        { partnership_id: 'P1', date: '2024-03-01', amount: yuan(100_000) },
        { partnership_id: 'P2', date: '2024-03-01', amount: yuan(120_000) },
        { partnership_id: 'P2', date: '2024-09-01', amount: yuan(20_000), kind: 'refund' },
      ],
    }, 'over-disbursed'), []);
  });
});

describe('payment-before-contract', () => {
  test('raised by a disbursement dated before signing', () => {
    const found = flags({
      partnerships: [{ id: 'P1', signed_on: '2024-02-01' }],
      transactions: [
        { partnership_id: 'P1', date: '2024-01-25', amount: yuan(10_000) },
        { partnership_id: 'P1', date: '2024-01-30', amount: yuan(5_000) },
        { partnership_id: 'P1', date: '2024-03-01', amount: yuan(50_000) },
      ],
    }, 'payment-before-contract');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]?.facts, { disbursements: 2, amount_fen: yuan(15_000), first_payment_date: '2024-01-25', signed_on: '2024-02-01', days_before: 7 });
  });

  test('not raised by a payment on the signing day, an early expenditure, or without a signing date', () => {
    assert.deepEqual(flags({
      partnerships: [{ id: 'P1', signed_on: '2024-02-01' }, { id: 'P2', signed_on: null }, { id: 'P3', signed_on: '2024-02-01' }],
      transactions: [
        { partnership_id: 'P1', date: '2024-02-01', amount: yuan(10_000) },
        { partnership_id: 'P2', date: '2023-01-01', amount: yuan(10_000) },
        { partnership_id: 'P3', date: '2024-01-01', amount: yuan(10_000), kind: 'expenditure' },
      ],
    }, 'payment-before-contract'), []);
  });
});

describe('finished-not-evaluated', () => {
  // as_of is the latest date in the data; updated_on sets it.
  const completed = (asOf: string, extra: Partial<Spec> = {}): Spec => ({
    partnerships: [{ id: 'P1', status: 'completed', end_date: '2024-12-31', updated_on: asOf }],
    ...extra,
  });

  test('raised 91 days after the end with no evaluation', () => {
    const found = flags(completed('2025-04-01'), 'finished-not-evaluated');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]?.facts, { end_date: '2024-12-31', as_of: '2025-04-01', days: 91 });
    assert.equal(found[0]?.explanation.zh, '项目于 2024-12-31 结束，到数据截止日 2025-04-01 已过 91 天，仍没有评估记录。');
  });

  test('not raised at exactly 90 days (more than 90 is required)', () => {
    assert.deepEqual(flags(completed('2025-03-31'), 'finished-not-evaluated'), []);
  });

  test('a satisfaction survey does not count as an evaluation; a spot check does', () => {
    const survey = completed('2025-06-30', { evaluations: [{ id: 'E1', partnership_id: 'P1', date: '2025-01-15', kind: 'survey', score: 92 }] });
    assert.deepEqual(ids(flags(survey, 'finished-not-evaluated')), ['P1']);
    const spot = completed('2025-06-30', { evaluations: [{ id: 'E1', partnership_id: 'P1', date: '2025-01-15', kind: 'spot_check', evaluator_id: GOV, grade: 'pass' }] });
    assert.deepEqual(flags(spot, 'finished-not-evaluated'), []);
  });

  test('only completed partnerships; without end date the closure event is used', () => {
    assert.deepEqual(flags({ partnerships: [{ id: 'P1', status: 'terminated', end_date: '2024-01-31', updated_on: '2025-06-30' }] }, 'finished-not-evaluated'), []);
    const byEvent = flags({
      partnerships: [{ id: 'P1', status: 'completed', end_date: null, updated_on: '2025-06-30' }],
      events: [{ partnership_id: 'P1', stage: 'closure', date: '2025-01-10' }],
    }, 'finished-not-evaluated');
    assert.equal(byEvent[0]?.facts.end_date, '2025-01-10');
    assert.equal(byEvent[0]?.facts.days, 171);
  });

  test('config override of days changes the result', () => {
    assert.deepEqual(flags(completed('2025-04-01'), 'finished-not-evaluated', { 'finished-not-evaluated': { days: 120 } }), []);
    assert.equal(flags(completed('2025-03-01'), 'finished-not-evaluated', { 'finished-not-evaluated': { days: 30 } }).length, 1);
  });
});

describe('fail-then-award', () => {
  const failed = (...awards: Spec['partnerships']): Spec => ({
    partnerships: [{ id: 'P1', signed_on: '2023-02-01' }, ...awards],
    evaluations: [{ id: 'E1', partnership_id: 'P1', date: '2024-03-15', grade: 'fail', score: 52 }],
  });

  test('raised on a new award to the same lead by the same government exactly 12 months later', () => {
    const found = flags(failed({ id: 'P2', signed_on: '2025-03-15' }), 'fail-then-award');
    assert.deepEqual(ids(found), ['P2']);
    assert.deepEqual(found[0]?.facts, { failed_evaluation_id: 'E1', failed_evaluation_date: '2024-03-15', failed_partnership_id: 'P1', award_date: '2025-03-15' });
    assert.equal(found[0]?.organization_id, ORG);
    assert.equal(found[0]?.explanation.zh, '乐龄社工中心承接的项目 P1 在 2024-03-15 的评估（E1）为不合格，2025-03-15 同一政府方又与其签订本项目。');
  });

  test('cites the most recent failure of another partnership, never the award\'s own', () => {
    const found = flags({
      partnerships: [{ id: 'P1', signed_on: '2023-02-01' }, { id: 'P2', signed_on: '2023-03-01' }, { id: 'P3', signed_on: '2024-08-01' }],
      evaluations: [
        { id: 'E1', partnership_id: 'P1', date: '2024-01-10', grade: 'fail' },
        { id: 'E2', partnership_id: 'P2', date: '2024-04-10', grade: 'fail' },
        { id: 'E3', partnership_id: 'P3', date: '2024-07-01', grade: 'fail' },
      ],
    }, 'fail-then-award');
    assert.deepEqual(found.map((f) => [f.partnership_id, f.facts.failed_evaluation_id]), [['P3', 'E2']]);
  });

  test('uses the start date when there is no signing date', () => {
    assert.deepEqual(ids(flags(failed({ id: 'P2', signed_on: null, start_date: '2024-05-01' }), 'fail-then-award')), ['P2']);
  });

  test('not raised 12 months and a day later, 13 months later, before the failure, or for another lead or government', () => {
    assert.deepEqual(flags(failed(
      { id: 'P2', signed_on: '2025-03-16' },
      { id: 'P3', signed_on: '2025-04-15' },
      { id: 'P4', signed_on: '2024-03-14' },
      { id: 'P5', signed_on: '2024-06-01', lead: ORG_2 },
      { id: 'P6', signed_on: '2024-06-01', government_id: GOV_B },
    ), 'fail-then-award'), []);
  });

  test('a passing grade does not raise it', () => {
    const spec = failed({ id: 'P2', signed_on: '2024-06-01' });
    spec.evaluations = [{ id: 'E1', partnership_id: 'P1', date: '2024-03-15', grade: 'pass', score: 65 }];
    assert.deepEqual(flags(spec, 'fail-then-award'), []);
  });

  test('config override of months changes the result', () => {
    assert.deepEqual(ids(flags(failed({ id: 'P3', signed_on: '2025-04-15' }), 'fail-then-award', { 'fail-then-award': { months: 13 } })), ['P3']);
    assert.deepEqual(flags(failed({ id: 'P2', signed_on: '2024-09-15' }), 'fail-then-award', { 'fail-then-award': { months: 3 } }), []);
  });
});

describe('evaluator-not-independent', () => {
  test('raised when a third-party evaluator is the government or a partner', () => {
    const found = flags({
      partnerships: [{ id: 'P1' }, { id: 'P2', partners: [{ organization_id: ORG, role: 'lead' }, { organization_id: ORG_3, role: 'supervisor' }] }],
      evaluations: [
        { id: 'E1', partnership_id: 'P1', date: '2024-12-01', evaluator_id: GOV },
        { id: 'E2', partnership_id: 'P2', date: '2024-12-01', evaluator_id: ORG_3 },
      ],
    }, 'evaluator-not-independent');
    assert.deepEqual(found.map((f) => [f.partnership_id, f.facts.evaluation_id, f.facts.relation]), [['P1', 'E1', 'government'], ['P2', 'E2', 'supervisor']]);
    assert.equal(found[0]?.explanation.zh, '2024-12-01 的第三方评估（E1）由东湖街道办事处开展，而它正是本项目的政府方。');
    assert.equal(found[1]?.explanation.en, 'The third-party evaluation of 2024-12-01 (E2) was carried out by ORG-3 (en), which is this partnership\'s supervisor.');
  });

  test('not raised for an independent evaluator, a spot check by the government or a self-evaluation', () => {
    assert.deepEqual(flags({
      partnerships: [{ id: 'P1' }],
      evaluations: [
        { id: 'E1', partnership_id: 'P1', date: '2024-12-01', evaluator_id: EVAL },
        { id: 'E2', partnership_id: 'P1', date: '2024-12-02', evaluator_id: GOV, kind: 'spot_check' },
        { id: 'E3', partnership_id: 'P1', date: '2024-12-03', evaluator_id: ORG, kind: 'self' },
        { id: 'E4', partnership_id: 'P1', date: '2024-12-04', evaluator_id: GOV_B },
      ],
    }, 'evaluator-not-independent'), []);
  });
});

describe('single-source-large', () => {
  test('raised above ¥200,000.00; exactly the threshold does not raise it', () => {
    const found = flags({
      partnerships: [
        { id: 'P1', procurement_method: 'single_source', contract_value: yuan(200_000) + 1 },
        { id: 'P2', procurement_method: 'single_source', contract_value: yuan(200_000) },
        { id: 'P3', procurement_method: 'open_tender', contract_value: yuan(900_000) },
      ],
    }, 'single-source-large');
    assert.deepEqual(ids(found), ['P1']);
    assert.deepEqual(found[0]?.facts, { contract_value_fen: 20_000_001, threshold_fen: 20_000_000 });
    assert.equal(found[0]?.explanation.zh, '以单一来源方式签订，合同金额 ¥200,000.01，高于 ¥200,000.00。');
  });

  test('config override of the amount changes the result', () => {
    const spec: Spec = { partnerships: [{ id: 'P1', procurement_method: 'single_source', contract_value: yuan(150_000) }] };
    assert.deepEqual(flags(spec, 'single-source-large'), []);
    assert.deepEqual(ids(flags(spec, 'single-source-large', { 'single-source-large': { amount_yuan: 100_000 } })), ['P1']);
  });
});

describe('single-source-repeat', () => {
  const ss = (id: string, signed_on: string, extra = {}) => ({ id, signed_on, procurement_method: 'single_source' as const, ...extra });

  test('flags each later single-source award within 12 months (inclusive), not the first', () => {
    const found = flags({ partnerships: [ss('P1', '2024-01-10'), ss('P2', '2024-07-01'), ss('P3', '2025-01-10')] }, 'single-source-repeat');
    assert.deepEqual(ids(found), ['P2', 'P3']);
    assert.deepEqual(found[1]?.facts, { award_date: '2025-01-10', awards_in_window: 3, earlier_partnership_ids: ['P1', 'P2'], first_award_date: '2024-01-10' });
    assert.equal(found[1]?.explanation.en, 'Awarded by single source to ORG-1 (en) on 2025-01-10; in the 12 months before, the same government had already given it 2 single-source partnerships (P1, P2).');
  });

  test('not raised 12 months and a day apart, across leads or governments, or with a competitive award between', () => {
    assert.deepEqual(flags({
      partnerships: [
        ss('P1', '2024-01-10'),
        ss('P2', '2025-01-11'),
        ss('P3', '2024-03-01', { lead: ORG_2 }),
        ss('P4', '2024-03-01', { government_id: GOV_B }),
        { id: 'P5', signed_on: '2024-02-01', procurement_method: 'competitive_consultation' },
      ],
    }, 'single-source-repeat'), []);
  });

  test('config override of the window changes the result', () => {
    const spec: Spec = { partnerships: [ss('P1', '2024-01-10'), ss('P2', '2025-01-11')] };
    assert.deepEqual(ids(flags(spec, 'single-source-repeat', { 'single-source-repeat': { months: 13 } })), ['P2']);
  });
});

describe('dominant-partner', () => {
  test('raised when one organization holds more than half of a government\'s funds in a year', () => {
    const found = flags({
      partnerships: [
        { id: 'P1', contract_value: yuan(60_000) },
        { id: 'P2', contract_value: yuan(40_000), lead: ORG_2 },
        { id: 'P3', contract_value: yuan(500_000), lead: ORG_3, signed_on: '2023-05-01' },
      ],
    }, 'dominant-partner');
    assert.equal(found.length, 1);
    const f = found[0];
    assert.equal(f?.partnership_id, null);
    assert.equal(f?.government_id, GOV);
    assert.equal(f?.organization_id, ORG);
    assert.equal(f?.year, 2024);
    assert.deepEqual(f?.facts, { organization_fen: yuan(60_000), total_fen: yuan(100_000), share_bp: 6000, partnerships: 2, organizations: 2, partnership_ids: ['P1'] });
    assert.equal(f?.explanation.zh, '2024 年，东湖街道办事处的合作资金 ¥100,000.00 中，乐龄社工中心获得 ¥60,000.00，占 60%（当年共 2 个项目、2 家组织）。');
  });

  test('exactly 50% does not raise it', () => {
    assert.deepEqual(flags({ partnerships: [{ id: 'P1', contract_value: yuan(50_000) }, { id: 'P2', contract_value: yuan(50_000), lead: ORG_2 }] }, 'dominant-partner'), []);
  });

  test('a government with a single award that year is not checked; two awards to one organization are', () => {
    assert.deepEqual(flags({ partnerships: [{ id: 'P1' }, { id: 'P2', government_id: GOV_B }] }, 'dominant-partner'), []);
    const two = flags({ partnerships: [{ id: 'P1' }, { id: 'P2', signed_on: '2024-09-01' }] }, 'dominant-partner');
    assert.deepEqual(two.map((f) => [f.facts.share_bp, f.facts.partnership_ids]), [[10000, ['P1', 'P2']]]);
  });

  test('one partnership shared by two organizations counts as two organizations', () => {
    const found = flags({
      partnerships: [{ id: 'P1', contract_value: yuan(100_000), partners: [{ organization_id: ORG, role: 'lead', share: yuan(70_000) }, { organization_id: ORG_2, role: 'partner', share: yuan(30_000) }] }],
    }, 'dominant-partner');
    assert.deepEqual(found.map((f) => [f.organization_id, f.facts.share_bp]), [[ORG, 7000]]);
  });

  test('config overrides of the share and the minimum change the result', () => {
    const spec: Spec = { partnerships: [{ id: 'P1', contract_value: yuan(60_000) }, { id: 'P2', contract_value: yuan(40_000), lead: ORG_2 }] };
    assert.deepEqual(flags(spec, 'dominant-partner', { 'dominant-partner': { share_percent: 60 } }), []);
    assert.equal(flags(spec, 'dominant-partner', { 'dominant-partner': { share_percent: 59.99 } }).length, 1);
    assert.deepEqual(flags(spec, 'dominant-partner', { 'dominant-partner': { min_count: 3 } }), []);
    // A lower share can flag more than one organization.
    assert.deepEqual(flags(spec, 'dominant-partner', { 'dominant-partner': { share_percent: 30 } }).map((f) => f.organization_id), [ORG, ORG_2]);
  });
});

describe('no-acceptance-criteria', () => {
  const spec: Spec = {
    partnerships: [{ id: 'P1' }, { id: 'P2' }],
    tasks: [
      { partnership_id: 'P1', seq: 1 },
      { partnership_id: 'P1', seq: 2, acceptance_criteria: null },
      { partnership_id: 'P1', seq: 3, acceptance_criteria: '  ' },
      { partnership_id: 'P1', seq: 4, acceptance_criteria: null, status: 'cancelled' },
      { partnership_id: 'P2', seq: 1 },
      { partnership_id: 'P2', seq: 2, acceptance_criteria: null, status: 'cancelled' },
    ],
  };

  test('raised with the count of tasks without criteria (cancelled tasks left out)', () => {
    const found = flags(spec, 'no-acceptance-criteria');
    assert.deepEqual(ids(found), ['P1']);
    assert.deepEqual(found[0]?.facts, { tasks_without_criteria: 2, tasks: 3, task_seqs: ['2', '3'] });
    assert.equal(found[0]?.explanation.zh, '事务清单 3 项中有 2 项没有验收标准（序号 2、3）。');
  });

  test('config override of the minimum changes the result', () => {
    assert.deepEqual(flags(spec, 'no-acceptance-criteria', { 'no-acceptance-criteria': { min_tasks: 3 } }), []);
  });
});

describe('late-publication', () => {
  test('raised 31 days after signing; exactly 30 days does not raise it', () => {
    const found = flags({
      partnerships: [
        { id: 'P1', signed_on: '2024-02-01', published_on: '2024-03-03' },
        { id: 'P2', signed_on: '2024-02-01', published_on: '2024-03-02' },
        { id: 'P3', signed_on: '2024-02-01', published_on: null },
        { id: 'P4', signed_on: null, published_on: '2024-12-01' },
      ],
    }, 'late-publication');
    assert.deepEqual(ids(found), ['P1']);
    assert.deepEqual(found[0]?.facts, { signed_on: '2024-02-01', published_on: '2024-03-03', days: 31 });
  });

  test('config override of days changes the result', () => {
    const spec: Spec = { partnerships: [{ id: 'P1', signed_on: '2024-02-01', published_on: '2024-03-03' }] };
    assert.deepEqual(flags(spec, 'late-publication', { 'late-publication': { days: 31 } }), []);
  });
});

describe('evaluateSignals', () => {
  const spec: Spec = {
    partnerships: [
      { id: 'P2', procurement_method: 'single_source', contract_value: yuan(300_000), signed_on: '2024-02-01', published_on: '2024-05-01' },
      { id: 'P1', contract_value: yuan(10_000), signed_on: '2024-03-01' },
      { id: 'P3', lead: ORG_2, contract_value: yuan(10_000), published_on: '2024-04-01' },
    ],
    transactions: [{ partnership_id: 'P1', date: '2024-02-01', amount: yuan(20_000) }],
  };

  test('sorted by signal order, then partnership id', () => {
    const all = evaluateSignals(dataset(spec));
    assert.deepEqual(all.map((f) => [f.signal, f.partnership_id]), [
      ['over-disbursed', 'P1'],
      ['payment-before-contract', 'P1'],
      ['single-source-large', 'P2'],
      ['dominant-partner', null],
      ['late-publication', 'P2'],
      ['late-publication', 'P3'],
    ]);
  });

  test('deterministic: the same rows in another order give identical output', () => {
    const a = evaluateSignals(dataset(spec));
    const shuffled = rows(spec);
    shuffled.partnerships.reverse();
    shuffled.partners.reverse();
    assert.equal(JSON.stringify(evaluateSignals(deriveDataset(shuffled))), JSON.stringify(a));
  });

  test('lookups by partnership, organization and government', () => {
    const all = evaluateSignals(dataset(spec));
    assert.deepEqual(flagsForPartnership(all, 'P2').map((f) => f.signal), ['single-source-large', 'dominant-partner', 'late-publication']);
    assert.deepEqual(flagsForPartnership(all, 'P3').map((f) => f.signal), ['late-publication']);
    assert.deepEqual(flagsForOrganization(all, ORG_2).map((f) => f.partnership_id), ['P3']);
    assert.equal(flagsForGovernment(all, GOV).length, all.length);
    assert.deepEqual(flagsForGovernment(all, GOV_B), []);
    const index = indexFlags(all);
    assert.deepEqual(index.byPartnership.get('P2'), flagsForPartnership(all, 'P2'));
    assert.equal(index.byPartnership.has('P4'), false);
    for (const org of new Set(all.map((f) => f.organization_id))) assert.deepEqual(index.byOrganization.get(org!), flagsForOrganization(all, org!), org);
    assert.deepEqual(index.byOrganization.get(ORG_2)?.map((f) => f.partnership_id), ['P3']);
    assert.equal(index.byOrganization.has(GOV_B), false);
    assert.deepEqual([...index.bySignal.keys()], SIGNAL_IDS);
    assert.equal(index.bySignal.get('late-publication')?.length, 2);
    assert.deepEqual(index.bySignal.get('fail-then-award'), []);
  });

  test('invalid overrides are reported with exact messages and refused', () => {
    const bad = { 'late-publicaton': { days: 10 }, 'late-publication': { day: 10, days: 1.5 }, 'over-disbursed': { x: 1 }, 'dominant-partner': { share_percent: 120, min_count: 0 } };
    assert.deepEqual(checkSignalOverrides(bad), [
      { field: 'signals.dominant-partner.min_count', message: { zh: '不能小于 1', en: 'must be at least 1' } },
      { field: 'signals.dominant-partner.share_percent', message: { zh: '不能大于 100', en: 'must be at most 100' } },
      { field: 'signals.late-publication.day', message: { zh: '该信号没有这个参数；可用的有：days', en: 'this signal has no such parameter; known: days' } },
      { field: 'signals.late-publication.days', message: { zh: '必须是整数', en: 'must be a whole number' } },
      { field: 'signals.late-publicaton', message: { zh: `没有这个信号；可用的有：${SIGNAL_IDS.join('、')}`, en: `no such signal; known signals: ${SIGNAL_IDS.join(', ')}` } },
      { field: 'signals.over-disbursed.x', message: { zh: '该信号没有可调整的参数', en: 'this signal has no parameters' } },
    ]);
    assert.deepEqual(checkSignalOverrides({ 'dominant-partner': { share_percent: 33.333 } }).map((p) => p.message.en), ['at most two decimal places']);
    assert.throws(() => evaluateSignals(dataset(spec), { 'late-publication': { day: 10 } }), {
      message: 'content/portal.yaml: signals.late-publication.day: 该信号没有这个参数；可用的有：days / this signal has no such parameter; known: days',
    });
  });
});
