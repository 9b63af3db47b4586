import { readdirSync } from "node:fs";
import fc from "fast-check";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { breakdownDocument, buildDocx } from "../../../scripts/fixtures/build-docx.mjs";
import { isBreakdownError } from "../../../src/errors.js";
import { resolveParseOptions } from "../../../src/options.js";
import { planPieces, pieceXml } from "../../../src/read/docx/body-split.js";
import { combineMessages } from "../../../src/read/docx/convert.js";
import { readDocxTree, type SplitSettings } from "../../../src/read/docx/docx-tree.js";
import { readDocx } from "../../../src/read/docx/index.js";
import { fixture, readBytes } from "../../helpers.js";

/** Never cut: the document is converted whole. */
const WHOLE: SplitSettings = { aboveBytes: Number.POSITIVE_INFINITY, pieceChars: 0 };
/** Cut at every place a cut is allowed: as many pieces as the document can be read in. */
const EVERY_ROW: SplitSettings = { aboveBytes: 0, pieceChars: 1 };
const OPTIONS = resolveParseOptions();

/** What readDocx gives, or the code of the error it throws. */
async function read(bytes: Uint8Array, split: SplitSettings): Promise<unknown> {
  try {
    return await readDocx(bytes, "t.docx", OPTIONS, split);
  } catch (error) {
    if (isBreakdownError(error)) return { code: error.code, message: error.message };
    throw error;
  }
}

describe("a .docx read in pieces", () => {
  const fixtures = readdirSync(fixture("docx")).filter((f) => f.endsWith(".docx"));

  // Fixtures whose document cannot be cut anywhere, and why; every other one is cut.
  const UNCUT: Record<string, string> = {
    // The breakdown table sits in the one row of a frame table: nothing is cut inside a row.
    "nested-table.docx": "one-row frame",
    // The `docx` package writes <w:tblHeader w:val="off"/> on a plain table's rows, and mammoth
    // takes any w:tblHeader for a header row: a cut before one would change mammoth's <thead>.
    "no-breakdown-table.docx": "every row a header row to mammoth",
  };

  it.each(fixtures)("gives the grid the whole document gives: %s", async (name) => {
    const bytes = readBytes(fixture("docx", name));
    const pieces = await readDocxTree(bytes, name, 1, EVERY_ROW);
    if (name in UNCUT) expect(pieces.pieces).toBe(1);
    else expect(pieces.pieces).toBeGreaterThan(1);
    expect(await read(bytes, EVERY_ROW)).toEqual(await read(bytes, WHOLE));
  });

  const COLUMNS = ["序号", "重点任务", "主要内容", "牵头单位", "配合单位", "联系人"];
  const CHARS = [..."一二三县局委办推进落实张李续表", "、", "\uff0c", "。", "(", ")", "1", " "];
  const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 10 }).map((cs) => cs.join(""));
  const cell = fc.oneof(text, fc.array(text, { minLength: 1, maxLength: 3 }));
  const row = fc.oneof(
    { weight: 1, arbitrary: text.filter((t) => t.trim() !== "").map((section) => ({ section })) },
    { weight: 5, arbitrary: fc.tuple(fc.nat({ max: 30 }).map(String), cell, cell, cell, cell, cell).map((cells) => ({ cells })) },
  );

  it("gives the grid the whole document gives, for any table: merged runs, split tables, repeated headers", async () => {
    let runs = 0;
    let cut = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 10 }),
        fc.subarray(["牵头单位", "配合单位", "联系人", "主要内容"]),
        fc.option(fc.nat({ max: 10 }), { nil: null }),
        fc.boolean(),
        async (rows, mergeRuns, split, repeatHeader) => {
          const splitBefore = split !== null && split > 0 && split < rows.length ? split : null;
          const bytes = await buildDocx(breakdownDocument({ title: "甲县任务分解表", issuer: "甲县人民政府办公室", columns: COLUMNS, rows }, { mergeRuns, splitBefore, repeatHeader }));
          expect(await read(bytes, EVERY_ROW)).toEqual(await read(bytes, WHOLE));
          runs++;
          if ((await readDocxTree(bytes, "t.docx", 1, EVERY_ROW)).pieces > 1) cut++;
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) },
    );
    // Most generated tables are cut (one of a single row, or merged all the way down, is not).
    expect(cut).toBeGreaterThan(runs / 2);
    // 40 generated .docx files read twice each: about 10 s on an idle machine, several times that on a busy one.
  }, 120_000);
});

