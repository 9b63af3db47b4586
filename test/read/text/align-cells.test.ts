import { describe, expect, it } from "vitest";
import { alignRow, alignStream, type AlignColumn } from "../../../src/read/text/align-cells.js";
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

  it("does not take a sentence that counts (改扩建幼儿园5所。) for a unit", () => {
    expect(cellKind("改扩建幼儿园5所。")).not.toBe("units");
    expect(cellKind("县教育局")).toBe("units");
  });
});
