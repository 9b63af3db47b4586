import { describe, expect, it } from "vitest";
import { inferredHeader } from "../../../src/read/text/inferred-header.js";

const row = (task: string, leader: string, unit: string, done: string, share: string): string[] => [task, leader, unit, done, share];

describe("a header inferred from the rows of a page without one", () => {
  it("names each column by what most rows print at its place: wording, a leader before the units, the units, a report, a figure", () => {
    const rows = [
      row("新建社区老年食堂20家", "王  明", "市民政局", "已建成老年食堂12家,累计服务老人3万人次。", "60%"),
      row("改造提升农贸市场8个", "李  强", "市市场监管局", "已完成4个市场的改造方案,2个市场已开工。", "35%"),
      row("新增公共停车泊位2000个", "李  强", "市城管局", "已新增泊位800个,其余泊位正在建设。", "40%"),
    ];
    expect(inferredHeader(rows)).toEqual(["序号", "工作任务", "责任领导", "责任单位", "进展情况", "第6列"]);
  });

  it("reads two unit columns as lead and support, a person after the units as the contact, and a date as the deadline", () => {
    const rows = [
      ["开展河道清淤", "区水利局", "各街道办事处", "张三", "2024年6月底前"],
      ["建设污水管网20公里", "区住建委", "区水利局", "李四", "2024年10月底前"],
    ];
    expect(inferredHeader(rows)).toEqual(["序号", "工作任务", "牵头单位", "配合单位", "联系人", "完成时限"]);
  });

  it("reads a second column of units that repeats one of the first's as the lead among all the responsible units (责任单位 | 牵头单位)", () => {
    const rows = [
      ["科技型中小企业新增300家", "区科技局、区经商局、区建设局", "区科技局"],
      ["规上工业增加值增长10%", "区经商局、莲都经开区管委会", "区经商局"],
    ];
    expect(inferredHeader(rows)).toEqual(["序号", "工作任务", "责任单位", "牵头单位"]);
  });

  it("says nothing when the rows do not agree on their count of lines, or on what a column holds", () => {
    expect(inferredHeader([["开展河道清淤", "区水利局"], ["建设污水管网", "区住建委", "区水利局"], ["整治黑臭水体"]])).toBeNull();
    expect(inferredHeader([["开展河道清淤", "区水利局"], ["区住建委", "建设污水管网20公里,改造雨污分流管道"]])).toBeNull();
    // No units among the columns: nothing says these lines are a breakdown table's.
    expect(inferredHeader([["开展河道清淤", "2024年6月底前"], ["建设污水管网", "2024年10月底前"]])).toBeNull();
  });
});
