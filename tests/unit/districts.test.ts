/** Streets and townships: one page each, with every partnership in exactly one, and totals that add up. */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../src/lib/config/load.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import type { Dataset, Partnership } from '../../src/lib/dataset/types.ts';
import { districtRoute, districtSlug, groupDistricts } from '../../src/lib/format/districts.ts';
import { fnv1a } from '../../src/lib/values/hash.ts';
import { sumFen } from '../../src/lib/values/money.ts';
import { copySampleRoot, removeDir } from '../helpers/root.ts';

let sample: Dataset;
before(async () => {
  const root = await copySampleRoot();
  const config = await loadConfig(root);
  assert.ok(config.ok);
  const result = await runPipeline({ root, config: config.config });
  await removeDir(root);
  assert.ok(result.dataset);
  sample = result.dataset;
});

describe('districts', () => {
  test('a slug is short, lower-case ASCII, and the same for a name composed or decomposed', () => {
    for (const name of ['东湖街道', '全区', 'A/B 街道?#', 'Café']) {
      assert.match(districtSlug(name), /^[0-9a-z]{7}$/, name);
    }
    assert.equal(districtSlug('Caf\u00e9'), districtSlug('Cafe\u0301'));
    assert.notEqual(districtSlug('东湖街道'), districtSlug('西园街道'));
    assert.equal(districtRoute('abc1234'), 'districts/abc1234/');
    assert.equal(districtRoute('abc1234', 3), 'districts/abc1234/page/3/');
  });

  test('every partnership is in exactly one district, newest first, and the districts are in Chinese order', () => {
    const districts = groupDistricts(sample.partnerships);
    const listed = districts.flatMap((d) => d.partnerships.map((p) => p.id));
    assert.deepEqual([...listed].sort(), sample.partnerships.map((p) => p.id).sort());
    for (const d of districts) {
      assert.ok(d.partnerships.every((p) => p.district === d.name), d.name);
      const years = d.partnerships.map((p) => p.year);
      assert.deepEqual(years, [...years].sort((a, b) => b - a), d.name);
    }
    const names = districts.map((d) => d.name);
    assert.deepEqual(names, [...names].sort(new Intl.Collator('zh-CN').compare));
    assert.ok(districts.length > 1);
  });

  test("each district's contract value, as shown, is the sum of its partnerships; the districts add up to the portal total", () => {
    const districts = groupDistricts(sample.partnerships);
    for (const d of districts) assert.equal(sample.totals.by_district[d.name], sumFen(d.partnerships.map((p) => p.contract_value)), d.name);
    assert.equal(sumFen(districts.map((d) => sample.totals.by_district[d.name] ?? 0)), sample.totals.contract_value);
  });

  test('two names with the same hash still get different slugs', () => {
    // A birthday search finds two names with the same 32-bit hash within a few hundred thousand.
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const name = `街道${i}`;
      const other = seen.get(fnv1a(name));
      if (other !== undefined) pair = [other, name];
      else seen.set(fnv1a(name), name);
    }
    assert.equal(districtSlug(pair[0]), districtSlug(pair[1]));
    const base = sample.partnerships[0]!;
    const rows: Partnership[] = pair.map((district, i) => ({ ...base, id: `P-${i}`, district }));
    const slugs = groupDistricts(rows).map((d) => d.slug);
    assert.equal(new Set(slugs).size, 2);
    assert.deepEqual(slugs.map((s) => s.replace(/-2$/, '')), [districtSlug(pair[0]), districtSlug(pair[0])]);
  });
});
