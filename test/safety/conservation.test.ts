import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, type BreakdownDocument } from "../../src/index.js";
import { decodeText } from "../../src/read/text/decode.js";
import { unaccounted } from "../support/conservation.js";
import { CORPUS, SEED } from "../helpers.js";

function decoded(path: string): string {
  return decodeText(new Uint8Array(readFileSync(path)), path).text;
}

describe("the conservation checker", async () => {
  const { document: seed } = await parse(SEED);
  const seedText = decoded(SEED);
  const clone = (): BreakdownDocument => structuredClone(seed);

  it("accounts for every letter, digit and CJK character of the seed", () => {
    expect(unaccounted(seedText, seed)).toEqual([]);
  });

  it("reports the characters of a field that was emptied", () => {
    const doc = clone();
    const task = doc.tasks.find((t) => t.status !== "needs_review" && t.title.length > 0)!;
    const title = task.title;
    task.title = "";
    const missing = unaccounted(seedText, doc);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((ch) => title.includes(ch))).toBe(true);
  });

  it("counts a character as many times as the input has it", () => {
    const doc = clone();
    doc.document.title = "\u9f98"; // 龘, nowhere in the seed
    expect(unaccounted("\u9f98\u9f98\u9f98", doc)).toEqual(["\u9f98", "\u9f98"]);
  });

  it("does not count punctuation or spaces", () => {
    expect(unaccounted(`${seedText} \uff0c\u3001\uff08\uff09\uff1a,.;--`, seed)).toEqual([]);
  });

  it("takes a task's raw text only when the task needs review", () => {
    const doc = clone();
    // seed row 8's garbled text is also a garbled-row message's `actual`: drop that to see raw alone.
    doc.messages = doc.messages.filter((m) => m.ruleId !== "garbled-row");
    expect(unaccounted(seedText, doc)).toEqual([]);
    const review = doc.tasks.find((t) => t.status === "needs_review")!;
    review.status = "repaired";
    expect(unaccounted(seedText, doc).length).toBeGreaterThan(0);
  });

  it("takes a repair's before text as accounting for what the repair removed", () => {
    const doc = clone();
    for (const t of doc.tasks) t.repairs = [];
    expect(unaccounted(seedText, doc).length).toBeGreaterThan(0);
  });
});

describe("every corpus text that parses", () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith(".txt"));
  it.each(files)("%s keeps every character in a field, repair or leftover", async (name) => {
    const path = join(CORPUS, name);
    let doc: BreakdownDocument;
    try {
      doc = (await parse(path)).document;
    } catch (error) {
      // A text the reader refuses (a .doc shown as text) has nothing to conserve; it must be refused with a code.
      expect(error).toHaveProperty("code");
      return;
    }
    expect(unaccounted(decoded(path), doc)).toEqual([]);
  });
});
