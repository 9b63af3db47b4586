import { fieldForHeader } from "../genre/headers.js";
import type { Column } from "../model/document.js";
import type { GridCell } from "../model/grid.js";

/**
 * The printed header of each column and the canonical field it maps to. A table that names a
 * lead unit and then its 责任单位, with no 配合单位 of its own (牵头单位 | 责任单位), means by the
 * second the units that work under the lead: they are read as support units (units lists both).
 */
export function mapColumns(header: readonly GridCell[]): Column[] {
  const columns: Column[] = header.map((cell, index) => {
    const printed = cell.text.replace(/\s+/g, "");
    return { header: printed, field: fieldForHeader(printed), index };
  });
  const count = (field: string): number => columns.filter((c) => c.field === field).length;
  if (count("leadUnits") >= 1 && count("supportUnits") === 0 && count("units") >= 1) {
    for (const c of columns) if (c.field === "units") c.field = "supportUnits";
  }
  return columns;
}
