import { sectionUnit } from "../../genre/section-units.js";
import { DUTY_VERB } from "../../genre/duties.js";
import { simplified } from "../../genre/script.js";
import { COLLECTIVE_OR_ROLE } from "../../genre/units.js";
import type { Located } from "../../model/located.js";
import type { Repair } from "../../model/message.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { escapeRegex, mapTasks, namesUnits, placeIn, withField, type RepairRule } from "../rule.js";

// The duty under such a title opens as duties do (负责…, 对…负全责, 具体负责…, 在…领导下), or holds one.
const DUTY_TEXT = new RegExp(`^(?:具体|主要)?(?:${DUTY_VERB.source})|^对|^在|负责|负全责|监管|职责`);

/**
 * A task with no units whose title is only a unit's name, over a duty (一、安全生产行政责任划分 / (一)辽阳市政府 /
 * 对全市行政区域内…全面监管，并负全责。): a list of bodies' duties read with each body as its heading line. The
 * name moves to the units; the duty stays the content. Recorded, before and after.
 */
export const unitTitle: RepairRule = {
  id: "unit-title",
  description: "A task with no units whose title is only a unit's name over a duty ((一)辽阳市政府 / 对全市…负全责), or before a colon over its words (市文广电局:打造…): the name moved to its units; recorded.",
  apply(doc: WorkDoc): WorkDoc {
    return mapTasks(doc, (task: WorkTask) => {
      if (task.status === "missing" || namesUnits(task)) return task;
      const title: Located | undefined = task.cells.get("title");
      const content = task.cells.get("content")?.text.trim() ?? "";
      if (!title || content === "") return task;
      const name = title.text.trim();
      // …or the name is printed before a colon over the task's words (1、市文广电局:打造一台…): a body's own item.
      if (!DUTY_TEXT.test(simplified(content)) && !new RegExp(`(?:^|[\\s、.．)）])${escapeRegex(name)}\\s*[:：]`).test(task.raw)) return task;
      const unit = sectionUnit(name);
      if (unit === null || unit !== name || COLLECTIVE_OR_ROLE.test(simplified(unit))) return task;
      const start = title.text.indexOf(name);
      const repairs: Repair[] = [
        { ruleId: "unit-title", field: "title", before: title.text, after: "", where: placeIn(doc, task, "title", title, start, name.length), reason: `The title 「${name}」 is only a unit's name over its duty, and the task names no unit: it was moved to its units.` },
        { ruleId: "unit-title", field: "units", before: "", after: name, where: placeIn(doc, task, "title", title, start, name.length), reason: "The units were taken from the task's title, a unit's name alone." },
      ];
      return { ...withField(withField(task, "title", title.replace(0, title.text.length, "")), "units", title.slice(start, start + name.length)), repairs: [...task.repairs, ...repairs] };
    });
  },
};
