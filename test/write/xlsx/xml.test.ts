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
    expect(escapeXml("\u533a\u6797\u4e1a\u5c40")).toBe("\u533a\u6797\u4e1a\u5c40");
  });
});

describe("cellTextElement", () => {
  it("is textElement of the ST_Xstring-encoded text, for any text (its shortcut changes nothing)", () => {
    const check = (s: string): boolean => cellTextElement(s, encodeXlsxText) === textElement(encodeXlsxText(s));
    fc.assert(fc.property(fc.string({ unit: "binary" }), check));
    fc.assert(fc.property(fc.stringMatching(/^[ \u3000\t\n\r_x0-9A-F&<>"a\u4efb]{0,12}$/), check));
    for (const s of ["", " lead", "trail ", "\u3000\u5168\u89d2", "_x0041_", "a\nb", "=1+2", "<b>"]) expect(check(s), JSON.stringify(s)).toBe(true);
  });

  it("keeps edge spaces and line breaks with xml:space=\"preserve\"", () => {
    expect(cellTextElement(" \u4efb\u52a1", encodeXlsxText)).toBe('<t xml:space="preserve"> \u4efb\u52a1</t>');
    expect(cellTextElement("a\nb", encodeXlsxText)).toBe('<t xml:space="preserve">a\nb</t>');
    expect(cellTextElement("\u4efb\u52a1", encodeXlsxText)).toBe("<t>\u4efb\u52a1</t>");
  });
});
