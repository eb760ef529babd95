import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { computeConcentration, herfindahl, type Concentration } from '../../src/lib/signals/index.ts';
import { GOV, GOV_B, ORG, ORG_2, ORG_3, ORG_4, dataset, yuan } from './signals-fixtures.ts';

const row = (rows: Concentration[], gov: string | null, year: number) => {
  const found = rows.find((r) => r.government_id === gov && r.year === year);
  assert.ok(found, `${gov} ${year}`);
  return found;
};

test('shares 60/30/10: HHI 4600, top-1 6000 bp, top-3 10000 bp', () => {
  const d = dataset({
    partnerships: [
      { id: 'P1', contract_value: yuan(60_000) },
      { id: 'P2', contract_value: yuan(30_000), lead: ORG_2 },
      { id: 'P3', contract_value: yuan(10_000), lead: ORG_3 },
    ],
  });
  const c = row(computeConcentration(d).by_government, GOV, 2024);
  assert.deepEqual(
    { committed: c.committed, attributed: c.attributed, partnerships: c.partnerships, partners: c.partners, top1: c.top1_bp, top3: c.top3_bp, hhi: c.hhi },
    { committed: yuan(100_000), attributed: yuan(100_000), partnerships: 3, partners: 3, top1: 6000, top3: 10000, hhi: 4600 },
  );
  assert.deepEqual(c.recipients.map((r) => [r.organization_id, r.share_bp]), [[ORG, 6000], [ORG_2, 3000], [ORG_3, 1000]]);
});

test('shares 40/30/20/10: top-3 9000 bp, HHI 3000; one organization: 10000', () => {
  const d = dataset({
    partnerships: [
      { id: 'P1', contract_value: yuan(40_000) },
      { id: 'P2', contract_value: yuan(30_000), lead: ORG_2 },
      { id: 'P3', contract_value: yuan(20_000), lead: ORG_3 },
      { id: 'P4', contract_value: yuan(10_000), lead: ORG_4 },
      { id: 'P5', contract_value: yuan(5_000), government_id: GOV_B },
    ],
  });
  const { by_government } = computeConcentration(d);
  const a = row(by_government, GOV, 2024);
  assert.deepEqual([a.top1_bp, a.top3_bp, a.hhi, a.partners], [4000, 9000, 3000, 4]);
  const b = row(by_government, GOV_B, 2024);
  assert.deepEqual([b.top1_bp, b.top3_bp, b.hhi, b.partners], [10000, 10000, 10000, 1]);
});

test('HHI is exact and rounded half up once, at the end', () => {
  assert.equal(herfindahl([1, 1, 1]), 3333); // 3333.33…
  assert.equal(herfindahl([1, 2]), 5556); // 10000·5/9 = 5555.56
  assert.equal(herfindahl([1, 1, 2]), 3750); // 10000·6/16 exactly
  assert.equal(herfindahl([1, 3]), 6250);
  assert.equal(herfindahl([]), 0);
  assert.equal(herfindahl([0, 0]), 0);
  // Large amounts do not lose precision: two equal halves of ¥90 trillion.
  assert.equal(herfindahl([4_500_000_000_000_000, 4_500_000_000_000_000]), 5000);
});

test('new entrants: organizations first funded this year or last year, across all governments', () => {
  const d = dataset({
    partnerships: [
      { id: 'P0', signed_on: '2022-03-01', start_date: '2022-03-01', government_id: GOV_B }, // ORG first 2022
      { id: 'P9', signed_on: '2023-03-01', start_date: '2023-03-01', lead: ORG_2, government_id: GOV_B }, // ORG_2 first 2023
      { id: 'P1', contract_value: yuan(50_000) },
      { id: 'P2', contract_value: yuan(30_000), lead: ORG_2 },
      { id: 'P3', contract_value: yuan(20_000), lead: ORG_3 },
    ],
  });
  const c = row(computeConcentration(d).by_government, GOV, 2024);
  assert.deepEqual(c.recipients.map((r) => [r.organization_id, r.first_year, r.new_entrant]), [[ORG, 2022, false], [ORG_2, 2023, true], [ORG_3, 2024, true]]);
  assert.equal(c.new_entrants_fen, yuan(50_000));
  assert.equal(c.new_entrants_bp, 5000);
  // The data starts in 2022: in 2022 and 2023 everyone looks new, so the share is marked as not yet known.
  const all = computeConcentration(d);
  assert.deepEqual(all.portal.map((r) => [r.year, r.new_entrants_known]), [[2022, false], [2023, false], [2024, true]]);
  assert.equal(c.new_entrants_known, true);
  // The dataset's own first_year agrees.
  for (const r of c.recipients) assert.equal(d.organizations.find((o) => o.id === r.organization_id)?.as_partner?.first_year, r.first_year);
});

