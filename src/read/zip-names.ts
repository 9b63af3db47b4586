/**
 * The entry names of a zip archive, read from its central directory without inflating anything
 * (APPNOTE.TXT 4.3.16 end of central directory record, 4.3.12 central directory header), to tell
 * a Word document from a workbook or an OpenDocument file. Null when the directory cannot be
 * found or read: the zip guard then says why the archive is unreadable.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_HEADER = 0x02014b50;
/** The end record is 22 bytes and may be followed by a comment of up to 65,535 bytes. */
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
/** Names looked at: a real document has a few dozen entries; the guard checks the rest. */
const MAX_NAMES = 10_000;

export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, buf.length - END_RECORD_BYTES - MAX_COMMENT_BYTES);
  let end = -1;
  for (let i = buf.length - END_RECORD_BYTES; i >= lowest; i--) {
    if (buf.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < Math.min(count, MAX_NAMES); n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== DIRECTORY_HEADER) return names.length > 0 ? names : null;
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    if (at + 46 + nameLength > buf.length) break;
    names.push(buf.toString("utf8", at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The `mimetype` an OpenDocument file stores first and uncompressed (ODF 1.2 Part 3, 3.3), or null. */
export function odfMimetype(bytes: Uint8Array): string | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 200));
  if (buf.length < 38 || buf.toString("latin1", 30, 38) !== "mimetype") return null;
  const m = /^application\/vnd\.oasis\.opendocument\.[a-z-]+/.exec(buf.toString("latin1", 38 + buf.readUInt16LE(28)));
  return m ? m[0] : null;
}
