/**
 * A tiny static server for the built site, for Playwright: index.html for directories, the site's
 * 404 page for misses, 127.0.0.1 only. `node tests/e2e/serve.ts [dir] [port]`.
 *
 * Text is gzipped when the browser accepts it, as static hosts do (GitHub and GitLab Pages,
 * Netlify, nginx with gzip on), so transfer figures measured against it (scripts/search-transfer.ts)
 * are what readers download. Pagefind's index files and wasm are gzip already and go as they are.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);
const root = path.resolve(process.argv[2] ?? process.env.SUNLIGHT_SERVE_DIR ?? 'dist');
const port = Number(process.argv[3] ?? process.env.SUNLIGHT_SERVE_PORT ?? 4391);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pf_meta': 'application/octet-stream',
  '.wasm': 'application/wasm',
};
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.csv', '.svg', '.xml', '.txt']);

async function resolveFile(urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.join(root, path.normalize(decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  try {
    const s = await stat(file);
    if (s.isFile()) return file;
    if (s.isDirectory()) {
      const index = path.join(file, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Whether the request's Accept-Encoding allows gzip (and does not refuse it with q=0). */
function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

const server = createServer(async (req, res) => {
  const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
  // Playwright's webServer waits for this before globalSetup has built the site.
  if (urlPath === '/__health') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
    return;
  }
  const file = await resolveFile(urlPath);
  const status = file ? 200 : 404;
  const ext = file ? path.extname(file) : '.html';
  let body = file ? await readFile(file) : await readFile(path.join(root, '404.html')).catch(() => Buffer.from('404'));
  const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
  if (COMPRESSED.has(ext)) {
    headers['vary'] = 'Accept-Encoding';
    if (acceptsGzip(req.headers['accept-encoding'])) {
      // Level 6, zlib's default and nginx's usual setting; the output is the same for the same file.
      body = await gzip(body, { level: 6 });
      headers['content-encoding'] = 'gzip';
    }
  }
  headers['content-length'] = String(body.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}/`);
});
