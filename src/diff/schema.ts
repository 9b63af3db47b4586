import { z } from "zod";
import { SourceSchema, TaskStatusSchema } from "../model/document.js";

/** Bumped on any change to the diff's JSON shape: major when a consumer could break. */
export const DIFF_SCHEMA_VERSION = "1.1.0";

export const TextPartSchema = z
  .object({
    op: z.enum(["equal", "insert", "delete"]),
    text: z.string(),
    old: z
      .string()
      .optional()
      .describe("For an equal part printed differently in the old version (another character width, whitespace): the old text."),
  })
  .strict()
  .describe("A run of text: kept (`equal`, as printed in the new version), `insert`ed in the new version, or `delete`d from the old one.");
export type TextPart = z.infer<typeof TextPartSchema>;

export const TextChangeSchema = z
  .object({
    field: z.string().describe("Canonical field (`title`, `content`), or `title` of a section."),
    type: z.literal("text"),
    old: z.string(),
    new: z.string(),
    parts: z
      .array(TextPartSchema)
      .describe("Word-level diff (Chinese words as Intl.Segmenter splits them): the equal (`old` where given, else `text`) and delete parts spell the old text; the equal and insert parts spell the new."),
  })
  .strict();
export type TextChange = z.infer<typeof TextChangeSchema>;

export const ListChangeSchema = z
  .object({
    field: z.string().describe("`units`, `leadUnits`, `supportUnits`, `contacts`, `leaders`, or `columns` of the document."),
    type: z.literal("list"),
    old: z.array(z.string()),
    new: z.array(z.string()),
    added: z.array(z.string()).describe("In the new list only, in new order."),
    removed: z.array(z.string()).describe("In the old list only, in old order."),
    unchanged: z.array(z.string()).describe("In both lists, in new order."),
    reordered: z.boolean().describe("The entries in both lists stand in a different order."),
  })
  .strict();
export type ListChange = z.infer<typeof ListChangeSchema>;

export const ValueChangeSchema = z
  .object({
    field: z.string().describe("`category`, `deadline`, `progress`, `note`, `extra.<printed header>`; for the document `title`, `issuer`, `issuedDate` (or `issuedDateText` when neither date has an ISO form); for a section `number`."),
    type: z.literal("value"),
    old: z.string().nullable(),
    new: z.string().nullable(),
  })
  .strict();
export type ValueChange = z.infer<typeof ValueChangeSchema>;

export const FieldChangeSchema = z.discriminatedUnion("type", [TextChangeSchema, ListChangeSchema, ValueChangeSchema]);
export type FieldChange = z.infer<typeof FieldChangeSchema>;

export const TASK_CHANGE_KINDS = ["added", "removed", "moved", "renumbered", "modified", "not-comparable", "unchanged"] as const;
export const TaskChangeKindSchema = z
  .enum(TASK_CHANGE_KINDS)
  .describe(
    "added: only in the new version; removed: only in the old; moved: now in another section; renumbered: its number changed; modified: a field changed; not-comparable: one side could not be read (needs_review or missing), so nothing is claimed; unchanged: the same.",
  );
export type TaskChangeKind = z.infer<typeof TaskChangeKindSchema>;

export const TaskRefSchema = z
  .object({
    index: z.number().int().nonnegative().describe("0-based position in that document's `tasks`."),
    seq: z.number().int().nonnegative(),
    seqPrinted: z.string().nullable(),
    section: z.string().nullable().describe("id of the task's section in that document."),
    title: z.string(),
    status: TaskStatusSchema,
  })
  .strict()
  .describe("A task of one version, enough to find it in that version's JSON.");
export type TaskRef = z.infer<typeof TaskRefSchema>;

export const SimilaritySchema = z
  .object({
    score: z.number().min(0).max(1).describe("Weighted title and content similarity the pair was matched on."),
    title: z.number().min(0).max(1),
    content: z.number().min(0).max(1),
  })
  .strict()
  .describe("Dice coefficient of the character-bigram sets of the normalized texts (1 = the same).");
export type Similarity = z.infer<typeof SimilaritySchema>;

