// What the .docx path is compared with: mammoth.convertToHtml alone, and the floor (unzip
// word/document.xml and one pass over its text).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import yauzl from "yauzl";

const require = createRequire(import.meta.url);

export function mammothVersion() {
  return require("mammoth/package.json").version;
}

/** Inflate one entry of a zip held in memory. */
export function unzipEntry(buffer, name) {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on("error", reject);
      zip.on("end", () => reject(new Error(`${name} not in the archive`)));
      zip.on("entry", (entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks = [];
          stream.on("data", (c) => chunks.push(c));
          stream.on("error", reject);
          stream.on("end", () => {
            zip.close();
            resolve(Buffer.concat(chunks));
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** The floor: unzip word/document.xml, decode it and look at every character once (count tags). */
export async function floorOnce(buffer) {
  const xml = (await unzipEntry(buffer, "word/document.xml")).toString("utf8");
  let tags = 0;
  for (let i = 0; i < xml.length; i++) if (xml.charCodeAt(i) === 60) tags++;
  return { xmlBytes: Buffer.byteLength(xml), tags };
}

/** The baselines as functions of one round each, on the .docx at `path`, for `measure(…, alongside)`. */
export function baselines(path) {
  const mammoth = require("mammoth");
  const buffer = readFileSync(path);
  return {
    mammoth: () => mammoth.convertToHtml({ buffer }),
    floor: () => floorOnce(buffer),
  };
}

/** Size of word/document.xml in the .docx at `path`. */
export async function documentXmlBytes(path) {
  return (await floorOnce(readFileSync(path))).xmlBytes;
}
