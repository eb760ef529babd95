/**
 * A streaming zip writer for the workbook, byte-compatible with what exceljs's WorkbookWriter gets
 * from archiver (zip-stream / compress-commons): deflate level 1, a data descriptor after every entry,
 * unix mode 0644, UTC DOS dates, zip64 only past the 4 GiB limits. Writing the container ourselves lets
 * the sheets stream with backpressure (archiver buffers whatever it is given, i.e. the whole workbook)
 * and uses the native crc32 instead of a JavaScript one. It runs on the writer thread (file-worker.ts).
 */
import { once } from 'node:events';
import zlib from 'node:zlib';

export interface ByteSink {
  write(bytes: Uint8Array): void;
}

const SIG_LFH = 0x04034b50;
const SIG_DD = 0x08074b50;
const SIG_CFH = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_EOCD_LOC = 0x07064b50;
const ZIP64_MAGIC = 0xffffffff;
const ZIP64_MAGIC_SHORT = 0xffff;
const VERSION_DATA_DESCRIPTOR = 20;
const VERSION_ZIP64 = 45;
/** (unix platform << 8) | version 4.5, as compress-commons writes it. */
const VERSION_MADE_BY = (3 << 8) | 45;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const METHOD_DEFLATED = 8;
/** -rw-r--r-- regular file with the DOS archive bit: compress-commons' EXT_FILE_ATTR_FILE. */
const EXTERNAL_ATTRIBUTES = 0x81a40020;
/** Input queued in the deflate stream before a write waits for it: compression runs on the thread pool meanwhile. */
const DEFLATE_QUEUE = 4 << 20;

interface Entry {
  name: Buffer;
  offset: number;
  crc: number;
  size: number;
  compressedSize: number;
}

/** compress-commons' dateToDos, UTC. */
export function dosDateTime(d: Date): number {
  const year = d.getUTCFullYear();
  if (year < 1980) return 2162688;
  if (year >= 2044) return 2141175677;
  return (((year - 1980) << 25) | ((d.getUTCMonth() + 1) << 21) | (d.getUTCDate() << 16) | (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() / 2)) >>> 0;
}

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};
const u64 = (n: number) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
};

export class ZipWriter {
  private readonly entries: Entry[] = [];
  private readonly dos: number;
  private readonly sink: ByteSink;
  private offset = 0;
  private entry: Entry | null = null;
  private deflate: zlib.DeflateRaw | null = null;
  private pump: Promise<void> = Promise.resolve();

  /** `dos`: the entries' date and time, from dosDateTime. */
  constructor(sink: ByteSink, dos: number) {
    this.sink = sink;
    this.dos = dos;
  }

  private out(bytes: Uint8Array): void {
    this.offset += bytes.length;
    this.sink.write(bytes);
  }

  /** Starts an entry; entries are written one after another. */
  openEntry(name: string): void {
    if (this.entry) throw new Error(`zip entry ${name} opened while another is open`);
    // archiver drops leading slashes: exceljs names some parts "/xl/...".
    const entry: Entry = { name: Buffer.from(name.replace(/^\/+/, '')), offset: this.offset, crc: 0, size: 0, compressedSize: 0 };
    this.out(Buffer.concat([u32(SIG_LFH), u16(VERSION_DATA_DESCRIPTOR), u16(FLAG_DATA_DESCRIPTOR), u16(METHOD_DEFLATED), u32(this.dos), u32(0), u32(0), u32(0), u16(entry.name.length), u16(0), entry.name]));
    // The stream options reach the Transform underneath; @types/node's ZlibOptions does not list them.
    const deflate = zlib.createDeflateRaw({ level: 1, writableHighWaterMark: DEFLATE_QUEUE } as zlib.ZlibOptions);
    this.pump = (async () => {
      for await (const chunk of deflate as AsyncIterable<Buffer>) {
        entry.compressedSize += chunk.length;
        this.out(chunk);
      }
    })();
    // Its failure is reported where it is awaited (write, closeEntry); this keeps it from counting as unhandled meanwhile.
    this.pump.catch(() => undefined);
    this.entry = entry;
    this.deflate = deflate;
  }

