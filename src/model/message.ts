import { z } from "zod";
import { PlaceSchema } from "./place.js";

/** The row of another copy of the table (`--reference`) a value was taken from (since 1.2.0). */
export const ReferenceRowSchema = z
  .object({
    fileName: z.string().describe("The reference's file name, as given."),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe("SHA-256 of the reference file's bytes."),
    seq: z.number().int().nonnegative().describe("The task's number in the reference."),
    where: PlaceSchema.describe("Where that task is in the reference."),
  })
  .strict();
export type ReferenceRow = z.infer<typeof ReferenceRowSchema>;

/** A change made to a field, recorded so a person can check it (vfile-style actual/expected). */
export const RepairSchema = z
  .object({
    ruleId: z
      .string()
      .min(1)
      .describe("Stable id of the repair rule, e.g. `page-marker`, `ocr-period`, `manual` (a person's fixes file), `reference` (taken from another copy given with --reference)."),
    field: z.string().min(1).describe("Canonical field the change was made in (`title`, `content`, `units`…), or `extra.<header>`."),
    before: z.string().describe("The text as it was in the source (the changed span, or the whole field for structural repairs)."),
    after: z.string().describe("The text as it is now."),
    where: PlaceSchema,
    reason: z
      .string()
      .describe(
        "One sentence on why the change was made, in English (the contract); the workbook and the review page show it in the user's language from the catalogue keyed by ruleId (src/i18n/reasons.ts).",
      ),
    reference: z
      .array(ReferenceRowSchema)
      .min(1)
      .optional()
      .describe("For rule `reference`: the reference rows that read the value taken (with several references, those of the majority)."),
  })
  .strict();
export type Repair = z.infer<typeof RepairSchema>;

export const SeveritySchema = z.enum(["info", "warning", "error"]);
export type Severity = z.infer<typeof SeveritySchema>;

/** Something a reader, rule or writer wants a person to know, tied to a task and field where it has one. */
export const MessageSchema = z
  .object({
    ruleId: z
      .string()
      .min(1)
      .describe(
        "Stable id of the rule or reader that gave the message. From --reference: `reference` (document level: same document or another version, and why; on a task: filled from another version, or a cell the reference reads otherwise), `reference-unrelated` (a reference that does not align: nothing taken), `reference-majority` (references disagreed on a cell; the reading most support was taken).",
      ),
    severity: SeveritySchema,
    reason: z
      .string()
      .min(1)
      .describe("One sentence on what was found, in English (the contract); the workbook and the review page show it in the user's language from the catalogue keyed by ruleId (src/i18n/reasons.ts)."),
    seq: z.number().int().nullable().describe("Task number the message is about, if any."),
    field: z.string().nullable(),
    where: PlaceSchema,
    actual: z.string().optional().describe("The text that was found."),
    expected: z.string().optional().describe("What was expected or suggested instead."),
  })
  .strict();
export type Message = z.infer<typeof MessageSchema>;

/** Input text that did not go into any field: reported so that nothing is lost silently. */
export const LeftoverSchema = z
  .object({
    text: z.string().min(1),
    reason: z
      .enum(["site-boilerplate", "outside-table", "unassigned", "repeated-header", "unreadable"])
      .describe(
        "site-boilerplate: the sharing site's banner; outside-table: text around the table that is not title, issuer or date; unassigned: text inside the table no field took; repeated-header: a header row, a 续表 label or the current section's row repeated after a page break; unreadable: bytes that could not be decoded.",
      ),
    where: PlaceSchema,
  })
  .strict();
export type Leftover = z.infer<typeof LeftoverSchema>;
