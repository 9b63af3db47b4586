import { simplified } from "../../genre/script.js";
import type { Located } from "../../model/located.js";
import type { WorkDoc } from "../../model/work.js";
import { mapTasks, openingField, placeIn, withField, type RepairRule } from "../rule.js";

// A deadline that opens a task's wording before its first comma (2009年底前，完成… / 6月底前，建成…): a year or a
// month, then 底/末/前/内 saying it bounds the work. 2009年，全市… names a year, not a deadline.
const OPENING_DEADLINE = /^[ \t\u3000]*((?:\d{4}年(?:\d{1,2}月)?|\d{1,2}月)(?:底|末|上旬|中旬|下旬|内)?(?:前|以前|之前)?)[，,]/;
const BOUNDS = /(?:底|末|前|内)$/;

/**
 * A task with no deadline whose wording opens with one (2009年底前，完成特勤消防中队建设): the deadline is
 * also its deadline, the wording kept as printed. The fill is recorded, with where it was read.
 */
export const deadlineOpening: RepairRule = {
  id: "deadline-opening",
  description: "A task with no deadline whose wording opens with one (2009年底前，完成…): that is its deadline too, the wording kept; recorded.",
  apply(doc: WorkDoc): WorkDoc {
    return mapTasks(doc, (task) => {
      if (task.status === "missing" || (task.cells.get("deadline")?.text.trim() ?? "") !== "") return task;
      const field = openingField(task);
      const value: Located | undefined = task.cells.get(field);
      if (!value) return task;
      const m = OPENING_DEADLINE.exec(simplified(value.text));
      if (!m || !BOUNDS.test(m[1] as string)) return task;
      const at = m[0].indexOf(m[1] as string);
      const deadline = value.slice(at, at + (m[1] as string).length);
      return {
        ...withField(task, "deadline", deadline),
        repairs: [
          ...task.repairs,
          {
            ruleId: "deadline-opening",
            field: "deadline",
            before: "",
            after: deadline.text,
            where: placeIn(doc, task, field, value, at, deadline.text.length),
            reason: `The ${field} opens with a deadline (「${deadline.text}」) and the task has none of its own: it was taken as its deadline too.`,
          },
        ],
      };
    });
  },
};