  async write(chunk: Buffer): Promise<void> {
    const { entry, deflate } = this;
    if (!entry || !deflate) throw new Error('no zip entry is open');
    if (chunk.length === 0) return;
    entry.crc = zlib.crc32(chunk, entry.crc);
    entry.size += chunk.length;
    if (!deflate.write(chunk)) await Promise.race([once(deflate, 'drain'), this.pump]);
  }

  async closeEntry(): Promise<void> {
    const { entry, deflate } = this;
    if (!entry || !deflate) throw new Error('no zip entry is open');
    // compress-commons stores an empty entry differently; the workbook has none.
    if (entry.size === 0) throw new Error('empty zip entries are not supported');
    deflate.end();
    await this.pump;
    const zip64 = entry.size > ZIP64_MAGIC || entry.compressedSize > ZIP64_MAGIC;
    const sizes = zip64 ? [u64(entry.compressedSize), u64(entry.size)] : [u32(entry.compressedSize), u32(entry.size)];
    this.out(Buffer.concat([u32(SIG_DD), u32(entry.crc), ...sizes]));
    this.entries.push(entry);
    this.entry = null;
    this.deflate = null;
  }

  /** The central directory and end record; the sink is then complete. */
  finish(): void {
    if (this.entry) throw new Error('a zip entry is still open');
    const centralOffset = this.offset;
    for (const e of this.entries) {
      const zip64 = e.size > ZIP64_MAGIC || e.compressedSize > ZIP64_MAGIC || e.offset > ZIP64_MAGIC;
      const extra = zip64 ? Buffer.concat([u16(0x0001), u16(24), u64(e.size), u64(e.compressedSize), u64(e.offset)]) : Buffer.alloc(0);
      this.out(
        Buffer.concat([
          u32(SIG_CFH),
          u16(VERSION_MADE_BY),
          u16(zip64 ? VERSION_ZIP64 : VERSION_DATA_DESCRIPTOR),
          u16(FLAG_DATA_DESCRIPTOR),
          u16(METHOD_DEFLATED),
          u32(this.dos),
          u32(e.crc),
          u32(zip64 ? ZIP64_MAGIC : e.compressedSize),
          u32(zip64 ? ZIP64_MAGIC : e.size),
          u16(e.name.length),
          u16(extra.length),
          u16(0),
          u16(0),
          u16(0),
          u32(EXTERNAL_ATTRIBUTES),
          u32(e.offset > ZIP64_MAGIC ? ZIP64_MAGIC : e.offset),
          e.name,
          extra,
        ]),
      );
    }
    const centralLength = this.offset - centralOffset;
    const zip64 = this.entries.length > ZIP64_MAGIC_SHORT || centralLength > ZIP64_MAGIC || centralOffset > ZIP64_MAGIC;
    if (zip64) {
      this.out(
        Buffer.concat([
          u32(SIG_ZIP64_EOCD),
          u64(44),
          u16(VERSION_ZIP64),
          u16(VERSION_ZIP64),
          u32(0),
          u32(0),
          u64(this.entries.length),
          u64(this.entries.length),
          u64(centralLength),
          u64(centralOffset),
          u32(SIG_ZIP64_EOCD_LOC),
          u32(0),
          u64(centralOffset + centralLength),
          u32(1),
        ]),
      );
    }
    const records = zip64 ? ZIP64_MAGIC_SHORT : this.entries.length;
    this.out(Buffer.concat([u32(SIG_EOCD), u16(0), u16(0), u16(records), u16(records), u32(zip64 ? ZIP64_MAGIC : centralLength), u32(zip64 ? ZIP64_MAGIC : centralOffset), u16(0)]));
  }
}
