/**
 * sitemap.xml and robots.txt from the pages actually written, so the sitemap can never list a page
 * that does not exist. Sorted, so the same site gives the same bytes.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export async function listPages(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => path.relative(siteDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .map((file) => file.replace(/index\.html$/, ''))
    // data/ holds the downloads beside the open-data page (data/index.html), which is a page.
    .filter((page) => !page.startsWith('pagefind/') && (page === 'data/' || !page.startsWith('data/')))
    .sort();
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `origin` like https://example.org, `base` like /sunlight/; `pages` relative paths like `projects/x/`. */
export function renderSitemap(origin: string, base: string, pages: string[], lastmod?: string): string {
  const root = origin.replace(/\/$/, '') + base;
  const urls = pages.map(
    (page) => `  <url><loc>${escapeXml(root + page.split('/').map(encodeURIComponent).join('/'))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function renderRobots(origin: string, base: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${origin.replace(/\/$/, '')}${base}sitemap.xml\n`;
}
