import { describe, expect, it } from "vitest";
import { unitPeople } from "../../../src/repair/rules/unit-people.js";
import { field, workDoc } from "../work-doc.js";

describe("unit-people", () => {
  it("moves a post glued after a unit (市公安消防支队主要领导, …负责人) to the leaders or the contacts, the unit staying; one post said of several units is one entry", () => {
    const doc = unitPeople.apply(workDoc([{ seq: 1, fields: { units: "呈贡县政府主要领导、市公安消防支队主要领导、市财政局负责人。" } }]));
    expect(field(doc, 1, "units")).toBe("呈贡县政府、市公安消防支队、市财政局。");
    expect(field(doc, 1, "leaders")).toBe("主要领导");
    expect(field(doc, 1, "contacts")).toBe("负责人");
    expect(doc.tasks[0]?.repairs.map((r) => r.ruleId)).toEqual(["unit-people"]);
  });

  it("moves the person named after a unit in a cell of units to the contacts, recording the cell as printed", () => {
    const doc = unitPeople.apply(workDoc([{ seq: 1, fields: { leadUnits: "市民政局 伍泽国" } }]));
    expect([field(doc, 1, "leadUnits"), field(doc, 1, "contacts")]).toEqual(["市民政局", "伍泽国"]);
    expect(doc.tasks[0]?.repairs).toMatchObject([{ ruleId: "unit-people", field: "leadUnits", before: "市民政局 伍泽国", after: "市民政局" }]);
  });

  it("takes the people of each unit in a list, after any contacts the task has", () => {
    const doc = unitPeople.apply(workDoc([{ seq: 1, fields: { units: "市住建局 王小明、市财政局 李四", contacts: "张三" } }]));
    expect([field(doc, 1, "units"), field(doc, 1, "contacts")]).toEqual(["市住建局、市财政局", "张三、王小明、李四"]);
  });

  it("leaves units that are only units, and two units printed with a space between them", () => {
    for (const units of ["市住建局、市财政局", "市住建局 市财政局", "区教育局 各街道"]) {
      const doc = unitPeople.apply(workDoc([{ seq: 1, fields: { units } }]));
      expect(field(doc, 1, "units"), units).toBe(units);
      expect(doc.tasks[0]?.repairs, units).toEqual([]);
    }
  });
});
