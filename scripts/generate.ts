/**
 * `npm run generate -- --count 10000 --out <dir> [--seed 1]`: writes a synthetic project root
 * (`<dir>/content/portal.yaml`, `<dir>/content/data/*.csv`) in the publisher's input format, for
 * load tests and benchmarks. Deterministic for a seed. The logic is in scripts/lib/synthetic.ts.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readPortalYaml, writeSyntheticRoot } from './lib/synthetic.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    config: { type: 'string', default: path.resolve(import.meta.dirname, '../content/portal.yaml') },
  },
});

const count = Number(values.count);
const seed = Number(values.seed);
if (!values.out || !Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(seed) || seed < 0) {
  console.error('用法 usage: node scripts/generate.ts --out <目录 dir> [--count 10000] [--seed 1]');
  process.exit(2);
}

const started = performance.now();
const summary = writeSyntheticRoot(path.resolve(values.out), { count, seed }, readPortalYaml(path.resolve(values.config)));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `✓ ${summary.partnerships} 个项目 partnerships, ${summary.organizations} 个组织 organizations ` +
    `(${summary.governments} 政府 governments, ${summary.social} 社会组织 social, ${summary.evaluators} 评估机构 evaluators) → ${values.out}/content (${seconds}s)`,
);
