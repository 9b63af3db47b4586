import { describe, expect, it } from "vitest";
import { unitsAfter } from "../../../src/repair/rules/units-after.js";
import { field, workDoc } from "../work-doc.js";

describe("units-after", () => {
  it("gives the unit a line after a group of targets names to the targets it counts back, and takes the line out of the wording", () => {
    const doc = workDoc([
      { seq: 1, fields: { content: "地区生产总值增长8%；" } },
      { seq: 2, fields: { content: "固定资产投资增长10%；" } },
      { seq: 3, fields: { content: "人均地区生产总值达到5000美元；\n  3项目标的责任单位均为市发展改革委。" } },
      { seq: 4, fields: { content: "地方财政收入净增10亿元；\n  该目标责任单位为市财政局。" } },
    ]);
    const out = unitsAfter.apply(doc);
    expect([1, 2, 3, 4].map((s) => field(out, s, "units"))).toEqual(["市发展改革委", "市发展改革委", "市发展改革委", "市财政局"]);
    expect(field(out, 3, "content")).toBe("人均地区生产总值达到5000美元；");
    expect(out.tasks[2]?.repairs.map((r) => [r.ruleId, r.field])).toEqual([
      ["units-after", "content"],
      ["units-after", "units"],
    ]);
  });

  it("reads it in traditional characters, and leaves a target that names its own unit", () => {
    const doc = workDoc([
      { seq: 1, fields: { content: "化學需氧量下降4%；", units: "市水務局" } },
      { seq: 2, fields: { content: "二氧化硫排放量下降4.2%；\n  2項目標責任單位均為市環保局。" } },
    ]);
    const out = unitsAfter.apply(doc);
    expect([field(out, 1, "units"), field(out, 2, "units")]).toEqual(["市水務局", "市環保局"]);
  });

  it("changes nothing where no such line is printed", () => {
    const doc = workDoc([{ seq: 1, fields: { content: "推进责任单位为各县区的项目。" } }]);
    expect(unitsAfter.apply(doc)).toBe(doc);
  });
});
