/**
 * `npm run bench`: generates synthetic datasets and runs the real full build on each, recording per
 * stage and in total: wall time, peak memory (summed over the build and all its child processes),
 * pages written, pages per second, output size and search index size.
 *
 *   node scripts/bench.ts [--sizes 1000,10000] [--full] [--rebuild] [--update-docs] [--out bench-out]
 *
 * --full adds 100,000 partnerships; --rebuild also times a second build after changing one partnership;
 * --update-docs rewrites the figures in docs/performance.md between its BENCH markers.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile, mkdir, stat, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { peakTreeRss } from './lib/rss-sampler.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    full: { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    'update-docs': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-out' },
  },
});

const projectDir = path.resolve(import.meta.dirname, '..');
const outRoot = path.resolve(args.out);
const sizes = args.sizes.split(',').map(Number).concat(args.full ? [100_000] : []);

interface StageTiming {
  stage: string;
  seconds: number;
}

interface BenchResult {
  partnerships: number;
  kind: 'cold' | 'rebuild';
  wall_seconds: number;
  peak_rss_mb: number;
  stages: StageTiming[];
  pages: number;
  pages_per_second: number;
  output_mb: number;
  search_index_mb: number;
  /** 1-minute load average just before and just after the build (the machine may be shared). */
  load_before: number;
  load_after: number;
  exit_code: number;
}

async function runMeasured(command: string, commandArgs: string[]): Promise<{ code: number; seconds: number; peakMb: number }> {
  const start = performance.now();
  const child = spawn(command, commandArgs, { cwd: projectDir, stdio: ['ignore', 'inherit', 'inherit'] });
  const sampler = peakTreeRss(child.pid ?? 0);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const peakKb = sampler.stop();
  return { code, seconds: (performance.now() - start) / 1000, peakMb: Math.round(peakKb / 1024) };
}

async function sizeOf(dir: string): Promise<{ bytes: number; pages: number }> {
  let bytes = 0;
  let pages = 0;
  try {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
      if (entry.name.endsWith('.html')) pages += 1;
    }
  } catch {
    // missing folder: zero
  }
  return { bytes, pages };
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function build(root: string, n: number, kind: BenchResult['kind']): Promise<BenchResult> {
  const dist = path.join(root, 'dist');
  const timings = path.join(root, `timings-${kind}.json`);
  const node = process.execPath;
  console.log(`\n▶ ${kind} build, ${n} partnerships`);
  const loadBefore = os.loadavg()[0] ?? 0;
  const run = await runMeasured(node, [path.join(projectDir, 'scripts/build.ts'), '--root', root, '--out', dist, '--timings', timings]);
  const site = await sizeOf(dist);
  const index = await sizeOf(path.join(dist, 'pagefind'));
  let stages: StageTiming[] = [];
  try {
    stages = (JSON.parse(await readFile(timings, 'utf8')) as { stages: StageTiming[] }).stages.map(({ stage, seconds }) => ({ stage, seconds }));
  } catch {
    // the build failed before writing timings
  }
  return {
    partnerships: n,
    kind,
    wall_seconds: Math.round(run.seconds * 10) / 10,
    peak_rss_mb: run.peakMb,
    stages,
    pages: site.pages,
    pages_per_second: Math.round(site.pages / run.seconds),
    output_mb: mb(site.bytes),
    search_index_mb: mb(index.bytes),
    load_before: Math.round(loadBefore * 10) / 10,
    load_after: Math.round((os.loadavg()[0] ?? 0) * 10) / 10,
    exit_code: run.code,
  };
}

/** Changes one partnership's title in the generated data, as a publisher's small update would. */
async function touchOnePartnership(root: string): Promise<void> {
  const file = path.join(root, 'content/data/partnerships.csv');
  const text = await readFile(file, 'utf8');
  const lines = text.split('\n');
  if (lines[1]) lines[1] = lines[1].replace(/,/, ',（已更新）');
  await writeFile(file, lines.join('\n'));
}

const results: BenchResult[] = [];
await mkdir(outRoot, { recursive: true });
for (const n of sizes) {
  const root = path.join(outRoot, `n${n}`);
  await rm(root, { recursive: true, force: true });
  console.log(`\n▶ generating ${n} partnerships`);
  const gen = await runMeasured(process.execPath, [path.join(projectDir, 'scripts/generate.ts'), '--count', String(n), '--out', root]);
  if (gen.code !== 0) throw new Error(`generator failed for ${n}`);
  results.push(await build(root, n, 'cold'));
  if (args.rebuild) {
    await touchOnePartnership(root);
    results.push(await build(root, n, 'rebuild'));
  }
}

const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
const stageNames = [...new Set(results.flatMap((r) => r.stages.map((s) => s.stage)))];
const table = [
  `| partnerships | build | wall s | peak RSS MB | pages | pages/s | output MB | search index MB | ${stageNames.map((s) => `${s} s`).join(' | ')} | load 1 min before → after |`,
  `| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ${stageNames.map(() => '---:').join(' | ')} | ---: |`,
  ...results.map(
    (r) =>
      `| ${r.partnerships.toLocaleString('en')} | ${r.kind}${r.exit_code === 0 ? '' : ' (failed)'} | ${r.wall_seconds} | ${r.peak_rss_mb} | ${r.pages.toLocaleString('en')} | ${r.pages_per_second} | ${r.output_mb} | ${r.search_index_mb} | ${stageNames.map((s) => r.stages.find((x) => x.stage === s)?.seconds ?? '–').join(' | ')} | ${r.load_before} → ${r.load_after} |`,
  ),
].join('\n');
// The rebuild target: a rebuild after changing one partnership in at most 25 % of the cold build.
const ratios = results
  .filter((r) => r.kind === 'rebuild')
  .map((r) => {
    const cold = results.find((c) => c.kind === 'cold' && c.partnerships === r.partnerships);
    return cold ? `Rebuild after changing one partnership, ${r.partnerships.toLocaleString('en')}: ${r.wall_seconds} s = ${Math.round((100 * r.wall_seconds) / cold.wall_seconds)} % of the cold build (target ≤ 25 %).` : '';
  })
  .filter(Boolean);
const markdown = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.\n\n${table}\n${ratios.length ? `\n${ratios.join('\n')}\n` : ''}`;
await writeFile(path.join(outRoot, 'bench.json'), JSON.stringify({ machine, results }, null, 2) + '\n');
await writeFile(path.join(outRoot, 'bench.md'), markdown);
console.log(`\n${markdown}`);

if (args['update-docs']) {
  const doc = path.join(projectDir, 'docs/performance.md');
  const text = await readFile(doc, 'utf8');
  const updated = text.replace(/<!-- BENCH:START -->[\s\S]*<!-- BENCH:END -->/, `<!-- BENCH:START -->\n${markdown}<!-- BENCH:END -->`);
  await writeFile(doc, updated);
  console.log('docs/performance.md updated');
}
process.exit(results.every((r) => r.exit_code === 0) ? 0 : 1);
