/**
 * `npm run build`: the one entry point. pull → validate → site (both locales) → downloads → search
 * index, all into a staging folder that replaces `dist/` only when every step succeeded: a failed
 * build leaves the published output exactly as it was.
 *
 *   node scripts/build.ts [--root DIR] [--out DIR] [--jobs N] [--timings FILE] [--verbose]
 *
 * --root: the project whose `content/` to publish (default: the current directory).
 * --out: where the site goes (default: <cwd>/dist).
 * --jobs: at most this many Astro processes render the pages of a large site (default: the number of
 *   cores); a site under 4,000 partnerships is rendered by one.
 * --timings: write per-stage wall time and memory as JSON (used by the benchmark).
 * --verbose: show Astro's log, a line per page ("(restored)" when the incremental cache served it).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/lib/config/load.ts';
import { runPipeline } from '../src/lib/pipeline.ts';
import { serializeDataset } from '../src/lib/dataset/serialize.ts';
import { diffDatasets, loadPreviousDataset } from '../src/lib/changes/index.ts';
import { writeDownloads } from '../src/lib/export/index.ts';
import { listPages, renderRobots, renderSitemaps } from '../src/lib/site/sitemap.ts';
import { shardCount } from '../src/lib/site/shard.ts';
import { mergeInto } from './lib/merge-dir.ts';
import { reportIssues } from './lib/report.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import { Stages } from './lib/stages.ts';

const { values: args } = parseArgs({
  options: {
    root: { type: 'string' },
    out: { type: 'string' },
    timings: { type: 'string' },
    jobs: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

const projectDir = path.resolve(import.meta.dirname, '..');
const root = path.resolve(args.root ?? process.cwd());
const outDir = path.resolve(args.out ?? path.join(process.cwd(), 'dist'));
const workDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}-build`);
const stagingDir = path.join(workDir, 'site');
const datasetFile = path.join(workDir, 'dataset.json');
const changesFile = path.join(workDir, 'changes.json');
const manifestFile = path.join(workDir, 'downloads.json');
const downloadsDir = path.join(workDir, 'downloads');
const searchDir = path.join(workDir, 'search');
// Astro's caches (content layer, incremental pages): one per published project and output folder,
// under node_modules/.astro (what CI keeps between runs), unless SUNLIGHT_CACHE_DIR names one.
const astroCacheDir = process.env.SUNLIGHT_CACHE_DIR
  ? path.resolve(process.env.SUNLIGHT_CACHE_DIR)
  : path.join(projectDir, 'node_modules', '.astro', 'builds', createHash('sha256').update(`${root}\0${outDir}`).digest('hex').slice(0, 16));
const stages = new Stages();
/** Previous outputs wait here for removal after a swap: `.<out>-old-<pid>` beside the output. */
const oldOutputPrefix = path.join(path.dirname(outDir), `.${path.basename(outDir)}-old-`);

function removeInBackground(dir: string): void {
  const code = `require('node:fs').rmSync(${JSON.stringify(dir)}, { recursive: true, force: true })`;
  spawn(process.execPath, ['-e', code], { detached: true, stdio: 'ignore' }).unref();
}

function fail(message: string): never {
  console.error(`✗ ${message}`);
  console.error(`✗ 构建失败，已发布的内容保持不变 / build failed; the published output (${path.relative(process.cwd(), outDir) || outDir}) is unchanged`);
  process.exit(1);
}

const jobs = args.jobs === undefined ? os.availableParallelism() : Number(args.jobs);
if (!Number.isInteger(jobs) || jobs < 1) fail(`--jobs 应为正整数 / --jobs must be a positive whole number (got "${args.jobs}")`);

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv, cwd = projectDir): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd, env, stdio: 'inherit' });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

// 1. Pull and validate. Remote sources are fetched here; any error stops before anything is written.
const { config, dataset } = await stages.time('validate', async () => {
  const configResult = await loadConfig(root);
  if (!configResult.ok) {
    reportIssues(configResult.issues);
    fail('站点配置有误 / the site configuration has errors');
  }
  const result = await runPipeline({ root, config: configResult.config });
  reportIssues(result.issues);
  if (!result.dataset) fail(`数据有 ${result.errors} 个错误 / the data has ${result.errors} error(s)`);
  console.log(`✓ ${result.dataset.partnerships.length} 个项目 partnerships, ${result.dataset.organizations.length} 个组织 organizations`);
  return { config: configResult.config, dataset: result.dataset };
});

await rm(workDir, { recursive: true, force: true });
await mkdir(stagingDir, { recursive: true });
// Earlier outputs whose removal was cut short (the machine stopped, say).
for (const entry of await readdir(path.dirname(outDir))) {
  if (path.join(path.dirname(outDir), entry).startsWith(oldOutputPrefix)) removeInBackground(path.join(path.dirname(outDir), entry));
}
await writeFile(datasetFile, serializeDataset(dataset));

// 2. What changed since the live site's dataset. An unreachable previous dataset only warns.
const changes = await stages.time('changes', async () => {
  const previous = await loadPreviousDataset(config.previous_dataset, root, { timeoutSeconds: config.data.fetch_timeout_seconds });
  for (const warning of previous.warnings) console.warn(`[警告 warning] ${warning}`);
  const log = diffDatasets(previous.dataset, dataset, previous.changes);
  await writeFile(changesFile, JSON.stringify(log) + '\n');
  return log;
});

// 3. The search index (Pagefind, from the dataset's records), started now and awaited after the
// site: the indexer is its own process and needs only the dataset, so it runs on the other core
// while this process writes the downloads and Astro renders the pages.
const search = stages.time('search', async () => {
  try {
    const { records, bytes } = await buildSearchIndex(dataset, config, searchDir, { root });
    return { ok: true as const, records, bytes };
  } catch (error) {
    return { ok: false as const, message: (error as Error).message };
  }
});

