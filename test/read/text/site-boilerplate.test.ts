import { describe, expect, it } from "vitest";
import { stripSiteBoilerplate } from "../../../src/read/text/site-boilerplate.js";

describe("what a site or a printer adds to the text", () => {
  it("cuts an official document's page number on a line of its own (— 3 —), recording it", () => {
    const source = "序号\n\n重点任务\n\n— 1 —\n\n1\n\n推进某项工作\n- 12 -\n";
    const { stream, edits } = stripSiteBoilerplate(source);
    expect(stream.text).not.toMatch(/\d —|- 12 -/);
    expect(edits.map((e) => [e.ruleId, e.before.trim()])).toEqual([
      ["page-marker", "— 1 —"],
      ["page-marker", "- 12 -"],
    ]);
  });

  it("cuts a page number whose dashes a PDF's text layer spaced apart (— — — 3 —), recording it", () => {
    const source = "1.推进某项工作,确保基层工作体现党的意志。\n— — — 3 —\n2.推进另一项工作。\n";
    const { stream, edits } = stripSiteBoilerplate(source);
    expect(stream.text.replace(/\n+/g, "\n")).toBe("1.推进某项工作,确保基层工作体现党的意志。\n2.推进另一项工作。\n");
    expect(edits.map((e) => [e.ruleId, e.before.trim()])).toEqual([["page-marker", "— — — 3 —"]]);
  });

  it("keeps a line that only looks like one inside a sentence (区间 3-5 年)", () => {
    const source = "完成时限\n3-5年\n";
    expect(stripSiteBoilerplate(source).edits).toEqual([]);
  });

  it("takes 1、 at the start of rows for task numbers when there is no banner and the lines are rows", () => {
    const source = "序号\t重点任务\n1、\t推进甲\n2、\t推进乙\n";
    expect(stripSiteBoilerplate(source).paged).toBe(false);
  });
});
