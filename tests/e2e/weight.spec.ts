/**
 * Page weight budgets (issue "Scale") on the built sample: every partnership page's HTML ≤ 60 KB in
 * both locales; the JavaScript a partnership page with a chart loads ≤ 90 KB gzipped, with Chart.js
 * tree-shaken and loaded only where there is a chart; no request to another origin and no
 * render-blocking resource from one. KB = 1,000 bytes. Gzipped sizes are computed here from the
 * decoded bodies (node:zlib, default level 6, what a compressing host sends), so they do not depend
 * on whether the test server compresses. Sizes are reported as test annotations.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Browser, type Response } from '@playwright/test';
import { drawCharts, pageTypes, richestPartnership, ROOT, siteData } from './helpers.ts';

const DIST = path.resolve(process.env.SUNLIGHT_E2E_DIST ?? path.join(ROOT, 'dist'));
const KB = 1000;
const HTML_BUDGET = 60 * KB;
const JS_GZIP_BUDGET = 90 * KB;
const LOCALES = ['', 'en/'] as const;

const { dataset } = await siteData();
const types = await pageTypes();

/** Chart.js's own property names (its array-listener hook and instance key), kept by minifiers. */
const CHART_JS = /[_$]chartjs\b/;
/** Controller ids Sunlight never registers: present only if Chart.js was bundled whole (chart.js/auto). */
const UNUSED_CONTROLLERS = /(["'`])(bubble|doughnut|pie|polarArea|radar)\1/g;

interface PartnershipPage {
  route: string;
  id: string;
  bytes: number;
  /** Chart.astro's holder: the page has a chart to draw. */
  chart: boolean;
}

/** Every partnership page of the dataset in both locales, as the build wrote it. Read in the test: dist is built by global setup, after this file is loaded. */
function partnershipPages(): { pages: PartnershipPage[]; missing: string[] } {
  const pages: PartnershipPage[] = [];
  const missing: string[] = [];
  for (const prefix of LOCALES) {
    for (const p of dataset.partnerships) {
      const route = `/${prefix}projects/${p.id}/`;
      const file = path.join(DIST, route, 'index.html');
      let html: string;
      try {
        html = readFileSync(file, 'utf8');
      } catch {
        missing.push(route);
        continue;
      }
      pages.push({ route, id: p.id, bytes: statSync(file).size, chart: /\sdata-chart=/.test(html) });
    }
  }
  return { pages, missing };
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

interface Script {
  url: string;
  bytes: number;
  gzip: number;
  text: string;
}

interface Loaded {
  scripts: Script[];
  /** Every http(s) request the page made, including ones that failed. */
  requests: string[];
  /** Stylesheets and classic synchronous scripts in <head>: what blocks the first render. */
  blocking: string[];
  charts: number;
}

/** Opens a route in a fresh context (empty cache), lets every chart draw and the network settle, and collects what it loaded. */
async function load(browser: Browser, baseURL: string, route: string): Promise<Loaded> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const requests: string[] = [];
    const responses: Response[] = [];
    page.on('request', (r) => {
      if (/^https?:/.test(r.url())) requests.push(r.url());
    });
    page.on('response', (r) => responses.push(r));
    const response = await page.goto(route);
    expect(response?.status(), route).toBe(200);
    // Every chart scrolled into view and drawn (chart-client.ts marks its holder): Chart.js has loaded by then.
    await drawCharts(page);
    await page.waitForLoadState('networkidle');
    const scripts: Script[] = [];
    const seen = new Set<string>();
    for (const r of responses) {
      const url = r.url();
      const isScript = r.request().resourceType() === 'script' || /\.m?js$/.test(new URL(url).pathname);
      if (!isScript || seen.has(url) || r.status() !== 200) continue;
      seen.add(url);
      const body = await r.body();
      scripts.push({ url, bytes: body.length, gzip: gzipSync(body).length, text: body.toString('utf8') });
    }
    // Inline scripts are JavaScript the page runs too (JSON-LD and other data blocks are not).
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((s) => ['', 'module', 'text/javascript', 'application/javascript'].includes((s.getAttribute('type') ?? '').toLowerCase()))
        .map((s) => s.textContent ?? ''),
    );
    inline.forEach((text, i) => {
      const body = Buffer.from(text);
      scripts.push({ url: `inline #${i + 1}`, bytes: body.length, gzip: gzipSync(body).length, text });
    });
    const blocking = await page.evaluate(() => [
      ...[...document.head.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')].map((l) => l.href),
      ...[...document.head.querySelectorAll<HTMLScriptElement>('script[src]')].filter((s) => !s.async && !s.defer && s.type !== 'module').map((s) => s.src),
    ]);
    const charts = await page.locator('[data-chart] canvas').count();
    return { scripts, requests, blocking, charts };
  } finally {
    await context.close();
  }
}

/** No request leaves the site's origin, so no third-party resource can block rendering either; the <head> is checked on its own too. */
function sameOrigin(loaded: Loaded, address: string, baseURL: string): void {
  const origin = new URL(baseURL).origin;
  expect(loaded.requests.length, `${address}: requests seen`).toBeGreaterThan(0);
  expect(loaded.requests.filter((u) => new URL(u).origin !== origin), `${address}: requests to another origin`).toEqual([]);
  expect(loaded.blocking.filter((u) => new URL(u, origin).origin !== origin), `${address}: render-blocking resources from another origin`).toEqual([]);
}

const gzipTotal = (scripts: Script[]) => scripts.reduce((sum, s) => sum + s.gzip, 0);
const describe = (scripts: Script[]) => scripts.map((s) => `${s.url.replace(/^https?:\/\/[^/]+/, '')} ${kb(s.bytes)} → ${kb(s.gzip)} gz`).join('; ');

test('HTML: every partnership page, in both locales, is at most 60 KB', () => {
  const { pages, missing } = partnershipPages();
  expect(missing, 'partnership pages missing from the build').toEqual([]);
  expect(pages.length).toBe(dataset.partnerships.length * LOCALES.length);
  const bySize = [...pages].sort((a, b) => b.bytes - a.bytes);
  test.info().annotations.push({
    type: 'html',
    description: `${pages.length} pages; largest: ${bySize.slice(0, 5).map((p) => `${p.route} ${kb(p.bytes)}`).join(', ')}; median ${kb(bySize[Math.floor(bySize.length / 2)]?.bytes ?? 0)}`,
  });
  expect(bySize.filter((p) => p.bytes > HTML_BUDGET).map((p) => `${p.route} ${kb(p.bytes)}`)).toEqual([]);
});

test('JS: the heaviest partnership pages with a chart load at most 90 KB of JavaScript gzipped, Chart.js tree-shaken', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { pages } = partnershipPages();
  const withChart = pages.filter((p) => p.chart).sort((a, b) => b.bytes - a.bytes);
  expect(withChart.length, 'the sample has partnership pages with a chart').toBeGreaterThan(0);
  // The richest partnership (most rows: the longest chart) and the largest page with a chart, in both locales.
  const richest = richestPartnership(dataset.partnerships).id;
  const chosen = new Set(withChart.filter((p) => p.id === richest || p.id === withChart[0]?.id).map((p) => p.route));
  for (const route of chosen) {
    const loaded = await load(browser, baseURL as string, route);
    sameOrigin(loaded, route, baseURL as string);
    expect(loaded.charts, `${route}: a chart was drawn`).toBeGreaterThan(0);
    const total = gzipTotal(loaded.scripts);
    test.info().annotations.push({ type: 'js', description: `${route}: ${kb(total)} gzipped (${kb(loaded.scripts.reduce((s, x) => s + x.bytes, 0))} raw) — ${describe(loaded.scripts)}` });
    // Positive control for the Chart.js check below: the chart page must be seen loading it.
    const chartChunks = loaded.scripts.filter((s) => CHART_JS.test(s.text));
    expect(chartChunks.length, `${route}: Chart.js recognised among the scripts`).toBeGreaterThan(0);
    const unused = [...new Set(chartChunks.flatMap((s) => [...s.text.matchAll(UNUSED_CONTROLLERS)].map((m) => m[2])))];
    expect(unused, `${route}: Chart.js controllers that are never used were bundled`).toEqual([]);
    expect(total, `${route}: JavaScript gzipped (${describe(loaded.scripts)})`).toBeLessThanOrEqual(JS_GZIP_BUDGET);
  }
});

