import { describe, expect, it } from "vitest";
import { duplicateSentence } from "../../../src/repair/rules/duplicate-sentence.js";
import { field, workDoc } from "../work-doc.js";

describe("duplicate-sentence", () => {
  it("removes a sentence repeated back to back", () => {
    const doc = duplicateSentence.apply(workDoc([{ seq: 1, fields: { content: "加强河道巡查。加强河道巡查。建立台账。" } }]));
    expect(field(doc, 1, "content")).toBe("加强河道巡查。建立台账。");
  });

  it("keeps a sentence that is repeated with other sentences between", () => {
    const doc = duplicateSentence.apply(workDoc([{ seq: 1, fields: { content: "加强河道巡查。建立台账。加强河道巡查。" } }]));
    expect(field(doc, 1, "content")).toBe("加强河道巡查。建立台账。加强河道巡查。");
  });

  it("keeps short repeats that may be meant (是。是。)", () => {
    const doc = duplicateSentence.apply(workDoc([{ seq: 1, fields: { content: "按月。按月。" } }]));
    expect(doc.tasks[0]?.repairs).toEqual([]);
  });
});
