import { peopleAfterUnit, postAfterUnit } from "../../genre/unit-people.js";
import type { Located } from "../../model/located.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { UNIT_FIELDS } from "../../model/fields.js";
import { mapTasks, placeIn, withField, type RepairRule } from "../rule.js";

/**
 * What `read` finds in each piece of a cell of units between separators and line breaks (the piece
 * trimmed), with where the piece begins in the cell.
 */
function hitsInPieces<T>(text: string, read: (piece: string) => T | null): Array<T & { start: number }> {
  const out: Array<T & { start: number }> = [];
  for (const m of text.matchAll(/[^、,，;；\n]+/g)) {
    const hit = read(m[0].trim());
    if (hit) out.push({ ...hit, start: (m.index as number) + (m[0].length - m[0].trimStart().length) });
  }
  return out;
}

/**
 * Posts glued after units in a cell of units (市公安消防支队主要领导, a cell of 责任单位及责任人): the post
 * goes to the leaders (…领导) or the contacts (…负责人), the unit stays; the cell as printed is recorded.
 */
function withPostsMoved(doc: WorkDoc, task: WorkTask, out: WorkTask, field: string): WorkTask {
  const value = out.cells.get(field);
  if (!value || !/领导|负责/.test(value.text)) return out;
  const found = hitsInPieces(value.text, postAfterUnit);
  if (found.length === 0) return out;
  let units: Located = value;
  const moved: Record<"leaders" | "contacts", Located[]> = { leaders: [], contacts: [] };
  for (const f of [...found].reverse()) {
    const from = f.start + f.at;
    const to = from + f.post.length;
    moved[f.leader ? "leaders" : "contacts"].unshift(value.slice(from, to));
    units = units.replace(from, to, "");
  }
  let next = withField(out, field, units);
  for (const target of ["leaders", "contacts"] as const) {
    // One post said of several units (主要领导 after each) is one entry.
    const seen = new Set<string>();
    for (const m of moved[target]) {
      if (seen.has(m.text)) continue;
      seen.add(m.text);
      const existing = next.cells.get(target);
      next = withField(next, target, existing && existing.text.trim() !== "" ? existing.concat(m, "、") : m);
    }
  }
  return {
    ...next,
    repairs: [
      ...next.repairs,
      {
        ruleId: "unit-people",
        field,
        before: value.text,
        after: units.text,
        where: placeIn(doc, task, field, value, 0, value.text.length),
        reason: `Posts named after units in the cell (${found.map((f) => `「${f.post}」`).join("")}) were moved to the leaders or contacts; the units stay.`,
      },
    ],
  };
}

/**
 * A column of units and the people who answer for them (牵头单位及主要负责人: 市民政局 伍泽国): each
 * piece that is a unit's name, blanks and people's names gives the names to the task's contacts, the
 * unit staying; the cell as printed is recorded.
 */
export const unitPeople: RepairRule = {
  id: "unit-people",
  description: "People named after a unit in a cell of units (市民政局 伍泽国, a column of 牵头单位及主要负责人) moved to the task's contacts.",
  apply(doc: WorkDoc): WorkDoc {
    return mapTasks(doc, (task) => {
      let out: WorkTask = task;
      for (const field of UNIT_FIELDS) {
        out = withPostsMoved(doc, task, out, field);
        const value = out.cells.get(field);
        if (!value || !/[ \t\u3000]/.test(value.text.trim())) continue;
        const found = hitsInPieces(value.text, peopleAfterUnit);
        if (found.length === 0) continue;
        let units: Located = value;
        let people: Located | null = out.cells.get("contacts") ?? null;
        if (people && people.text.trim() === "") people = null;
        // Right to left, so earlier offsets stay valid; names joined in order.
        const moved: Located[] = [];
        for (const f of [...found].reverse()) {
          const from = f.start + f.unit.length;
          const to = f.start + f.at + f.people.length;
          moved.unshift(value.slice(f.start + f.at, to));
          units = units.replace(from, to, "");
        }
        for (const m of moved) people = people ? people.concat(m, "、") : m;
        out = withField(withField(out, field, units), "contacts", people as Located);
        out = {
          ...out,
          repairs: [
            ...out.repairs,
            {
              ruleId: "unit-people",
              field,
              before: value.text,
              after: units.text,
              where: placeIn(doc, task, field, value, 0, value.text.length),
              reason: `People named after a unit in the cell (${found.map((f) => `「${f.people}」`).join("")}) were moved to the contacts; the units stay.`,
            },
          ],
        };
      }
      return out;
    });
  },
};
