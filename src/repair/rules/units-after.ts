import { chineseNumeral } from "../../genre/numbering.js";
import { simplified } from "../../genre/script.js";
import { Located } from "../../model/located.js";
import type { Repair } from "../../model/message.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { namesUnits, placeIn, withField, type RepairRule } from "../rule.js";

// A line after a group of targets that names who answers for them: 4项目标的责任单位均为市发展改革委。 /
// 该目标责任单位为市经委。 / 该项目标责任单位为市发改委、统计局。
const UNITS_AFTER = /(?:^|\n)[ \t\u3000]*(?:(\d{1,2}|[一二两三四五六七八九十]{1,3})项(?:目标|任务|工作|指标)?|(?:该|此|本)项?(?:目标|任务|工作|指标))的?责任单位(?:均|都)?为([^。；;\n]{2,80})[。；;]?/;


/**
 * Targets listed first and their unit named after them, once for the group (1.…；2.…；3.…；4.… /
 * 4项目标的责任单位均为市发展改革委。): the line is taken out of the last target's wording, and the
 * unit given to the targets it counts back that name none. Every change recorded.
 */
export const unitsAfter: RepairRule = {
  id: "units-after",
  description: "A line after a group of targets naming their unit (4项目标的责任单位均为市发展改革委。 / 该目标责任单位为市经委。): taken out of the last target's wording, the unit given to the targets it counts back; each change recorded.",
  apply(doc: WorkDoc): WorkDoc {
    const tasks = [...doc.tasks];
    let changed = false;
    tasks.forEach((task, k) => {
      const value = task.cells.get("content");
      if (!value || task.status === "missing") return;
      const m = UNITS_AFTER.exec(simplified(value.text));
      if (!m) return;
      const count = m[1] === undefined ? 1 : /^\d+$/.test(m[1]) ? Number(m[1]) : (chineseNumeral(m[1].replace("两", "二")) ?? 0);
      if (count < 1 || count > k + 1) return;
      const lineStart = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      const unitsAt = m.index + m[0].lastIndexOf(m[2] as string);
      const units = value.text.slice(unitsAt, unitsAt + (m[2] as string).length).trim();
      const cut = value.replace(m.index, end, "");
      const where = placeIn(doc, task, "content", value, lineStart, end - lineStart);
      const line = value.text.slice(lineStart, end);
      const said: Repair = { ruleId: "units-after", field: "content", before: line, after: "", where, reason: `The line 「${line}」 names the unit of the ${count} target${count === 1 ? "" : "s"} it follows; it was taken out of the wording.` };
      tasks[k] = { ...withField(task, "content", cut), repairs: [...task.repairs, said] };
      for (let j = k - count + 1; j <= k; j++) {
        const t = tasks[j] as WorkTask;
        if (namesUnits(t) || t.status === "missing") continue;
        const fill: Repair = { ruleId: "units-after", field: "units", before: "", after: units, where, reason: `The line 「${line}」 after the targets names their unit: ${units}.` };
        tasks[j] = { ...withField(t, "units", Located.of(units)), repairs: [...t.repairs, fill] };
      }
      changed = true;
    });
    return changed ? { ...doc, tasks } : doc;
  },
};
