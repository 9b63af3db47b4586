import { z } from "zod";
import { ColumnFieldSchema } from "./fields.js";
import { LeftoverSchema, MessageSchema, RepairSchema } from "./message.js";
import { PlaceSchema } from "./place.js";

/** Bumped on any change to the JSON shape: major when a consumer could break. */
export const SCHEMA_VERSION = "1.3.0";

export const TaskStatusSchema = z
  .enum(["ok", "repaired", "needs_review", "missing"])
  .describe(
    "ok: read as printed; repaired: read, with recorded repairs; needs_review: could not be read reliably, see raw; missing: the number is absent from the source, nothing was invented.",
  );
export type TaskStatus = z.infer<typeof TaskStatusSchema>;

export const SourceSchema = z
  .object({
    fileName: z.string().describe("File name as given (no directories)."),
    format: z
      .enum(["docx", "xlsx", "pdf", "html", "text"])
      .describe("What was read: a Word .docx (also a .doc, .wps, .rtf or .odt converted to one), an Excel .xlsx (also an .xls, .et or .ods converted to one), a PDF, a saved web page, or text (xlsx, pdf and html since 1.3.0)."),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int().nonnegative(),
    encoding: z.string().nullable().describe("Encoding the text was decoded from; null for .docx and PDF."),
    layout: z
      .enum(["docx-table", "xlsx-table", "html-table", "pdf-lattice", "pdf-stream", "run-together", "cell-per-line", "delimited", "labelled"])
      .describe("How the rows were laid out in the source (pdf-lattice: a PDF table with ruling lines; pdf-stream: one without, its columns found by alignment)."),
    originalName: z.string().nullable().describe("Name of the original document, where a sharing site gives it."),
    pageCount: z.number().int().positive().nullable().describe("Page count, where the source gives one."),
    convertedFrom: z
      .object({
        format: z.enum(["doc", "wps", "rtf", "odt", "xls", "et", "ods"]).describe("The format the file was in, told from its bytes."),
        converter: z.string().describe("The program that converted it, with its version (LibreOffice 7.4.7.2)."),
      })
      .strict()
      .optional()
      .describe("Present when the file was converted to `format` before it was read (since 1.3.0); fileName, sha256 and bytes are the original file's."),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

export const ColumnSchema = z
  .object({
    header: z.string().describe("The header as printed."),
    field: ColumnFieldSchema.describe("Canonical field the column maps to; `extra` keeps it under its printed header."),
    index: z.number().int().nonnegative(),
  })
  .strict();
export type Column = z.infer<typeof ColumnSchema>;

/**
 * An `extra` column's key in a task's `extra` (and `extra.<key>` in repairs, fixes and diffs): its
 * printed header, or 列N (N its position in the table, from 1) when it has none. Columns with no
 * header stay apart: issue 14's table of 3,000 of them, all keyed "", printed every value in each.
 */
export function extraKey(column: Column): string {
  return column.header === "" ? `列${column.index + 1}` : column.header;
}

export const SectionSchema = z
  .object({
    id: z.string().describe("Unique key, the printed numbers of the section and its parents joined (`一`, `一(二)`)."),
    number: z.string().describe("Number as printed, without the trailing 、 (`一`, `(一)`)."),
    title: z.string(),
    level: z.number().int().positive(),
    parent: z.string().nullable().describe("id of the enclosing section."),
    where: PlaceSchema,
  })
  .strict();
export type Section = z.infer<typeof SectionSchema>;

export const TaskSchema = z
  .object({
    seq: z.number().int().nonnegative().describe("Task number, as printed or inferred from its neighbours."),
    seqPrinted: z.string().nullable().describe("The number as printed (`1`, `1.`, `(一)`); null when inferred."),
    section: z.string().nullable().describe("id of the innermost section the task is in."),
    category: z.string().nullable().describe("Grouping column (类别, 考核项目), where the table has one."),
    title: z.string(),
    content: z.string(),
    units: z.array(z.string()).describe("Every responsible unit, lead first, then support, then others, in printed order."),
    leadUnits: z.array(z.string()).describe("牵头单位."),
    supportUnits: z.array(z.string()).describe("配合单位 / 协同责任单位 / 参与单位."),
    contacts: z.array(z.string()).describe("联系人 / 责任人: one entry per person."),
    leaders: z.array(z.string()).describe("责任领导 / 牵头负责领导."),
    deadline: z.string().nullable().describe("完成时限 / 时间节点, as printed."),
    progress: z.string().nullable().describe("完成情况 / 落实情况 / 进展情况 (whatever the period), as printed."),
    target: z.string().nullable().describe("目标要求 / 工作目标 / 年度目标: the target set for the task, as printed (since 1.1.0)."),
    source: z.string().nullable().describe("任务来源 / 文件依据: where the task comes from, as printed (since 1.1.0)."),
    note: z.string().nullable().describe("备注."),
    extra: z.record(z.string(), z.string()).describe("Columns the vocabulary does not know, keyed by printed header (a column with none by 列N, N its position from 1)."),
    status: TaskStatusSchema,
    repairs: z.array(RepairSchema),
    raw: z.string().describe("The source text the task came from (after page-marker removal it is the text as printed)."),
    where: PlaceSchema.describe("Where the task starts in the source."),
    fields: z
      .record(z.string(), PlaceSchema)
      .describe("Where each field's value came from (provenance), keyed by field."),
    merged: z.array(z.string()).describe("Fields whose value came from a cell merged over several rows."),
  })
  .strict();
export type Task = z.infer<typeof TaskSchema>;

export const BreakdownDocumentSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    tool: z.object({ name: z.literal("breakdown"), version: z.string() }).strict(),
    document: z
      .object({
        title: z.string().nullable(),
        issuer: z.string().nullable(),
        issuedDate: z.iso.date().nullable().describe("ISO 8601 date (YYYY-MM-DD)."),
        issuedDateText: z.string().nullable().describe("The date as printed (2023年9月28日)."),
        source: SourceSchema,
      })
      .strict(),
    columns: z.array(ColumnSchema),
    sections: z.array(SectionSchema),
    tasks: z.array(TaskSchema),
    messages: z.array(MessageSchema),
    leftovers: z.array(LeftoverSchema),
  })
  .strict()
  .describe("A task breakdown table (任务分解表) read by breakdown.");
export type BreakdownDocument = z.infer<typeof BreakdownDocumentSchema>;

/** The JSON Schema of the contract, generated from the zod schema. */
export function documentJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://breakdown.invalid/schema/document-${SCHEMA_VERSION}.json`,
    ...z.toJSONSchema(BreakdownDocumentSchema, { target: "draft-2020-12" }),
  } as Record<string, unknown>;
}
