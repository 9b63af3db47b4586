import { GIVEN_TO } from "../../genre/duties.js";
import { simplified } from "../../genre/script.js";
import { listPieces } from "../../genre/unit-groups.js";
import { COLLECTIVE_OR_ROLE, readsAsUnitList } from "../../genre/units.js";
import type { Located } from "../../model/located.js";
import type { Message, Repair } from "../../model/message.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { namesUnits, placeIn, withField, type RepairRule } from "../rule.js";

// A clause inside the wording whose subject is the body charged with it (…，政府办公室要根据…；…。区委督委办、区政府督查室要…):
// the subject after a stop or comma, before 要 or 负责.
const CHARGED = /(?<=[，,。；;：:])\s*([^，,。；;：:\s“”"]{2,30}?)(?=(?:要(?![求是点])|负责(?!人|同志))[\u4e00-\u9fa5])/g;

/** The one body the wording charges inside a sentence, as [start, end) of the text; null when none or several. */
function chargedBody(text: string): [number, number] | null {
  const view = simplified(text);
  const found: Array<[number, number]> = [];
  for (const m of view.matchAll(CHARGED)) {
    // 整改要求：由包片单位县气象局负责…: 由 and the role the units are given the work under are no part of them.
    const given = GIVEN_TO.exec(m[1] as string)?.[0] ?? "";
    const name = (m[1] as string).slice(given.length);
    const pieces = listPieces(name);
    if (!readsAsUnitList(pieces) || pieces.some((p) => COLLECTIVE_OR_ROLE.test(p))) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[1] as string) + given.length;
    found.push([start, start + name.length]);
  }
  const names = new Set(found.map(([s, e]) => view.slice(s, e)));
  return names.size === 1 ? (found[0] as [number, number]) : null;
}

/**
 * A task with no units whose wording charges one body inside a sentence (原则同意该《方案》，政府办公室要根据…):
 * that body is its units, the wording kept whole. A guess from a sentence: recorded, and the task flagged.
 */
export const unitsCharged: RepairRule = {
  id: "units-charged",
  description: "A task with no units whose wording charges one body inside a sentence (…，政府办公室要根据…): that body copied to its units, the wording kept whole; recorded and flagged.",
  apply(doc: WorkDoc): WorkDoc {
    const messages: Message[] = [];
    const tasks = doc.tasks.map((task): WorkTask => {
      if (task.status === "missing" || namesUnits(task)) return task;
      for (const field of ["title", "content"] as const) {
        const value: Located | undefined = task.cells.get(field);
        const at = value ? chargedBody(value.text) : null;
        if (!value || !at) continue;
        const units = value.slice(at[0], at[1]);
        const where = placeIn(doc, task, field, value, at[0], at[1] - at[0]);
        const repair: Repair = { ruleId: "units-charged", field: "units", before: "", after: units.text, where, reason: `The units were taken from a sentence of the ${field} that charges 「${units.text}」; the ${field} is kept whole.` };
        messages.push({ ruleId: "units-charged", severity: "warning", reason: `Task ${task.seq}: its units 「${units.text}」 were taken from a sentence that charges them; check them.`, seq: task.seq, field: "units", where, actual: units.text });
        return { ...withField(task, "units", units), repairs: [...task.repairs, repair], status: "needs_review" };
      }
      return task;
    });
    return messages.length === 0 ? doc : { ...doc, tasks, messages: [...doc.messages, ...messages] };
  },
};
