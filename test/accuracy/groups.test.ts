import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GROUP_LABELS, groupOf, isHidden, SplitSchema } from "../../src/accuracy/groups.js";
import { TruthSchema } from "../../src/accuracy/truth.js";
import { CORPUS } from "../helpers.js";

const split = SplitSchema.parse(JSON.parse(readFileSync(join(CORPUS, "split.json"), "utf8")));

describe("corpus groups", () => {
  const sample = SplitSchema.parse({ rule: "r", workedOn: ["w", "c"], setAside: ["s1"], setAside2: ["s2"] });

  it("places a document by the list that names it, composed ones apart", () => {
    expect(groupOf(sample, "w", false)).toBe("worked-on");
    expect(groupOf(sample, "c", true)).toBe("composed");
    expect(groupOf(sample, "s1", false)).toBe("set-aside-1");
    expect(groupOf(sample, "s2", false)).toBe("set-aside-2");
  });

  it("keeps a real document not yet placed out of sight with the fresh set-aside", () => {
    expect(groupOf(sample, "new", false)).toBe("set-aside-2");
    expect(isHidden(groupOf(sample, "new", false))).toBe(true);
  });

  it("shows the revealed set-aside 1 and hides only set-aside 2", () => {
    expect(isHidden("set-aside-1")).toBe(false);
    expect(isHidden("worked-on")).toBe(false);
    expect(isHidden("composed")).toBe(false);
    expect(isHidden("set-aside-2")).toBe(true);
    expect(GROUP_LABELS["set-aside-1"]).toBe("set-aside 1 (revealed)");
  });

  it("an old split.json without setAside2 still reads", () => {
    expect(SplitSchema.parse({ rule: "r", workedOn: [], setAside: [] }).setAside2).toEqual([]);
  });

  it("places every corpus truth in exactly one list, composed ones never set aside", () => {
    const lists = [split.workedOn, split.setAside, split.setAside2];
    for (const file of readdirSync(join(CORPUS, "truth")).filter((f) => f.endsWith(".truth.json"))) {
      const name = file.replace(/\.truth\.json$/, "");
      const truth = TruthSchema.parse(JSON.parse(readFileSync(join(CORPUS, "truth", file), "utf8")));
      expect(lists.filter((l) => l.includes(name)).length, name).toBe(1);
      if (truth.composed) expect(split.workedOn, name).toContain(name);
    }
  });
});
