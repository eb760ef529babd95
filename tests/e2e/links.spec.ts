/** Link checker over the built site: every internal href and src resolves to a file in dist/. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from './helpers.ts';

const DIST = path.resolve(process.env.SUNLIGHT_E2E_DIST ?? path.join(ROOT, 'dist'));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

function resolves(urlPath: string): boolean {
  const file = path.join(DIST, decodeURIComponent(urlPath));
  if (!existsSync(file)) return false;
  return statSync(file).isDirectory() ? existsSync(path.join(file, 'index.html')) : true;
}

test('every internal link and asset resolves', () => {
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(10);
  // Per-record downloads are written by the downloads step; until it exists they are reported separately.
  const downloadsBuilt = existsSync(path.join(DIST, 'data', 'projects'));
  const broken: string[] = [];
  const pendingDownloads = new Set<string>();
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const pageUrl = new URL('/' + path.relative(DIST, file).split(path.sep).join('/'), 'http://site.test');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = (m[1] ?? '').replace(/&amp;/g, '&');
      if (!raw || raw.startsWith('#') || /^(mailto:|https?:)/i.test(raw)) continue;
      const target = new URL(raw, pageUrl);
      if (target.origin !== 'http://site.test') continue;
      if (!downloadsBuilt && /^\/data\/projects\/[^/]+\.(json|csv)$/.test(target.pathname)) {
        pendingDownloads.add(target.pathname);
        continue;
      }
      if (!resolves(target.pathname)) broken.push(`${path.relative(DIST, file)} → ${raw}`);
    }
  }
  if (pendingDownloads.size) test.info().annotations.push({ type: 'pending', description: `${pendingDownloads.size} per-record download links: dist/data/projects/ not built yet` });
  expect(broken).toEqual([]);
});

test('no page asks a third-party host for anything', () => {
  const offenders: string[] = [];
  for (const file of htmlFiles(DIST)) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<(script|link|img|iframe|source|video|audio)\b[^>]*\s(?:src|href)="(https?:)?\/\/[^"]*"/g)) {
      if (m[1] === 'link' && /rel="(canonical|alternate)"/.test(m[0])) continue;
      offenders.push(`${path.relative(DIST, file)}: ${m[0].slice(0, 120)}`);
    }
    if (/<script(?![^>]*\ssrc=)[^>]*>/.test(html)) offenders.push(`${path.relative(DIST, file)}: inline script`);
    if (/\sstyle="/.test(html) || /<style[\s>]/.test(html)) offenders.push(`${path.relative(DIST, file)}: inline style`);
  }
  expect(offenders).toEqual([]);
});
