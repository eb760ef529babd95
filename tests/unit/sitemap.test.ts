/** sitemap.xml: the pages actually written, split into a sitemap index above the protocol's 50,000 URLs. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SITEMAP_LIMIT, listPages, renderSitemaps } from '../../src/lib/site/sitemap.ts';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

describe('sitemap', () => {
  test('lists every index.html as a page, but not the search index or the per-record downloads', async () => {
    const site = await mkdtemp(path.join(os.tmpdir(), 'sunlight-sitemap-'));
    for (const dir of ['', 'projects/P1', 'en/projects/P1', 'data', 'data/projects', 'pagefind', '_astro']) {
      await mkdir(path.join(site, dir), { recursive: true });
    }
    for (const file of ['index.html', 'projects/P1/index.html', 'en/projects/P1/index.html', 'data/index.html', 'data/projects/P1.json', 'data/projects/index.html', 'pagefind/index.html', '_astro/a.js']) {
      await writeFile(path.join(site, file), '');
    }
    assert.deepEqual(await listPages(site), ['', 'data/', 'en/projects/P1/', 'projects/P1/']);
  });

  test('one sitemap.xml up to the limit', () => {
    const files = renderSitemaps('https://example.org', '/s/', ['', 'projects/项目 1/'], '2025-01-31');
    assert.deepEqual(files.map((f) => f.file), ['sitemap.xml']);
    assert.deepEqual(locs(files[0]!.content), ['https://example.org/s/', 'https://example.org/s/projects/%E9%A1%B9%E7%9B%AE%201/']);
  });

  test('above the limit, sitemap.xml indexes numbered sitemaps that together list every page once', () => {
    const pages = Array.from({ length: SITEMAP_LIMIT * 2 + 3 }, (_, i) => `projects/P${String(i).padStart(6, '0')}/`);
    const files = renderSitemaps('https://example.org', '/', pages, '2025-01-31');
    assert.deepEqual(files.map((f) => f.file), ['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    const index = files[0]!.content;
    assert.match(index, /<sitemapindex /);
    assert.deepEqual(locs(index), ['https://example.org/sitemap-1.xml', 'https://example.org/sitemap-2.xml', 'https://example.org/sitemap-3.xml']);
    const listed = files.slice(1).flatMap((f) => locs(f.content));
    assert.equal(listed.length, pages.length);
    assert.ok(listed.join('\n') === pages.map((p) => `https://example.org/${p}`).join('\n'), 'every page once, in order');
    for (const f of files.slice(1)) assert.ok(locs(f.content).length <= SITEMAP_LIMIT);
  });
});
