import { describe, expect, it } from "vitest";
import { missingRow } from "../../../src/repair/rules/missing-row.js";
import { workDoc } from "../work-doc.js";

describe("missing-row", () => {
  it("adds an empty placeholder for each number absent from the sequence, in the section before it", () => {
    const doc = missingRow.apply(workDoc([{ seq: 1, section: "一" }, { seq: 4, section: "二" }]));
    expect(doc.tasks.map((t) => [t.seq, t.status, t.section])).toEqual([
      [1, "ok", "一"],
      [2, "missing", "一"],
      [3, "missing", "一"],
      [4, "ok", "二"],
    ]);
    expect(doc.tasks[1]?.cells.size).toBe(0);
    expect(doc.messages.map((m) => m.seq)).toEqual([2, 3]);
  });

  it("warns when numbers go backwards instead of inventing rows", () => {
    const doc = missingRow.apply(workDoc([{ seq: 1 }, { seq: 3 }, { seq: 2 }]));
    expect(doc.messages.map((m) => m.ruleId)).toEqual(["missing-row", "seq-order"]);
  });
});
