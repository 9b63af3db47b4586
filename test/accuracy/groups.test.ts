import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GROUP_LABELS, GROUPS, groupOf, isHidden, SET_ASIDES, SplitSchema, setAsideList } from "../../src/accuracy/groups.js";
import { TruthSchema } from "../../src/accuracy/truth.js";
import { CORPUS } from "../helpers.js";

const split = SplitSchema.parse(JSON.parse(readFileSync(join(CORPUS, "split.json"), "utf8")));

describe("corpus groups", () => {
  const sample = SplitSchema.parse({ rule: "r", workedOn: ["w", "c"], setAside: ["s1"], setAside2: ["s2"], setAside13: ["s13"], setAside20: ["s20"], setAside21: ["s21"], setAside22: ["s22"] });

  it("places a document by the list that names it, composed ones apart", () => {
    expect(groupOf(sample, "w", false)).toBe("worked-on");
    expect(groupOf(sample, "c", true)).toBe("composed");
    expect(groupOf(sample, "s1", false)).toBe("set-aside-1");
    expect(groupOf(sample, "s2", false)).toBe("set-aside-2");
    expect(groupOf(sample, "s13", false)).toBe("set-aside-13");
    expect(groupOf(sample, "s20", false)).toBe("set-aside-20");
    expect(groupOf(sample, "s21", false)).toBe("set-aside-21");
    expect(groupOf(sample, "s22", false)).toBe("set-aside-22");
  });

  it("keeps a real document not yet placed out of sight with the newest set-aside", () => {
    expect(groupOf(sample, "new", false)).toBe(`set-aside-${SET_ASIDES}`);
    expect(isHidden(groupOf(sample, "new", false))).toBe(true);
  });

  it("lists every set-aside once, between worked-on and composed", () => {
    expect(GROUPS[0]).toBe("worked-on");
    expect(GROUPS.at(-1)).toBe("composed");
    expect(GROUPS.slice(1, -1)).toEqual(Array.from({ length: SET_ASIDES }, (_, i) => `set-aside-${i + 1}`));
  });

  it("shows the revealed set-asides 1 to 24 and hides the fresh set-asides 25 and 26", () => {
    expect(SET_ASIDES).toBe(26);
    expect(isHidden("worked-on")).toBe(false);
    expect(isHidden("composed")).toBe(false);
    for (let n = 1; n <= 24; n++) {
      expect(isHidden(`set-aside-${n}`), `set-aside ${n}`).toBe(false);
      expect(GROUP_LABELS[`set-aside-${n}`]).toBe(`set-aside ${n} (revealed)`);
    }
    for (const n of [25, 26]) {
      expect(isHidden(`set-aside-${n}`)).toBe(true);
      expect(GROUP_LABELS[`set-aside-${n}`]).toBe(`set-aside ${n}`);
    }
    expect(GROUP_LABELS["worked-on"]).toBe("worked-on");
  });

  it("an old split.json without setAside2 to setAside26 still reads, and an unknown list is an error", () => {
    const old = SplitSchema.parse({ rule: "r", workedOn: [], setAside: [] });
    for (let n = 1; n <= SET_ASIDES; n++) expect(setAsideList(old, n)).toEqual([]);
    expect(() => SplitSchema.parse({ rule: "r", workedOn: [], setAside: [], setAsides: [] })).toThrow();
  });

  it("places every corpus truth in exactly one list, composed ones never set aside", () => {
    const lists = [split.workedOn, ...Array.from({ length: SET_ASIDES }, (_, i) => setAsideList(split, i + 1))];
    for (const file of readdirSync(join(CORPUS, "truth")).filter((f) => f.endsWith(".truth.json"))) {
      const name = file.replace(/\.truth\.json$/, "");
      const truth = TruthSchema.parse(JSON.parse(readFileSync(join(CORPUS, "truth", file), "utf8")));
      expect(lists.filter((l) => l.includes(name)).length, name).toBe(1);
      if (truth.composed) expect(split.workedOn, name).toContain(name);
    }
  });
});
