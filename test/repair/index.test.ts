import { describe, expect, it } from "vitest";
import { RULES } from "../../src/repair/index.js";

describe("the rule list", () => {
  it("has one rule per id, each described", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(r.description.length).toBeGreaterThan(20);
  });
});
