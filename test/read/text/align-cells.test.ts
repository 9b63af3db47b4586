import { describe, expect, it } from "vitest";
import { alignRow, alignStream, subRows, type AlignColumn } from "../../../src/read/text/align-cells.js";
import { cellKind } from "../../../src/genre/cell-types.js";

const columns: AlignColumn[] = [
  { field: "title", header: "工作任务和内容" },
  { field: "leadUnits", header: "责任单位" },
  { field: "supportUnits", header: "配合单位" },
  { field: "deadline", header: "完成时间" },
];

function rows(atoms: string[]): string[][] {
  const reading = alignStream(atoms, columns);
  if (!reading) throw new Error("no reading");
  return reading.items.flatMap((it) => (it.kind === "row" ? [it.row.runs.map(([a, b]) => atoms.slice(a, b).join("+"))] : []));
}

describe("cells separated by single spaces, rows cut by what the cells look like", () => {
  it("keeps a unit's name printed in two words (县委县政府 督查室) in its row: a table of one wording column has it in every row", () => {
    const atoms = [
      "负责舆论宣传,开展专题报道。", "县委宣传部", "持续开展",
      "负责督导和检查考核工作.", "县委县政府", "督查室", "持续开展",
      "负责制定扬尘整治方案。", "县五城办", "7月底前",
      "负责道路扬尘防治。", "县公安局", "持续开展",
      "负责园林工地扬尘防治。", "县城管局", "持续开展",
      "负责砂石场扬尘防治。", "县交通运输局", "12月底前",
    ];
    const read = rows(atoms);
    expect(read).toHaveLength(6);
    expect(read[1]).toEqual(["负责督导和检查考核工作.", "县委县政府+督查室", "", "持续开展"]);
  });
});

describe("a row's lines placed in columns by what they look like (alignRow)", () => {
  const columns: AlignColumn[] = [
    { field: "category", header: "类别" },
    { field: "title", header: "项目名称" },
    { field: "content", header: "建设内容" },
    { field: "leadUnits", header: "牵头单位" },
    { field: "supportUnits", header: "配合单位" },
    { field: "deadline", header: "完成时间" },
  ];
  const cells = (lines: string[]): string[] => alignRow(lines, columns).runs.map(([a, b]) => lines.slice(a, b).join("|"));

  it("keeps a unit's line after a sentence that closes out of the text, and gives the lead one unit of a list one per line", () => {
    const lines = ["教育", "新建城东小学", "新建24个班小学一所,建筑面积2万平方米。", "区教育局", "区发改局", "区财政局", "城东街道", "2024年12月"];
    expect(cells(lines)).toEqual(["教育", "新建城东小学", "新建24个班小学一所,建筑面积2万平方米。", "区教育局", "区发改局|区财政局|城东街道", "2024年12月"]);
  });

  it("keeps a long list of support units printed one per line in its cell, towns among them", () => {
    const support = ["东孝街道", "孝顺镇", "傅村镇", "曹宅镇", "澧浦镇", "区发改局", "金义新区发展集团", "区城投集团", "区社发公司", "区资规分局"];
    const lines = ["打造区域教育高地", "新(改、扩)建一批中小学校", "实施新(改、扩)建中小学校5家。", "区教体局", ...support];
    expect(cells(lines)).toEqual(["打造区域教育高地", "新(改、扩)建一批中小学校", "实施新(改、扩)建中小学校5家。", "区教体局", support.join("|"), ""]);
  });

  it("reads one heading line as the title under a merged category, not a category over an empty title: merged cells nest from the left", () => {
    const reading = alignRow(["中小学校清廉阳光厨房建设", "对28所中小学校食堂安装数字化验收平台。", "区教体局", "/"], columns.slice(0, 5));
    expect(reading.runs.map(([a, b]) => b - a)).toEqual([0, 1, 1, 1, 1]);
    expect(reading.ambiguous).toBe(false);
  });

  it("places a cell printed as none (/, 无) in its column, and a pipe line only in a pipe's column", () => {
    expect(cells(["教育", "新建城东小学", "建筑面积2万平方米。", "区教育局", "无", "2024年12月"])).toEqual(["教育", "新建城东小学", "建筑面积2万平方米。", "区教育局", "无", "2024年12月"]);
    const piped: AlignColumn[] = [{ field: "title", header: "项目名称" }, { field: "extra", header: "|" }, { field: "content", header: "建设内容" }, { field: "extra", header: "|" }, { field: "units", header: "责任单位" }];
    const lines = ["城乡教育提质工程", "|", "新建城东小学，新增学位1080个；", "改造农村薄弱学校校舍4所", "|", "县教育局", "县发展改革局"];
    expect(alignRow(lines, piped).runs.map(([a, b]) => lines.slice(a, b).join("+"))).toEqual(["城乡教育提质工程", "|", "新建城东小学，新增学位1080个；+改造农村薄弱学校校舍4所", "|", "县教育局+县发展改革局"]);
  });

  it("does not join a numbered point (一、 (一) 1、) to the task's name above it: it opens the next column's paragraphs", () => {
    const progress: AlignColumn[] = [{ field: "title", header: "政策项目" }, { field: "progress", header: "办理情形及进度" }];
    const lines = ["长期照顾", "一、规划推动长期照顾十年计画2.0:", "(一)105年5月31日函颁设置要点,并于7月15日召开第1次委员会议。"];
    expect(alignRow(lines, progress).runs).toEqual([[0, 1], [1, 3]]);
  });

  it("does not take a sentence that counts (改扩建幼儿园5所。) for a unit", () => {
    expect(cellKind("改扩建幼儿园5所。")).not.toBe("units");
    expect(cellKind("县教育局")).toBe("units");
  });

  it("takes deadlines in clauses (2025年11月底前,并长期坚持) for a deadline, a measure and its deadline not", () => {
    expect(cellKind("2025年11月底前,并长期坚持")).toBe("deadline");
    expect(cellKind("6月底前；年底前完成")).toBe("deadline");
    expect(cellKind("开展专项整治,年底前完成")).not.toBe("deadline");
  });

  it("takes a unit and its people in one cell, a space between (市民政局 伍泽国), for units; a phrase spaced out is not", () => {
    expect(cellKind("市民政局 伍泽国")).toBe("units");
    expect(cellKind("县财政局 张三 李四")).toBe("units");
    expect(cellKind("推进 改革")).not.toBe("units");
    expect(cellKind("组织 领导")).not.toBe("units");
  });
});

describe("a numbered row merged over sub-rows (subRows)", () => {
  const cols: AlignColumn[] = [
    { field: "title", header: "项目" },
    { field: "units", header: "责任单位" },
    { field: "content", header: "建设内容" },
    { field: "extra", header: "总投资(万元)" },
    { field: "target", header: "2023年目标进度" },
  ];

  it("cuts the lines where each sub-row reads as a row of its own, its project left to the first", () => {
    const lines = ["完善交通基础设施", "区交通运输局", "实施城北路提升改造工程。", "48414", "一季度开工。", "区住建局", "实施寺前线路面提升及危桥改造工程。", "1000", "6月开工,年内完工。"];
    expect(subRows(lines, cols)).toEqual([[0, 5], [5, 9]]);
  });

  it("does not cut a list of units printed one per line into sub-rows of names alone", () => {
    const lines = ["完善交通基础设施", "区交通运输局", "区住建局", "区财政局", "区发改局", "实施城北路提升改造工程。", "48414", "一季度开工。"];
    expect(subRows(lines, cols)).toBeNull();
    expect(subRows(["城北路", "区交通局", "实施改造。", "100", "年内完成。"], cols)).toBeNull();
  });
});