test('attributed shares: the base is what is attributed to organizations', () => {
  const d = dataset({
    partnerships: [
      { id: 'P1', contract_value: yuan(100_000), partners: [{ organization_id: ORG, role: 'lead', share: yuan(70_000) }, { organization_id: ORG_2, role: 'partner', share: yuan(10_000) }, { organization_id: ORG_3, role: 'co_funder', share: yuan(5_000) }] },
    ],
  });
  const c = row(computeConcentration(d).by_government, GOV, 2024);
  assert.equal(c.committed, yuan(100_000));
  assert.equal(c.attributed, yuan(80_000));
  assert.equal(c.top1_bp, 8750);
  assert.equal(c.hhi, 7813); // 10000·(49+1)/64 = 7812.5 → 7813
});

test('sorted by government then year; portal-wide rows per year add up to the dataset totals', () => {
  const d = dataset({
    partnerships: [
      { id: 'P1', contract_value: yuan(60_000), government_id: GOV_B },
      { id: 'P2', contract_value: yuan(40_000), lead: ORG_2, signed_on: '2023-06-01', start_date: '2023-06-01' },
      { id: 'P3', contract_value: yuan(25_000), lead: ORG_3 },
      { id: 'P4', contract_value: yuan(15_000), lead: ORG_2, signed_on: null, start_date: '2025-01-02' },
    ],
  });
  const { by_government, portal } = computeConcentration(d);
  assert.deepEqual(by_government.map((r) => [r.government_id, r.year]), [[GOV, 2023], [GOV, 2024], [GOV, 2025], [GOV_B, 2024]]);
  assert.deepEqual(portal.map((r) => [r.government_id, r.year]), [[null, 2023], [null, 2024], [null, 2025]]);
  for (const r of portal) assert.equal(r.committed, d.totals.by_year[String(r.year)]);
  for (const r of by_government) {
    assert.equal(r.committed, d.organizations.find((o) => o.id === r.government_id)?.as_government?.committed_by_year[String(r.year)]);
    assert.equal(r.attributed, r.recipients.reduce((t, x) => t + x.fen, 0));
  }
  const y2024 = row(portal, null, 2024);
  assert.deepEqual(y2024.recipients.map((r) => [r.organization_id, r.fen]), [[ORG, yuan(60_000)], [ORG_3, yuan(25_000)]]);
  assert.equal(y2024.hhi, 5848); // 10000·(60²+25²)/85² = 42250000/7225 = 5847.75
});

test('property: HHI lies between 10000/n and 10000, ignores order, and shares never exceed the whole', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 1_000_000_000 }), { minLength: 1, maxLength: 12 }), (amounts) => {
      const hhi = herfindahl(amounts);
      // Exact bounds, compared in integers: n·hhi ≥ 10000 (minus rounding) and hhi ≤ 10000.
      assert.ok(hhi <= 10000);
      assert.ok(hhi * amounts.length >= 10000 - amounts.length, `${hhi} for ${amounts.length}`);
      assert.equal(herfindahl([...amounts].reverse()), hhi);
      const d = dataset({
        partnerships: amounts.map((a, i) => ({ id: `P${String(i).padStart(2, '0')}`, contract_value: a, lead: [ORG, ORG_2, ORG_3, ORG_4][i % 4] })),
      });
      const c = row(computeConcentration(d).by_government, GOV, 2024);
      assert.equal(c.attributed, amounts.reduce((t, a) => t + a, 0));
      assert.ok(c.top1_bp <= c.top3_bp && c.top3_bp <= 10000);
      assert.equal(c.recipients.reduce((t, r) => t + r.fen, 0), c.attributed);
    }),
    { seed: 20240601, numRuns: 200 },
  );
});
