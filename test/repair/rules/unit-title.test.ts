import { describe, expect, it } from "vitest";
import { unitTitle } from "../../../src/repair/rules/unit-title.js";
import { field, workDoc } from "../work-doc.js";

describe("unit-title", () => {
  it("moves a title that is only a unit's name over its duty to the units; recorded", () => {
    const doc = unitTitle.apply(
      workDoc([
        { seq: 1, fields: { title: "辽阳市政府", content: "对全市行政区域内公共安全全面监管，并负全责。" } },
        { seq: 2, fields: { title: "縣(市)區政府", content: "具體負責對本行政區域內公共安全的全面監管。" } },
      ]),
    );
    expect([field(doc, 1, "title"), field(doc, 1, "units")]).toEqual(["", "辽阳市政府"]);
    expect([field(doc, 2, "title"), field(doc, 2, "units")]).toEqual(["", "縣(市)區政府"]);
    expect(doc.tasks[0]?.repairs.map((r) => [r.ruleId, r.field, r.before, r.after])).toEqual([
      ["unit-title", "title", "辽阳市政府", ""],
      ["unit-title", "units", "", "辽阳市政府"],
    ]);
  });

  it("moves a unit's name printed before a colon over the task's words (1、市文广电局:打造…) to the units, whatever the words open with", () => {
    const doc = unitTitle.apply(
      workDoc([
        { seq: 1, fields: { title: "市文广电局", content: "打造一台民俗歌舞节目，面向游客演出。" }, raw: "1、市文广电局:打造一台民俗歌舞节目，面向游客演出。" },
        { seq: 2, fields: { title: "县人民医院", content: "新建门诊楼一栋。" }, raw: "2、县人民医院\n新建门诊楼一栋。" },
      ]),
    );
    expect([field(doc, 1, "title"), field(doc, 1, "units")]).toEqual(["", "市文广电局"]);
    // No colon after the name: a project's title, not its body.
    expect([field(doc, 2, "title"), field(doc, 2, "units")]).toEqual(["县人民医院", undefined]);
  });

  it("leaves a task with units, a title that says more than a name, a collective, and a title over no duty", () => {
    const doc = unitTitle.apply(
      workDoc([
        { seq: 1, fields: { title: "县财政局", content: "负责落实资金。", units: "县财政局" } },
        { seq: 2, fields: { title: "完善应急预案体系", content: "负责修订总体预案。" } },
        { seq: 3, fields: { title: "各有关部门", content: "负责做好本部门的安全生产工作。" } },
        { seq: 4, fields: { title: "县人民医院", content: "新建门诊楼一栋，建筑面积1.2万平方米。" } },
      ]),
    );
    expect([1, 2, 3, 4].map((s) => field(doc, s, "title"))).toEqual(["县财政局", "完善应急预案体系", "各有关部门", "县人民医院"]);
    expect(doc.tasks.every((t) => t.repairs.length === 0)).toBe(true);
  });
});
