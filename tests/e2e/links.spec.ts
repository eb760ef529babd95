/** Link checker over the built site: every internal href and src resolves to a file in dist/. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from './helpers.ts';
import { brokenLinks, htmlFiles } from '../helpers/links.ts';

const DIST = path.resolve(process.env.SUNLIGHT_E2E_DIST ?? path.join(ROOT, 'dist'));

test('every internal link and asset resolves', () => {
  expect(htmlFiles(DIST).length).toBeGreaterThan(10);
  // Per-record downloads are written by the downloads step; until it exists they are reported separately.
  const downloadsBuilt = existsSync(path.join(DIST, 'data', 'projects'));
  const pendingDownloads = new Set<string>();
  const broken = brokenLinks(DIST, '/', (link) => {
    if (downloadsBuilt || !/^\/data\/projects\/[^/]+\.(json|csv)$/.test(link.pathname)) return false;
    pendingDownloads.add(link.pathname);
    return true;
  });
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
