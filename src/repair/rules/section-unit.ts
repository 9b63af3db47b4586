import { sectionUnit } from "../../genre/section-units.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { fillFromSections, namesUnits, type RepairRule, type SectionFill } from "../rule.js";

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
    const fill = new Map<string, SectionFill>();
    for (const s of doc.sections) {
      const tasks = bySection.get(s.id);
      if (!tasks || tasks.some(namesUnits)) continue;
      const unit = sectionUnit(s.title);
      if (unit !== null) fill.set(s.id, { unit, where: s.where });
    }
    return fillFromSections(
      doc,
      fill,
      "units",
      "section-unit",
      () => true,
      (unit) => `The task names no unit; the section heading it is under names only ${unit}, the group the list gives this task to.`,
    );
  },
};
