import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inShard, parseShard, shardCount, WHOLE_SITE } from '../../src/lib/site/shard.ts';

test('SUNLIGHT_SHARD: unset is the whole site; index/count is read; anything else is refused with the message', () => {
  assert.deepEqual(parseShard(undefined), WHOLE_SITE);
  assert.deepEqual(parseShard(''), WHOLE_SITE);
  assert.deepEqual(parseShard('1/3'), { index: 1, count: 3 });
  for (const bad of ['3/3', '1/0', 'a/2', '1', '-1/2', '0/2/1']) {
    assert.throws(() => parseShard(bad), {
      message: `SUNLIGHT_SHARD 应为 “序号/总数”，如 0/2 / SUNLIGHT_SHARD must be index/count, e.g. 0/2 (got "${bad}")`,
    });
  }
});

test('every page key lands in exactly one shard, and the shards share the pages fairly', () => {
  const keys = Array.from({ length: 10_000 }, (_, i) => `S${2019 + (i % 6)}-${String(i).padStart(6, '0')}`);
  for (const count of [1, 2, 3, 4]) {
    const sizes = Array.from({ length: count }, () => 0);
    for (const key of keys) {
      const owners = sizes.map((_, index) => inShard(key, { index, count })).filter(Boolean);
      assert.equal(owners.length, 1, `${key} in ${owners.length} of ${count} shards`);
      sizes[sizes.findIndex((_, index) => inShard(key, { index, count }))]! += 1;
    }
    for (const size of sizes) assert.ok(Math.abs(size - keys.length / count) < keys.length * 0.03, `shard sizes ${sizes.join(', ')}`);
  }
});

test("a page's shard depends only on its key, not on the other pages", () => {
  const shard = { index: 1, count: 2 };
  const before = ['QH-2022-001', 'QH-2022-002', 'QH-2023-010'].filter((k) => inShard(k, shard));
  const after = ['QH-2021-000', 'QH-2022-001', 'QH-2022-002', 'QH-2023-010'].filter((k) => inShard(k, shard) && k !== 'QH-2021-000');
  assert.deepEqual(after, before);
});

test('shard count: one process for a small site, one per core up to the limit for a large one', () => {
  assert.equal(shardCount(64, 2), 1);
  assert.equal(shardCount(3_999, 2), 1);
  assert.equal(shardCount(4_000, 2), 2);
  assert.equal(shardCount(100_000, 2), 2);
  assert.equal(shardCount(100_000, 8), 8);
  assert.equal(shardCount(10_000, 1), 1);
});
