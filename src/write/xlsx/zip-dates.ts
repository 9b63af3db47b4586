/**
 * exceljs zips the workbook with JSZip, which stamps every entry with the time of the run. This
 * sets every entry's modification time (local header and central directory, APPNOTE.TXT 4.3.7
 * and 4.3.12) to one fixed date, so that the same document gives the same bytes. The archive is
 * walked through its central directory; anything unexpected leaves it untouched.
 */
export function fixZipDates(zip: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  const LOCAL = 0x04034b50;
  // The end-of-central-directory record: 22 bytes, then a comment of up to 65535 bytes.
  let eocd = -1;
  for (let p = zip.byteLength - 22; p >= Math.max(0, zip.byteLength - 22 - 0xffff); p--) {
    if (view.getUint32(p, true) === EOCD) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) return zip;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const time = ((date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1)) & 0xffff;
  const day = (((Math.max(date.getUTCFullYear(), 1980) - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate()) & 0xffff;
  const out = new Uint8Array(zip);
  const write = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let i = 0; i < entries; i++) {
    if (p + 46 > zip.byteLength || view.getUint32(p, true) !== CENTRAL) return zip;
    const local = view.getUint32(p + 42, true);
    if (local + 30 > zip.byteLength || view.getUint32(local, true) !== LOCAL) return zip;
    write.setUint16(p + 12, time, true);
    write.setUint16(p + 14, day, true);
    write.setUint16(local + 10, time, true);
    write.setUint16(local + 12, day, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}