describe("a .docx with footnotes and endnotes read in pieces", () => {
  const NOTE_TABLE = '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>注表</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
  const notesXml = (kind: "footnote" | "endnote", notes: string[]): string =>
    `<?xml version="1.0" encoding="UTF-8"?><w:${kind}s ${W}>${notes.map((body, i) => `<w:${kind} w:id="${i + 1}">${body}</w:${kind}>`).join("")}</w:${kind}s>`;
  const reference = (kind: "footnote" | "endnote", id: number): string => `<w:r><w:${kind}Reference w:id="${id}"/></w:r>`;

  /** The table with note references after the runs that end in `marks` (title, cells), and the notes beside it. */
  async function noted(rows: { cells: string[] }[], marks: [string, "footnote" | "endnote", number][]): Promise<Uint8Array> {
    const built = await buildDocx(breakdownDocument({ title: "甲县任务分解表甲", issuer: "甲县人民政府办公室", columns: ["序号", "重点任务", "责任单位"], rows }));
    const zip = await JSZip.loadAsync(built);
    let xml = await zip.file("word/document.xml")!.async("string");
    for (const [mark, kind, id] of marks) {
      const at = xml.indexOf(`${mark}</w:t></w:r>`);
      expect(at).toBeGreaterThan(0);
      const end = at + `${mark}</w:t></w:r>`.length;
      xml = xml.slice(0, end) + reference(kind, id) + xml.slice(end);
    }
    zip.file("word/document.xml", xml);
    zip.file("word/footnotes.xml", notesXml("footnote", ["<w:p><w:r><w:t>脚注一</w:t></w:r></w:p>", `<w:p><w:r><w:t>脚注二</w:t></w:r></w:p>${NOTE_TABLE}`]));
    zip.file("word/endnotes.xml", notesXml("endnote", ["<w:p><w:r><w:t>尾注一</w:t></w:r></w:p>"]));
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }

  it("gives the grid the whole document gives: each piece's notes at the end, in the order referred to", async () => {
    const rows = Array.from({ length: 8 }, (_, i) => ({ cells: [String(i + 1), `任务${i + 1}号`, `县${i + 1}局`] }));
    const bytes = await noted(rows, [
      ["任务分解表甲", "footnote", 1],
      ["任务2号", "footnote", 2],
      ["县5局", "endnote", 1],
      ["任务7号", "footnote", 1],
    ]);
    const pieces = await readDocxTree(bytes, "t.docx", 1, EVERY_ROW);
    expect(pieces.pieces).toBeGreaterThan(1);
    const whole = await read(bytes, WHOLE);
    expect(await read(bytes, EVERY_ROW)).toEqual(whole);
    // The notes are there, after the table: a read that dropped them would be equal too.
    expect(JSON.stringify(whole)).toContain("尾注一");
    expect(JSON.stringify(whole)).toContain("注表");
  });
});

