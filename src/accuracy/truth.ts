import { z } from "zod";

/**
 * A truth file: what a careful person reads in a corpus document, written by hand
 * (fixtures/corpus/truth/README.md). Keys that are absent are not scored.
 */
const list = z.array(z.string());

export const TruthTaskSchema = z
  .object({
    /** One wording per task (numbered sentence, labelled prose, one text column), without its number. */
    text: z.string().optional(),
    title: z.string().optional(),
    content: z.string().optional(),
    units: list.optional(),
    leadUnits: list.optional(),
    supportUnits: list.optional(),
    deadline: z.string().optional(),
    contacts: list.optional(),
    leaders: list.optional(),
    progress: z.string().optional(),
    target: z.string().optional(),
    source: z.string().optional(),
    /** The excerpt ends inside this row: finding it is what counts. */
    cut: z.boolean().optional(),
  })
  .strict()
  .refine((t) => t.text !== undefined || t.title !== undefined || t.content !== undefined, "a task needs text, or title/content");
export type TruthTask = z.infer<typeof TruthTaskSchema>;

export const TruthSchema = z
  .object({
    source: z.string(),
    /** Shapes of the genre the document shows (letters of issue 12 §3; t ordinary table, l labelled lines). */
    shapes: z.array(z.string()).optional(),
    /** Written by hand for a shape with too few real examples: scored apart from the real ones. */
    composed: z.boolean().optional(),
    noTable: z.boolean().optional(),
    sections: list.optional(),
    notes: z.string().optional(),
    tasks: z.array(TruthTaskSchema).optional(),
  })
  .strict();
export type Truth = z.infer<typeof TruthSchema>;

/** The fields a truth task can score, in the order reports show them. */
export const SCORED_FIELDS = [
  "text",
  "title",
  "content",
  "units",
  "leadUnits",
  "supportUnits",
  "deadline",
  "contacts",
  "leaders",
  "progress",
  "target",
  "source",
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];
