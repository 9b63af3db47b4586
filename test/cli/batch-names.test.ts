import { describe, expect, it } from "vitest";
import { outputStems } from "../../src/commands/batch/names.js";
import { renderBar, displayWidth } from "../../src/commands/batch/progress.js";

describe("output names in a batch", () => {
  it("keeps each base name when no two inputs share it", () => {
    expect(outputStems(["a/一.txt", "b/二.docx", "c/三"])).toEqual(["一", "二", "三"]);
  });

  it("tells inputs with the same base name apart by their extension first", () => {
    expect(outputStems(["in/table.txt", "in/table.docx", "in/other.txt"])).toEqual(["table-txt", "table-docx", "other"]);
  });

  it("then by the nearest parent folder where their paths differ", () => {
    expect(outputStems(["2023/q1/table.txt", "2024/q1/table.txt", "x/q2/table.txt"])).toEqual(["2023-q1-table", "2024-q1-table", "q2-table"]);
    expect(outputStems(["a/table.txt", "b/table.txt"])).toEqual(["a-table", "b-table"]);
  });

  it("numbers names that differ only in case, which Windows and macOS folders treat as one", () => {
    expect(outputStems(["in/Table.txt", "in/table.TXT"])).toEqual(["Table", "table-2"]);
  });

  it("never lets one input's name be another's units CSV (x.units.csv)", () => {
    const stems = outputStems(["x.txt", "x.units.txt"]);
    expect(stems[0]).toBe("x");
    expect(stems[1]).not.toBe("x.units");
    const written = stems.flatMap((s) => [`${s}.json`, `${s}.csv`, `${s}.units.csv`, `${s}.xlsx`].map((n) => n.toLowerCase()));
    expect(new Set(written).size).toBe(written.length);
  });
});

describe("the progress bar", () => {
  const state = { done: 3, total: 12, byStatus: { ok: 1, repaired: 1, needs_review: 0, failed: 1 }, current: "tables/重庆市黔江区任务分解表.docx" };

  it("shows the counts and the current file within the terminal's width", () => {
    const line = renderBar(state, 120);
    expect(line).toMatch(/^\[#+-+\] 3\/12 {2}ok 1 {2}repaired 1 {2}review 0 {2}failed 1 {2}tables\/重庆市黔江区任务分解表\.docx$/);
    expect(displayWidth(line)).toBeLessThan(120);
  });

  it("cuts the file name from the left on a narrow terminal, keeping its end", () => {
    const line = renderBar(state, 90);
    expect(displayWidth(line)).toBeLessThan(90);
    expect(line).toMatch(/ …\S*表\.docx$/);
    expect(line).not.toContain("tables/");
  });

  it("is full and names no file when every file is done", () => {
    expect(renderBar({ ...state, done: 12 }, 100)).toMatch(/^\[#+\] 12\/12 .*failed 1$/);
  });
});
