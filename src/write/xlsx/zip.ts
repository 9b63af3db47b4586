import { constants, crc32, deflateRawSync } from "node:zlib";

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** Version needed to extract: 2.0, deflate (APPNOTE.TXT 4.4.3). */
const VERSION = 20;
/** Bytes gathered before they are compressed: large enough that the chunks cost next to nothing in ratio. */
const CHUNK = 256 * 1024;

/** The date and time of a zip entry (MS-DOS format, APPNOTE.TXT 4.4.6), from the date's UTC fields. */
export function dosDateTime(date: Date): { time: number; day: number } {
  const time = ((date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1)) & 0xffff;
  const day = (((Math.max(date.getUTCFullYear(), 1980) - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate()) & 0xffff;
  return { time, day };
}

/**
 * One file of the archive, written in pieces and compressed as it grows, so that what it holds is
 * its compressed bytes and at most one chunk of text. The pieces are encoded as UTF-8 straight into
 * a chunk buffer; each full chunk is deflated on its own and ends with a sync flush (an empty stored
 * block, on a byte boundary), the last with the final block: the chunks one after another are a
 * single valid deflate stream (RFC 1951 3.2.3), as pigz writes them.
 */
export class ZipEntry {
  private chunk: Buffer | null = null;
  private used = 0;
  private readonly parts: Buffer[] = [];
  private closed = false;
  size = 0;
  compressedSize = 0;
  crc = 0;

  constructor(
    readonly name: string,
    private readonly level: number,
  ) {}

  write(text: string): void {
    if (this.closed) throw new Error(`zip entry ${this.name} is closed`);
    // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4).
    if (text.length * 3 > CHUNK - this.used) {
      if (this.used > 0) this.flush(false);
      if (text.length * 3 > CHUNK) {
        this.compress(Buffer.from(text, "utf8"), false);
        return;
      }
    }
    this.chunk ??= Buffer.allocUnsafe(CHUNK);
    this.used += this.chunk.write(text, this.used, "utf8");
  }

  close(): void {
    if (this.closed) return;
    this.flush(true);
    this.chunk = null;
    this.closed = true;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** The compressed bytes, once closed. */
  get data(): readonly Buffer[] {
    return this.parts;
  }

  private flush(last: boolean): void {
    this.compress(this.chunk === null ? Buffer.alloc(0) : this.chunk.subarray(0, this.used), last);
    this.used = 0;
  }

  private compress(data: Buffer, last: boolean): void {
    this.crc = crc32(data, this.crc);
    this.size += data.byteLength;
    // Output room for the whole chunk (zlib's deflateBound, rounded up), not 16 KB at a time.
    const chunkSize = Math.max(64 * 1024, data.byteLength + (data.byteLength >> 2) + 1024);
    const deflated = deflateRawSync(data, { level: this.level, chunkSize, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    this.parts.push(deflated);
    this.compressedSize += deflated.byteLength;
  }
}

/**
 * A zip archive built in memory from entries written in pieces (APPNOTE.TXT 4.3): every entry
 * deflated, stamped with one fixed date (the same document gives the same bytes), in the order the
 * entries were opened, which need not be the order they are written in.
 */
export class ZipWriter {
  private readonly entries: ZipEntry[] = [];
  private readonly stamp: { time: number; day: number };

  constructor(
    date: Date,
    private readonly level: number,
  ) {
    this.stamp = dosDateTime(date);
  }

  /** A new entry, placed after those opened before it. */
  open(name: string): ZipEntry {
    if (this.entries.some((e) => e.name === name)) throw new Error(`zip entry ${name} opened twice`);
    const entry = new ZipEntry(name, this.level);
    this.entries.push(entry);
    return entry;
  }

  /** A new entry with this whole text. */
  add(name: string, text: string): void {
    const entry = this.open(name);
    entry.write(text);
    entry.close();
  }

  /** The archive. Every entry must be closed. */
  finish(): Uint8Array {
    const chunks: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    for (const entry of this.entries) {
      if (!entry.isClosed) throw new Error(`zip entry ${entry.name} was never closed`);
      // Zip64 would be needed past 4 GiB: no workbook of a breakdown table comes near it.
      if (entry.size > 0xffffffff || offset > 0xffffffff) throw new Error(`zip entry ${entry.name} is too large for a zip without Zip64`);
      const name = Buffer.from(entry.name, "utf8");
      const local = Buffer.alloc(30);
      local.writeUInt32LE(LOCAL, 0);
      local.writeUInt16LE(VERSION, 4);
      local.writeUInt16LE(0, 6); // flags
      local.writeUInt16LE(8, 8); // deflate
      local.writeUInt16LE(this.stamp.time, 10);
      local.writeUInt16LE(this.stamp.day, 12);
      local.writeUInt32LE(entry.crc >>> 0, 14);
      local.writeUInt32LE(entry.compressedSize, 18);
      local.writeUInt32LE(entry.size, 22);
      local.writeUInt16LE(name.byteLength, 26);
      local.writeUInt16LE(0, 28); // extra field
      chunks.push(local, name, ...entry.data);

      const central = Buffer.alloc(46);
      central.writeUInt32LE(CENTRAL, 0);
      central.writeUInt16LE(VERSION, 4); // made by: MS-DOS, 2.0
      central.writeUInt16LE(VERSION, 6);
      central.writeUInt16LE(0, 8);
      central.writeUInt16LE(8, 10);
      central.writeUInt16LE(this.stamp.time, 12);
      central.writeUInt16LE(this.stamp.day, 14);
      central.writeUInt32LE(entry.crc >>> 0, 16);
      central.writeUInt32LE(entry.compressedSize, 20);
      central.writeUInt32LE(entry.size, 24);
      central.writeUInt16LE(name.byteLength, 28);
      // extra, comment, disk, internal and external attributes: all 0
      central.writeUInt32LE(offset, 42);
      centrals.push(central, name);

      offset += local.byteLength + name.byteLength + entry.compressedSize;
    }
    const centralSize = centrals.reduce((n, b) => n + b.byteLength, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(offset, 16);
    return new Uint8Array(Buffer.concat([...chunks, ...centrals, end]));
  }
}
