import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";
import { fixture, SEED } from "../helpers.js";
import { fillOf, noteOf, REVIEW_FILL, renderWorkbook, sheet, text } from "../write/xlsx-reading.js";

/** The task sheet's row of task `seq` (its number is in the first column). */
function rowOf(wb: ExcelJS.Workbook, seq: number): ExcelJS.Row {
  const ws = sheet(wb, "任务分解表");
  for (let r = 1; r <= ws.rowCount; r++) if (text(ws.getRow(r).getCell(1)) === String(seq)) return ws.getRow(r);
  throw new Error(`no row ${seq}`);
}

describe("the workbook of the seed repaired from the 2024 revision", async () => {
  const { document: doc } = await parse(SEED, { references: [fixture("reference", "seed-revised-2024.docx")] });
  const wb = await renderWorkbook(doc);

  it("shows rows 8 and 11 with the revision's cells, amber as rows to review, their note saying they came from another version", () => {
    for (const seq of [8, 11]) {
      const row = rowOf(wb, seq);
      expect(text(row.getCell(2))).toBe(doc.tasks.find((t) => t.seq === seq)?.title);
      expect(fillOf(row.getCell(2))).toBe(REVIEW_FILL);
      const note = noteOf(row.getCell(1));
      expect(note.startsWith("需人工核对：本行内容取自另一版本，请对照原件核对。")).toBe(true);
      expect(note).toContain("seed-revised-2024.docx");
    }
  });

  it("keeps the usual first line for a row to review that nothing filled", async () => {
    const { document: plain } = await parse(SEED);
    expect(noteOf(rowOf(await renderWorkbook(plain), 8).getCell(1)).startsWith("需人工核对：本行无法可靠识别。")).toBe(true);
  });
});
