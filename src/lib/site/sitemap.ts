/**
 * sitemap.xml and robots.txt from the pages actually written, so the sitemap can never list a page
 * that does not exist. Sorted, so the same site gives the same bytes.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Folders of files, not pages: the search index and the downloads (beside the data/ page itself). */
const NOT_PAGES = new Set(['pagefind', 'data/projects', 'data/organizations', '_astro']);

/** Pages (`<dir>/index.html`) as site paths like `projects/x/`, without walking the file-only folders. */
export async function listPages(siteDir: string): Promise<string[]> {
  const pages: string[] = [];
  async function walk(dir: string, rel: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isFile() && entry.name === 'index.html') pages.push(rel);
      else if (entry.isDirectory() && !NOT_PAGES.has(`${rel}${entry.name}`)) await walk(path.join(dir, entry.name), `${rel}${entry.name}/`);
    }
  }
  await walk(siteDir, '');
  return pages.sort();
}

/** The sitemap protocol's limit per file; above it, sitemap.xml becomes an index of numbered sitemaps. */
export const SITEMAP_LIMIT = 50_000;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `origin` like https://example.org, `base` like /sunlight/; `pages` relative paths like `projects/x/`. */
export function renderSitemap(origin: string, base: string, pages: string[], lastmod?: string): string {
  const root = origin.replace(/\/$/, '') + base;
  const urls = pages.map(
    (page) => `  <url><loc>${escapeXml(root + page.split('/').map(encodeURIComponent).join('/'))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * Every sitemap file to write: sitemap.xml alone up to SITEMAP_LIMIT pages; above it sitemap.xml is a
 * sitemap index of sitemap-1.xml, sitemap-2.xml, … (100,000 partnerships make ~290,000 pages).
 */
export function renderSitemaps(origin: string, base: string, pages: string[], lastmod?: string): { file: string; content: string }[] {
  if (pages.length <= SITEMAP_LIMIT) return [{ file: 'sitemap.xml', content: renderSitemap(origin, base, pages, lastmod) }];
  const root = origin.replace(/\/$/, '') + base;
  const parts: { file: string; content: string }[] = [];
  for (let i = 0; i < pages.length; i += SITEMAP_LIMIT) {
    parts.push({ file: `sitemap-${parts.length + 1}.xml`, content: renderSitemap(origin, base, pages.slice(i, i + SITEMAP_LIMIT), lastmod) });
  }
  const entries = parts.map((p) => `  <sitemap><loc>${escapeXml(root + p.file)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`);
  const index = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
  return [{ file: 'sitemap.xml', content: index }, ...parts];
}

export function renderRobots(origin: string, base: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${origin.replace(/\/$/, '')}${base}sitemap.xml\n`;
}
