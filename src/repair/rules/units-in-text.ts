import { labelsWithColon } from "../../genre/labels.js";
import { simplified } from "../../genre/script.js";
import { readUnitGroup } from "../../genre/unit-groups.js";
import { isUnitField } from "../../model/fields.js";
import type { Located } from "../../model/located.js";
import type { Repair } from "../../model/message.js";
import type { WorkDoc } from "../../model/work.js";
import { mapTasks, namesUnits, placeIn, withField, type RepairRule } from "../rule.js";

// A bracket closing the wording: （牵头单位：市发改委；配合单位：市统计局）, with a stop after it or not.
const CLOSING_BRACKET = /[(\uff08\u3014\u3010]([^()\uff08\uff09\u3014\u3015\u3010\u3011]{2,200})[)\uff09\u3015\u3011][。.;；]?\s*$/;
// What is left of the wording at the cut: spaces and a separator before the units (its stop is its own).
const TRAILING = /[\s;；,，、]*$/;

/** Where the units that close a wording begin, and the part that reads as a group of units; null when none do. */
function closingUnits(text: string): { start: number; inner: [number, number] } | null {
  const bracket = CLOSING_BRACKET.exec(text);
  if (bracket) {
    const innerStart = bracket.index + 1;
    const inner = bracket[1] as string;
    // Only a bracket that names roles or labels its units: （含5个乡镇） is the wording's own.
    if (/[:\uff1a]|牵头|负责|配合/.test(inner) && hasUnits(inner)) return { start: bracket.index, inner: [innerStart, innerStart + inner.length] };
  }
  // 责任单位：A、B at the very end, after the wording's last sentence.
  const labels = labelsWithColon(text).filter((l) => isUnitField(l.field));
  for (const l of labels) {
    const rest = text.slice(l.start).replace(/[。.;；]\s*$/, "");
    if (!/[。!！?？]/.test(rest) && hasUnits(rest)) return { start: l.start, inner: [l.start, l.start + rest.length] };
  }
  return null;
}

function hasUnits(text: string): boolean {
  const group = readUnitGroup(text);
  return group?.parts.some((p) => p.role !== "deadline" && p.role !== "note") === true;
}

/**
 * A task's units written into its wording, in a table with no unit column for them or a unit cell
 * left empty (目标任务：…。责任单位：市政府办公室、市财政局 / …。（牵头单位：市发改委；配合单位：市统计局）):
 * the labelled units that close the wording go to the units field, as printed (unit-roles then reads
 * their roles and deadline). Both changes are recorded: the wording before and after, and the units taken.
 */
export const unitsInText: RepairRule = {
  id: "units-in-text",
  description: "A task with no units whose wording ends with its labelled units (…。责任单位：A、B, …（牵头单位：A；配合单位：B）): the units moved to the units field, recorded.",
  apply(doc: WorkDoc): WorkDoc {
    return mapTasks(doc, (task) => {
      if (task.status === "missing" || namesUnits(task)) return task;
      for (const field of ["content", "title"]) {
        const value = task.cells.get(field);
        if (!value || value.text.trim() === "") continue;
        // Found in the simplified view (牽頭單位 as 牵头单位), offset for offset the printed text's.
        const found = closingUnits(simplified(value.text));
        if (!found) continue;
        const kept = value.text.slice(0, found.start).replace(TRAILING, "");
        // The wording keeps its words: units alone in it are the task's only text, not its units.
        if (kept.trim() === "") continue;
        const wording: Located = value.replace(kept.length, value.text.length, "");
        const units: Located = value.slice(found.inner[0], found.inner[1]);
        const repairs: Repair[] = [
          {
            ruleId: "units-in-text",
            field,
            before: value.text,
            after: wording.text,
            where: placeIn(doc, task, field, value, found.start, value.text.length - found.start),
            reason: `The ${field} ends with the task's units (「${units.text}」) and the task has none of its own: they were moved to its units.`,
          },
          {
            ruleId: "units-in-text",
            field: "units",
            before: "",
            after: units.text,
            where: placeIn(doc, task, field, value, found.inner[0], units.text.length),
            reason: `The units were taken from the end of the ${field}.`,
          },
        ];
        return { ...withField(withField(task, field, wording), "units", units), repairs: [...task.repairs, ...repairs] };
      }
      return task;
    });
  },
};