export const TaskEntrySchema = z
  .object({
    kind: TaskChangeKindSchema.describe("The first of `kinds`: the headline change."),
    kinds: z.array(TaskChangeKindSchema).min(1).describe("Every kind that applies, in the order moved, modified, renumbered (a task can be renumbered and modified)."),
    old: TaskRefSchema.nullable(),
    new: TaskRefSchema.nullable(),
    matchedBy: z
      .enum(["number", "similarity", "position"])
      .nullable()
      .describe("number: same number, same title and content; similarity: best title and content similarity over the whole document; position: a not-comparable row paired with the row in its place."),
    similarity: SimilaritySchema.nullable(),
    changes: z.array(FieldChangeSchema).describe("Field-level changes, old → new (empty unless modified)."),
    reason: z.string().nullable().describe("Why a task is not comparable."),
  })
  .strict();
export type TaskEntry = z.infer<typeof TaskEntrySchema>;

export const SECTION_CHANGE_KINDS = ["added", "removed", "moved", "renumbered", "renamed", "unchanged"] as const;
export const SectionChangeKindSchema = z.enum(SECTION_CHANGE_KINDS);
export type SectionChangeKind = z.infer<typeof SectionChangeKindSchema>;

export const SectionRefSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    title: z.string(),
    level: z.number().int().positive(),
    parent: z.string().nullable(),
  })
  .strict();
export type SectionRef = z.infer<typeof SectionRefSchema>;

export const SectionEntrySchema = z
  .object({
    kind: SectionChangeKindSchema,
    kinds: z.array(SectionChangeKindSchema).min(1).describe("moved: under another parent section; renumbered: its number changed; renamed: its title changed."),
    old: SectionRefSchema.nullable(),
    new: SectionRefSchema.nullable(),
    changes: z.array(FieldChangeSchema),
  })
  .strict();
export type SectionEntry = z.infer<typeof SectionEntrySchema>;

export const DiffSideSchema = z
  .object({
    fileName: z.string(),
    format: SourceSchema.shape.format,
    sha256: z.string(),
    title: z.string().nullable(),
    tasks: z.number().int().nonnegative(),
  })
  .strict();

export const DiffSettingsSchema = z
  .object({
    normalize: z.boolean().describe("true: texts that differ only in character width (，/,) or whitespace count as the same."),
    minSimilarity: z.number().describe("A pair with different numbers needs at least this similarity."),
    sameNumberMinSimilarity: z.number().describe("A pair with the same number needs at least this similarity."),
    titleWeight: z.number(),
    contentWeight: z.number(),
  })
  .strict();
export type DiffSettings = z.infer<typeof DiffSettingsSchema>;

const count = z.number().int().nonnegative();

export const DiffSummarySchema = z
  .object({
    different: z.boolean().describe("true when anything but not-comparable rows differs (the CLI then exits 1)."),
    tasks: z
      .object({ added: count, removed: count, moved: count, renumbered: count, modified: count, notComparable: count, unchanged: count })
      .strict()
      .describe("Tasks by kind; a task both renumbered and modified counts under both."),
    sections: z
      .object({ added: count, removed: count, moved: count, renumbered: count, renamed: count, unchanged: count })
      .strict(),
    document: count.describe("Changes to the document's title, issuer, date or columns."),
  })
  .strict();
export type DiffSummary = z.infer<typeof DiffSummarySchema>;

export const DiffResultSchema = z
  .object({
    schemaVersion: z.literal(DIFF_SCHEMA_VERSION),
    tool: z.object({ name: z.literal("breakdown"), version: z.string() }).strict(),
    old: DiffSideSchema,
    new: DiffSideSchema,
    settings: DiffSettingsSchema,
    summary: DiffSummarySchema,
    document: z.array(FieldChangeSchema).describe("Changes to the title, issuer, issue date and the columns (printed headers)."),
    sections: z.array(SectionEntrySchema).describe("Every section, in the new order, removed ones after their old predecessor."),
    tasks: z.array(TaskEntrySchema).describe("Every task, in the new order, removed ones after their old predecessor."),
  })
  .strict()
  .describe("What changed between two versions of a task breakdown table, written by `breakdown diff`.");
export type DiffResult = z.infer<typeof DiffResultSchema>;

/** The JSON Schema of diff.json, generated from the zod schema (`breakdown schema --diff`). */
export function diffJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://breakdown.invalid/schema/diff-${DIFF_SCHEMA_VERSION}.json`,
    ...z.toJSONSchema(DiffResultSchema, { target: "draft-2020-12" }),
  } as Record<string, unknown>;
}
