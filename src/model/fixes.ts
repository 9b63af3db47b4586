import { z } from "zod";
import { BreakdownError, detail } from "../errors.js";

const Value = z.union([z.string(), z.array(z.string())]);

/**
 * The fixes file: values a person supplies for what the source cannot give, keyed by task
 * number, then field (`extra.<header>` for a column the vocabulary does not know).
 *
 *     { "fixes": { "8": { "title": "…" }, "11": { "title": "…", "units": ["县水利局"] } } }
 *
 * `reviewed` lists the flagged rows (needs_review, missing) a person has checked and says are
 * done: only those become `repaired`, so a row with one cell filled still needs review. Without
 * `reviewed` (a fixes file written by hand for the CLI), every row the file fixes is taken as done.
 */
export const FixesSchema = z
  .object({
    $schema: z.string().optional(),
    fixes: z.record(z.string().regex(/^\d+$/, "task numbers are integers"), z.record(z.string(), Value)),
    reviewed: z
      .array(z.number().int().nonnegative())
      .optional()
      .describe("Task numbers of the flagged rows (needs_review, missing) a person has checked and says are done: only these become repaired. Absent: every row the file fixes is taken as done."),
  })
  .strict();
export type Fixes = z.infer<typeof FixesSchema>;

export function parseFixes(input: unknown, file = "fixes"): Fixes {
  const parsed = FixesSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BreakdownError("FIXES_INVALID", detail("fixesShape", { path: issue?.path.join(".") || "(top)", reason: issue?.message ?? "invalid" }), { file });
  }
  return parsed.data;
}
