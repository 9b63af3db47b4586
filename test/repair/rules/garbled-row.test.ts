import { describe, expect, it } from "vitest";
import { garbledRow } from "../../../src/repair/rules/garbled-row.js";
import { workDoc } from "../work-doc.js";

describe("garbled-row", () => {
  it("numbers unreadable text from the gap it sits in and keeps it whole", () => {
    const base = workDoc([{ seq: 1 }, { seq: 3 }]);
    const doc = garbledRow.apply({ ...base, garbled: [{ text: "啜则酶s斐v", where: {}, afterSeq: 1, seqPrinted: null, section: null }] });
    expect(doc.tasks.map((t) => [t.seq, t.status, t.raw])).toEqual([
      [1, "ok", ""],
      [2, "needs_review", "啜则酶s斐v"],
      [3, "ok", ""],
    ]);
  });

  it("reports unreadable text where no number is missing as a leftover", () => {
    const base = workDoc([{ seq: 1 }, { seq: 2 }]);
    const doc = garbledRow.apply({ ...base, garbled: [{ text: "啜则酶s斐v", where: {}, afterSeq: 1, seqPrinted: null, section: null }] });
    expect(doc.tasks).toHaveLength(2);
    expect(doc.leftovers[0]).toMatchObject({ text: "啜则酶s斐v", reason: "unassigned" });
  });
});