test('Chart.js waits until a chart comes near the screen: a phone reader who does not scroll loads none of it', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const phone = { width: 375, height: 667 };
  const { pages } = partnershipPages();
  const route = pages.find((p) => p.chart && p.id === richestPartnership(dataset.partnerships).id)?.route ?? pages.find((p) => p.chart)?.route;
  expect(route, 'a partnership page with a chart').toBeTruthy();
  const context = await browser.newContext({ baseURL, viewport: phone, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const scripts: Promise<string>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script' && r.status() === 200) scripts.push(r.text());
    });
    const chartJsLoaded = async () => (await Promise.all(scripts)).some((text) => CHART_JS.test(text));
    await page.goto(route as string);
    await page.waitForLoadState('networkidle');
    // The chart starts loading one screen ahead of view: this page's first chart must be further down.
    const top = await page.locator('figure.chart:has([data-chart])').first().evaluate((e) => e.getBoundingClientRect().top);
    expect(top, `${route}: the first chart is more than two phone screens down`).toBeGreaterThan(2 * phone.height);
    expect(await chartJsLoaded(), `${route}: Chart.js loaded before any chart was near the screen`).toBe(false);
    expect(await page.locator('[data-chart][data-drawn]').count()).toBe(0);
    // Scrolled to, every chart is drawn, with Chart.js.
    const charts = await drawCharts(page);
    expect(charts).toBeGreaterThan(0);
    expect(await chartJsLoaded(), `${route}: Chart.js loaded once a chart was near`).toBe(true);
  } finally {
    await context.close();
  }
});

