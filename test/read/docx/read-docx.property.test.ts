import fc from "fast-check";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { isBreakdownError, parse } from "../../../src/index.js";
import { breakdownDocument, buildDocx } from "../../../scripts/fixtures/build-docx.mjs";
import { unaccounted } from "../../support/conservation.js";

const COLUMNS = ["序号", "重点任务", "主要内容", "牵头单位", "配合单位", "联系人"];
// Characters that make the reader decide things: numerals, heading marks, list marks, unit suffixes, sentence ends.
const CHARS = [..."一二三甲乙县局委办街道推进落实张李", "、", "\uff0c", "。", "\uff1a", "(", ")", "\uff08", "\uff09", "1", "2", " ", "续", "表", "注"];
const text = fc.array(fc.constantFrom(...CHARS), { minLength: 0, maxLength: 14 }).map((cs) => cs.join(""));
const cell = fc.oneof(text, fc.array(text, { minLength: 1, maxLength: 3 }));
const seq = fc.oneof(fc.nat({ max: 30 }).map(String), fc.constant(""), text);
const row = fc.oneof(
  { weight: 1, arbitrary: text.filter((t) => t.trim() !== "").map((section) => ({ section })) },
  { weight: 5, arbitrary: fc.tuple(seq, cell, cell, cell, cell, cell).map((cells) => ({ cells })) },
);

describe("reading any breakdown table Word can hold", () => {
  it("never fails other than with a coded error, and accounts for every character", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.subarray(["牵头单位", "配合单位", "联系人", "主要内容"]),
        fc.option(fc.nat({ max: 8 }), { nil: null }),
        async (rows, mergeRuns, split) => {
          const splitBefore = split !== null && split > 0 && split < rows.length ? split : null;
          const bytes = await buildDocx(breakdownDocument({ title: "甲县任务分解表", columns: COLUMNS, rows }, { mergeRuns, splitBefore }));
          try {
            const { document } = await parse({ data: bytes, fileName: "random.docx" });
            const { value: raw } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
            expect(unaccounted(raw, document)).toEqual([]);
          } catch (error) {
            if (!isBreakdownError(error)) throw error;
          }
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) },
    );
  });
});
