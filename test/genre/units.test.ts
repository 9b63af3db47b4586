import { describe, expect, it } from "vitest";
import { readsAsUnit } from "../../src/genre/units.js";

describe("readsAsUnit", () => {
  it("reads names and collectives of units as units", () => {
    for (const u of ["县水利局", "市发展改革委", "各乡镇人民政府", "各县区", "有关部门", "相关单位", "市直各部门", "县林业局等", "政法司", "水资源司"]) expect(readsAsUnit(u), u).toBe(true);
  });

  it("does not read a heading that begins like a collective (相关依据) or a clause as a unit", () => {
    for (const u of ["相关依据", "有关要求", "推动企业上市8家", "建设美丽牧场", "完成时限：6月底"]) expect(readsAsUnit(u), u).toBe(false);
  });
});