test('Chart.js is loaded only with a chart: partnership pages without one and the search page load none', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { pages } = partnershipPages();
  // The largest page without a chart per locale; the search page has its own JavaScript but no chart.
  const routes = LOCALES.flatMap((prefix) => {
    const largest = pages.filter((p) => !p.chart && p.route.startsWith(`/${prefix}projects/`)).sort((a, b) => b.bytes - a.bytes)[0];
    return [...(largest ? [largest.route] : []), `/${prefix}search/`];
  });
  if (!routes.some((r) => r.includes('/projects/'))) test.info().annotations.push({ type: 'note', description: 'every partnership page has a chart: checked the search pages only' });
  for (const route of routes) {
    const loaded = await load(browser, baseURL as string, route);
    sameOrigin(loaded, route, baseURL as string);
    expect(loaded.charts, `${route}: no chart`).toBe(0);
    test.info().annotations.push({ type: 'js', description: `${route}: ${kb(gzipTotal(loaded.scripts))} gzipped — ${describe(loaded.scripts) || 'no scripts'}` });
    expect(loaded.scripts.filter((s) => CHART_JS.test(s.text)).map((s) => s.url), `${route}: Chart.js loaded without a chart`).toEqual([]);
  }
});

for (const { name, route } of types) {
  test(`same origin only, nothing render-blocking from elsewhere: ${name}`, async ({ browser, baseURL }) => {
    for (const prefix of LOCALES) {
      const address = `/${prefix}${route}`;
      sameOrigin(await load(browser, baseURL as string, address), address, baseURL as string);
    }
  });
}
