import { describe, expect, it } from "vitest";
import { unitMark } from "../../../src/repair/rules/unit-mark.js";
import { field, workDoc } from "../work-doc.js";

describe("unit-mark", () => {
  it("takes a mark printed before a unit's name (*区城管局, ★市住建局) off it, at the cell's start too, and records each", () => {
    const doc = unitMark.apply(workDoc([{ seq: 1, fields: { units: "*区城管局\n*区农业农村局(区水利局)" } }, { seq: 2, fields: { leadUnits: "★市住建局、市财政局" } }]));
    expect(field(doc, 1, "units")).toBe("区城管局\n区农业农村局(区水利局)");
    expect(field(doc, 2, "leadUnits")).toBe("市住建局、市财政局");
    expect(doc.tasks[0]?.repairs.map((r) => [r.ruleId, r.field])).toEqual([
      ["unit-mark", "units"],
      ["unit-mark", "units"],
    ]);
  });

  it("leaves a mark that stands before no name, and one inside the words", () => {
    const doc = unitMark.apply(workDoc([{ seq: 1, fields: { units: "区城管局*" } }, { seq: 2, fields: { units: "区A*B办" } }]));
    expect(field(doc, 1, "units")).toBe("区城管局*");
    expect(field(doc, 2, "units")).toBe("区A*B办");
    expect(doc.tasks.every((t) => t.repairs.length === 0)).toBe(true);
  });
});
