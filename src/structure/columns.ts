import { fieldsForHeader } from "../genre/headers.js";
import type { Column } from "../model/document.js";
import type { GridCell } from "../model/grid.js";

/** The printed header of each column and the canonical field it maps to, the header read as a whole (genre/headers.ts). */
export function mapColumns(header: readonly GridCell[]): Column[] {
  const printed = header.map((cell) => cell.text.replace(/\s+/g, ""));
  const fields = fieldsForHeader(printed);
  return printed.map((h, index) => ({ header: h, field: header[index]?.field ?? fields[index] ?? "extra", index }));
}
