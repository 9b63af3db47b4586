import { describe, expect, it } from "vitest";
import { deadlineOpening } from "../../../src/repair/rules/deadline-opening.js";
import { field, workDoc } from "../work-doc.js";

describe("deadline-opening", () => {
  it("takes a deadline that opens a task's wording (2009年底前，…, 6月底前,…) as its deadline too, the wording kept, recorded", () => {
    const doc = deadlineOpening.apply(
      workDoc([
        { seq: 1, fields: { content: "2009年底前，完成特勤消防三中队建设。" } },
        { seq: 2, fields: { title: "6月底前,建成农贸市场3个" } },
      ]),
    );
    expect(field(doc, 1, "deadline")).toBe("2009年底前");
    expect(field(doc, 1, "content")).toBe("2009年底前，完成特勤消防三中队建设。");
    expect(field(doc, 2, "deadline")).toBe("6月底前");
    expect(doc.tasks[0]?.repairs).toMatchObject([{ ruleId: "deadline-opening", field: "deadline", before: "", after: "2009年底前" }]);
  });

  it("leaves a year that is no deadline (2009年，全市…), a task with a deadline, and a date inside the wording", () => {
    const doc = deadlineOpening.apply(
      workDoc([
        { seq: 1, fields: { content: "2009年，全市新建消防站3个。" } },
        { seq: 2, fields: { content: "2009年底前，完成建设。", deadline: "2009年12月" } },
        { seq: 3, fields: { content: "完成建设，2009年底前投入使用。" } },
      ]),
    );
    expect(field(doc, 1, "deadline")).toBeUndefined();
    expect(field(doc, 2, "deadline")).toBe("2009年12月");
    expect(field(doc, 3, "deadline")).toBeUndefined();
    expect(doc.tasks.every((t) => t.repairs.length === 0)).toBe(true);
  });
});
