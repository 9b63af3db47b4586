import { Located } from "../../model/located.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { unitSuffixLength, UNIT_PREFIX } from "../../genre/units.js";
import type { RepairRule } from "../rule.js";
import { isUnitField } from "../../model/fields.js";


/** Join the two parts of a cell; unit lists get a 、 when the first part ended on a whole unit. */
function join(field: string, first: Located, second: Located): Located {
  if (first.text === "") return second;
  if (second.text === "") return first;
  if (isUnitField(field) && unitSuffixLength(first.text) > 0 && UNIT_PREFIX.test(second.text) && !/[、,，;；]$/.test(first.text)) {
    return first.concat(second, "、");
  }
  if ((field === "contacts" || field === "leaders") && !/[、,，\s]$/.test(first.text)) return first.concat(second, "");
  return first.concat(second);
}

/**
 * A row taller than its number prints its first lines before the number when text is read
 * line by line (seed row 17: content, units and contacts arrive in two pieces, with the
 * number and title between them). The reader kept the first piece as a fragment; this rule
 * puts each cell back together, in order, and records it.
 */
export const interleavedCells: RepairRule = {
  id: "interleaved-cells",
  description: "Cells of a row that wrapped across lines, printed partly before the row's number, put back together.",
  apply(doc: WorkDoc): WorkDoc {
    if (!doc.tasks.some((t) => t.fragment)) return doc;
    const tasks = doc.tasks.map((task): WorkTask => {
      const fragment = task.fragment;
      if (!fragment) return task;
      const cells = new Map(task.cells);
      const repairs = [...task.repairs];
      for (const [field, first] of fragment.cells) {
        const second = cells.get(field) ?? Located.empty();
        const joined = join(field, first, second);
        cells.set(field, joined);
        repairs.push({
          ruleId: "interleaved-cells",
          field,
          before: second.text,
          after: joined.text,
          where: fragment.where,
          reason: `The first part of this cell (「${first.text.length > 24 ? `${first.text.slice(0, 12)}…${first.text.slice(-10)}` : first.text}」) was printed before the row's number; the two parts were joined.`,
        });
      }
      const { fragment: _done, ...rest } = task;
      return { ...rest, cells, repairs, raw: `${fragment.raw}${task.raw}` };
    });
    return { ...doc, tasks };
  },
};
