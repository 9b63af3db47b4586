import { labelsWithColon } from "../../genre/labels.js";
import { simplified } from "../../genre/script.js";
import { Located } from "../../model/located.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { withField, type RepairRule } from "../rule.js";

type Section = WorkDoc["sections"][number];

// Names in a label's value, between enumeration marks.
const NAME_CUT = /[、,，;；\s]+/;
// A label's value ends at its bracket's close or the next clause.
const VALUE_END = /[)）\]】;；。]/;

/** The leaders' labels a section heading prints (牵头领导), in simplified characters. */
function leaderLabels(title: string): string[] {
  const view = simplified(title);
  return labelsWithColon(view)
    .filter((l) => l.field === "leaders")
    .map((l) => view.slice(l.start, l.valueStart).replace(/[:：\s]/g, ""));
}

/**
 * The leaders a section heading names under a label (三、保障措施(牵头领导:张某、李某)), or none; the labels
 * are found in the simplified view (牽頭領導), the names given as printed.
 */
export function headingLeaders(title: string): string[] {
  const labels = labelsWithColon(simplified(title));
  const out: string[] = [];
  labels.forEach((label, k) => {
    if (label.field !== "leaders") return;
    const next = labels[k + 1]?.start ?? title.length;
    const value = title.slice(label.valueStart, next);
    const end = VALUE_END.exec(value)?.index ?? value.length;
    // The next label's clause is cut at its comma (牵头领导:张某,责任单位:…).
    for (const name of value.slice(0, end).replace(/[,，]\s*$/, "").split(NAME_CUT)) if (name !== "" && !out.includes(name)) out.push(name);
  });
  return out;
}

/** The sections a task is under: its own and the ones that hold it. */
function chain(sections: ReadonlyMap<string, Section>, id: string | null): Section[] {
  const out: Section[] = [];
  for (let s = id === null ? undefined : sections.get(id); s; s = s.parent === null ? undefined : sections.get(s.parent)) out.push(s);
  return out;
}

/**
 * Leaders named once in a section heading (三、六项保障措施(牵头领导:张某、李某)) lead every task under it
 * that names none under the same label: they are put before the task's own leaders (a 责任秘书长 named
 * with the task), each fill recorded.
 */
export const sectionLeadersRule: RepairRule = {
  id: "section-leaders",
  description: "Leaders a section heading names under a label (三、保障措施(牵头领导:张某、李某)) put first among the leaders of every task under it; each fill recorded.",
  apply(doc: WorkDoc): WorkDoc {
    // Each heading's leaders and their labels, read once.
    const named = new Map<string, { leaders: string[]; labels: string[] }>();
    for (const s of doc.sections) {
      const leaders = headingLeaders(s.title);
      if (leaders.length > 0) named.set(s.id, { leaders, labels: leaderLabels(s.title) });
    }
    if (named.size === 0) return doc;
    const byId = new Map(doc.sections.map((s) => [s.id, s]));
    const tasks = doc.tasks.map((t): WorkTask => {
      if (t.status === "missing") return t;
      const raw = simplified(t.raw);
      // A task that prints a leader under the heading's own label (牵头领导:…) names its own instead.
      const heads = chain(byId, t.section)
        .filter((s) => named.has(s.id) && !(named.get(s.id)?.labels ?? []).some((label) => raw.includes(label)))
        .reverse();
      if (heads.length === 0) return t;
      const before = t.cells.get("leaders")?.text.trim() ?? "";
      const own = before.split(NAME_CUT).filter((n) => n !== "");
      const fromHeads = heads.flatMap((s) => named.get(s.id)?.leaders ?? []).filter((n) => !own.includes(n));
      if (fromHeads.length === 0) return t;
      const after = [...new Set(fromHeads), ...own].join("、");
      const where = (heads[heads.length - 1] as Section).where;
      return {
        ...withField(t, "leaders", Located.of(after)),
        repairs: [
          ...t.repairs,
          { ruleId: "section-leaders", field: "leaders", before, after, where, reason: `The section heading the task is under names its leaders (${fromHeads.join("、")}); they lead this task too and were put first.` },
        ],
      };
    });
    return { ...doc, tasks };
  },
};
