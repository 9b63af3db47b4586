import { fieldForHeader } from "../genre/headers.js";
import type { Column } from "../model/document.js";
import type { GridCell } from "../model/grid.js";

/** The printed header of each column and the canonical field it maps to. */
export function mapColumns(header: readonly GridCell[]): Column[] {
  return header.map((cell, index) => {
    const printed = cell.text.replace(/\s+/g, "");
    return { header: printed, field: fieldForHeader(printed), index };
  });
}
