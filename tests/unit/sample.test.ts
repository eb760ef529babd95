/**
 * The sample in content/ is what the site, the screenshots and the e2e tests show: it must validate,
 * cover every vocabulary a reader can filter by, keep its totals equal to the sum of their parts, and
 * keep one unambiguous case of each integrity signal (see scripts/make-sample.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadConfig } from '../../src/lib/config/load.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import type { Dataset, Partnership } from '../../src/lib/dataset/types.ts';
import * as v from '../../src/lib/schema/vocabularies.ts';
import { checkUscc } from '../../src/lib/values/uscc.ts';
import { addDays, daysBetween, yearOf } from '../../src/lib/values/dates.ts';

const root = path.resolve(import.meta.dirname, '../..');
const TODAY = '2025-12-31';

async function load() {
  const config = await loadConfig(root);
  assert.ok(config.ok, 'content/portal.yaml loads');
  return runPipeline({ root, config: config.config });
}

const result = await load();
const dataset = result.dataset as Dataset;
const byId = (id: string): Partnership => {
  const p = dataset.partnerships.find((x) => x.id === id);
  assert.ok(p, `partnership ${id} exists`);
  return p;
};

test('the sample validates with no errors and at most two intentional warnings', () => {
  assert.equal(result.errors, 0, result.issues.map((i) => `${i.file}:${i.row} ${i.field} ${i.message.en}`).join('\n'));
  assert.ok(result.warnings <= 2, `warnings: ${result.warnings}`);
  for (const issue of result.issues) assert.equal(issue.code, 'budget_mismatch');
});

test('the sample has about 60 partnerships and 25 organizations of every kind', () => {
  assert.ok(dataset.partnerships.length >= 55 && dataset.partnerships.length <= 70, `${dataset.partnerships.length} partnerships`);
  assert.ok(dataset.organizations.length >= 22 && dataset.organizations.length <= 30, `${dataset.organizations.length} organizations`);
  const subtypes = new Set(dataset.organizations.map((o) => o.subtype));
  for (const s of ['district_bureau', 'street_office', 'township', 'social_group', 'social_service', 'foundation', 'community_org', 'evaluation_firm'] as const) {
    assert.ok(subtypes.has(s), `subtype ${s}`);
  }
  for (const o of dataset.organizations) {
    assert.deepEqual(checkUscc(o.id), { ok: true }, `${o.id} is a valid USCC`);
    assert.equal(o.uscc, o.id);
    assert.ok(o.name_en, `${o.name} has an English name`);
  }
  for (const p of dataset.partnerships) assert.ok(p.title_en, `${p.id} has an English title`);
});

test('the sample covers every mode, field, status, procurement method, funding source and evaluation kind', () => {
  const seen = (values: Iterable<string | null>) => new Set(values);
  const cases: [string, readonly string[], Set<string | null>][] = [
    ['mode', v.MODES.codes, seen(dataset.partnerships.map((p) => p.mode))],
    ['field', v.FIELDS.codes, seen(dataset.partnerships.map((p) => p.field))],
    ['status', v.STATUSES.codes, seen(dataset.partnerships.map((p) => p.status))],
    ['procurement_method', v.PROCUREMENT_METHODS.codes, seen(dataset.partnerships.map((p) => p.procurement_method))],
    ['funding_source', v.FUNDING_SOURCES.codes, seen(dataset.partnerships.map((p) => p.funding_source))],
    ['evaluation kind', v.EVALUATION_KINDS.codes, seen(dataset.partnerships.flatMap((p) => p.evaluations.map((e) => e.kind)))],
    ['grade', v.GRADES.codes, seen(dataset.partnerships.flatMap((p) => p.evaluations.map((e) => e.grade)))],
    ['partner role', v.PARTNER_ROLES.codes, seen(dataset.partnerships.flatMap((p) => p.partners.map((x) => x.role)))],
    ['transaction kind', v.TRANSACTION_KINDS.codes, seen(dataset.partnerships.flatMap((p) => p.transactions.map((t) => t.kind)))],
    ['stage', v.STAGES.codes, seen(dataset.partnerships.flatMap((p) => p.events.map((e) => e.stage)))],
    ['task status', v.TASK_STATUSES.codes, seen(dataset.partnerships.flatMap((p) => p.tasks.map((t) => t.status)))],
    ['year', ['2022', '2023', '2024', '2025'], seen(dataset.partnerships.map((p) => String(p.year)))],
  ];
  for (const [name, codes, values] of cases) for (const code of codes) assert.ok(values.has(code), `${name} ${code} appears`);
  const meetings = seen(dataset.partnerships.flatMap((p) => p.meetings.map((m) => m.kind)));
  assert.ok(meetings.has('consultation') && meetings.has('hearing'));
});

test('every total equals the sum of its parts, recomputed from the partnerships', () => {
  const t = dataset.totals;
  const ps = dataset.partnerships;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const group = (key: (p: Partnership) => string) => {
    const m: Record<string, number> = {};
    for (const p of ps) m[key(p)] = (m[key(p)] ?? 0) + p.contract_value;
    return m;
  };
  const nested = (outer: (p: Partnership) => string, inner: (p: Partnership) => string) => {
    const m: Record<string, Record<string, number>> = {};
    for (const p of ps) {
      const o = (m[outer(p)] ??= {});
      o[inner(p)] = (o[inner(p)] ?? 0) + p.contract_value;
    }
    return m;
  };
  const fen = (p: Partnership, kind: string) => sum(p.transactions.filter((x) => x.kind === kind).map((x) => x.amount));

  for (const p of ps) {
    assert.ok(Number.isSafeInteger(p.contract_value) && p.contract_value >= 2_000_000 && p.contract_value <= 150_000_000, `${p.id} value`);
    assert.equal(p.year, yearOf(p.signed_on ?? p.start_date));
    assert.equal(p.figures.disbursements, fen(p, 'disbursement'));
    assert.equal(p.figures.refunds, fen(p, 'refund'));
    assert.equal(p.figures.disbursed, fen(p, 'disbursement') - fen(p, 'refund'));
    assert.equal(p.figures.spent, fen(p, 'expenditure'));
    assert.equal(p.figures.budget_total, sum(p.budget_lines.map((l) => l.amount)));
    assert.equal(sum(p.partners.map((x) => x.attributed)), p.contract_value, `${p.id} attribution adds up`);
  }
  assert.equal(t.partnerships, ps.length);
  assert.equal(t.organizations, dataset.organizations.length);
  assert.equal(t.social_organizations, dataset.organizations.filter((o) => o.kind === 'social').length);
  assert.equal(t.governments, dataset.organizations.filter((o) => o.kind === 'government').length);
  assert.equal(t.contract_value, sum(ps.map((p) => p.contract_value)));
  assert.equal(t.disbursed, sum(ps.map((p) => fen(p, 'disbursement') - fen(p, 'refund'))));
  assert.equal(t.spent, sum(ps.map((p) => fen(p, 'expenditure'))));
  assert.deepEqual(t.by_year, group((p) => String(p.year)));
  assert.deepEqual(t.by_mode, group((p) => p.mode));
  assert.deepEqual(t.by_field, group((p) => p.field));
  assert.deepEqual(t.by_district, group((p) => p.district));
  assert.deepEqual(t.by_funding_source, group((p) => p.funding_source));
  assert.deepEqual(t.by_year_mode, nested((p) => String(p.year), (p) => p.mode));
  assert.deepEqual(t.by_year_field, nested((p) => String(p.year), (p) => p.field));
  for (const parts of [t.by_year, t.by_mode, t.by_field, t.by_district, t.by_funding_source]) assert.equal(sum(Object.values(parts)), t.contract_value);
  const completed = ps.filter((p) => p.status === 'completed');
  assert.equal(t.finished, completed.length);
  assert.equal(t.finished_evaluated, completed.filter((p) => p.evaluations.some((e) => e.kind !== 'survey')).length);
  assert.equal(t.evaluations, sum(ps.map((p) => p.evaluations.length)));
  assert.equal(t.transactions, sum(ps.map((p) => p.transactions.length)));

  // Organization figures add up to the same money from the other side.
  const governments = dataset.organizations.filter((o) => o.as_government);
  assert.equal(sum(governments.map((o) => o.as_government?.committed_total ?? 0)), t.contract_value);
  assert.equal(sum(dataset.organizations.map((o) => o.as_partner?.attributed_total ?? 0)), t.contract_value);
  for (const o of governments) {
    const g = o.as_government!;
    assert.equal(sum(Object.values(g.committed_by_year)), g.committed_total);
    assert.equal(sum(Object.values(g.by_partner)), g.committed_total);
  }
});

test('dates are consistent and nothing is later than 2025-12-31', () => {
  assert.ok(dataset.as_of <= TODAY, `as_of ${dataset.as_of}`);
  for (const p of dataset.partnerships) {
    if (p.signed_on) {
      assert.ok(p.applied_on === null || p.applied_on < p.signed_on, `${p.id} applied before signing`);
      assert.ok(p.start_date >= p.signed_on, `${p.id} starts after signing`);
    }
    assert.ok(!p.end_date || p.end_date > p.start_date, `${p.id} ends after it starts`);
    for (const d of [...p.events.map((e) => e.date), ...p.evaluations.map((e) => e.date), ...p.transactions.map((x) => x.date)]) assert.ok(d <= TODAY, `${p.id} ${d}`);
    if (['applied', 'approved'].includes(p.status)) assert.equal(p.transactions.length, 0, `${p.id} has no money before a contract`);
    if (p.status === 'completed' && p.id !== 'QH-2023-012') assert.ok(p.figures.disbursed <= p.contract_value, `${p.id} disbursed within the contract`);
  }
});

test('links point only at example hosts', () => {
  const urls = [
    ...dataset.organizations.map((o) => o.website),
    ...dataset.partnerships.flatMap((p) => [...p.documents.map((d) => d.url), ...p.evaluations.map((e) => e.report_url), ...p.meetings.map((m) => m.minutes_url), ...p.events.map((e) => e.document_url)]),
  ].filter((u): u is string => Boolean(u));
  assert.ok(urls.length > 100);
  for (const u of urls) assert.match(new URL(u).hostname, /(^|\.)example\.(org|com|gov\.cn)$/, u);
});

test('the sample keeps one unambiguous case of each integrity signal', () => {
  const ps = dataset.partnerships;
  const only = (name: string, ids: string[], expected: string[]) => assert.deepEqual(ids.sort(), expected, name);

  only('over-disbursed', ps.filter((p) => p.figures.disbursed > p.contract_value).map((p) => p.id), ['QH-2023-012']);
  only('completed long ago, never evaluated', ps.filter((p) => p.status === 'completed' && p.end_date && daysBetween(p.end_date, TODAY) > 90 && p.evaluations.length === 0).map((p) => p.id), ['QH-2023-014']);
  only('single source above 200,000 元', ps.filter((p) => p.procurement_method === 'single_source' && p.contract_value > 20_000_000).map((p) => p.id), ['QH-2024-001']);
  only('task without acceptance criteria', ps.filter((p) => p.tasks.some((x) => !x.acceptance_criteria)).map((p) => p.id), ['QH-2025-001']);
  only('third-party evaluator who is a party', ps.filter((p) => p.evaluations.some((e) => e.kind === 'third_party' && (e.evaluator_id === p.government_id || p.partners.some((x) => x.organization_id === e.evaluator_id)))).map((p) => p.id), ['QH-2023-005']);
  only('disbursed before signing', ps.filter((p) => p.signed_on && p.transactions.some((x) => x.kind === 'disbursement' && x.date < (p.signed_on as string))).map((p) => p.id), ['QH-2022-005']);
  only('published over 30 days after signing', ps.filter((p) => p.signed_on && p.published_on && daysBetween(p.signed_on, p.published_on) > 30).map((p) => p.id), ['QH-2023-001']);

  const followUps: string[] = [];
  for (const p of ps) for (const e of p.evaluations.filter((x) => x.grade === 'fail')) {
    for (const q of ps) if (q.government_id === p.government_id && q.lead_organization_id === p.lead_organization_id && q.signed_on && q.signed_on > e.date && q.signed_on <= addDays(e.date, 365)) followUps.push(`${p.id}>${q.id}`);
  }
  only('fail followed by a new award', followUps, ['QH-2023-011>QH-2024-011']);

  const repeats: string[] = [];
  const single = ps.filter((p) => p.procurement_method === 'single_source' && p.signed_on);
  for (const a of single) for (const b of single) {
    if (a.id < b.id && a.government_id === b.government_id && a.lead_organization_id === b.lead_organization_id && Math.abs(daysBetween(a.signed_on as string, b.signed_on as string)) <= 365) repeats.push(`${a.id}+${b.id}`);
  }
  only('repeated single-source awards', repeats, ['QH-2024-015+QH-2025-015']);

  const concentrated: string[] = [];
  for (const o of dataset.organizations) {
    if (!o.as_government) continue;
    for (const year of Object.keys(o.as_government.committed_by_year)) {
      const list = ps.filter((p) => p.government_id === o.id && String(p.year) === year);
      const total = list.reduce((a, p) => a + p.contract_value, 0);
      const perOrg = new Map<string, number>();
      for (const p of list) for (const x of p.partners) perOrg.set(x.organization_id, (perOrg.get(x.organization_id) ?? 0) + x.attributed);
      for (const [org, fen] of perOrg) if (fen * 2 > total) concentrated.push(`${o.name}/${year}/${dataset.organizations.find((x) => x.id === org)?.name}`);
    }
  }
  only('more than half of a government\'s money in a year', concentrated, ['清河区东湖街道办事处/2024/清河区乐龄社会工作服务中心']);

  const newcomers = dataset.organizations.filter((o) => o.kind === 'social' && o.as_partner && (o.as_partner.first_year ?? 0) >= 2024).map((o) => o.name);
  only('newcomers funded first in 2024–2025', newcomers, ['柳溪镇乡村振兴社会工作服务站']);
  assert.equal(dataset.organizations.filter((o) => o.kind === 'social' && !o.as_partner).length, 0, 'every social organization takes part');
});
