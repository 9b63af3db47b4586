import { chineseNumeral } from "../../genre/numbering.js";
import { simplified } from "../../genre/script.js";
import type { WorkDoc } from "../../model/work.js";
import { mapTasks, openingField, placeIn, withField, type RepairRule } from "../rule.js";

// A wording that opens with an ordinal word (一是, 二是…十二是) before what it says.
const ORDINAL_OPENING = /^[ \t\u3000]*([一二三四五六七八九十]{1,3})是(?=[\u4e00-\u9fa5“"《(（])/;

/**
 * A task numbered on its own (1 / 一是切实加强政府自身建设…, news listing a plan's points) whose wording
 * opens with the same number as an ordinal word: the number printed twice, no part of the wording. The
 * word is taken off, recorded with where it stood.
 */
export const ordinalTwice: RepairRule = {
  id: "ordinal-twice",
  description: "A task's number printed again as an ordinal word opening its wording (1 / 一是切实加强…): the word taken off the wording, recorded.",
  apply(doc: WorkDoc): WorkDoc {
    return mapTasks(doc, (task) => {
      if (task.status === "missing" || task.seqPrinted === null) return task;
      const printed = Number.parseInt(task.seqPrinted, 10);
      if (!Number.isInteger(printed)) return task;
      const field = openingField(task);
      const value = task.cells.get(field);
      if (!value) return task;
      const m = ORDINAL_OPENING.exec(simplified(value.text));
      if (!m || chineseNumeral(m[1] as string) !== printed) return task;
      const at = m[0].length - (m[1] as string).length - 1;
      const word = value.text.slice(at, m[0].length);
      return {
        ...withField(task, field, value.replace(at, m[0].length, "")),
        repairs: [
          ...task.repairs,
          {
            ruleId: "ordinal-twice",
            field,
            before: word,
            after: "",
            where: placeIn(doc, task, field, value, at, word.length),
            reason: `The task is numbered ${task.seqPrinted} and its ${field} opens with the same number as a word (「${word}」): the number printed twice, taken off the wording.`,
          },
        ],
      };
    });
  },
};
