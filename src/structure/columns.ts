import { fieldForHeader } from "../genre/headers.js";
import type { Column } from "../model/document.js";
import type { GridCell } from "../model/grid.js";

/**
 * The printed header of each column and the canonical field it maps to. A table that names a
 * lead unit and then its 责任单位, with no 配合单位 of its own (牵头单位 | 责任单位), means by the
 * second the units that work under the lead: they are read as support units (units lists both).
 * A table with two columns of content and none of titles (项目内容 | 工作要求) names its tasks in the first.
 */
export function mapColumns(header: readonly GridCell[]): Column[] {
  const columns: Column[] = header.map((cell, index) => {
    const printed = cell.text.replace(/\s+/g, "");
    return { header: printed, field: fieldForHeader(printed), index };
  });
  const count = (field: string): number => columns.filter((c) => c.field === field).length;
  // 项目内容 | 工作要求: two columns of content and none of titles — the first names the task.
  if (count("title") === 0 && count("content") >= 2) (columns.find((c) => c.field === "content") as Column).field = "title";
  if (count("leadUnits") >= 1 && count("supportUnits") === 0 && count("units") >= 1) {
    for (const c of columns) if (c.field === "units") c.field = "supportUnits";
  }
  return columns;
}
