/**
 * Brings a configured source's bytes: a file under content/, or an https URL fetched with a timeout
 * and cached. A source that cannot be had is an error, never an empty table: a partial site would
 * look complete to a reader.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceConfig } from '../schema/config.ts';

export interface SourceBytes {
  /** Label used in messages: the path relative to the project root, or the URL. */
  file: string;
  bytes: Uint8Array;
  /** Lower-case extension without the dot, which picks the reader. */
  ext: string;
}

export type SourceResult = { ok: true; source: SourceBytes } | { ok: false; file: string; code: 'file_unreadable' | 'source_unreachable'; reason: string };

export interface FetchOptions {
  /** Project root; `content/` lives below it. */
  root: string;
  timeoutSeconds: number;
  cacheDir: string;
  /** Injected in tests; defaults to the global fetch. */
  fetchImpl?: typeof fetch;
}

function extensionOf(name: string): string {
  const clean = name.split(/[?#]/)[0] ?? '';
  return path.extname(clean).slice(1).toLowerCase();
}

export async function loadSource(source: SourceConfig, options: FetchOptions): Promise<SourceResult> {
  if (source.path) {
    const absolute = path.resolve(options.root, 'content', source.path);
    const file = path.relative(options.root, absolute).split(path.sep).join('/');
    try {
      return { ok: true, source: { file, bytes: await readFile(absolute), ext: extensionOf(file) } };
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      return { ok: false, file, code: 'file_unreadable', reason: e.code === 'ENOENT' ? '文件不存在 file not found' : e.message };
    }
  }
  const url = source.url ?? '';
  return fetchWithCache(url, options);
}

/**
 * Fetches a URL, keeping the last good copy with its ETag. The cache only saves a download
 * (If-None-Match): if the server cannot be reached the build fails rather than publish stale data silently.
 */
async function fetchWithCache(url: string, options: FetchOptions): Promise<SourceResult> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const key = createHash('sha256').update(url).digest('hex').slice(0, 32);
  const dir = path.resolve(options.root, options.cacheDir);
  const bodyPath = path.join(dir, `${key}.body`);
  const metaPath = path.join(dir, `${key}.json`);
  let cached: { etag?: string } | undefined;
  try {
    cached = JSON.parse(await readFile(metaPath, 'utf8')) as { etag?: string };
  } catch {
    cached = undefined;
  }
  const headers: Record<string, string> = {};
  if (cached?.etag) headers['if-none-match'] = cached.etag;
  let response: Response;
  try {
    response = await fetchImpl(url, { headers, signal: AbortSignal.timeout(options.timeoutSeconds * 1000), redirect: 'follow' });
  } catch (error) {
    return { ok: false, file: url, code: 'source_unreachable', reason: unreachableReason(error, options.timeoutSeconds) };
  }
  if (response.status === 304 && cached) {
    try {
      return { ok: true, source: { file: url, bytes: await readFile(bodyPath), ext: extensionOf(url) } };
    } catch {
      // Cache body lost: fall through to an error rather than guess.
    }
  }
  if (!response.ok) return { ok: false, file: url, code: 'source_unreachable', reason: `HTTP ${response.status}` };
  let bytes: Uint8Array;
  try {
    // The timeout also covers the body: a server that sends headers and then stalls must not hang or crash the build.
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    return { ok: false, file: url, code: 'source_unreachable', reason: unreachableReason(error, options.timeoutSeconds) };
  }
  await mkdir(dir, { recursive: true });
  await writeFile(bodyPath, bytes);
  await writeFile(metaPath, JSON.stringify({ url, etag: response.headers.get('etag') ?? undefined }));
  return { ok: true, source: { file: url, bytes, ext: extensionOf(url) } };
}

/** Network failures in words a publisher can act on; fetch itself only says "fetch failed". */
const NETWORK_REASONS: Record<string, string> = {
  ENOTFOUND: '找不到服务器 server not found',
  EAI_AGAIN: '找不到服务器 server not found',
  ECONNREFUSED: '连接被拒绝 connection refused',
  ECONNRESET: '连接被中断 connection reset',
  ETIMEDOUT: '连接超时 connection timed out',
  CERT_HAS_EXPIRED: '服务器证书已过期 the server certificate has expired',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: '服务器证书无法验证 the server certificate cannot be verified',
};

function unreachableReason(error: unknown, timeoutSeconds: number): string {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError') return `${timeoutSeconds} 秒内无响应 no answer within ${timeoutSeconds} s`;
  const known = NETWORK_REASONS[e.cause?.code ?? ''];
  if (known) return known;
  return e.cause?.message ? `${e.message} (${e.cause.message})` : e.message;
}
