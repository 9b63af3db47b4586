import { readFileSync } from "node:fs";
import yazl from "yazl";
import { describe, expect, it } from "vitest";
import { BreakdownError } from "../../src/errors.js";
import { DEFAULT_LIMITS, type Limits } from "../../src/options.js";
import { MAX_XML_DEPTH } from "../../src/read/docx/parts.js";
import { assertSafeDocx, INFLATE_AT_ONCE_BYTES, RATIO_FLOOR_BYTES } from "../../src/read/zip-guard.js";
import { fixture } from "../helpers.js";

const MINIMAL = [
  ["[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
  ["_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
  ["word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'],
] as const;

function zip(entries: readonly (readonly [string, string | Buffer])[], options: { compress?: boolean } = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const z = new yazl.ZipFile();
    for (const [name, data] of entries) z.addBuffer(Buffer.isBuffer(data) ? data : Buffer.from(data, "utf8"), name, { mtime: new Date(0), compress: options.compress ?? true });
    z.end();
    const chunks: Buffer[] = [];
    z.outputStream.on("data", (c: Buffer) => chunks.push(c));
    z.outputStream.on("error", reject);
    z.outputStream.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}

/** Central directory entries: offset of each header, by name. */
function centralEntries(bytes: Uint8Array): Map<string, number> {
  const buf = Buffer.from(bytes);
  let eocd = buf.length - 22;
  while (buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const out = new Map<string, number>();
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < buf.readUInt16LE(eocd + 10); i++) {
    const n = buf.readUInt16LE(p + 28);
    out.set(buf.subarray(p + 46, p + 46 + n).toString("utf8"), p);
    p += 46 + n + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

async function codeOf(bytes: Uint8Array, limits: Partial<Limits> = {}, atOnceBytes = INFLATE_AT_ONCE_BYTES): Promise<string> {
  try {
    await assertSafeDocx(bytes, "t.docx", { ...DEFAULT_LIMITS, ...limits }, atOnceBytes);
  } catch (error) {
    return error instanceof BreakdownError ? `${error.code}: ${error.message}` : `not a BreakdownError: ${String(error)}`;
  }
  return "safe";
}

describe("the zip guard", () => {
  it("lets a real .docx through", async () => {
    expect(await codeOf(new Uint8Array(readFileSync(fixture("docx", "seed-clean.docx"))))).toBe("safe");
    expect(await codeOf(await zip(MINIMAL))).toBe("safe");
  });

  it("refuses declared sizes before inflating anything: an entry whose data is not even valid deflate", async () => {
    const bytes = Buffer.from(await zip([...MINIMAL, ["word/media/big.bin", Buffer.alloc(1000, 7)]]));
    const cd = centralEntries(bytes).get("word/media/big.bin")!;
    const local = bytes.readUInt32LE(cd + 42);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    bytes.fill(0xff, dataStart, dataStart + bytes.readUInt32LE(cd + 20)); // not deflate: inflating it would fail
    expect(await codeOf(bytes)).toMatch(/^DOCX_UNREADABLE/); // proof that inflating it fails…
    bytes.writeUInt32LE(3_000_000_000, cd + 24);
    expect(await codeOf(bytes)).toMatch(/^DOCX_UNSAFE: .*--max-unzipped-bytes/); // …so this was decided without inflating
  });

  it("refuses an entry compressed beyond the ratio only above the size floor", async () => {
    const zeros = Buffer.alloc(RATIO_FLOOR_BYTES * 4);
    expect(await codeOf(await zip([...MINIMAL, ["word/media/zeros.bin", zeros]]))).toMatch(/^DOCX_UNSAFE: Entry word\/media\/zeros.bin is compressed \d+×/);
    expect(await codeOf(await zip([...MINIMAL, ["word/media/zeros.bin", Buffer.alloc(RATIO_FLOOR_BYTES)]]))).toBe("safe");
  });

  it("refuses more entries than the limit from the end-of-central-directory count", async () => {
    expect(await codeOf(await zip(MINIMAL), { maxZipEntries: 2 })).toMatch(/^DOCX_UNSAFE: The archive has 3 entries, over the limit of 2/);
  });

  it("refuses an entry whose path leaves the archive", async () => {
    const bytes = Buffer.from(await zip([...MINIMAL, ["word/xx/evil.xml", "<x/>"]]));
    for (const [name, p] of centralEntries(bytes)) if (name === "word/xx/evil.xml") bytes.write("../", p + 46 + 5, "latin1"); // word/../evil.xml
    expect(await codeOf(bytes)).toMatch(/^DOCX_UNSAFE: .*leaves the archive/);
  });

  it("refuses a zip whose entries are encrypted with DOCX_ENCRYPTED", async () => {
    const bytes = Buffer.from(await zip(MINIMAL));
    for (const p of centralEntries(bytes).values()) bytes.writeUInt16LE(bytes.readUInt16LE(p + 8) | 1, p + 8);
    expect(await codeOf(bytes)).toMatch(/^DOCX_ENCRYPTED/);
  });

  it("finds the main part where _rels/.rels says, and says what another Office zip is", async () => {
    const renamed = MINIMAL.map(([n, d]) => (n === "word/document.xml" ? (["word/document2.xml", d] as const) : n === "_rels/.rels" ? ([n, d.replace("word/document.xml", "/word/document2.xml")] as const) : ([n, d] as const)));
    expect(await codeOf(await zip(renamed))).toBe("safe");
    const workbook = await zip([["[Content_Types].xml", "<Types/>"], ["xl/workbook.xml", "<workbook/>"]]);
    expect(await codeOf(workbook)).toMatch(/^DOCX_NO_DOCUMENT: .*Excel workbook/);
  });

});

// Entries inflate at once up to INFLATE_AT_ONCE_BYTES and are streamed above it: both ways are held to the same checks.
describe.each([
  ["inflated at once", INFLATE_AT_ONCE_BYTES],
  ["streamed", 0],
])("the zip guard, every entry %s", (_, atOnce) => {
  it("refuses a DTD in any XML part, in UTF-8 or UTF-16", async () => {
    const dtd = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><r>&a;</r>';
    expect(await codeOf(await zip([...MINIMAL, ["word/styles.xml", dtd]]), {}, atOnce)).toMatch(/^DOCX_UNSAFE: The XML part word\/styles.xml declares a DTD/);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(dtd, "utf16le")]);
    expect(await codeOf(await zip([...MINIMAL, ["word/footnotes.xml", utf16]]), {}, atOnce)).toMatch(/^DOCX_UNSAFE: The XML part word\/footnotes.xml/);
    expect(await codeOf(await zip([...MINIMAL, ["_rels/extra.rels", '<!DOCTYPE x SYSTEM "file:///etc/passwd"><x/>']]), {}, atOnce)).toMatch(/^DOCX_UNSAFE/);
  });

  it("counts the main document's table rows while scanning it, and refuses more than --max-rows before mammoth reads them", async () => {
    // Enough rows that, streamed, the inflated part comes in many chunks: a row cut by a chunk boundary counts once.
    const rows = Array.from({ length: 20_000 }, (_, i) => `<w:tr w:rsidR="00${i % 10}"><w:trPr><w:trHeight w:val="300"/></w:trPr><w:tc><w:p><w:r><w:t>${i}</w:t></w:r></w:p></w:tc></w:tr>`).join("");
    const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl>${rows}<w:tr><w:tc/></w:tr></w:tbl></w:body></w:document>`;
    const bytes = await zip(MINIMAL.map(([n, d]) => (n === "word/document.xml" ? ([n, xml] as const) : ([n, d] as const))));
    expect(await codeOf(bytes, { maxRows: 20_001 }, atOnce)).toBe("safe");
    expect(await codeOf(bytes, { maxRows: 20_000 }, atOnce)).toBe("LIMIT_EXCEEDED: The document has 20001 table rows, over the limit of 20000 (--max-rows).");
  });

  it("refuses a zip cut short with DOCX_UNREADABLE", async () => {
    const bytes = await zip(MINIMAL);
    expect(await codeOf(bytes.subarray(0, bytes.length - 30), {}, atOnce)).toMatch(/^DOCX_UNREADABLE/);
  });

  it("refuses an entry that inflates to more than it declares (DOCX_UNSAFE), or to less (DOCX_UNREADABLE)", async () => {
    const text = Array.from({ length: 400 }, (_, i) => `<w:p>${i}</w:p>`).join("");
    const bytes = Buffer.from(await zip([...MINIMAL, ["word/settings.xml", text]]));
    const cd = centralEntries(bytes).get("word/settings.xml")!;
    const lower = Buffer.from(bytes);
    lower.writeUInt32LE(text.length - 10, cd + 24);
    expect(await codeOf(lower, {}, atOnce)).toMatch(/^DOCX_UNSAFE: Entry word\/settings.xml inflates to more than its declared/);
    const higher = Buffer.from(bytes);
    higher.writeUInt32LE(text.length + 10, cd + 24);
    expect(await codeOf(higher, {}, atOnce)).toMatch(/^DOCX_UNREADABLE/);
  });
});

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const documentXml = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W_NS}><w:body>${body}</w:body></w:document>`;
const tableOf = (rows: number): string => `<w:tbl>${Array.from({ length: rows }, (_, i) => `<w:tr><w:tc><w:p><w:r><w:t>${i}</w:t></w:r></w:p></w:tc></w:tr>`).join("")}</w:tbl>`;
const packageRels = (...targets: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets.map((t, i) => `<Relationship Id="rId${i + 1}" Type="${OFFICE_DOCUMENT}" Target="${t}"/>`).join("")}</Relationships>`;

/** Local file headers: offset of each, by name (the name JSZip, and so mammoth, reads). */
function localHeaders(bytes: Uint8Array): Map<string, number> {
  const buf = Buffer.from(bytes);
  const out = new Map<string, number>();
  for (const p of centralEntries(bytes).values()) {
    const local = buf.readUInt32LE(p + 42);
    out.set(buf.subarray(local + 30, local + 30 + buf.readUInt16LE(local + 26)).toString("utf8"), local);
  }
  return out;
}

// Issue 14, item 1: mammoth reads the first officeDocument target that exists; a guard that took the
// first target, missing or not, counted the one-row decoy and let 300,000 rows through (exit 134).
describe("the zip guard, finding the main part as mammoth does", () => {
  const smuggled = (rows: number): Promise<Uint8Array> =>
    zip([
      MINIMAL[0],
      ["_rels/.rels", packageRels("word/missing.xml", "word/real.xml")],
      ["word/document.xml", documentXml(tableOf(1))],
      ["word/real.xml", documentXml(tableOf(rows))],
    ]);

  it("counts the rows of the first officeDocument target that exists, not of a missing first target's fallback", async () => {
    expect(await codeOf(await smuggled(300), { maxRows: 100 })).toBe("LIMIT_EXCEEDED: The document has 300 table rows, over the limit of 100 (--max-rows).");
    expect(await codeOf(await smuggled(100), { maxRows: 100 })).toBe("safe");
  });

  it("reads the names mammoth reads: an entry's local header, not the central directory", async () => {
    // The central directory calls the 300-row part word/othe.xml; its local header, which JSZip reads, word/real.xml.
    const bytes = Buffer.from(
      await zip([MINIMAL[0], ["_rels/.rels", packageRels("word/real.xml")], ["word/document.xml", documentXml(tableOf(1))], ["word/othe.xml", documentXml(tableOf(300))]]),
    );
    const local = localHeaders(bytes).get("word/othe.xml")!;
    bytes.write("word/real.xml", local + 30, "latin1");
    expect(await codeOf(bytes, { maxRows: 100 })).toMatch(/^LIMIT_EXCEEDED: The document has 300 table rows/);
  });

  it("counts rows whatever prefix names the main namespace, and in the notes mammoth reads with the body", async () => {
    const prefixed = documentXml(tableOf(300)).replaceAll("w:", "x:");
    expect(await codeOf(await zip([MINIMAL[0], MINIMAL[1], ["word/document.xml", prefixed]]), { maxRows: 100 })).toMatch(/^LIMIT_EXCEEDED: The document has 300 table rows/);
    const notes = `<?xml version="1.0"?><w:footnotes ${W_NS}><w:footnote w:id="1">${tableOf(300)}</w:footnote></w:footnotes>`;
    expect(await codeOf(await zip([...MINIMAL, ["word/footnotes.xml", notes]]), { maxRows: 100 })).toMatch(/^LIMIT_EXCEEDED: The document has 300 table rows/);
  });

  it("refuses the smuggled table in the reader too, with the guard's count, before mammoth reads it", async () => {
    const { readDocx } = await import("../../src/read/docx/index.js");
    const { resolveParseOptions } = await import("../../src/options.js");
    const options = resolveParseOptions({ limits: { maxRows: 100 } });
    const error = await readDocx(await smuggled(300), "t.docx", options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BreakdownError);
    expect((error as BreakdownError).message).toBe("The document has 300 table rows, over the limit of 100 (--max-rows).");
  });
});

// Issue 14, item 9a: the DTD check covered only parts named .xml or .rels.
describe("the zip guard, looking for a DTD by content", () => {
  const DTD = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><r>&a;</r>';

  it("refuses a DTD in a part that starts like XML whatever its name, and in any part mammoth parses", async () => {
    expect(await codeOf(await zip([...MINIMAL, ["customXml/item1.dat", DTD]]))).toMatch(/^DOCX_UNSAFE: The XML part customXml\/item1.dat declares a DTD/);
    expect(await codeOf(await zip([...MINIMAL, ["word/blob", `\ufeff \n${DTD}`]]))).toMatch(/^DOCX_UNSAFE: The XML part word\/blob declares a DTD/);
    // The main part under an image's name: mammoth parses it, so it is checked whatever it starts with.
    const main = await zip([MINIMAL[0], ["_rels/.rels", packageRels("word/media/main.svg")], ["word/media/main.svg", `x${DTD}`]]);
    expect(await codeOf(main)).toMatch(/^DOCX_UNSAFE: The XML part word\/media\/main.svg declares a DTD/);
  });

  it("lets an SVG image declare its DTD: nothing parses it", async () => {
    const svg = '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg/>';
    expect(await codeOf(await zip([...MINIMAL, ["word/media/image1.svg", svg]]))).toBe("safe");
  });
});

// Issue 14, item 9c: 100,000 nested w:sdt or 5,000 nested tables ran mammoth for 31 s into
// "Maximum call stack size exceeded", reported as DOCX_UNREADABLE.
describe("the zip guard, on XML nested too deep", () => {
  const nested = (open: string, close: string, n: number, inner = "<w:p/>"): string => open.repeat(n) + inner + close.repeat(n);

  // Stored, not deflated: repeated tags compress past the ratio limit, and this is about depth.
  const stored = (xml: string): Promise<Uint8Array> => zip([MINIMAL[0], MINIMAL[1], ["word/document.xml", xml]], { compress: false });

  it("refuses nesting deeper than MAX_XML_DEPTH with DOCX_TOO_DEEP, before mammoth parses it", async () => {
    const sdt = documentXml(nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 100_000));
    expect(await codeOf(await stored(sdt))).toBe(
      `DOCX_TOO_DEEP: The XML part word/document.xml nests elements more than ${MAX_XML_DEPTH} deep, which no Word document does; got at least ${MAX_XML_DEPTH + 1}.`,
    );
    const ins = documentXml(`<w:p>${nested("<w:ins>", "</w:ins>", 100_000, "<w:r><w:t>x</w:t></w:r>")}</w:p>`);
    expect(await codeOf(await stored(ins))).toMatch(/^DOCX_TOO_DEEP/);
    const tables = documentXml(nested("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", 5_000));
    expect(await codeOf(await stored(tables))).toMatch(/^DOCX_TOO_DEEP/);
    // In the relationships mammoth parses to find the main part, too.
    const rels = packageRels("word/document.xml").replace("</Relationships>", `${nested("<x>", "</x>", 1_000)}</Relationships>`);
    expect(await codeOf(await zip([MINIMAL[0], ["_rels/.rels", rels], MINIMAL[2]], { compress: false }))).toMatch(/^DOCX_TOO_DEEP: The XML part _rels\/.rels/);
  });

  it("counts a tag that closes itself, and a `/>` inside a quoted value, as they are", async () => {
    const flat = documentXml(`<w:p>${'<w:r w:x="a/>b"><w:t>x</w:t></w:r><w:bookmarkStart/>'.repeat(MAX_XML_DEPTH * 2)}</w:p>`);
    expect(await codeOf(await stored(flat))).toBe("safe");
    const quoted = documentXml(nested('<w:sdt w:x="/>"><w:sdtContent>', "</w:sdtContent></w:sdt>", MAX_XML_DEPTH));
    expect(await codeOf(await stored(quoted))).toMatch(/^DOCX_TOO_DEEP/);
  });

  it("lets the reader read a document nested up to the limit: 80 tables, one in another's cell", async () => {
    const { parseBytes } = await import("../../src/index.js");
    const tables = documentXml(nested("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", 80, "<w:p><w:r><w:t>x</w:t></w:r></w:p>"));
    const bytes = await stored(tables);
    expect(await codeOf(bytes)).toBe("safe");
    const error = await parseBytes(bytes, "t.docx").catch((e: unknown) => e);
    expect((error as BreakdownError).code).toBe("NO_TABLE_FOUND");
  });
});
