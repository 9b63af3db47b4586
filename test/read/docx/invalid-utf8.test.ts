import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { breakdownDocument, buildDocx } from "../../../scripts/fixtures/build-docx.mjs";
import { parseBytes } from "../../../src/index.js";

const COLUMNS = ["序号", "重点任务", "责任单位"];

/** A breakdown table whose document.xml has `bad` bytes where `marker` was written. */
async function docxWithBadBytes(marker: string, bad: Buffer, rows: { cells: string[] }[]): Promise<Uint8Array> {
  const built = await buildDocx(breakdownDocument({ title: "甲县任务分解表", issuer: "甲县人民政府办公室", columns: COLUMNS, rows }));
  const zip = await JSZip.loadAsync(built);
  const xml = Buffer.from(await zip.file("word/document.xml")!.async("uint8array"));
  const at = xml.indexOf(Buffer.from(marker, "utf8"));
  expect(at).toBeGreaterThan(0);
  zip.file("word/document.xml", Buffer.concat([xml.subarray(0, at), bad, xml.subarray(at + Buffer.byteLength(marker))]));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

// Issue 14, item 9b: mammoth decodes every part as UTF-8 and turns bad bytes into U+FFFD silently.
describe("a .docx whose XML holds bytes that are not UTF-8", () => {
  const rows = [
    { cells: ["1", "推进林长制落实", "县林业局"] },
    { cells: ["2", "完善巡护体系", "县财政局"] },
  ];

  it("says so, naming the part, and flags the task whose cell lost a character", async () => {
    // 财 cut to its first two bytes: one invalid sequence.
    const bytes = await docxWithBadBytes("财", Buffer.from("财", "utf8").subarray(0, 2), rows);
    const doc = await parseBytes(bytes, "t.docx");
    expect(doc.tasks.map((t) => [t.seq, t.status])).toEqual([
      [1, "ok"],
      [2, "needs_review"],
    ]);
    const warnings = doc.messages.filter((m) => m.ruleId === "invalid-utf8").map((m) => m.reason);
    expect(warnings[0]).toBe("The part word/document.xml holds 1 byte sequence that is not UTF-8; each is read as U+FFFD (\ufffd).");
    expect(warnings[1]).toMatch(/^A cell of this row holds U\+FFFD/);
  });

  it("says so for the document when no cell shows it (a bad byte outside the table)", async () => {
    const bytes = await docxWithBadBytes("甲县人民政府办公室", Buffer.from([0xff, 0xfe]), rows);
    const doc = await parseBytes(bytes, "t.docx");
    expect(doc.tasks.every((t) => t.status === "ok")).toBe(true);
    expect(doc.messages.filter((m) => m.ruleId === "invalid-utf8").map((m) => m.reason)).toEqual([
      "The part word/document.xml holds 2 byte sequences that are not UTF-8; each is read as U+FFFD (\ufffd).",
    ]);
  });

  it("says nothing for a U+FFFD written as UTF-8: it is text, not damage", async () => {
    const doc = await parseBytes(await docxWithBadBytes("财", Buffer.from("\ufffd", "utf8"), rows), "t.docx");
    expect(doc.messages.filter((m) => m.ruleId === "invalid-utf8")).toEqual([]);
    expect(doc.tasks.every((t) => t.status === "ok")).toBe(true);
  });
});
