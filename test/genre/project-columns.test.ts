import { describe, expect, it } from "vitest";
import { cellKind, expectedKind } from "../../src/genre/cell-types.js";
import { fieldForHeader, groupHeaderWords } from "../../src/genre/headers.js";

// A 项目 table's header printed one word per line (民生实事项目实施计划表: 资金 / 来源, 总投资 / (万元)).
describe("the columns of a 项目 table", () => {
  it("joins the pieces of its header as the table prints them: the span is the deadline, the year's plan the target, the money under extra", () => {
    const lines = ["序号", "项目名称", "建设起", "止年限", "总投资", "(万元)", "当年投资", "(万元)", "2023年度", "计划", "资金", "来源", "责任", "单位"];
    const cells = groupHeaderWords(lines).map((g) => g.map((i) => lines[i]).join(""));
    expect(cells).toEqual(["序号", "项目名称", "建设起止年限", "总投资(万元)", "当年投资(万元)", "2023年度计划", "资金来源", "责任单位"]);
    expect(cells.map((c) => fieldForHeader(c))).toEqual(["seq", "title", "deadline", "extra", "extra", "target", "extra", "units"]);
  });

  it("keeps a target table's year columns apart (2023年 / 2025年 / 2027年 / 牵头单位), and a year printed alone over its name joined to it", () => {
    const years = ["序号", "指标名称", "单位", "2023年", "2025年", "2027年", "牵头单位"];
    expect(groupHeaderWords(years).map((g) => g.map((i) => years[i]).join(""))).toEqual(years);
    const over = ["序号", "重点任务", "2023年", "目标进度", "责任单位"];
    expect(groupHeaderWords(over).map((g) => g.map((i) => over[i]).join(""))).toEqual(["序号", "重点任务", "2023年目标进度", "责任单位"]);
  });

  it("expects periods under 建设起止年限 and figures under 投资, and reads a span of months as a period", () => {
    expect(expectedKind("deadline", "建设起止年限")).toBe("deadline");
    expect(expectedKind("extra", "总投资(万元)")).toBe("figure");
    expect(expectedKind("extra", "资金来源")).toBe("text");
    for (const t of ["2023.01-2023.12", "2023年1月—2023年12月", "2022-2025年"]) expect(cellKind(t), t).toBe("deadline");
  });
});
