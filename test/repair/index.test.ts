import { describe, expect, it } from "vitest";
import { RULES, repairDocument } from "../../src/repair/index.js";
import { field, workDoc } from "./work-doc.js";

describe("the rule list", () => {
  it("has one rule per id, each described", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(r.description.length).toBeGreaterThan(20);
  });
});

describe("the rules in their order", () => {
  it("cuts a trailing 等部门 from units a later rule found at the start of a wording (卫生、建设等部门负责…)", () => {
    const doc = repairDocument(workDoc([{ seq: 1, fields: { content: "卫生、执法、环卫、建设等部门负责保障场馆周边的环境卫生。" } }]));
    expect(field(doc, 1, "units")).toBe("卫生、执法、环卫、建设");
    expect(doc.tasks[0]?.repairs.map((r) => r.ruleId)).toEqual(["units-opening", "units-opening", "unit-etc"]);
  });
});
