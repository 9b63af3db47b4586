import { describe, expect, it } from "vitest";
import { denseGrid, rowSlots } from "../../../src/read/docx/dense-grid.js";
import type { DocxCell, DocxTable } from "../../../src/read/docx/html-tree.js";

const cell = (text: string, colspan = 1, rowspan = 1): DocxCell => ({ blocks: [{ kind: "paragraph", text }], colspan, rowspan });
const textOf = (c: DocxCell | undefined): string => (c?.blocks[0] as { text: string } | undefined)?.text ?? "";

function table(rows: DocxCell[][]): DocxTable {
  return { index: 0, parent: null, rows };
}

describe("the dense grid of a table", () => {
  it("gives a cell merged down over three rows to its column in all three, pointing at the row it starts in", () => {
    const dense = denseGrid(table([[cell("1"), cell("县林业局", 1, 3)], [cell("2")], [cell("3")]]));
    expect(dense.width).toBe(2);
    expect(dense.slots.map((row) => row.map((s) => textOf(s?.cell)))).toEqual([
      ["1", "县林业局"],
      ["2", "县林业局"],
      ["3", "县林业局"],
    ]);
    expect(dense.slots[2]?.[1]).toMatchObject({ row: 0, column: 1 });
  });

  it("gives a cell spanning columns every column it covers, and counts it once in its row", () => {
    const dense = denseGrid(table([[cell("一、总体要求", 3)], [cell("1"), cell("任务"), cell("单位")]]));
    expect(dense.width).toBe(3);
    expect(rowSlots(dense, 0)).toHaveLength(1);
    expect(rowSlots(dense, 1).map((s) => s.column)).toEqual([0, 1, 2]);
  });

  it("places a row's cells after the slots merged into it from above", () => {
    const dense = denseGrid(table([[cell("a", 1, 2), cell("b"), cell("c", 1, 2)], [cell("d")]]));
    expect(dense.slots[1]?.map((s) => textOf(s?.cell))).toEqual(["a", "d", "c"]);
  });

  it("fills a short row with empty slots, and stops a merge at the table's end", () => {
    const dense = denseGrid(table([[cell("a"), cell("b"), cell("c")], [cell("d", 1, 5)]]));
    expect(dense.slots).toHaveLength(2);
    expect(dense.slots[1]?.map((s) => (s ? textOf(s.cell) : null))).toEqual(["d", null, null]);
  });
});
