import { describe, expect, it } from "vitest";
import { unitEtc } from "../../../src/repair/rules/unit-etc.js";
import { field, workDoc } from "../work-doc.js";

describe("unit-etc", () => {
  it("takes 等, 等部门 and 等有关单位 off a unit's name and records each", () => {
    const doc = unitEtc.apply(workDoc([{ seq: 1, fields: { units: "市税务局等、市妇联、市文广旅局等部门,区司法局等有关单位" } }]));
    expect(field(doc, 1, "units")).toBe("市税务局、市妇联、市文广旅局,区司法局");
    expect(doc.tasks[0]?.repairs.map((r) => r.after.length < r.before.length)).toEqual([true, true, true]);
  });

  it("takes 等有关市直部门 off a unit's name too: the collective's level said with it", () => {
    const doc = unitEtc.apply(workDoc([{ seq: 1, fields: { units: "市交通运输局等有关市直部门" } }, { seq: 2, fields: { units: "市工信局等市直有关单位、福州古厝集团" } }]));
    expect(field(doc, 1, "units")).toBe("市交通运输局");
    expect(field(doc, 2, "units")).toBe("市工信局、福州古厝集团");
  });

  it("keeps 等 inside a name (高等学校) and a cell that is only a collective (等有关部门 alone)", () => {
    const doc = unitEtc.apply(workDoc([{ seq: 1, fields: { units: "市高等学校" } }, { seq: 2, fields: { units: "等有关部门" } }]));
    expect(field(doc, 1, "units")).toBe("市高等学校");
    expect(field(doc, 2, "units")).toBe("等有关部门");
  });
});
