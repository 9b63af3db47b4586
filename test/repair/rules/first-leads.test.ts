import { describe, expect, it } from "vitest";
import { firstLeads } from "../../../src/repair/rules/first-leads.js";
import type { WorkDoc } from "../../../src/model/work.js";
import { field, workDoc } from "../work-doc.js";

function withRaw(doc: WorkDoc, raws: Record<number, string>): WorkDoc {
  return { ...doc, tasks: doc.tasks.map((t) => ({ ...t, raw: raws[t.seq] ?? t.raw })) };
}

describe("first-leads", () => {
  it("reads 列第一位的为牵头或汇总单位 after its exception (除标注为“牵头”单位外) as said for the tasks after it", () => {
    const doc = withRaw(
      workDoc([
        { seq: 1, fields: { content: "严控一般性支出。", units: "省财政厅、省审计厅" } },
        { seq: 2, fields: { content: "用好地方政府专项债券。", units: "省财政厅、省发展改革委" } },
      ]),
      { 1: "严控一般性支出。责任单位:省财政厅、省审计厅(除标注为“牵头”单位外,列第一位的为牵头或汇总单位)" },
    );
    const out = firstLeads.apply(doc);
    expect([field(out, 1, "leadUnits"), field(out, 1, "supportUnits")]).toEqual(["省财政厅", "省审计厅"]);
    expect([field(out, 2, "leadUnits"), field(out, 2, "supportUnits")]).toEqual(["省财政厅", "省发展改革委"]);
  });

  it("reads the first unit as the lead where the document says so, and in the tasks after it when it says 下同", () => {
    const doc = withRaw(
      workDoc([
        { seq: 1, fields: { content: "推进示范区建设。", units: "省科技厅、省发改委" } },
        { seq: 2, fields: { content: "落实研发费用加计扣除政策。", units: "省科技厅、省发改委、省财政厅" } },
        { seq: 3, fields: { content: "实施重大项目建设行动。", units: "省发改委、省自然资源厅" } },
        { seq: 4, fields: { content: "建设一批众创空间。", units: "省科技厅" } },
      ]),
      { 2: "落实研发费用加计扣除政策(省科技厅、省发改委、省财政厅等负责。列第一位的为牵头部门，其他部门按职责分工负责，下同)" },
    );
    const out = firstLeads.apply(doc);
    // Before the note: nothing said yet.
    expect(field(out, 1, "leadUnits")).toBeUndefined();
    expect([field(out, 2, "leadUnits"), field(out, 2, "supportUnits")]).toEqual(["省科技厅", "省发改委、省财政厅"]);
    expect([field(out, 3, "leadUnits"), field(out, 3, "supportUnits")]).toEqual(["省发改委", "省自然资源厅"]);
    // One unit: no one to lead.
    expect(field(out, 4, "leadUnits")).toBeUndefined();
    expect(out.tasks[2]?.repairs).toMatchObject([{ ruleId: "first-leads", before: "省发改委、省自然资源厅", after: "牵头 省发改委；配合 省自然资源厅" }]);
  });

  it("says it of that task alone without 下同, and leaves a task whose lead is named", () => {
    const doc = withRaw(
      workDoc([
        { seq: 1, fields: { content: "推进示范区建设。", units: "省科技厅、省发改委", leadUnits: "省发改委" } },
        { seq: 2, fields: { content: "落实政策。", units: "省科技厅、省财政厅" } },
        { seq: 3, fields: { content: "实施项目。", units: "省发改委、省自然资源厅" } },
      ]),
      { 1: "推进示范区建设(省科技厅、省发改委负责，列第一位的为牵头部门)", 2: "落实政策(省科技厅、省财政厅负责，列第一位的为牵头部门)" },
    );
    const out = firstLeads.apply(doc);
    expect(field(out, 1, "leadUnits")).toBe("省发改委");
    expect(field(out, 2, "leadUnits")).toBe("省科技厅");
    expect(field(out, 3, "leadUnits")).toBeUndefined();
  });

  it("knows the note however it is worded (排名第一的为牵头单位, 由排名首位的部门牵头负责, in traditional characters too)", () => {
    for (const note of ["排名第一的为牵头单位，下同", "排名第一的為牽頭單位,下同", "排在第一位者为牵头单位，下同", "一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同"]) {
      const doc = withRaw(workDoc([{ seq: 1, fields: { content: "增强粮食安全意识。", units: "市发改委、市农委" } }]), { 1: `增强粮食安全意识(市发改委、市农委负责。${note})` });
      expect(field(firstLeads.apply(doc), 1, "leadUnits"), note).toBe("市发改委");
    }
  });
});
