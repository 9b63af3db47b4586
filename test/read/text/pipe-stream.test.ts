import { describe, expect, it } from "vitest";
import { rowStarts } from "../../../src/read/text/pipe-stream.js";

describe("rows of a pipe table run on in one line, found again by their numbers", () => {
  it("cuts before each number a row's width apart", () => {
    const cells = ["1", "a", "b", "2", "c", "d", "3", "e", "f"];
    expect(rowStarts(cells, 3, 0)).toEqual([0, 3, 6]);
  });

  it("gives a row its first columns printed before its number (大类 | 序号), and none where they are merged", () => {
    // 大类 | 序号 | 任务 | 单位: row 1 opens with its category, row 2's is merged into row 1's.
    const cells = ["一、类", "1", "a", "x", "2", "b", "x", "二、类", "3", "c", "x"];
    expect(rowStarts(cells, 4, 1)).toEqual([0, 4, 7]);
  });

  it("puts cells neither row can hold on a line of their own (a row's second printed line)", () => {
    const cells = ["1", "a", "b", "more", "", "", "2", "c", "d"];
    expect(rowStarts(cells, 3, 0)).toEqual([0, 3, 6]);
  });

  it("takes the number nearest a row's width, not a figure in a cell before it", () => {
    const cells = ["1", "a", "2", "b", "2", "c", "d", "e"];
    expect(rowStarts(cells, 4, 0)).toEqual([0, 4]);
  });

  it("finds rows by the numbers their task column opens with where the table has no 序号 column", () => {
    // 类别 | 事项 | 单位: the category printed on the first row only.
    const cells = ["一、类", "14.甲", "x", "15.乙", "x", "16.丙", "x"];
    expect(rowStarts(cells, 3, 1, true)).toEqual([0, 3, 5]);
  });

  it("finds nothing where no small number opens the run", () => {
    expect(rowStarts(["a", "b", "c", "d"], 2, 0)).toEqual([]);
  });
});
