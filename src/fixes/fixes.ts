import { z } from "zod";
import { BreakdownError } from "../errors.js";
import { extraKey } from "../model/document.js";
import { Located } from "../model/located.js";
import type { WorkDoc, WorkTask } from "../model/work.js";

const FIXABLE = ["title", "content", "category", "units", "leadUnits", "supportUnits", "contacts", "leaders", "deadline", "progress", "target", "source", "note", "section"] as const;
const LIST = new Set(["units", "leadUnits", "supportUnits", "contacts", "leaders"]);

const Value = z.union([z.string(), z.array(z.string())]);

/**
 * The fixes file: values a person supplies for what the source cannot give, keyed by task
 * number, then field (`extra.<header>` for a column the vocabulary does not know).
 *
 *     { "fixes": { "8": { "title": "…" }, "11": { "title": "…", "units": ["县水利局"] } } }
 */
export const FixesSchema = z
  .object({
    $schema: z.string().optional(),
    fixes: z.record(z.string().regex(/^\d+$/, "task numbers are integers"), z.record(z.string(), Value)),
  })
  .strict();
export type Fixes = z.infer<typeof FixesSchema>;

export function parseFixes(input: unknown, file = "fixes"): Fixes {
  const parsed = FixesSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BreakdownError("FIXES_INVALID", `The fixes file is not of the expected shape at \`${issue?.path.join(".") || "(top)"}\`: ${issue?.message ?? "invalid"}.`, { file });
  }
  return parsed.data;
}

/**
 * Apply a person's fixes: each value replaces the field and is recorded as a `manual`
 * repair; a `needs_review` or `missing` row that is fixed becomes `repaired`. A fix that
 * names a task or field that does not exist is an error, never ignored.
 */
export function applyFixes(doc: WorkDoc, fixes: Fixes, file = "fixes"): WorkDoc {
  const bySeq = new Map<number, number>();
  doc.tasks.forEach((t, i) => bySeq.set(t.seq, i));
  const extraHeaders = new Set(doc.columns.filter((c) => c.field === "extra").map(extraKey));
  const tasks = [...doc.tasks];
  for (const [seqText, fields] of Object.entries(fixes.fixes)) {
    const seq = Number(seqText);
    const index = bySeq.get(seq);
    if (index === undefined) {
      throw new BreakdownError("FIXES_INVALID", `The fixes name task ${seq}, which the document does not have (it has ${doc.tasks.length ? `${doc.tasks[0]?.seq}–${doc.tasks[doc.tasks.length - 1]?.seq}` : "no tasks"}).`, { file });
    }
    let task = tasks[index] as WorkTask;
    for (const [field, raw] of Object.entries(fields)) {
      const isExtra = field.startsWith("extra.") && extraHeaders.has(field.slice(6));
      if (!isExtra && !(FIXABLE as readonly string[]).includes(field)) {
        throw new BreakdownError("FIXES_INVALID", `The fix for task ${seq} names field \`${field}\`, which does not exist; fields are ${FIXABLE.join(", ")}${extraHeaders.size ? `, ${[...extraHeaders].map((h) => `extra.${h}`).join(", ")}` : ""}.`, { file });
      }
      const value = Array.isArray(raw) ? raw.join(LIST.has(field) ? "、" : "\n") : raw;
      if (field === "section") {
        if (!doc.sections.some((s) => s.id === value)) {
          throw new BreakdownError("FIXES_INVALID", `The fix for task ${seq} names section \`${value}\`, which does not exist; sections are ${doc.sections.map((s) => s.id).join(", ")}.`, { file });
        }
        task = { ...task, repairs: [...task.repairs, manual("section", task.section ?? "", value, task)], section: value };
        continue;
      }
      const before = (isExtra ? task.extra.get(field.slice(6)) : task.cells.get(field))?.text ?? "";
      if (before === value) continue;
      const located = Located.of(value);
      if (isExtra) {
        const extra = new Map(task.extra);
        extra.set(field.slice(6), located);
        task = { ...task, extra };
      } else {
        const cells = new Map(task.cells);
        cells.set(field, located);
        task = { ...task, cells };
      }
      task = { ...task, repairs: [...task.repairs, manual(field, before, value, task)] };
    }
    if (task.status === "needs_review" || task.status === "missing") task = { ...task, status: "repaired" };
    tasks[index] = task;
  }
  return { ...doc, tasks };
}

function manual(field: string, before: string, after: string, task: WorkTask) {
  return { ruleId: "manual", field, before, after, where: task.fields[field] ?? task.where, reason: "Supplied by a person in the fixes file." };
}
