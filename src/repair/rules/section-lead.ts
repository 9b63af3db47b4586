import { sectionLead } from "../../genre/section-units.js";
import { Located } from "../../model/located.js";
import type { WorkDoc } from "../../model/work.js";
import { withField, type RepairRule } from "../rule.js";

/**
 * A plan grouped by the unit that leads each group of tasks ((二)省审计厅牵头的工作 / 全面加强审计工作。/
 * 协同单位：…): a task under such a heading that names no lead of its own is led by that unit. Recorded as
 * a repair on every task it fills, so the reader sees it was taken from the heading.
 */
export const sectionLeadRule: RepairRule = {
  id: "section-lead",
  description: "Tasks with no lead unit, under a section heading that says a unit leads them ((二)省审计厅牵头的工作), given that unit as their lead; each fill recorded.",
  apply(doc: WorkDoc): WorkDoc {
    const leads = new Map<string, { unit: string; where: WorkDoc["sections"][number]["where"] }>();
    for (const s of doc.sections) {
      const unit = sectionLead(s.title);
      if (unit !== null) leads.set(s.id, { unit, where: s.where });
    }
    if (leads.size === 0) return doc;
    const tasks = doc.tasks.map((t) => {
      const lead = t.section === null || t.status === "missing" ? undefined : leads.get(t.section);
      if (!lead || (t.cells.get("leadUnits")?.text ?? "") !== "") return t;
      return {
        ...withField(t, "leadUnits", Located.of(lead.unit)),
        repairs: [
          ...t.repairs,
          {
            ruleId: "section-lead",
            field: "leadUnits",
            before: "",
            after: lead.unit,
            where: lead.where,
            reason: `The task names no lead unit; the section heading it is under says ${lead.unit} leads its tasks.`,
          },
        ],
      };
    });
    return { ...doc, tasks };
  },
};
