import { describe, expect, it } from "vitest";
import { unitsOpening } from "../../../src/repair/rules/units-opening.js";
import { field, workDoc } from "../work-doc.js";

describe("units-opening", () => {
  it("moves the units that open a task's wording before their duty to its units, the joining word (要, 负责) kept as printed; recorded", () => {
    const doc = unitsOpening.apply(
      workDoc([
        { seq: 1, fields: { content: "学生处、教务处、各学院要加强学生考勤,做好课堂教学的考勤统计工作。" } },
        { seq: 2, fields: { title: "市公安局、市交通运输局负责保障场馆周边的交通秩序", content: "交警大队要安排专门警力执勤。" } },
        { seq: 3, fields: { content: "區衛生健康局負責做好醫療保障。" } },
        { seq: 4, fields: { content: "镇信访办应当及时将调处情况报告镇党政领导。" } },
      ]),
    );
    // A regulation's 应当 charges the units that open the wording as 要 does.
    expect(field(doc, 4, "units")).toBe("镇信访办");
    expect(field(doc, 4, "content")).toBe("应当及时将调处情况报告镇党政领导。");
    expect(field(doc, 1, "content")).toBe("要加强学生考勤,做好课堂教学的考勤统计工作。");
    expect(field(doc, 1, "units")).toBe("学生处、教务处、各学院");
    expect(field(doc, 2, "title")).toBe("负责保障场馆周边的交通秩序");
    expect(field(doc, 2, "units")).toBe("市公安局、市交通运输局");
    expect(field(doc, 2, "content")).toBe("交警大队要安排专门警力执勤。");
    expect(field(doc, 3, "units")).toBe("區衛生健康局");
    expect(doc.tasks[0]?.repairs.map((r) => [r.ruleId, r.field, r.before, r.after])).toEqual([
      ["units-opening", "content", "学生处、教务处、各学院要加强学生考勤,做好课堂教学的考勤统计工作。", "要加强学生考勤,做好课堂教学的考勤统计工作。"],
      ["units-opening", "units", "", "学生处、教务处、各学院"],
    ]);
  });

  it("leaves a task with units, wording that opens with a clause or with words that are no units, and a duty too short to be one", () => {
    const doc = unitsOpening.apply(
      workDoc([
        { seq: 1, fields: { content: "市财政局负责落实资金。", units: "市财政局" } },
        { seq: 2, fields: { content: "按照省里部署要求,加快推进项目建设。" } },
        { seq: 3, fields: { content: "全面加强组织领导要放在首位,确保落实。" } },
        { seq: 4, fields: { content: "市财政局负责。" } },
      ]),
    );
    expect(field(doc, 1, "content")).toBe("市财政局负责落实资金。");
    expect(field(doc, 2, "units")).toBeUndefined();
    expect(field(doc, 3, "units")).toBeUndefined();
    expect(field(doc, 4, "units")).toBeUndefined();
    expect(doc.tasks.every((t) => t.repairs.length === 0)).toBe(true);
  });
});
