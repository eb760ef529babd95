/**
 * Splitting the pages of one build across several `astro build` processes. Astro renders on one
 * thread, so on a machine with more cores the build runs one process per shard, each rendering the
 * record and listing pages whose key hashes to it, and merges their output (scripts/build.ts).
 *
 * A page's shard depends only on its own key (not on its position in the dataset), so adding or
 * removing a partnership moves no other page between shards and each shard's incremental cache
 * stays valid from one build to the next.
 */
import { fnv1a } from '../values/hash.ts';

export interface Shard {
  /** 0-based. */
  index: number;
  count: number;
}

export const WHOLE_SITE: Shard = { index: 0, count: 1 };

/** `SUNLIGHT_SHARD`, written `index/count` (e.g. `1/2`); unset means the whole site. */
export function parseShard(value: string | undefined): Shard {
  if (value === undefined || value === '') return WHOLE_SITE;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count) {
    throw new Error(`SUNLIGHT_SHARD 应为 “序号/总数”，如 0/2 / SUNLIGHT_SHARD must be index/count, e.g. 0/2 (got "${value}")`);
  }
  return { index, count };
}

/** Whether the page with this key (a record id, a listing path) is rendered by `shard`. */
export function inShard(key: string, shard: Shard): boolean {
  return shard.count === 1 || fnv1a(key) % shard.count === shard.index;
}

/**
 * How many shards a build should use: one per core the machine offers up to `maxJobs`, but only when
 * there are enough partnerships for the work to outweigh each extra process's start-up (about 15 s
 * of bundling): a small site builds in one process.
 */
export function shardCount(partnerships: number, maxJobs: number, perShard = 2_000): number {
  return Math.max(1, Math.min(maxJobs, Math.floor(partnerships / perShard)));
}
