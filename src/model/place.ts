import { z } from "zod";

/**
 * Where something is in the source, in the units the source has:
 * text sources give character offsets (into the decoded text), 1-based line and page;
 * .docx sources give 0-based table, row and column indexes, as a reviewer counts them in Word.
 */
export const PlaceSchema = z
  .object({
    offset: z.number().int().nonnegative().describe("Start offset in the decoded source text (UTF-16 code units)."),
    end: z.number().int().nonnegative().describe("End offset (exclusive) in the decoded source text."),
    line: z.number().int().positive().describe("1-based line in the decoded source text."),
    page: z.number().int().positive().describe("1-based page, where the source marks pages."),
    table: z.number().int().nonnegative().describe("0-based index of the table in the .docx body (nested tables counted in document order)."),
    row: z.number().int().nonnegative().describe("0-based row index inside that table."),
    column: z.number().int().nonnegative().describe("0-based column index in the dense grid of that table, or of the delimited text row."),
  })
  .partial()
  .strict()
  .describe("A location in the source document.");

export type Place = z.infer<typeof PlaceSchema>;
