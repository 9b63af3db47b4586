import { describe, expect, it } from "vitest";
import { unitsCharged } from "../../../src/repair/rules/units-charged.js";
import { field, workDoc } from "../work-doc.js";

describe("units-charged", () => {
  it("copies the one body a task's wording charges inside a sentence to its units, keeps the wording whole, records it and flags the task", () => {
    const doc = unitsCharged.apply(
      workDoc([
        { seq: 1, fields: { content: "原则同意该《方案》，政府办公室要根据会上提出的意见建议，进一步修改完善后印发实施。" } },
        { seq: 2, fields: { title: "要强化督查。区委督委办、区政府督查室要对工作落实情况实行一月一调度。" } },
      ]),
    );
    expect([field(doc, 1, "units"), field(doc, 1, "content")]).toEqual(["政府办公室", "原则同意该《方案》，政府办公室要根据会上提出的意见建议，进一步修改完善后印发实施。"]);
    expect(field(doc, 2, "units")).toBe("区委督委办、区政府督查室");
    expect(doc.tasks.map((t) => t.status)).toEqual(["needs_review", "needs_review"]);
    expect(doc.tasks[0]?.repairs.map((r) => [r.ruleId, r.field, r.before, r.after])).toEqual([["units-charged", "units", "", "政府办公室"]]);
    expect(doc.messages.filter((m) => m.ruleId === "units-charged")).toHaveLength(2);
  });

  it("leaves a task with units, one that charges a collective (各乡镇要…), one that charges two bodies apart, and one whose wording opens with the body", () => {
    const doc = unitsCharged.apply(
      workDoc([
        { seq: 1, fields: { content: "加快建设，县财政局要保障资金。", units: "县发改局" } },
        { seq: 2, fields: { content: "加强宣传，各乡镇要广泛发动。" } },
        { seq: 3, fields: { content: "明确分工，县财政局要保障资金；县住建局要加快审批。" } },
        { seq: 4, fields: { content: "县财政局要保障资金。" } },
      ]),
    );
    expect([1, 2, 3, 4].map((s) => field(doc, s, "units"))).toEqual(["县发改局", undefined, undefined, undefined]);
    expect(doc.tasks.every((t) => t.repairs.length === 0)).toBe(true);
  });

  it("keeps 由 and the role the work is given under (由包片单位县气象局负责…) out of the units", () => {
    const doc = unitsCharged.apply(
      workDoc([
        { seq: 1, fields: { content: "东入口绿化带内丢弃有白色垃圾。\n整改要求:由包片单位县气象局负责清除。" } },
        { seq: 2, fields: { content: "杂物乱堆。\n整改要求:由县环卫站负责清除。" } },
        { seq: 3, fields: { content: "占道经营。\n整改要求:包片单位县供销社负责劝阻。" } },
      ]),
    );
    expect([field(doc, 1, "units"), field(doc, 2, "units"), field(doc, 3, "units")]).toEqual(["县气象局", "县环卫站", "县供销社"]);
    expect(doc.tasks[0]?.repairs.map((r) => r.after)).toEqual(["县气象局"]);
  });
});
