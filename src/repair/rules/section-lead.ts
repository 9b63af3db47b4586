import { sectionLead } from "../../genre/section-units.js";
import type { WorkDoc } from "../../model/work.js";
import { fillFromSections, type RepairRule, type SectionFill } from "../rule.js";

/**
 * A plan grouped by the unit that leads each group of tasks ((二)省审计厅牵头的工作 / 全面加强审计工作。/
 * 协同单位：…): a task under such a heading that names no lead of its own is led by that unit. Recorded as
 * a repair on every task it fills, so the reader sees it was taken from the heading.
 */
export const sectionLeadRule: RepairRule = {
  id: "section-lead",
  description: "Tasks with no lead unit, under a section heading that says a unit leads them ((二)省审计厅牵头的工作), given that unit as their lead; each fill recorded.",
  apply(doc: WorkDoc): WorkDoc {
    const leads = new Map<string, SectionFill>();
    for (const s of doc.sections) {
      const unit = sectionLead(s.title);
      if (unit !== null) leads.set(s.id, { unit, where: s.where });
    }
    return fillFromSections(
      doc,
      leads,
      "leadUnits",
      "section-lead",
      (t) => (t.cells.get("leadUnits")?.text ?? "") === "",
      (unit) => `The task names no lead unit; the section heading it is under says ${unit} leads its tasks.`,
    );
  },
};
