import { describe, expect, it } from "vitest";
import { sectionUnitRule } from "../../../src/repair/rules/section-unit.js";
import { sectionUnit } from "../../../src/genre/section-units.js";
import type { WorkDoc } from "../../../src/model/work.js";
import { field, workDoc } from "../work-doc.js";

const place = { line: 1 };
function withSections(doc: WorkDoc, sections: Array<[string, string]>): WorkDoc {
  return { ...doc, sections: sections.map(([id, title]) => ({ id, number: id, title, level: 2, parent: null, where: place })) };
}

describe("sectionUnit", () => {
  it("reads a heading that is only a unit's name, with the count a problem list prints", () => {
    expect(sectionUnit("鹿城镇(14个)")).toBe("鹿城镇");
    expect(sectionUnit("区城管局（共5项）")).toBe("区城管局");
    expect(sectionUnit("东城街道")).toBe("东城街道");
  });
  it("reads a heading that names a unit and its duties (卫生部门职责、任务), or the unit as a sentence of its own (农业部门。)", () => {
    expect(sectionUnit("卫生部门职责、任务")).toBe("卫生部门");
    expect(sectionUnit("公安部门的主要职责")).toBe("公安部门");
    expect(sectionUnit("农业部门。")).toBe("农业部门");
    expect(sectionUnit("乡级防汛指挥部主要职责。")).toBe("乡级防汛指挥部");
    expect(sectionUnit("主要职责")).toBeNull();
    expect(sectionUnit("保障措施。")).toBeNull();
  });
  it("reads a heading that is a short list of units' names, each of them a unit", () => {
    expect(sectionUnit("区教育体育局、文化局")).toBe("区教育体育局、文化局");
    expect(sectionUnit("區教育體育局、文化局")).toBe("區教育體育局、文化局");
    expect(sectionUnit("区教育局、组织领导")).toBeNull();
    expect(sectionUnit("宣传、教育、培训、考核")).toBeNull();
    expect(sectionUnit("成立宣传活动领导小组")).toBeNull();
    // A heading over the division of work ends as a unit's name does, but names none.
    expect(sectionUnit("分工负责机构")).toBeNull();
  });

  it("reads an office named by the power it holds (监察机关职责) and short names sharing the last one's collective word (建设、规划、城管部门职责)", () => {
    expect(sectionUnit("监察机关职责")).toBe("监察机关");
    expect(sectionUnit("建设、规划、城管部门职责")).toBe("建设、规划、城管部门");
    // A sentence that ends like a bank's name does not name one.
    expect(sectionUnit("本办法自印发之日起施行。")).toBeNull();
  });

  it("refuses a heading that names work, not who does it", () => {
    expect(sectionUnit("优化营商环境")).toBeNull();
    expect(sectionUnit("组织领导")).toBeNull();
    expect(sectionUnit("存在问题")).toBeNull();
    expect(sectionUnit("加强乡镇卫生院建设，提升服务")).toBeNull();
  });
});

describe("section-unit", () => {
  it("gives each task of a unit's section that unit, recorded", () => {
    const doc = withSections(workDoc([{ seq: 1, section: "(一)", fields: { content: "门外公益广告褪色破损。" } }, { seq: 2, section: "(一)", fields: { content: "车辆乱停乱放。" } }]), [["(一)", "鹿城镇(14个)"]]);
    const out = sectionUnitRule.apply(doc);
    expect(field(out, 1, "units")).toBe("鹿城镇");
    expect(field(out, 2, "units")).toBe("鹿城镇");
    expect(out.tasks[0]?.repairs.map((r) => [r.ruleId, r.before, r.after])).toEqual([["section-unit", "", "鹿城镇"]]);
  });
  it("leaves a section alone where any task names a unit, or the heading is a topic", () => {
    const doc = withSections(
      workDoc([
        { seq: 1, section: "(一)", fields: { content: "甲。" } },
        { seq: 2, section: "(一)", fields: { content: "乙。", units: "区财政局" } },
        { seq: 3, section: "(二)", fields: { content: "丙。" } },
      ]),
      [["(一)", "鹿城镇"], ["(二)", "优化营商环境"]],
    );
    const out = sectionUnitRule.apply(doc);
    expect(field(out, 1, "units") ?? "").toBe("");
    expect(field(out, 3, "units") ?? "").toBe("");
    expect(out).toBe(doc);
  });
});

describe("sectionUnit of a sentence introducing duties", () => {
  it("reads the subject of 要/负责…以下工作：", () => {
    expect(sectionUnit("2022年,区政府要全面实施《食品安全法》等法律法规,主要承担以下工作:")).toBe("区政府");
    expect(sectionUnit("市卫生健康委负责牵头推进,重点抓好以下任务：")).toBe("市卫生健康委");
  });
  it("refuses a subject that is not a unit", () => {
    expect(sectionUnit("各地要结合实际,抓好以下工作:")).toBeNull();
  });
});
