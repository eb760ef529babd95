/**
 * A file written in chunks while its size and sha256 are counted, so large downloads never need to
 * exist as one string. Writes are buffered and wait for the stream to drain (backpressure).
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';

export interface WrittenFile {
  /** Path relative to the output folder, with forward slashes. */
  path: string;
  bytes: number;
  sha256: string;
}

const FLUSH_AT = 1 << 16;

export class FileSink {
  readonly path: string;
  private readonly stream: WriteStream;
  private readonly hash: Hash = createHash('sha256');
  private bytes = 0;
  private pending: string[] = [];
  private pendingLength = 0;

  private constructor(relative: string, absolute: string) {
    this.path = relative;
    this.stream = createWriteStream(absolute);
  }

  static async open(outDir: string, relative: string): Promise<FileSink> {
    const absolute = path.join(outDir, ...relative.split('/'));
    await mkdir(path.dirname(absolute), { recursive: true });
    return new FileSink(relative, absolute);
  }

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= FLUSH_AT) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<WrittenFile> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
    return { path: this.path, bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}

/** Writes a small file at once (per-record files: no stream; the folder is made only when missing). */
export async function writeSmallFile(outDir: string, relative: string, text: string): Promise<WrittenFile> {
  const absolute = path.join(outDir, ...relative.split('/'));
  const bytes = Buffer.from(text, 'utf8');
  try {
    await writeFile(absolute, bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(path.dirname(absolute), { recursive: true });
    await writeFile(absolute, bytes);
  }
  return { path: relative, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Size and sha256 of a file written by someone else (the XLSX writer), read back as a stream. */
export async function hashFile(outDir: string, relative: string): Promise<WrittenFile> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path.join(outDir, ...relative.split('/')))) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { path: relative, bytes, sha256: hash.digest('hex') };
}
