import { describe, expect, it } from "vitest";
import { parse, type Task } from "../../../src/index.js";
import { fixture, SEED } from "../../helpers.js";

const TEXT_READ = ["ok", "repaired"];

describe("the seed rebuilt as a clean .docx", async () => {
  const { document: text } = await parse(SEED);
  const { document: docx } = await parse(fixture("docx", "seed-clean.docx"));
  const bySeq = (tasks: Task[]) => new Map(tasks.map((t) => [t.seq, t]));
  const docxTasks = bySeq(docx.tasks);
  const readFromText = text.tasks.filter((t) => TEXT_READ.includes(t.status));

  it("gives every task the text reads the same title, content, units and contacts as the repaired text", () => {
    expect(readFromText.length).toBeGreaterThanOrEqual(15);
    for (const t of readFromText) {
      const d = docxTasks.get(t.seq);
      expect(d, `task ${t.seq}`).toBeDefined();
      expect({ seq: d?.seq, title: d?.title, content: d?.content, units: d?.units, contacts: d?.contacts, section: d?.section }).toEqual({
        seq: t.seq,
        title: t.title,
        content: t.content,
        units: t.units,
        contacts: t.contacts,
        section: t.section,
      });
    }
  });

  it("needs no repair but the OCR'd characters the fixture keeps as the seed prints them (rows 2 and 3, ocr-hanzi)", () => {
    const read = docx.tasks.filter((t) => t.status !== "missing");
    expect(read.map((t) => [t.seq, t.status])).toEqual(read.map((t) => [t.seq, t.seq === 2 || t.seq === 3 ? "repaired" : "ok"]));
    expect(docx.tasks.flatMap((t) => t.repairs.map((r) => [t.seq, r.ruleId, r.field]))).toEqual([
      [2, "ocr-hanzi", "title"],
      [3, "ocr-hanzi", "title"],
      [3, "ocr-hanzi", "content"],
    ]);
  });

  it("reports 8 and 11 missing, and nothing else but ocr-hanzi's suggestions (row 5's 一 a dash, row 16's 大以上 a grade)", () => {
    expect(docx.tasks.filter((t) => t.status === "missing").map((t) => t.seq)).toEqual([8, 11]);
    expect(docx.messages.map((m) => [m.ruleId, m.seq])).toEqual([
      ["ocr-hanzi", 5],
      ["ocr-hanzi", 16],
      ["missing-row", 8],
      ["missing-row", 11],
    ]);
  });

  it("reads the same title, issuer, date, sections and columns as the text", () => {
    expect(docx.document.title).toBe(text.document.title);
    expect(docx.document.issuer).toBe(text.document.issuer);
    expect(docx.document.issuedDate).toBe(text.document.issuedDate);
    expect(docx.document.issuedDateText).toBe(text.document.issuedDateText);
    expect(docx.sections.map((s) => [s.id, s.title])).toEqual(text.sections.map((s) => [s.id, s.title]));
    expect(docx.columns).toEqual(text.columns);
  });

  it("describes its source as a Word table with the page count Word stored", () => {
    expect(docx.document.source).toMatchObject({ fileName: "seed-clean.docx", format: "docx", encoding: null, layout: "docx-table", originalName: null, pageCount: 8 });
  });
});
