import type { TextTable } from "./text-table.js";

// A reading of which half the rows or more are doubtful (cells placed by guess, text no cell took) is
// doubtful as a whole: its other rows were read the same way and are flagged with them. Measured
// (2026-12-06): "more than half" left 14 tasks ok with a field wrong in set-aside 1, "half or more" 5;
// each such task costs a look in a table read half by guess (worked-on: 9 more tasks flagged).
const DOUBTFUL_SHARE = 0.5;
const MIN_ROWS_TO_DOUBT = 2;

export function doubtWhole(table: TextTable): TextTable {
  const data = table.rows.filter((r) => r.kind === "data");
  const doubtful = table.rows.filter((r) => (r.kind === "data" && (r.uncertain || r.guessed)) || r.kind === "garbled").length;
  const all = data.length + table.rows.filter((r) => r.kind === "garbled").length;
  if (all < MIN_ROWS_TO_DOUBT || doubtful / all < DOUBTFUL_SHARE) return table;
  const reason = `half or more of the table's rows (${doubtful} of ${all}) could not be read with certainty, and this one was read the same way`;
  return { ...table, rows: table.rows.map((r) => (r.kind === "data" && !r.uncertain && !r.guessed ? { ...r, uncertain: reason } : r)) };
}
