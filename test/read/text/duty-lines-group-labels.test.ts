import { describe, expect, it } from "vitest";
import { readDutyLines } from "../../../src/read/text/duty-lines.js";
import { Locator } from "../../../src/read/text/locator.js";
import { stripSiteBoilerplate } from "../../../src/read/text/site-boilerplate.js";

function unitsRead(source: string): string[] {
  const stripped = stripSiteBoilerplate(source);
  const table = readDutyLines(stripped.stream, new Locator(source, stripped.edits));
  return table ? table.rows.filter((r) => r.kind === "data").map((r) => r.cells[table.header.findIndex((h) => h.text === "责任单位")]?.text ?? "") : [];
}

describe("the duty lines reader and a working group's labels", () => {
  it("reads no 成员单位： or 组长： line as a body with a duty (they label a group's people)", () => {
    const groups = ["（一）综合协调组", "组长：王某", "成员单位：综合科、卫生科", "协助镇领导指挥疫情防控工作。", "（二）交通管控组", "组  长：李某", "成员单位：交管所、派出所", "负责交通运输环节管控。", "（三）物资保障组", "组长：赵某", "成员单位：财政所、经发办", "负责防控物资的采购和调配。"];
    expect(unitsRead(groups.join("\n"))).not.toContain("成员单位");
    expect(unitsRead(groups.join("\n"))).not.toContain("组长");
    // A body before its colon still is one.
    expect(unitsRead(["职责分工", "县卫健局：负责医疗救治。", "县公安局：负责治安管控。", "县财政局：负责经费保障。"].join("\n"))).toEqual(["县卫健局", "县公安局", "县财政局"]);
  });
});
