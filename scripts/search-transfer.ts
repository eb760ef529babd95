/**
 * The search page's transfer budget (issue "Search"): how many bytes a reader downloads from opening
 * /search/?q=<word> until the first result is visible, counting everything (HTML, JS, CSS, wasm and
 * every Pagefind index, fragment, filter and meta file). Serves a built site with tests/e2e/serve.ts,
 * loads the page in the system Chromium with an empty cache, prints a breakdown by file type and
 * exits 1 when the total is over the budget.
 *
 *   node scripts/search-transfer.ts --dist DIR [--port N] [--q 养老] [--path /search/] [--budget-kb 300] [--json FILE]
 *
 * The budget is checked against bytes transferred, from the browser's network events (Playwright's
 * request.sizes(): response headers plus the body as it came over the wire). The test server
 * gzips text as static hosts do (tests/e2e/serve.ts); Pagefind's index files and wasm are gzip
 * already. The second column is the bodies uncompressed: what a host that does not compress
 * would send. Every request started before the first result was put on the page (a
 * MutationObserver records the moment, in the page's clock) is counted in full, even if it finished
 * later: what the page fetches after that (facet counts) is not needed for the first result.
 * KB = 1,000 bytes.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Request } from '@playwright/test';
import { serveSite, type ServedSite } from './lib/serve-site.ts';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string' },
    port: { type: 'string' },
    q: { type: 'string', default: '养老' },
    path: { type: 'string', default: '/search/' },
    'budget-kb': { type: 'string', default: '300' },
    json: { type: 'string' },
  },
});
if (!args.dist || !existsSync(args.dist)) {
  console.error('用法 usage: node scripts/search-transfer.ts --dist <built site> [--port N] [--q 养老] [--budget-kb 300]');
  process.exit(2);
}

const projectDir = path.resolve(import.meta.dirname, '..');
const budget = Number(args['budget-kb']) * 1000;

/** What a file is, for the breakdown. */
function fileType(url: string): string {
  const { pathname } = new URL(url);
  const ext = path.extname(pathname);
  if (pathname.includes('/pagefind/')) {
    if (ext === '.pf_meta') return 'pagefind meta';
    if (ext === '.pf_index') return 'pagefind index';
    if (ext === '.pf_fragment') return 'pagefind fragment';
    if (ext === '.pf_filter') return 'pagefind filter';
    if (ext === '.wasm' || pathname.includes('wasm')) return 'pagefind wasm';
    if (ext === '.js') return 'pagefind js';
    return 'pagefind other';
  }
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '' || ext === '.html' || pathname.endsWith('/')) return 'html';
  return ext.slice(1) || 'other';
}

let exitCode = 1;
let site: ServedSite | undefined;
try {
  site = await serveSite(path.resolve(args.dist), args.port ? Number(args.port) : undefined);
  const origin = site.origin;
  const browser = await chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __firstResultAt?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-search-results] > li')) {
          w.__firstResultAt = performance.timeOrigin + performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const all: Request[] = [];
    page.on('request', (request) => all.push(request));
    const address = `${origin}${args.path}?q=${encodeURIComponent(args.q)}`;
    const t0 = performance.now();
    await page.goto(address);
    await page.locator('[data-search-results] > li').first().waitFor({ state: 'visible', timeout: 120_000 });
    const firstMs = performance.now() - t0;
    await page.waitForLoadState('networkidle');
    const firstAt = await page.evaluate(() => (window as unknown as { __firstResultAt?: number }).__firstResultAt ?? Infinity);
    const started = all.filter((request) => request.timing().startTime <= firstAt);
    const later = all.length - started.length;
    const rows: { url: string; type: string; transferred: number; body: number; encoding: string }[] = [];
    for (const request of started) {
      const response = await request.response();
      if (!response) continue;
      const sizes = await request.sizes();
      const body = await response.body().catch(() => Buffer.alloc(0));
      const encoding = (await response.headerValue('content-encoding')) ?? '';
      // Chromium reports no body size for a worker's requests (pagefind-worker.js): count what the
      // test server sent, which is the body gzipped at its level 6, or as it is.
      const sentBody = sizes.responseBodySize > 0 || body.length === 0 ? sizes.responseBodySize : encoding === 'gzip' ? gzipSync(body, { level: 6 }).length : body.length;
      rows.push({
        url: request.url().replace(origin, ''),
        type: fileType(request.url()),
        transferred: sizes.responseHeadersSize + sentBody,
        body: body.length,
        encoding,
      });
    }
    const resultCount = await page.locator('[data-search-results] > li').count();
    const status = (await page.locator('[data-search-status]').textContent())?.trim() ?? '';

    const byType = new Map<string, { files: number; transferred: number; body: number }>();
    for (const row of rows) {
      const t = byType.get(row.type) ?? { files: 0, transferred: 0, body: 0 };
      t.files += 1;
      t.transferred += row.transferred;
      t.body += row.body;
      byType.set(row.type, t);
    }
    const total = rows.reduce((sum, r) => sum + r.transferred, 0);
    const totalBody = rows.reduce((sum, r) => sum + r.body, 0);
    const kb = (b: number) => (b / 1000).toFixed(1);
    console.log(`${address}\nfirst result visible after ${(firstMs / 1000).toFixed(1)} s; ${resultCount} results shown; status: ${status}\n${later} request(s) after the first result are not counted\n`);
    console.log('| type | files | KB transferred | KB uncompressed |\n| --- | ---: | ---: | ---: |');
    for (const [type, t] of [...byType].sort((a, b) => b[1].transferred - a[1].transferred)) console.log(`| ${type} | ${t.files} | ${kb(t.transferred)} | ${kb(t.body)} |`);
    console.log(`| **total** | ${rows.length} | **${kb(total)}** | ${kb(totalBody)} |\n`);
    for (const row of [...rows].sort((a, b) => b.transferred - a.transferred).slice(0, 12)) console.log(`  ${kb(row.transferred).padStart(8)} KB  ${kb(row.body).padStart(8)} KB  ${row.encoding.padEnd(4)}  ${row.url}`);
    if (args.json) await writeFile(args.json, JSON.stringify({ address, first_result_ms: Math.round(firstMs), total_transferred_bytes: total, total_uncompressed_bytes: totalBody, by_type: Object.fromEntries(byType), files: rows }, null, 2) + '\n');
    const over = total > budget;
    console.log(`\n${over ? '✗' : '✓'} ${kb(total)} KB transferred ${over ? '>' : '≤'} budget ${kb(budget)} KB (${kb(totalBody)} KB uncompressed)`);
    exitCode = over ? 1 : 0;
  } finally {
    await browser.close();
  }
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  site?.close();
}
process.exit(exitCode);
