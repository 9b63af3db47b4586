// What the .docx path is compared with: mammoth.convertToHtml alone, and the floor (unzip
// word/document.xml and one pass over its text).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import yauzl from "yauzl";
import { median, now } from "./report.mjs";

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

async function timed(fn, { warmup, rounds }) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  let last;
  for (let i = 0; i < rounds; i++) {
    const t0 = now();
    last = await fn();
    times.push(now() - t0);
  }
  return { ms: median(times), last };
}

export async function measureBaselines(path, plan) {
  const mammoth = require("mammoth");
  const buffer = readFileSync(path);
  const m = await timed(() => mammoth.convertToHtml({ buffer }), plan);
  const f = await timed(() => floorOnce(buffer), plan);
  return { mammoth: m.ms, floor: f.ms, xmlBytes: f.last.xmlBytes };
}
