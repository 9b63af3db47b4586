import yauzl from "yauzl";

/** One entry of a zip as yauzl reads it: its directory record and its inflated bytes. */
export interface ZipEntryRead {
  entry: yauzl.Entry;
  data: Buffer;
}

/**
 * Every entry of a zip, in order, as yauzl (strict about names, sizes and offsets) reads it:
 * a writer's archive is checked by a reader that is not its own.
 */
export function readZipEntries(bytes: Uint8Array): Promise<ZipEntryRead[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const out: ZipEntryRead[] = [];
      zip.on("end", () => resolve(out));
      zip.on("error", reject);
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            out.push({ entry, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
