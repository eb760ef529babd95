/**
 * Lighthouse report (issue "Scale": performance ≥ 95 and accessibility 100 on the home, a
 * partnership and the search page). Serves a built site with tests/e2e/serve.ts on a free port, runs
 * the `lighthouse` CLI against the system Chromium for each page with the mobile preset
 * (Lighthouse's default: Moto G Power, slow 4G and 4× CPU slowdown, simulated) and the desktop
 * preset, prints the category scores and key metrics, writes them as JSON and exits 1 if any page
 * scores below performance 95 or accessibility 100. A report, not a unit test: scores depend on the
 * machine and its load.
 *
 *   node scripts/lighthouse.ts [--dist dist] [--port N] [--q 养老] [--presets mobile,desktop] [--runs 1]
 *                              [--cpu-slowdown N] [--json bench-out/lighthouse.json] [--update-docs]
 *
 * Pages (Chinese routes): /, the first partnership of dist/data/dataset.json, /search/?q=<q>.
 * --runs: runs per page and preset; the run with the median performance score is kept.
 * --cpu-slowdown: overrides the mobile preset's 4× CPU slowdown (Lighthouse's throttling docs
 *   explain calibrating it to a slow machine; the default figures are Lighthouse's own).
 * --update-docs: rewrites docs/performance.md between its LIGHTHOUSE markers.
 * Chromium: $CHROME_PATH, else /usr/bin/chromium if present, else whatever chrome-launcher finds.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveSite, type ServedSite } from './lib/serve-site.ts';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string' },
    q: { type: 'string', default: '养老' },
    presets: { type: 'string', default: 'mobile,desktop' },
    runs: { type: 'string', default: '1' },
    'cpu-slowdown': { type: 'string' },
    json: { type: 'string', default: path.join('bench-out', 'lighthouse.json') },
    'update-docs': { type: 'boolean', default: false },
  },
});

const projectDir = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(args.dist);
const presets = args.presets.split(',').map((s) => s.trim()).filter(Boolean);
const runs = Math.max(1, Number(args.runs) || 1);
const PERFORMANCE_MIN = 95;
const ACCESSIBILITY_MIN = 100;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`用法 usage: node scripts/lighthouse.ts --dist <built site>  (${dist} has no index.html; build with node scripts/build.ts --out DIR)`);
  process.exit(2);
}
if (presets.some((p) => p !== 'mobile' && p !== 'desktop')) {
  console.error(`--presets takes mobile and/or desktop, not ${args.presets}`);
  process.exit(2);
}

const chromePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const lighthouseCli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const lighthouseVersion = (JSON.parse(await readFile(path.join(path.dirname(lighthouseCli), '..', 'package.json'), 'utf8')) as { version: string }).version;

/** The browser's full version (the user agent reports only the major one). */
function chromeVersion(fallback: string): string {
  if (!chromePath) return fallback;
  try {
    return /[\d.]+\d/.exec(execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[0] ?? fallback;
  } catch {
    return fallback;
  }
}

/** The first partnership in the published dataset (its order is the dataset's), and how many there are. */
async function firstPartnership(): Promise<{ id: string; count: number }> {
  const file = path.join(dist, 'data', 'dataset.json');
  const data = JSON.parse(await readFile(file, 'utf8')) as { partnerships?: { id: string }[] };
  const id = data.partnerships?.[0]?.id;
  if (!id) throw new Error(`${file} lists no partnership`);
  return { id, count: data.partnerships?.length ?? 0 };
}

interface Audit {
  id: string;
  title: string;
  score: number | null;
  numericValue?: number;
  displayValue?: string;
}
interface Lhr {
  lighthouseVersion: string;
  finalDisplayedUrl: string;
  runtimeError?: { code: string; message: string };
  runWarnings: string[];
  environment: { hostUserAgent: string; benchmarkIndex: number };
  configSettings: { formFactor: string; throttlingMethod: string; throttling: { cpuSlowdownMultiplier: number; rttMs: number; throughputKbps: number } };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

interface Result {
  page: string;
  url: string;
  preset: string;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number; transferBytes: number };
  /** Weighted audits below full score, by category: what to look at first. */
  below: { category: string; id: string; title: string; score: number; display?: string }[];
  benchmarkIndex: number;
  chrome: string;
  cpuSlowdown: number;
  warnings: string[];
}

/** One Lighthouse run in its own Chromium (the CLI launches and closes it). */
async function lighthouse(url: string, preset: string, tmp: string, n: number): Promise<Lhr> {
  const out = path.join(tmp, `run-${n}.json`);
  const cli = [
    lighthouseCli,
    url,
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
    '--chrome-flags=--headless=new --no-sandbox',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--disable-full-page-screenshot',
  ];
  if (preset === 'desktop') cli.push('--preset=desktop');
  if (args['cpu-slowdown'] && preset === 'mobile') cli.push(`--throttling.cpuSlowdownMultiplier=${Number(args['cpu-slowdown'])}`);
  const env = { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) };
  const stderr: Buffer[] = [];
  const code = await new Promise<number>((resolve) => {
    // process.execPath: the CLI's own shebang would pick whichever `node` is first on PATH.
    const child = spawn(process.execPath, cli, { cwd: projectDir, env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (d: Buffer) => stderr.push(d));
    child.on('close', (c) => resolve(c ?? 1));
    child.on('error', () => resolve(1));
  });
  if (code !== 0 || !existsSync(out)) throw new Error(`lighthouse exited ${code} on ${url}:\n${Buffer.concat(stderr).toString().slice(-2000)}`);
  const lhr = JSON.parse(await readFile(out, 'utf8')) as Lhr;
  if (lhr.runtimeError) throw new Error(`lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

function summarize(lhr: Lhr, page: string, url: string, preset: string): Result {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const below: Result['below'] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        below.push({ category, id: ref.id, title: audit.title, score: audit.score, display: audit.displayValue });
      }
    }
  }
  const score = (c: string) => {
    const s = lhr.categories[c]?.score;
    return s === null || s === undefined ? null : Math.round(s * 100);
  };
  return {
    page,
    url,
    preset,
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    metrics: {
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      speedIndexMs: value('speed-index'),
      transferBytes: value('total-byte-weight'),
    },
    below,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    chrome: /Chrome\/([\d.]+)/.exec(lhr.environment.hostUserAgent)?.[1] ?? 'unknown',
    cpuSlowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier,
    warnings: lhr.runWarnings,
  };
}

const fails = (r: Result) => (r.scores.performance ?? 0) < PERFORMANCE_MIN || (r.scores.accessibility ?? 0) < ACCESSIBILITY_MIN;

function table(results: Result[]): string {
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const lines = [
    '| page | device | performance | accessibility | best practices | SEO | FCP s | LCP s | TBT ms | CLS | transfer KB |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const mark = (v: number | null, min?: number) => (v === null ? '—' : min !== undefined && v < min ? `**${v}**` : String(v));
    lines.push(
      `| ${r.page} | ${r.preset} | ${mark(r.scores.performance, PERFORMANCE_MIN)} | ${mark(r.scores.accessibility, ACCESSIBILITY_MIN)} | ${mark(r.scores['best-practices'])} | ${mark(r.scores.seo)} | ${s(r.metrics.fcpMs)} | ${s(r.metrics.lcpMs)} | ${Math.round(r.metrics.tbtMs)} | ${r.metrics.cls.toFixed(3)} | ${(r.metrics.transferBytes / 1000).toFixed(1)} |`,
    );
  }
  return lines.join('\n') + '\n';
}

function belowList(results: Result[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (!r.below.length) continue;
    const items = r.below.map((b) => `${b.category}/${b.id} ${Math.round(b.score * 100)}${b.display ? ` (${b.display})` : ''}`);
    lines.push(`- ${r.page}, ${r.preset}: ${items.join('; ')}`);
  }
  return lines.length ? `Audits below full score:\n\n${lines.join('\n')}\n` : 'Every weighted audit at full score.\n';
}

const { id: partnership, count: partnerships } = await firstPartnership();
const pages = [
  { page: 'home', route: '/' },
  { page: `partnership ${partnership}`, route: `/projects/${partnership}/` },
  { page: `search “${args.q}”`, route: `/search/?q=${encodeURIComponent(args.q)}` },
];
const loadBefore = os.loadavg()[0] as number;
const started = new Date();
const tmp = await mkdtemp(path.join(os.tmpdir(), 'sunlight-lighthouse-'));
const results: Result[] = [];
let exitCode = 1;
let site: ServedSite | undefined;
try {
  site = await serveSite(dist, args.port ? Number(args.port) : undefined);
  const origin = site.origin;
  let n = 0;
  for (const preset of presets) {
    for (const { page, route } of pages) {
      const url = origin + route;
      const attempts: Result[] = [];
      for (let i = 0; i < runs; i++) {
        process.stdout.write(`… ${preset} ${page} (${i + 1}/${runs})\n`);
        attempts.push(summarize(await lighthouse(url, preset, tmp, n++), page, route, preset));
      }
      attempts.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
      results.push(attempts[Math.floor((attempts.length - 1) / 2)] as Result);
    }
  }
  exitCode = results.some(fails) ? 1 : 0;
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  exitCode = 2;
} finally {
  site?.close();
  await rm(tmp, { recursive: true, force: true });
}

if (results.length) {
  const loadAfter = os.loadavg()[0] as number;
  const cpus = os.cpus();
  const machine = {
    cores: cpus.length,
    cpu: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.platform()} ${os.release()}`,
    chromePath: chromePath ?? '(chrome-launcher default)',
    chrome: chromeVersion(results[0]?.chrome ?? 'unknown'),
    lighthouse: lighthouseVersion,
    benchmarkIndex: results.map((r) => r.benchmarkIndex),
    load1: { before: loadBefore, after: loadAfter },
  };
  const report = { date: started.toISOString(), dist, runs, presets, thresholds: { performance: PERFORMANCE_MIN, accessibility: ACCESSIBILITY_MIN }, machine, results };
  const jsonFile = path.resolve(args.json);
  await mkdir(path.dirname(jsonFile), { recursive: true });
  await writeFile(jsonFile, JSON.stringify(report, null, 2) + '\n');

  console.log('\n' + table(results));
  console.log(belowList(results));
  const warnings = [...new Set(results.flatMap((r) => r.warnings))];
  for (const w of warnings) console.log(`⚠ ${w}`);
  console.log(`→ ${path.relative(process.cwd(), jsonFile)}`);

  if (args['update-docs']) {
    const indexes = results.map((r) => r.benchmarkIndex);
    const markdown = [
      `Measured ${started.toISOString().slice(0, 10)} on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, ` +
        `Lighthouse ${lighthouseVersion}, Chromium ${machine.chrome} (${machine.chromePath}); 1-minute load ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}; ` +
        `Lighthouse's CPU benchmark index ${Math.min(...indexes).toFixed(0)}–${Math.max(...indexes).toFixed(0)}. ` +
        `Site: ${partnerships} partnerships. Median of ${runs} run${runs > 1 ? 's' : ''} per page${args['cpu-slowdown'] ? `, mobile CPU slowdown ${args['cpu-slowdown']}×` : ''}.`,
      '',
      table(results),
      belowList(results),
    ].join('\n');
    const docs = path.join(projectDir, 'docs', 'performance.md');
    const text = await readFile(docs, 'utf8');
    const pattern = /<!-- LIGHTHOUSE:START -->[\s\S]*<!-- LIGHTHOUSE:END -->/;
    if (!pattern.test(text)) {
      console.error(`✗ ${docs} has no <!-- LIGHTHOUSE:START --> … <!-- LIGHTHOUSE:END --> section`);
      exitCode = 2;
    } else {
      await writeFile(docs, text.replace(pattern, () => `<!-- LIGHTHOUSE:START -->\n${markdown}<!-- LIGHTHOUSE:END -->`));
      console.log(`→ ${path.relative(process.cwd(), docs)}`);
    }
  }
  const failing = results.filter(fails);
  if (failing.length) {
    console.log(`✗ below performance ${PERFORMANCE_MIN} / accessibility ${ACCESSIBILITY_MIN}: ${failing.map((r) => `${r.page} (${r.preset}) ${r.scores.performance}/${r.scores.accessibility}`).join(', ')}`);
  } else {
    console.log(`✓ every page at performance ≥ ${PERFORMANCE_MIN} and accessibility ${ACCESSIBILITY_MIN}`);
  }
}
process.exit(exitCode);
