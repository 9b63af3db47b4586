import { DUTY_MODAL, firstCharge } from "../../genre/duties.js";
import { simplified } from "../../genre/script.js";
import { listPieces } from "../../genre/unit-groups.js";
import { readsAsUnitList } from "../../genre/units.js";
import type { Located } from "../../model/located.js";
import type { Repair } from "../../model/message.js";
import type { WorkDoc } from "../../model/work.js";
import { mapTasks, namesUnits, openingField, placeIn, withField, type RepairRule } from "../rule.js";

// Units before their duty's verb are a short list.
const MAX_UNITS_TEXT = 48;
// What is left after the units must be a duty of some words.
const MIN_DUTY = 4;
// A clause that opens with a conjunction or preposition goes on a sentence: its first words name no units.
const CLAUSE_OPENING = /^(?:与|和|及|同|并|对|向|在|为|由|会同|按照|根据|通过|经)/;

/** Where the units that open a wording end and where its duty begins, or null when it opens otherwise. */
function openingUnits(view: string): { start: number; end: number; duty: number } | null {
  const start = view.length - view.trimStart().length;
  const head = view.slice(start, start + MAX_UNITS_TEXT + 2);
  // A regulation's 应当 / 应 charges them as 要 does (信访办应当及时…).
  const verb = firstCharge(head);
  if (!verb || verb.index < 2) return null;
  const units = head.slice(0, verb.index);
  if (/[。；;:：!！?？\n]/.test(units) || CLAUSE_OPENING.test(units)) return null;
  const pieces = listPieces(units);
  if (pieces.length === 0 || !readsAsUnitList(pieces)) return null;
  const end = start + verb.index;
  // The joining word stays the wording's, a modal too (学生处、各学院要加强… : 要加强…), as the genre's duty lists
  // and clauses are read (truth/README.md: the wording keeps the joining word as printed).
  const duty = end;
  const rest = view.slice(end + (DUTY_MODAL.test(verb[0]) ? verb[0].length : 0));
  return rest.trim().length < MIN_DUTY ? null : { start, end, duty };
}

/**
 * A task with no units whose wording opens with them and the verb of their duty (学生处、各学院要加强…,
 * 卫生、执法等部门负责保障…: a duty written unit first, read by a layout that has no place for its units):
 * the units go to the units field; the word that joins them to the duty (要, 应, 负责, 牵头) stays the
 * wording's, as printed. Both changes are recorded, before and after.
 */
export const unitsOpening: RepairRule = {
  id: "units-opening",
  description: "A task with no units whose wording opens with them and their duty's verb (学生处、各学院要加强…): the units moved to the units field, the joining word (要, 负责) kept in the wording; recorded.",
  apply(doc: WorkDoc): WorkDoc {
    return mapTasks(doc, (task) => {
      if (task.status === "missing" || namesUnits(task)) return task;
      const field = openingField(task);
      const value: Located | undefined = task.cells.get(field);
      if (!value) return task;
      // Found in the simplified view (負責 as 负责), offset for offset the printed text's.
      const found = openingUnits(simplified(value.text));
      if (!found) return task;
      const units = value.slice(found.start, found.end);
      const wording = value.replace(0, found.duty, "");
      const cut = value.text.slice(found.start, found.duty);
      const repairs: Repair[] = [
        {
          ruleId: "units-opening",
          field,
          before: value.text,
          after: wording.text,
          where: placeIn(doc, task, field, value, found.start, found.duty - found.start),
          reason: `The ${field} opens with the task's units and their duty (「${cut}」) and the task has none of its own: they were moved to its units.`,
        },
        { ruleId: "units-opening", field: "units", before: "", after: units.text, where: placeIn(doc, task, field, value, found.start, units.text.length), reason: `The units were taken from the start of the ${field}.` },
      ];
      return { ...withField(withField(task, field, wording), "units", units), repairs: [...task.repairs, ...repairs] };
    });
  },
};