describe("a large .docx whose table cannot be cut", () => {
  // --max-rows 30: at most 10 rows may be converted at once.
  const LOW = resolveParseOptions({ limits: { maxRows: 30 } });
  const table = (rows: number, unit: (i: number) => string): Promise<Uint8Array> =>
    buildDocx(
      breakdownDocument(
        { title: "甲县任务分解表", issuer: "甲县人民政府办公室", columns: ["序号", "重点任务", "责任单位"], rows: Array.from({ length: rows }, (_, i) => ({ cells: [String(i + 1), `任务${i + 1}号`, unit(i)] })) },
        { mergeRuns: ["责任单位"] },
      ),
    );

  it("is refused with LIMIT_EXCEEDED when a piece would hold more than a third of --max-rows", async () => {
    // One unit merged down every task row: the only cut is under the header.
    const merged = await table(12, () => "县林业局");
    const error = await readDocx(merged, "t.docx", LOW, EVERY_ROW).catch((e: unknown) => e);
    expect(isBreakdownError(error) && [error.code, error.message]).toEqual(["LIMIT_EXCEEDED", expect.stringMatching(/^The document has 12 table rows that cannot be cut apart .*it may have 10, a third of --max-rows \(30\)\.$/)]);
  });

  it("is read when its pieces are short enough, or when it is small enough to be read whole anyway", async () => {
    const cut = await table(12, (i) => `县${i}局`);
    expect(await readDocx(cut, "t.docx", LOW, EVERY_ROW)).toHaveProperty("rows");
    expect(await readDocx(await table(12, () => "县林业局"), "t.docx", LOW, WHOLE)).toHaveProperty("rows");
  });
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;
const para = (inner: string): string => `<w:p>${inner}</w:p>`;
const run = (text: string): string => `<w:r><w:t>${text}</w:t></w:r>`;
const tc = (text: string, pr = ""): string => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ""}${para(run(text))}</w:tc>`;
const tr = (cells: string[], pr = ""): string => `<w:tr>${pr ? `<w:trPr>${pr}</w:trPr>` : ""}${cells.join("")}</w:tr>`;
const tbl = (rows: string[]): string => `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>${rows.join("")}</w:tbl>`;
const RESTART = '<w:vMerge w:val="restart"/>';
const CONTINUE = "<w:vMerge/>";

/** The text of the first cell of the row each piece after the first starts with. */
function cutBefore(xml: string): string[] | null {
  const plan = planPieces(xml, 1);
  if (!plan) return null;
  return plan.cuts.map((c) => /<w:t>([^<]*)<\/w:t>/.exec(xml.slice(c.at))?.[1] ?? "?");
}

describe("where the body of a document.xml is cut", () => {
  it("between rows, never where a vertical merge goes on across the cut", () => {
    const xml = doc(tbl([tr([tc("r0"), tc("a")]), tr([tc("r1", RESTART), tc("b")]), tr([tc("r2", CONTINUE), tc("c")]), tr([tc("r3"), tc("d")])]));
    expect(cutBefore(xml)).toEqual(["r1", "r3"]);
  });

  it("not before a repeated header row, nor while a field is open", () => {
    const field = (type: string): string => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const rows = [
      tr([tc("r0"), tc("a")]),
      tr([tc("r1"), tc("b")], "<w:tblHeader/>"),
      `<w:tr><w:tc>${para(field("begin") + run("r2"))}</w:tc><w:tc>${para(run("c"))}</w:tc></w:tr>`,
      `<w:tr><w:tc>${para(run("r3") + field("end"))}</w:tc><w:tc>${para(run("d"))}</w:tc></w:tr>`,
      tr([tc("r4"), tc("e")]),
    ];
    expect(cutBefore(doc(tbl(rows)))).toEqual(["r2", "r4"]);
  });

  it("whatever notes the document refers to (issue 14, item 9d: one footnote made 49,000 rows be read whole)", () => {
    const note = `<w:p><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`;
    expect(cutBefore(doc(note + tbl([tr([tc("r0"), tc("a")]), tr([tc("r1"), tc("b")])])))).toEqual(["r1"]);
  });

  it("not at all when the document has XML the scan does not follow", () => {
    const otherNamespace = doc(tbl([tr([tc("r0"), tc("a")]), tr([tc("r1"), tc("b")])])).replace("wordprocessingml/2006/main", "example");
    expect(cutBefore(otherNamespace)).toBeNull();
    expect(cutBefore(doc(tbl([tr([tc("r0"), tc("a")]), tr([tc("r1"), tc("b")])])).replace("</w:body>", ""))).toBeNull();
  });

  it("into pieces that hold every row once, each table reopened with its properties", () => {
    const rows = ["r0", "r1", "r2", "r3"].map((t) => tr([tc(t), tc("x")]));
    const xml = doc(para(run("title")) + tbl(rows) + para(run("after")));
    const plan = planPieces(xml, 1);
    expect(plan?.cuts).toHaveLength(3);
    const pieces = [0, 1, 2, 3].map((i) => pieceXml(xml, plan!, i));
    for (const piece of pieces) {
      expect(piece.startsWith(xml.slice(0, plan!.bodyFrom))).toBe(true);
      expect(piece.endsWith(xml.slice(plan!.bodyTo))).toBe(true);
      expect(piece.match(/<w:tbl>/g)).toHaveLength(1);
      expect(piece.match(/<\/w:tbl>/g)).toHaveLength(1);
      expect(piece).toContain("<w:tblGrid>");
    }
    expect(pieces.map((p) => [...p.matchAll(/<w:t>([^<]*)<\/w:t>/g)].map((m) => m[1]).filter((t) => t !== "x"))).toEqual([["title", "r0"], ["r1"], ["r2"], ["r3", "after"]]);
  });
});

describe("mammoth's messages of a document read in pieces", () => {
  it("are those met reading first, then those met writing, each once", () => {
    const warn = (message: string) => ({ type: "warning" as const, message });
    const combined = combineMessages([
      [warn("An unrecognised element was ignored: w:foo"), warn("Unrecognised paragraph style: 'X' (Style ID: X)")],
      [warn("An unrecognised element was ignored: w:foo"), warn("An unrecognised element was ignored: w:bar"), warn("Unrecognised paragraph style: 'X' (Style ID: X)")],
    ]);
    expect(combined.map((m) => m.message)).toEqual([
      "An unrecognised element was ignored: w:foo",
      "An unrecognised element was ignored: w:bar",
      "Unrecognised paragraph style: 'X' (Style ID: X)",
    ]);
  });
});
