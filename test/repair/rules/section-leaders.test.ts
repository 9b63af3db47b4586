import { describe, expect, it } from "vitest";
import { headingLeaders, sectionLeadersRule } from "../../../src/repair/rules/section-leaders.js";
import type { WorkDoc } from "../../../src/model/work.js";
import { field, workDoc } from "../work-doc.js";

const place = { line: 1 };
function withSections(doc: WorkDoc, sections: Array<[string, string]>): WorkDoc {
  return { ...doc, sections: sections.map(([id, title]) => ({ id, number: id, title, level: 1, parent: null, where: place })) };
}

describe("headingLeaders", () => {
  it("reads the leaders a heading names under a leaders' label, in simplified or traditional characters", () => {
    expect(headingLeaders("六项保障措施(牵头领导:张某、李某、王某)")).toEqual(["张某", "李某", "王某"]);
    expect(headingLeaders("六項保障措施(牽頭領導:張某、李某)")).toEqual(["張某", "李某"]);
    expect(headingLeaders("重点项目(牵头领导:张某,责任单位:市发改委)")).toEqual(["张某"]);
  });
  it("reads none from a heading without such a label", () => {
    expect(headingLeaders("优化营商环境")).toEqual([]);
    expect(headingLeaders("重点项目(责任单位:市发改委)")).toEqual([]);
  });
});

describe("section-leaders", () => {
  it("puts the heading's leaders first among each task's own, recorded on the task", () => {
    const doc = withSections(workDoc([{ seq: 1, section: "三", fields: { content: "建立推进工作体系。", leaders: "赵某" } }, { seq: 2, section: "三", fields: { content: "推进区划调整。" } }]), [["三", "保障措施(牵头领导:张某、李某)"]]);
    const out = sectionLeadersRule.apply(doc);
    expect(field(out, 1, "leaders")).toBe("张某、李某、赵某");
    expect(field(out, 2, "leaders")).toBe("张某、李某");
    expect(out.tasks[0]?.repairs).toMatchObject([{ ruleId: "section-leaders", field: "leaders", before: "赵某", after: "张某、李某、赵某" }]);
  });
  it("leaves a task that prints a leader under the heading's own label, and tasks of other sections", () => {
    const tasks = workDoc([{ seq: 1, section: "三", fields: { content: "建设炼化项目。", leaders: "王某" } }, { seq: 2, section: "四", fields: { content: "建设钢铁基地。" } }]);
    const doc = withSections({ ...tasks, tasks: tasks.tasks.map((t) => (t.seq === 1 ? { ...t, raw: "1.建设炼化项目。(牵头领导:王某,责任单位:市发改委)" } : t)) }, [["三", "保障措施(牵头领导:张某)"], ["四", "重点项目"]]);
    const out = sectionLeadersRule.apply(doc);
    expect(field(out, 1, "leaders")).toBe("王某");
    expect(field(out, 2, "leaders")).toBeUndefined();
    expect(out.tasks.every((t) => t.repairs.length === 0)).toBe(true);
  });
});
