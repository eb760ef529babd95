/**
 * Files written in pieces while their size and sha256 are counted, so large downloads never need to
 * exist as one string. Encoding, hashing, compression and the file-system calls happen on a writer
 * thread (file-worker.ts) while this thread goes on serializing. Text goes there as lists of pieces
 * (cheaper to hand over than one joined string); at most IN_FLIGHT characters wait for it at a time,
 * so a slow disk holds the producer back instead of filling memory.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { dosDateTime } from './zip.ts';
import type { Reply, Request } from './file-worker.ts';

export interface WrittenFile {
  /** Path relative to the output folder, with forward slashes. */
  path: string;
  bytes: number;
  sha256: string;
}

const IN_FLIGHT = 16 << 20;
/** Text is handed over in pieces of about this many characters. */
const FLUSH_AT = 1 << 18;

export class FileWriter {
  readonly outDir: string;
  private readonly worker: Worker;
  private nextId = 1;
  private inFlight = 0;
  private waiting: (() => void)[] = [];
  private readonly replies = new Map<number, (reply: Reply) => void>();
  private failure: Error | null = null;
  private closing = false;

  constructor(outDir: string) {
    this.outDir = outDir;
    this.worker = new Worker(new URL('./file-worker.ts', import.meta.url));
    this.worker.on('message', (reply: Reply) => this.onReply(reply));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => {
      if (!this.closing) this.fail(new Error(`the file writer thread stopped (exit code ${code})`));
    });
  }

  open(relative: string): FileSink {
    return new FileSink(this, relative);
  }

  /** A zip archive written entry by entry (the workbook). */
  openZip(relative: string, date: Date): ZipSink {
    return new ZipSink(this, relative, date);
  }

  /**
   * Writes small files at once: their sizes and checksums come back in order. The texts are handed
   * over now and not kept while the answer is awaited (kept, they would outlive the young
   * generation and fill the old one); wait for `room()` first when sending many.
   */
  writeFiles(files: readonly { path: string; text: string }[]): Promise<WrittenFile[]> {
    const paths = files.map((f) => f.path);
    const texts = files.map((f) => f.text);
    const n = size(texts);
    const reply = this.request({ op: 'files', id: this.id(), paths: paths.map((p) => this.absolute(p)), texts, size: n }, n);
    return reply.then((r) => {
      const answer = r as Extract<Reply, { op: 'files' }>;
      if (answer.error) throw new Error(`writing ${paths[0] ?? 'files'}…: ${answer.error}`);
      return paths.map((p, i) => ({ path: p, bytes: answer.bytes[i] as number, sha256: answer.sha256[i] as string }));
    });
  }

  async writeFile(relative: string, text: string): Promise<WrittenFile> {
    return (await this.writeFiles([{ path: relative, text }]))[0] as WrittenFile;
  }

  /** Stops the writer thread; every file should have been closed. */
  async close(): Promise<void> {
    this.closing = true;
    await this.worker.terminate();
  }

  /** @internal */
  absolute(relative: string): string {
    return path.join(this.outDir, ...relative.split('/'));
  }

  /** @internal */
  id(): number {
    return this.nextId++;
  }

  /** @internal Waits while too much is queued for the writer thread. */
  async room(): Promise<void> {
    while (this.inFlight >= IN_FLIGHT && !this.failure) await new Promise<void>((resolve) => this.waiting.push(resolve));
    if (this.failure) throw this.failure;
  }

  /** @internal `size`: characters the writer thread will report as done. */
  send(request: Request, size = 0): void {
    if (this.failure) throw this.failure;
    this.inFlight += size;
    this.worker.postMessage(request);
  }

  /** @internal */
  request(request: Request, size = 0): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.replies.set(request.id, resolve);
      this.send(request, size);
    });
  }

  private onReply(reply: Reply): void {
    if (reply.op === 'done') {
      this.inFlight -= reply.size;
      this.wake();
      return;
    }
    const resolve = this.replies.get(reply.id);
    this.replies.delete(reply.id);
    resolve?.(reply);
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake();
    // Nothing more will come back: settle what waits for a reply.
    for (const [id, resolve] of this.replies) resolve({ id, op: 'close', bytes: 0, sha256: '', error: error.message });
    this.replies.clear();
  }
}

/** Characters in a list of text pieces: what flow control counts. */
function size(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) n += t.length;
  return n;
}

/** Text gathered into pieces and handed to the writer thread once there is enough. */
class Pieces {
  protected readonly writer: FileWriter;
  protected readonly fileId: number;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(writer: FileWriter) {
    this.writer = writer;
    this.fileId = writer.id();
  }

  /** Adds text; true when enough has gathered that the caller should `await flush()`. */
  add(text: string): boolean {
    this.pending.push(text);
    this.pendingLength += text.length;
    return this.pendingLength >= FLUSH_AT;
  }

  async flush(): Promise<void> {
    await this.writer.room();
    this.sendPending();
  }

  /** Hands over what is gathered without waiting for room (for synchronous callers; bounded by FLUSH_AT). */
  protected sendPending(): void {
    if (this.pending.length === 0) return;
    const texts = this.pending;
    const length = this.pendingLength;
    this.pending = [];
    this.pendingLength = 0;
    this.writer.send({ op: 'write', id: this.fileId, texts, size: length }, length);
  }

  protected async finish(relative: string): Promise<WrittenFile> {
    this.sendPending();
    const reply = (await this.writer.request({ op: 'close', id: this.fileId })) as Extract<Reply, { op: 'close' }>;
    if (reply.error) throw new Error(`writing ${relative}: ${reply.error}`);
    return { path: relative, bytes: reply.bytes, sha256: reply.sha256 };
  }
}

/** One file written piece by piece; `close` gives its size and sha256. */
export class FileSink extends Pieces {
  readonly path: string;

  /** @internal use FileWriter.open */
  constructor(writer: FileWriter, relative: string) {
    super(writer);
    this.path = relative;
    writer.send({ op: 'open', id: this.fileId, path: writer.absolute(relative) });
  }

  async write(text: string): Promise<void> {
    if (this.add(text)) await this.flush();
  }

  close(): Promise<WrittenFile> {
    return this.finish(this.path);
  }
}

/**
 * A zip archive (zip.ts, on the writer thread): `entry` starts an entry, text goes to it with
 * add/flush like a FileSink, `endEntry` finishes it. Requests reach the writer thread in the order
 * they are made, which is the order of the entries in the archive.
 */
export class ZipSink extends Pieces {
  readonly path: string;

  /** @internal use FileWriter.openZip */
  constructor(writer: FileWriter, relative: string, date: Date) {
    super(writer);
    this.path = relative;
    writer.send({ op: 'open', id: this.fileId, path: writer.absolute(relative), dos: dosDateTime(date) });
  }

  entry(name: string): void {
    this.sendPending();
    this.writer.send({ op: 'entry', id: this.fileId, name });
  }

  endEntry(): void {
    this.sendPending();
    this.writer.send({ op: 'entry-end', id: this.fileId });
  }

  close(): Promise<WrittenFile> {
    return this.finish(this.path);
  }
}
