import { fieldForHeader } from "../../genre/headers.js";
import { listPieces, readUnitGroup } from "../../genre/unit-groups.js";
import { namesWorkingBody, readsAsUnit } from "../../genre/units.js";
import { peopleAfterUnit } from "../../genre/unit-people.js";
import { type ColumnField, isUnitField, UNIT_FIELDS } from "../../model/fields.js";
import { labelsWithColon } from "../../genre/labels.js";
import type { GridCell } from "../../model/grid.js";
import type { TextTable } from "./text-table.js";

/**
 * How well a layout read the text, to choose between the layouts that read something: a task
 * counts when it has wording and units that read as units; a row the reader was unsure of counts
 * against it. Readers are tried in order and the first of equal readings wins.
 */
const WORDING: ReadonlySet<ColumnField> = new Set(["title", "content"]);
const UNITS: ReadonlySet<ColumnField> = new Set(UNIT_FIELDS);
// A row with wording but no units is worth a quarter of one with both (tables without a unit column exist).
const WORDING_ONLY = 0.25;
// A row the reader says it is unsure of costs half a task.
const UNSURE = 0.5;

// A row with text but neither wording nor units costs as much as one read unsure.
const MISPLACED = UNSURE;

// A number skipped between two rows (1, 2, 4): a row swallowed by its neighbour, as much a loss as a row read unsure.
const SKIPPED_NUMBER = 0.5;
// Gaps wider than this are a table's parts, or numbers that are not row numbers: not counted.
const MAX_SKIP = 3;

export function plausibility(table: TextTable): number {
  const fields = table.header.map((h: GridCell) => h.field ?? fieldForHeader(h.text));
  const seqCol = fields.indexOf("seq");
  let score = 0;
  let lastNumber: number | null = null;
  for (const row of table.rows) {
    if (row.kind !== "data") continue;
    const number = seqCol < 0 ? Number.NaN : Number.parseInt((row.cells[seqCol]?.text ?? "").trim(), 10);
    if (!Number.isNaN(number)) {
      const skipped = lastNumber === null ? 0 : number - lastNumber - 1;
      if (skipped > 0 && skipped <= MAX_SKIP) score -= SKIPPED_NUMBER * skipped;
      lastNumber = number;
    }
    const text = (set: ReadonlySet<ColumnField>): string => row.cells.filter((_, i) => set.has(fields[i] as ColumnField)).map((c) => c.text).join("、");
    const wording = text(WORDING).trim();
    const unitText = text(UNITS);
    const units = listPieces(unitText);
    // Units labelled at the end of the wording (…。责任单位：A、B) are the task's units too (repair rule units-in-text).
    const labelled = unitText.trim() === "" && labelsWithColon(wording).some((l) => isUnitField(l.field));
    // A unit with the person who answers for it (市民政局 伍泽国, a column of 牵头单位及主要负责人) is a unit too.
    const unitsOk = labelled || (units.length > 0 && units.filter((u) => readsAsUnit(u) || namesWorkingBody(u) || peopleAfterUnit(u.trim()) !== null).length / units.length >= 0.6) || (unitText.trim() !== "" && readUnitGroup(unitText) !== null);
    if (wording !== "" && unitsOk) score += 1;
    else if (wording !== "") score += WORDING_ONLY;
    // A row whose text stands in neither its wording nor its units (a cut row's first cell under 完成情况):
    // its cells were placed wrong, as a row is cut from its right and says its task first.
    else if (unitText.trim() === "" && row.cells.some((c) => c.text.trim() !== "" && c !== row.cells[seqCol])) score -= MISPLACED;
    if (row.uncertain) score -= UNSURE;
  }
  return score;
}