// 4. Downloads, before the pages so the /data/ page can show their sizes and checksums.
await stages.time('downloads', async () => {
  const openData = {
    ...(config.open_data.ocid_prefix ? { ocidPrefix: config.open_data.ocid_prefix } : {}),
    ...(config.open_data.grant_prefix ? { grantPrefix: config.open_data.grant_prefix } : {}),
  };
  const manifest = await writeDownloads(dataset, config, downloadsDir, { changes, openData });
  await writeFile(manifestFile, JSON.stringify(manifest) + '\n');
});

// 5. The site, both locales, into staging; then the downloads join it. Astro renders on one thread,
// so a large site is split into shards (src/lib/site/shard.ts), one `astro build` each. The first
// starts now, beside the search index; the others wait for it (below), so that with two shards the
// indexer and one Astro process hold memory at the same time.
// SUNLIGHT_PARTNERSHIPS_PER_SHARD lowers the size at which a site is split (the tests split the sample).
const shards = shardCount(dataset.partnerships.length, jobs, Number(process.env.SUNLIGHT_PARTNERSHIPS_PER_SHARD) || undefined);

async function renderShard(index: number, outputDir: string): Promise<number> {
  const astro = path.join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // Astro writes its intermediate server bundle under its working directory (<cwd>/.astro/.prerender/)
  // when the output is outside the project, and moves assets from there to the output with rename():
  // so the working directory sits beside the output (same file system, its own per shard and build),
  // with a link to node_modules for the bundle's imports.
  const astroCwd = path.join(workDir, `astro-${index}`);
  await mkdir(astroCwd, { recursive: true });
  await symlink(path.join(projectDir, 'node_modules'), path.join(astroCwd, 'node_modules'), 'junction');
  const code = await run(process.execPath, [astro, 'build', ...(args.verbose ? [] : ['--silent']), '--root', projectDir], {
    ...process.env,
    SUNLIGHT_ROOT: root,
    SUNLIGHT_DATASET: datasetFile,
    SUNLIGHT_CHANGES: changesFile,
    SUNLIGHT_DOWNLOADS: manifestFile,
    SUNLIGHT_OUT_DIR: outputDir,
    // Each shard keeps its own incremental cache: a page always falls in the same shard.
    SUNLIGHT_CACHE_DIR: shards === 1 ? astroCacheDir : path.join(astroCacheDir, `shard-${index}-of-${shards}`),
    SUNLIGHT_SHARD: `${index}/${shards}`,
  }, astroCwd);
  await rm(astroCwd, { recursive: true, force: true });
  return code;
}

await stages.time('site', async () => {
  const outputs = Array.from({ length: shards }, (_, i) => (i === 0 ? stagingDir : path.join(workDir, `site-${i}`)));
  const first = renderShard(0, outputs[0] as string);
  // The others start when the search index is written, or when the first shard is done if that is
  // sooner (a rebuild, where most pages come from the cache).
  const room = Promise.race([search, first]);
  const codes = await Promise.all([first, ...outputs.slice(1).map((out, i) => room.then(() => renderShard(i + 1, out)))]);
  if (codes.some((code) => code !== 0)) fail('网站生成失败 / the site generator failed');
  // Pages that every shard renders (home, indexes, signals, content pages) and the hashed assets are
  // the same bytes in each output: the first shard's copy is kept.
  for (const out of outputs.slice(1)) await mergeInto(out, stagingDir);
  if (shards > 1) console.log(`✓ 网站由 ${shards} 个进程生成 / site rendered by ${shards} processes`);
  // The /data/ page (data/index.html) and the downloads share data/: the files join the page there.
  const pageDir = path.join(stagingDir, 'data');
  if (existsSync(pageDir)) {
    for (const entry of await readdir(path.join(downloadsDir, 'data'))) await rename(path.join(downloadsDir, 'data', entry), path.join(pageDir, entry));
  } else {
    await rename(path.join(downloadsDir, 'data'), pageDir);
  }
});

// 6. The search index joins the site once both are done.
const searchResult = await search;
if (!searchResult.ok) fail(searchResult.message);
await rename(path.join(searchDir, 'pagefind'), path.join(stagingDir, 'pagefind'));
console.log(`✓ 搜索索引 search index: ${searchResult.records} records, ${(searchResult.bytes / 1024).toFixed(0)} KB`);

// 7. What search engines read: only pages that were really written.
await stages.time('sitemap', async () => {
  const pages = await listPages(stagingDir);
  for (const { file, content } of renderSitemaps(config.site.url, config.site.base, pages, dataset.as_of)) await writeFile(path.join(stagingDir, file), content);
  await writeFile(path.join(stagingDir, 'robots.txt'), renderRobots(config.site.url, config.site.base));
});

// 8. Swap: the old output moves aside only now, and is removed after the new one is in place, by a
// process of its own that outlives this one: removing tens of thousands of files takes seconds to
// minutes and nothing waits for it.
await stages.time('publish', async () => {
  const old = `${oldOutputPrefix}${process.pid}`;
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(stagingDir, outDir);
  await rm(workDir, { recursive: true, force: true });
  if (existsSync(old)) removeInBackground(old);
});

console.log(`✓ 已发布到 published to ${path.relative(process.cwd(), outDir) || outDir} (${config.site.url}${config.site.base}) in ${stages.totalSeconds().toFixed(1)} s`);
if (args.timings) await writeFile(args.timings, JSON.stringify(stages.report(), null, 2) + '\n');
