import type { Paragraph } from "../../model/grid.js";
import type { Place } from "../../model/place.js";
import { cellLines } from "./cell-text.js";
import { denseGrid, rowSlots } from "./dense-grid.js";
import type { DocxBlock, DocxTable } from "./html-tree.js";

/** The document in reading order: paragraphs, and the tables the reader keeps as tables. */
export type FlatItem = { kind: "paragraph"; paragraph: Paragraph; aside: boolean } | { kind: "table"; table: DocxTable };

/**
 * Flatten the document into reading order around the tables in `keep` (the breakdown
 * table and its continuations). Any other table is read as paragraphs, one per line of
 * each cell, placed at its table, row and column: a signature block's issuer and date, an
 * attachment list, or the text of a table used only as a frame around the page. Tables in
 * `aside` (another table of tasks) are read the same way but marked `aside`: their cells
 * are not the document's title, issuer or date.
 */
export function flattenDocument(body: readonly DocxBlock[], keep: ReadonlySet<DocxTable>, aside: ReadonlySet<DocxTable> = new Set()): FlatItem[] {
  const out: FlatItem[] = [];
  const walk = (blocks: readonly DocxBlock[], place: Place, inAside: boolean): void => {
    for (const block of blocks) {
      if (block.kind === "paragraph") {
        for (const line of block.text.split("\n")) {
          const text = line.trim();
          if (text !== "") out.push({ kind: "paragraph", paragraph: { text, place: block.place ?? place }, aside: inAside });
        }
        continue;
      }
      if (keep.has(block.table)) {
        out.push({ kind: "table", table: block.table });
        continue;
      }
      const dense = denseGrid(block.table);
      dense.slots.forEach((_, r) => {
        for (const slot of rowSlots(dense, r)) {
          if (slot.row !== r) continue;
          walk(slot.cell.blocks, { table: block.table.index, row: r, column: slot.column }, inAside || aside.has(block.table));
        }
      });
    }
  };
  walk(body, {}, false);
  return out;
}

/** Paragraphs of a table row (a title row inside the table, a signature row after the tasks). */
export function rowParagraphs(table: DocxTable, r: number): Paragraph[] {
  const dense = denseGrid(table);
  const out: Paragraph[] = [];
  for (const slot of rowSlots(dense, r)) {
    if (slot.row !== r) continue;
    for (const text of cellLines(slot.cell.blocks).lines) out.push({ text, place: { table: table.index, row: r, column: slot.column } });
  }
  return out;
}
