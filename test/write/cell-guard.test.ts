import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeXlsxText, encodeXlsxText, neutralizeCell, restoreCell, setTextCell, startsLikeFormula } from "../../src/write/cell-guard.js";

const FORMULA_LIKE = ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"];
const HOSTILE = [...FORMULA_LIKE, "'=already quoted"];

describe("neutralizeCell", () => {
  it("prefixes an apostrophe to text a spreadsheet would run as a formula", () => {
    expect(neutralizeCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(neutralizeCell("+1")).toBe("'+1");
    expect(neutralizeCell("-2")).toBe("'-2");
    expect(neutralizeCell("@SUM(A1:A9)")).toBe("'@SUM(A1:A9)");
    expect(neutralizeCell("\tx")).toBe("'\tx");
    expect(neutralizeCell("\rx")).toBe("'\rx");
  });

  it("leaves ordinary text alone, including a formula character after the first", () => {
    for (const text of ["", "区林业局", "1+1", "a=b", " =1", "2024年6月底前", "'quoted"]) expect(neutralizeCell(text)).toBe(text);
  });

  it("never leaves a cell starting like a formula", () => {
    fc.assert(fc.property(fc.string(), (s) => !startsLikeFormula(neutralizeCell(s))));
  });

  it("is undone exactly by restoreCell, even for text printed with an apostrophe before =", () => {
    for (const text of HOSTILE) expect(restoreCell(neutralizeCell(text))).toBe(text);
    fc.assert(fc.property(fc.string(), (s) => restoreCell(neutralizeCell(s)) === s));
    fc.assert(fc.property(fc.stringMatching(/^'*[=+\-@\t\r]?.{0,5}$/), (s) => restoreCell(neutralizeCell(s)) === s));
  });
});

describe("encodeXlsxText", () => {
  it("escapes characters XML would drop or change, and protects a literal _xHHHH_", () => {
    expect(encodeXlsxText("\r=1")).toBe("_x000D_=1");
    expect(encodeXlsxText("a\u0001b")).toBe("a_x0001_b");
    expect(encodeXlsxText("_x0041_")).toBe("_x005F_x0041_");
    expect(encodeXlsxText("tab\tand\nline")).toBe("tab\tand\nline");
  });

  it("is undone by decodeXlsxText for any text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => decodeXlsxText(encodeXlsxText(s)) === s));
    fc.assert(fc.property(fc.stringMatching(/^(_x[0-9A-F]{4}_|[\r\u0001a_])*$/), (s) => decodeXlsxText(encodeXlsxText(s)) === s));
  });
});

describe("setTextCell", () => {
  it("writes formula-like text as a Text-formatted string that reads back unchanged, never as a formula", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    FORMULA_LIKE.forEach((text, i) => setTextCell(ws.getCell(i + 1, 1), text));
    setTextCell(ws.getCell(1, 2), "区林业局");
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const sheet = back.getWorksheet("s");
    FORMULA_LIKE.forEach((text, i) => {
      const cell = sheet?.getCell(i + 1, 1);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.formula).toBeUndefined();
      expect(decodeXlsxText(cell?.value as string)).toBe(text);
      expect(cell?.numFmt).toBe("@");
    });
    expect(sheet?.getCell(1, 2).value).toBe("区林业局");
    expect(sheet?.getCell(1, 2).numFmt).toBeUndefined();
  });
});
