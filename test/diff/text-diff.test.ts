import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exactText, normalizeText } from "../../src/match/normalize.js";
import { diffText, newTextOf, oldTextOf, splitWords } from "../../src/diff/text-diff.js";

describe("diffText", () => {
  it("marks whole Chinese words, as a person marks the page", () => {
    const parts = diffText("全面推行基层林长办标准化建设", "全面推进基层林长办规范化建设", normalizeText);
    expect(parts).toEqual([
      { op: "equal", text: "全面" },
      { op: "delete", text: "推行" },
      { op: "insert", text: "推进" },
      { op: "equal", text: "基层林长办" },
      { op: "delete", text: "标准" },
      { op: "insert", text: "规范" },
      { op: "equal", text: "化建设" },
    ]);
  });

  it("treats a change of character width as no change, and keeps the old printing on the equal part", () => {
    const parts = diffText("区林业局,各乡镇街道", "区林业局\uff0c各乡镇街道", normalizeText);
    expect(parts).toEqual([{ op: "equal", text: "区林业局\uff0c各乡镇街道", old: "区林业局,各乡镇街道" }]);
  });

  it("shows a change of character width when comparing exactly", () => {
    const parts = diffText("区林业局,各乡镇街道", "区林业局\uff0c各乡镇街道", exactText);
    expect(parts.filter((p) => p.op !== "equal")).toEqual([
      { op: "delete", text: "," },
      { op: "insert", text: "\uff0c" },
    ]);
  });

  it("gives back the old and the new text exactly from its parts, whatever the texts", () => {
    const hanzi = fc.constantFrom(..."林长制区乡镇街道推进建设体系。,\uff0c、 (\uff08)\uff09“”12aA");
    const text = fc.array(hanzi, { maxLength: 60 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(text, text, fc.boolean(), (a, b, normalize) => {
        const parts = diffText(a, b, normalize ? normalizeText : exactText);
        expect(oldTextOf(parts)).toBe(a);
        expect(newTextOf(parts)).toBe(b);
        expect(parts.every((p) => p.text !== "" || p.old !== undefined)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("splits text into words that join back to it, whitespace kept on the word before", () => {
    const text = "巩固区、乡镇(街道) 三级运行体系。\n着力提升";
    expect(splitWords(text).join("")).toBe(text);
    expect(splitWords(text).some((w) => /^\s/.test(w))).toBe(false);
  });
});
