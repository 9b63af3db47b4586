import { denseGrid, rowSlots } from "./dense-grid.js";
import type { DocxBlock, DocxTable } from "./html-tree.js";

export { breakMeans, joinLines, type CellRole } from "../../genre/line-breaks.js";

export interface CellLines {
  /** The cell's lines: one per paragraph or line break, ends trimmed, empty ones dropped. */
  lines: string[];
  /** Indexes of lines whose break before them always means something (rows of a nested table, the text after one). */
  hard: Set<number>;
  /** Tables nested in the cell, read into `lines` one row per line. */
  nested: DocxTable[];
}

/**
 * The lines of a cell's blocks. A table nested in the cell is read as text, one line per
 * row with its cells separated by a tab, so none of its text is lost.
 */
export function cellLines(blocks: readonly DocxBlock[]): CellLines {
  const lines: string[] = [];
  const hard = new Set<number>();
  const nested: DocxTable[] = [];
  let afterTable = false;
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      for (const line of block.text.split("\n")) {
        const t = line.trim();
        if (t === "") continue;
        if (afterTable) hard.add(lines.length);
        afterTable = false;
        lines.push(t);
      }
      continue;
    }
    nested.push(block.table);
    afterTable = true;
    const dense = denseGrid(block.table);
    dense.slots.forEach((_, r) => {
      const texts = rowSlots(dense, r)
        .filter((s) => s.row === r)
        .map((s) => {
          const inner = cellLines(s.cell.blocks);
          nested.push(...inner.nested);
          return inner.lines.join(" ");
        });
      const line = texts.join("\t").trim();
      if (line !== "") {
        hard.add(lines.length);
        lines.push(line);
      }
    });
  }
  return { lines, hard, nested };
}

