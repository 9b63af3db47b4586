import { readFileSync } from "node:fs";
import fc from "fast-check";
import yauzl from "yauzl";
import yazl from "yazl";
import { afterAll, beforeAll, describe, it } from "vitest";
import { fixture } from "../helpers.js";
import { BoundedParser } from "../support/bounded-parse.js";

/**
 * The .docx path, fed damaged archives (bytes overwritten, cut, spliced) and archives whose
 * word/document.xml is damaged (spans cut, duplicated, junk and stray tags inserted), gives a
 * document or a BreakdownError, never another error, within a time bound.
 * Reproduce a failure with FC_SEED=<seed> (and FC_PATH=<path>) from the report.
 */
const NUM_RUNS = Number(process.env.FC_DOCX_RUNS ?? 300);
const PER_INPUT_MS = 10_000;
const BASES = ["seed-clean.docx", "lead-support-sections.docx", "nested-table.docx", "two-level-header.docx"].map((n) => new Uint8Array(readFileSync(fixture("docx", n))));

function unzipAll(bytes: Uint8Array): Promise<{ name: string; data: Buffer }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const out: { name: string; data: Buffer }[] = [];
      zip.on("end", () => resolve(out));
      zip.on("error", reject);
      zip.on("entry", (entry: yauzl.Entry) =>
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            out.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        }),
      );
      zip.readEntry();
    });
  });
}

function zipAll(entries: { name: string; data: Buffer }[]): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const z = new yazl.ZipFile();
    for (const e of entries) z.addBuffer(e.data, e.name, { mtime: new Date(0) });
    z.end();
    const chunks: Buffer[] = [];
    z.outputStream.on("data", (c: Buffer) => chunks.push(c));
    z.outputStream.on("error", reject);
    z.outputStream.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const junk = fc.oneof(
  fc.constantFrom("<w:p>", "</w:p>", "<w:tc>", "</w:tr>", "<w:tbl>", "<w:t>", "</w:t>", "&amp;", "&#0;", "&#xFFFF;", "&lt;", "<![CDATA[x]]>", "<!-- c -->", "<?pi x?>", "\u0000", "\uff0c", "\u5e8f\u53f7"),
  fc.string({ maxLength: 8 }),
);

type ByteMutation = { kind: "overwrite"; at: number; bytes: number[] } | { kind: "cut"; at: number } | { kind: "splice"; at: number; len: number; to: number };
const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant("overwrite" as const), at: position, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant("cut" as const), at: position }),
  fc.record({ kind: fc.constant("splice" as const), at: position, len: fc.integer({ min: 1, max: 512 }), to: position }),
);

type XmlMutation = { kind: "cut"; at: number; len: number } | { kind: "duplicate"; at: number; len: number; to: number } | { kind: "insert"; at: number; text: string };
const xmlMutation: fc.Arbitrary<XmlMutation> = fc.oneof(
  fc.record({ kind: fc.constant("cut" as const), at: position, len: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: position, len: fc.integer({ min: 1, max: 3000 }), to: position }),
  fc.record({ kind: fc.constant("insert" as const), at: position, text: junk }),
);

function mutateBytes(bytes: Uint8Array, m: ByteMutation): Uint8Array {
  const b = Buffer.from(bytes);
  const at = Math.floor(m.at * b.length);
  if (m.kind === "overwrite") {
    m.bytes.forEach((x, i) => {
      if (at + i < b.length) b[at + i] = x;
    });
    return new Uint8Array(b);
  }
  if (m.kind === "cut") return new Uint8Array(b.subarray(0, at));
  const piece = b.subarray(at, at + m.len);
  const to = Math.floor(m.to * b.length);
  return new Uint8Array(Buffer.concat([b.subarray(0, to), piece, b.subarray(to)]));
}

function mutateXml(xml: string, m: XmlMutation): string {
  const at = Math.floor(m.at * xml.length);
  if (m.kind === "cut") return xml.slice(0, at) + xml.slice(at + m.len);
  if (m.kind === "insert") return xml.slice(0, at) + m.text + xml.slice(at);
  const to = Math.floor(m.to * xml.length);
  return xml.slice(0, to) + xml.slice(at, at + m.len) + xml.slice(to);
}

describe("the .docx path under damage", () => {
  const parser = new BoundedParser();
  let entries: { name: string; data: Buffer }[][] = [];
  beforeAll(async () => {
    entries = await Promise.all(BASES.map(unzipAll));
  });
  afterAll(() => parser.close());

  const check = async (bytes: Uint8Array): Promise<void> => {
    const outcome = await parser.parse(bytes, "damaged.docx", PER_INPUT_MS);
    if (outcome.kind === "timeout") throw new Error(`no answer within ${PER_INPUT_MS} ms`);
    if (outcome.kind === "error" && !outcome.breakdown) throw new Error(`threw a non-BreakdownError: ${outcome.stack}`);
  };

  it(`gives a document or a coded error for archives with damaged bytes (${NUM_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: BASES.length - 1 }), fc.array(byteMutation, { minLength: 1, maxLength: 3 }), async (base, mutations) => {
        await check(mutations.reduce(mutateBytes, BASES[base] as Uint8Array));
      }),
      { numRuns: NUM_RUNS, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}), ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}), endOnFailure: true },
    );
  }, 180_000);

  it(`gives a document or a coded error for a damaged word/document.xml (${NUM_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: BASES.length - 1 }), fc.array(xmlMutation, { minLength: 1, maxLength: 4 }), async (base, mutations) => {
        const files = (entries[base] as { name: string; data: Buffer }[]).map((e) =>
          e.name === "word/document.xml" ? { name: e.name, data: Buffer.from(mutations.reduce(mutateXml, e.data.toString("utf8")), "utf8") } : e,
        );
        await check(await zipAll(files));
      }),
      { numRuns: NUM_RUNS, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}), ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}), endOnFailure: true },
    );
  }, 180_000);
});
