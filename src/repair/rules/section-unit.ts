import { sectionUnit } from "../../genre/section-units.js";
import { Located } from "../../model/located.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { namesUnits, withField, type RepairRule } from "../rule.js";


/**
 * A problem list grouped by who must act (督查通报: (一)鹿城镇(14个) / 1.… / 2.…): where no task of a
 * section names a unit and the section's heading is only a unit's name, that unit is each task's.
 * Recorded as a repair on every task it fills, so the reader sees it was taken from the heading.
 */
export const sectionUnitRule: RepairRule = {
  id: "section-unit",
  description: "Tasks with no unit, under a section heading that is only a unit's name or a short list of them (a problem list grouped by town or department, a plan's duties grouped by unit), given those units; each such fill recorded.",
  apply(doc: WorkDoc): WorkDoc {
    const bySection = new Map<string, WorkTask[]>();
    for (const t of doc.tasks) if (t.section !== null && t.status !== "missing") bySection.set(t.section, [...(bySection.get(t.section) ?? []), t]);
    const fill = new Map<string, { unit: string; where: WorkDoc["sections"][number]["where"] }>();
    for (const s of doc.sections) {
      const tasks = bySection.get(s.id);
      if (!tasks || tasks.some(namesUnits)) continue;
      const unit = sectionUnit(s.title);
      if (unit !== null) fill.set(s.id, { unit, where: s.where });
    }
    if (fill.size === 0) return doc;
    const tasks = doc.tasks.map((t) => {
      const f = t.section === null || t.status === "missing" ? undefined : fill.get(t.section);
      if (!f) return t;
      return {
        ...withField(t, "units", Located.of(f.unit)),
        repairs: [
          ...t.repairs,
          {
            ruleId: "section-unit",
            field: "units",
            before: "",
            after: f.unit,
            where: f.where,
            reason: `The task names no unit; the section heading it is under names only ${f.unit}, the group the list gives this task to.`,
          },
        ],
      };
    });
    return { ...doc, tasks };
  },
};
