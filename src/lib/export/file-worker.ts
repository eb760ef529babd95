/**
 * The writer thread behind sink.ts: it encodes, hashes and writes what the main thread sends (and
 * zips the workbook), so sha256, UTF-8 encoding, compression and the file system's work (tens of
 * thousands of per-record files) run beside the serialization instead of after it. Requests are
 * handled strictly in order; synchronous file calls are fine here, this thread does nothing else.
 */
import { createHash, hash, type Hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { ZipWriter } from './zip.ts';

export type Request =
  /** A file written in pieces; `dos` makes it a zip archive whose entries come in order. */
  | { op: 'open'; id: number; path: string; dos?: number }
  /** Text pieces, in order: appended to the file, or to its open zip entry. `size`: their characters, echoed when done (flow control). */
  | { op: 'write'; id: number; texts: string[]; size: number }
  | { op: 'entry'; id: number; name: string }
  | { op: 'entry-end'; id: number }
  | { op: 'close'; id: number }
  /** Small files written at once. */
  | { op: 'files'; id: number; paths: string[]; texts: string[]; size: number };

export type Reply =
  /** Characters of a `write` or `files` request done with: the main thread may send more. */
  | { id: number; op: 'done'; size: number }
  | { id: number; op: 'close'; bytes: number; sha256: string; error?: string }
  | { id: number; op: 'files'; bytes: number[]; sha256: string[]; error?: string };

class OpenFile {
  readonly fd: number;
  readonly hash: Hash = createHash('sha256');
  bytes = 0;
  zip: ZipWriter | null = null;
  error: string | null = null;

  constructor(fd: number) {
    this.fd = fd;
  }

  write(bytes: Uint8Array): void {
    this.hash.update(bytes);
    this.bytes += bytes.length;
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(this.fd, bytes, offset);
  }
}

const port = parentPort;
if (!port) throw new Error('file-worker.ts runs as a worker thread');

const open = new Map<number, OpenFile>();
const dirs = new Set<string>();

function ensureDir(file: string): void {
  const dir = path.dirname(file);
  if (dirs.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  dirs.add(dir);
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

let scratch = Buffer.allocUnsafe(1 << 20);

/**
 * UTF-8 of the pieces, each encoded straight into one buffer (no joined string). `keep`: the bytes
 * outlive this call (the zip's deflate queue holds them), so they get a buffer of their own; otherwise
 * a scratch buffer is reused.
 */
function encode(texts: readonly string[], keep: boolean): Buffer {
  let max = 0;
  for (const t of texts) max += t.length * 3; // a UTF-16 unit is at most 3 bytes of UTF-8
  let buffer: Buffer;
  if (keep) buffer = Buffer.allocUnsafe(max);
  else {
    if (scratch.length < max) scratch = Buffer.allocUnsafe(max);
    buffer = scratch;
  }
  let length = 0;
  for (const t of texts) length += buffer.write(t, length);
  return buffer.subarray(0, length);
}

/** Runs `work` for an open file unless it already failed; a failure is kept and reported on close. */
async function withFile(id: number, work: (file: OpenFile) => void | Promise<void>): Promise<void> {
  const file = open.get(id);
  if (!file || file.error !== null) return;
  try {
    await work(file);
  } catch (error) {
    file.error = message(error);
  }
}

async function handle(m: Request): Promise<void> {
  switch (m.op) {
    case 'open': {
      let file: OpenFile;
      try {
        ensureDir(m.path);
        file = new OpenFile(openSync(m.path, 'w'));
        if (m.dos !== undefined) file.zip = new ZipWriter(file, m.dos);
      } catch (error) {
        file = new OpenFile(-1);
        file.error = message(error);
      }
      open.set(m.id, file);
      return;
    }
    case 'write': {
      await withFile(m.id, async (file) => {
        if (file.zip) await file.zip.write(encode(m.texts, true));
        else file.write(encode(m.texts, false));
      });
      port!.postMessage({ id: m.id, op: 'done', size: m.size } satisfies Reply);
      return;
    }
    case 'entry':
      return withFile(m.id, (file) => file.zip?.openEntry(m.name));
    case 'entry-end':
      return withFile(m.id, async (file) => {
        await file.zip?.closeEntry();
      });
    case 'close': {
      await withFile(m.id, (file) => file.zip?.finish());
      const file = open.get(m.id);
      open.delete(m.id);
      let error = file ? file.error : 'unknown file';
      if (file && file.fd >= 0) {
        try {
          closeSync(file.fd);
        } catch (e) {
          error ??= message(e);
        }
      }
      const reply: Reply = { id: m.id, op: 'close', bytes: file?.bytes ?? 0, sha256: file && error === null ? file.hash.digest('hex') : '' };
      port!.postMessage(error === null ? reply : { ...reply, error });
      return;
    }
    case 'files': {
      const bytes: number[] = [];
      const sha256: string[] = [];
      let error: string | undefined;
      for (let i = 0; i < m.paths.length && !error; i++) {
        try {
          const data = encode([m.texts[i] as string], false);
          const file = m.paths[i] as string;
          ensureDir(file);
          writeFileSync(file, data);
          bytes.push(data.length);
          sha256.push(hash('sha256', data));
        } catch (e) {
          error = message(e);
        }
      }
      port!.postMessage({ id: m.id, op: 'done', size: m.size } satisfies Reply);
      const reply: Reply = { id: m.id, op: 'files', bytes, sha256 };
      port!.postMessage(error ? { ...reply, error } : reply);
      return;
    }
  }
}

let queue: Promise<void> = Promise.resolve();
port.on('message', (m: Request) => {
  // Anything handle() did not catch is a bug: end the thread, and the main thread fails the build.
  queue = queue
    .then(() => handle(m))
    .catch((error: unknown) => {
      setImmediate(() => {
        throw error;
      });
    });
});
