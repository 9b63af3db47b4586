import { describe, expect, it } from "vitest";
import { unitsInText } from "../../../src/repair/rules/units-in-text.js";
import { field, workDoc } from "../work-doc.js";

describe("units-in-text", () => {
  it("moves the labelled units that close a task's wording to its units, recording the wording before and after", () => {
    const doc = unitsInText.apply(
      workDoc([
        { seq: 1, fields: { content: "地区生产总值增长6%左右。(牵头单位:市发改委;配合单位:市统计局)" } },
        { seq: 2, fields: { title: "新增城镇就业3万人。责任单位:市人力社保局、各区县政府" } },
      ]),
    );
    expect(field(doc, 1, "content")).toBe("地区生产总值增长6%左右。");
    expect(field(doc, 1, "units")).toBe("牵头单位:市发改委;配合单位:市统计局");
    expect(field(doc, 2, "title")).toBe("新增城镇就业3万人。");
    expect(field(doc, 2, "units")).toBe("责任单位:市人力社保局、各区县政府");
    expect(doc.tasks[1]?.repairs.map((r) => [r.ruleId, r.field, r.before, r.after])).toEqual([
      ["units-in-text", "title", "新增城镇就业3万人。责任单位:市人力社保局、各区县政府", "新增城镇就业3万人。"],
      ["units-in-text", "units", "", "责任单位:市人力社保局、各区县政府"],
    ]);
  });

  it("leaves a task that has units, a bracket of the wording's own (含5个乡镇), units inside the wording, and a wording that is only units", () => {
    const doc = unitsInText.apply(
      workDoc([
        { seq: 1, fields: { content: "完成改造。(牵头单位:市住建局)", units: "市住建局" } },
        { seq: 2, fields: { content: "完成农村公路提档升级200公里(含5个乡镇)。" } },
        { seq: 3, fields: { content: "由责任单位:市交通局牵头,完成农村公路建设。各县区配合落实。" } },
        { seq: 4, fields: { content: "责任单位:市交通局" } },
      ]),
    );
    expect(field(doc, 1, "content")).toBe("完成改造。(牵头单位:市住建局)");
    expect(field(doc, 2, "content")).toBe("完成农村公路提档升级200公里(含5个乡镇)。");
    expect(field(doc, 3, "units")).toBeUndefined();
    expect(field(doc, 4, "content")).toBe("责任单位:市交通局");
    expect(doc.tasks.every((t) => t.repairs.length === 0)).toBe(true);
  });
});
