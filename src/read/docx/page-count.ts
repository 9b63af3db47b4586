import yauzl from "yauzl";

/** docProps/app.xml is a few hundred bytes; anything far larger is not read. */
const MAX_APP_XML = 1024 * 1024;

/**
 * The page count Word stored when it last saved the file (docProps/app.xml <Pages>,
 * ECMA-376 Part 1, 22.2.2.19), or null when there is none. The file is only read when
 * small, and never parsed as XML (no DTD, no entities): one element is looked for.
 */
export async function readPageCount(bytes: Uint8Array): Promise<number | null> {
  const xml = await readEntry(bytes, "docProps/app.xml").catch(() => null);
  const m = xml ? /<(?:\w+:)?Pages>\s*(\d{1,6})\s*<\/(?:\w+:)?Pages>/.exec(xml) : null;
  const pages = m ? Number(m[1]) : 0;
  return pages > 0 ? pages : null;
}

function readEntry(bytes: Uint8Array, name: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error("no zip"));
      let found = false;
      zip.on("entry", (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        found = true;
        if (entry.uncompressedSize > MAX_APP_XML) {
          zip.close();
          return resolve(null);
        }
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err ?? new Error("no stream"));
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("error", reject);
          stream.on("end", () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString("utf8"));
          });
        });
      });
      zip.on("end", () => {
        if (!found) resolve(null);
      });
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}
