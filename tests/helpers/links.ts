/**
 * Link checking over a built site folder, shared by the browser suite (tests/e2e/links.spec.ts) and
 * the sub-path build test: every internal href and src, and whether it resolves to a file.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const e of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

export function htmlFiles(dir: string): string[] {
  return listFiles(dir).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f));
}

/** sha256 of every file under `dir`, by relative path: a snapshot to compare byte for byte. */
export function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]));
}

/**
 * Whether a site path (`/sunlight/projects/x/`) is a file in `dist`, which is served at `base`.
 * Directories resolve through their index.html, as a static host serves them.
 */
export function resolves(dist: string, urlPath: string, base = '/'): boolean {
  if (!urlPath.startsWith(base)) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return false;
  }
  const file = path.join(dist, decoded);
  if (file !== dist && !file.startsWith(dist + path.sep)) return false;
  if (!existsSync(file)) return false;
  return statSync(file).isDirectory() ? existsSync(path.join(file, 'index.html')) : true;
}

export interface Link {
  /** The HTML file, relative to dist. */
  file: string;
  /** The attribute value as written (entities decoded). */
  raw: string;
  /** The absolute path it points at on the site. */
  pathname: string;
}

const SITE = 'http://site.test';

/** Every same-site href and src in every HTML file of `dist` (served at `base`); fragments and other hosts are left out. */
export function internalLinks(dist: string, base = '/'): Link[] {
  const links: Link[] = [];
  for (const file of htmlFiles(dist)) {
    const rel = path.relative(dist, file).split(path.sep).join('/');
    const html = readFileSync(file, 'utf8');
    const pageUrl = new URL(base + rel, SITE);
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = (m[1] ?? '').replace(/&amp;/g, '&');
      if (!raw || raw.startsWith('#') || /^(mailto:|https?:|data:)/i.test(raw)) continue;
      const target = new URL(raw, pageUrl);
      if (target.origin !== SITE) continue;
      links.push({ file: rel, raw, pathname: target.pathname });
    }
  }
  return links;
}

/** Links that do not resolve, as `page → href`. */
export function brokenLinks(dist: string, base = '/', skip: (link: Link) => boolean = () => false): string[] {
  return internalLinks(dist, base)
    .filter((l) => !skip(l) && !resolves(dist, l.pathname, base))
    .map((l) => `${l.file} → ${l.raw}`);
}
