import { describe, expect, it } from "vitest";
import { readUnitGroup } from "../../src/genre/unit-groups.js";

function roles(text: string): Array<[string, string]> {
  const group = readUnitGroup(text);
  if (!group) throw new Error(`not a group: ${text}`);
  return group.parts.map((p) => [p.role, text.slice(p.start, p.end)]);
}

describe("a group of units with their roles", () => {
  it("takes a label the vocabulary does not know but that names units (数据提供单位：) for one more role", () => {
    expect(roles("牵头单位:市农业农村局;责任单位:市公园城市局;数据提供单位:市统计局")).toEqual([
      ["lead", "市农业农村局"],
      ["support", "市公园城市局"],
      ["support", "市统计局"],
    ]);
    expect(roles("牵头单位:市发改委;数据提供单位:市统计局")).toEqual([
      ["lead", "市发改委"],
      ["support", "市统计局"],
    ]);
  });
});
