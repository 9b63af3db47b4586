import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BreakdownDocument } from "../../src/model/document.js";
import { parse } from "../../src/pipeline.js";
import { ROOT } from "../helpers.js";

const CORPUS = join(ROOT, "fixtures", "corpus");

describe("a flagged task says why", () => {
  it("every needs_review task of the corpus has a warning or a repair with its own seq", async () => {
    let flagged = 0;
    const silent: string[] = [];
    for (const file of readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort()) {
      let doc: BreakdownDocument;
      try {
        doc = (await parse(join(CORPUS, file))).document;
      } catch {
        continue;
      }
      for (const task of doc.tasks) {
        if (task.status !== "needs_review") continue;
        flagged++;
        const said = doc.messages.some((m) => m.seq === task.seq && m.severity !== "info") || task.repairs.length > 0;
        if (!said) silent.push(`${file} #${task.seq}`);
      }
    }
    expect(flagged).toBeGreaterThan(200);
    expect(silent).toEqual([]);
  }, 120_000);
});
