import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeXlsxText } from "../../../src/write/cell-guard.js";
import { cellRef, cellTextElement, columnName, escapeXml, textElement } from "../../../src/write/xlsx/xml.js";

describe("columnName and cellRef", () => {
  it("name columns as Excel does", () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703, 16_384].map(columnName)).toEqual(["A", "B", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
    expect(cellRef(17, 9)).toBe("I17");
  });
});

describe("escapeXml", () => {
  it("writes & < > \" as entities and the two non-characters XML cannot hold as _xHHHH_", () => {
    expect(escapeXml(`a&b<c>"d"'e'`)).toBe("a&amp;b&lt;c&gt;&quot;d&quot;'e'");
    expect(escapeXml("\ufffe\uffff")).toBe("_xFFFE__xFFFF_");
    expect(escapeXml("区林业局")).toBe("区林业局");
  });
});

describe("cellTextElement", () => {
  it("is textElement of the ST_Xstring-encoded text, for any text (its shortcut changes nothing)", () => {
    const check = (s: string): boolean => cellTextElement(s, encodeXlsxText) === textElement(encodeXlsxText(s));
    fc.assert(fc.property(fc.string({ unit: "binary" }), check));
    fc.assert(fc.property(fc.stringMatching(/^[ \u3000\t\n\r_x0-9A-F&<>"a\u4efb]{0,12}$/), check));
    for (const s of ["", " lead", "trail ", "\u3000全角", "_x0041_", "a\nb", "=1+2", "<b>"]) expect(check(s), JSON.stringify(s)).toBe(true);
  });

  it("keeps edge spaces and line breaks with xml:space=\"preserve\"", () => {
    expect(cellTextElement(" 任务", encodeXlsxText)).toBe('<t xml:space="preserve"> 任务</t>');
    expect(cellTextElement("a\nb", encodeXlsxText)).toBe('<t xml:space="preserve">a\nb</t>');
    expect(cellTextElement("任务", encodeXlsxText)).toBe("<t>任务</t>");
  });
});
