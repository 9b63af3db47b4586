import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { formatsTable, MERGED_UNIT_TASKS } from "../../../scripts/fixtures/formats-table.mjs";
import { FORMATS_DIR } from "../../../scripts/fixtures/make-formats.mjs";
import { BreakdownError } from "../../../src/errors.js";
import { parse } from "../../../src/index.js";
import { fieldAgreement, knownAgreement } from "./compare.js";

// Acceptance of issue 16: an .xlsx table with merged section rows and a merged unit cell reads to at least 98 %.
const MIN_AGREEMENT = 0.98;
const CONVERSION_TEST_MS = 120_000;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof BreakdownError ? `${error.code}: ${error.message}` : `not a BreakdownError: ${String(error)}`;
}

describe("an .xlsx workbook", () => {
  it("reads to the table it holds: title row, merged section rows, a unit merged over two tasks", async () => {
    const { document: doc } = await parse(join(FORMATS_DIR, "formats-table.xlsx"));
    const agreement = knownAgreement(formatsTable, doc);
    expect(agreement.share, agreement.differing.join("; ")).toBeGreaterThanOrEqual(MIN_AGREEMENT);
    expect(doc.document.source).toMatchObject({ format: "xlsx", layout: "xlsx-table", fileName: "formats-table.xlsx" });
    expect(doc.document.source.convertedFrom).toBeUndefined();
    // The merged unit cell gives its text to both tasks and says so.
    for (const seq of MERGED_UNIT_TASKS) expect(doc.tasks.find((t) => t.seqPrinted === seq)?.merged).toContain("units");
    // The notes sheet before the table's sheet is not lost: its lines are leftovers or the title's neighbours.
    const kept = JSON.stringify(doc.leftovers);
    for (const line of ["填报说明", "1. 请各责任单位对照任务逐项落实。"]) expect(kept).toContain(line);
  });

  it("reads to the same tasks as the same table in Word", async () => {
    const { document: docx } = await parse(join(FORMATS_DIR, "formats-table.docx"));
    const { document: xlsx } = await parse(join(FORMATS_DIR, "formats-table.xlsx"));
    const agreement = fieldAgreement(docx, xlsx);
    expect(agreement.share, agreement.differing.join("; ")).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  });

  it.each(["xls", "ods"])("as .%s, converted by LibreOffice, reads to the same table", { timeout: CONVERSION_TEST_MS }, async (ext) => {
    const { document: doc } = await parse(join(FORMATS_DIR, `formats-table.${ext}`));
    const agreement = knownAgreement(formatsTable, doc);
    expect(agreement.share, agreement.differing.join("; ")).toBeGreaterThanOrEqual(MIN_AGREEMENT);
    expect(doc.document.source).toMatchObject({ format: "xlsx", fileName: `formats-table.${ext}`, convertedFrom: { format: ext } });
  });

  it("is refused as a zip bomb before exceljs opens it, with the codes a .docx gets", async () => {
    expect(await codeOf(parse(join(FORMATS_DIR, "xlsx-bomb-ratio.xlsx")))).toMatch(/^DOCX_UNSAFE: .*compressed \d+×/);
    expect(await codeOf(parse(join(FORMATS_DIR, "xlsx-bomb-lying-sizes.xlsx")))).toMatch(/^DOCX_UNSAFE: .*lies about its sizes/);
  });

  it("is read as a workbook whatever it is called; without a breakdown header it is NO_TABLE_FOUND naming its sheets' first rows", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("名单").addRow(["姓名", "电话"]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const error = await parse({ data: bytes, fileName: "table.docx" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BreakdownError);
    expect((error as BreakdownError).code).toBe("NO_TABLE_FOUND");
    expect((error as BreakdownError).details.join("\n")).toContain("姓名 | 电话");
    const { document: renamed } = await parse({ data: new Uint8Array(readFileSync(join(FORMATS_DIR, "formats-table.xlsx"))), fileName: "table.txt" });
    expect(renamed.document.source.format).toBe("xlsx");
  });

  it("keeps a date cell as the date printed, and a sheet wider than --max-columns or longer than --max-rows is refused", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("表");
    sheet.addRow(["序号", "重点任务", "责任单位", "完成时限"]);
    sheet.addRow([1, "压缩企业开办时间", "县市场监管局", new Date(Date.UTC(2024, 8, 30))]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const { document: doc } = await parse({ data: bytes, fileName: "t.xlsx" });
    expect(doc.tasks[0]?.deadline).toBe("2024年9月30日");
    expect(await codeOf(parse({ data: bytes, fileName: "t.xlsx" }, { limits: { maxColumns: 3 } }))).toMatch(/^LIMIT_EXCEEDED/);
    // More rows than --max-rows: counted in the sheets' XML before exceljs builds its model of them.
    expect(await codeOf(parse({ data: bytes, fileName: "t.xlsx" }, { limits: { maxRows: 1 } }))).toMatch(/^LIMIT_EXCEEDED: .*before it is read/);
  });
});
