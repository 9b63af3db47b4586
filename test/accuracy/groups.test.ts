import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GROUP_LABELS, groupOf, isHidden, SplitSchema } from "../../src/accuracy/groups.js";
import { TruthSchema } from "../../src/accuracy/truth.js";
import { CORPUS } from "../helpers.js";

const split = SplitSchema.parse(JSON.parse(readFileSync(join(CORPUS, "split.json"), "utf8")));

describe("corpus groups", () => {
  const sample = SplitSchema.parse({ rule: "r", workedOn: ["w", "c"], setAside: ["s1"], setAside2: ["s2"], setAside3: ["s3"], setAside4: ["s4"], setAside5: ["s5"], setAside6: ["s6"], setAside7: ["s7"], setAside8: ["s8"], setAside9: ["s9"], setAside10: ["s10"], setAside11: ["s11"], setAside12: ["s12"], setAside13: ["s13"], setAside14: ["s14"], setAside15: ["s15"], setAside16: ["s16"], setAside17: ["s17"], setAside18: ["s18"], setAside19: ["s19"], setAside20: ["s20"] });

  it("places a document by the list that names it, composed ones apart", () => {
    expect(groupOf(sample, "w", false)).toBe("worked-on");
    expect(groupOf(sample, "c", true)).toBe("composed");
    expect(groupOf(sample, "s1", false)).toBe("set-aside-1");
    expect(groupOf(sample, "s2", false)).toBe("set-aside-2");
    expect(groupOf(sample, "s3", false)).toBe("set-aside-3");
    expect(groupOf(sample, "s4", false)).toBe("set-aside-4");
    expect(groupOf(sample, "s5", false)).toBe("set-aside-5");
    expect(groupOf(sample, "s6", false)).toBe("set-aside-6");
    expect(groupOf(sample, "s7", false)).toBe("set-aside-7");
    expect(groupOf(sample, "s8", false)).toBe("set-aside-8");
    expect(groupOf(sample, "s9", false)).toBe("set-aside-9");
    expect(groupOf(sample, "s10", false)).toBe("set-aside-10");
    expect(groupOf(sample, "s11", false)).toBe("set-aside-11");
    expect(groupOf(sample, "s12", false)).toBe("set-aside-12");
    expect(groupOf(sample, "s13", false)).toBe("set-aside-13");
    expect(groupOf(sample, "s14", false)).toBe("set-aside-14");
    expect(groupOf(sample, "s15", false)).toBe("set-aside-15");
    expect(groupOf(sample, "s16", false)).toBe("set-aside-16");
    expect(groupOf(sample, "s17", false)).toBe("set-aside-17");
    expect(groupOf(sample, "s18", false)).toBe("set-aside-18");
    expect(groupOf(sample, "s19", false)).toBe("set-aside-19");
    expect(groupOf(sample, "s20", false)).toBe("set-aside-20");
  });

  it("keeps a real document not yet placed out of sight with the newest set-aside", () => {
    expect(groupOf(sample, "new", false)).toBe("set-aside-20");
    expect(isHidden(groupOf(sample, "new", false))).toBe(true);
  });

  it("shows the revealed set-asides 1 to 18 and hides set-aside 19 and the fresh set-aside 20", () => {
    expect(isHidden("set-aside-1")).toBe(false);
    expect(isHidden("set-aside-2")).toBe(false);
    expect(isHidden("set-aside-3")).toBe(false);
    expect(isHidden("worked-on")).toBe(false);
    expect(isHidden("composed")).toBe(false);
    expect(isHidden("set-aside-4")).toBe(false);
    expect(isHidden("set-aside-5")).toBe(false);
    expect(isHidden("set-aside-6")).toBe(false);
    expect(isHidden("set-aside-7")).toBe(false);
    expect(isHidden("set-aside-8")).toBe(false);
    expect(isHidden("set-aside-9")).toBe(false);
    expect(isHidden("set-aside-10")).toBe(false);
    expect(isHidden("set-aside-11")).toBe(false);
    expect(isHidden("set-aside-12")).toBe(false);
    expect(isHidden("set-aside-13")).toBe(false);
    expect(isHidden("set-aside-14")).toBe(false);
    expect(isHidden("set-aside-15")).toBe(false);
    expect(isHidden("set-aside-16")).toBe(false);
    expect(isHidden("set-aside-17")).toBe(false);
    expect(isHidden("set-aside-18")).toBe(false);
    expect(isHidden("set-aside-19")).toBe(true);
    expect(isHidden("set-aside-20")).toBe(true);
    expect(GROUP_LABELS["set-aside-1"]).toBe("set-aside 1 (revealed)");
    expect(GROUP_LABELS["set-aside-2"]).toBe("set-aside 2 (revealed)");
    expect(GROUP_LABELS["set-aside-3"]).toBe("set-aside 3 (revealed)");
    expect(GROUP_LABELS["set-aside-4"]).toBe("set-aside 4 (revealed)");
    expect(GROUP_LABELS["set-aside-5"]).toBe("set-aside 5 (revealed)");
    expect(GROUP_LABELS["set-aside-6"]).toBe("set-aside 6 (revealed)");
    expect(GROUP_LABELS["set-aside-7"]).toBe("set-aside 7 (revealed)");
    expect(GROUP_LABELS["set-aside-8"]).toBe("set-aside 8 (revealed)");
    expect(GROUP_LABELS["set-aside-9"]).toBe("set-aside 9 (revealed)");
    expect(GROUP_LABELS["set-aside-10"]).toBe("set-aside 10 (revealed)");
    expect(GROUP_LABELS["set-aside-11"]).toBe("set-aside 11 (revealed)");
    expect(GROUP_LABELS["set-aside-12"]).toBe("set-aside 12 (revealed)");
    expect(GROUP_LABELS["set-aside-13"]).toBe("set-aside 13 (revealed)");
    expect(GROUP_LABELS["set-aside-14"]).toBe("set-aside 14 (revealed)");
    expect(GROUP_LABELS["set-aside-15"]).toBe("set-aside 15 (revealed)");
    expect(GROUP_LABELS["set-aside-16"]).toBe("set-aside 16 (revealed)");
    expect(GROUP_LABELS["set-aside-17"]).toBe("set-aside 17 (revealed)");
    expect(GROUP_LABELS["set-aside-18"]).toBe("set-aside 18 (revealed)");
    expect(GROUP_LABELS["set-aside-19"]).toBe("set-aside 19");
    expect(GROUP_LABELS["set-aside-20"]).toBe("set-aside 20");
  });

  it("an old split.json without setAside2 to setAside20 still reads", () => {
    const old = SplitSchema.parse({ rule: "r", workedOn: [], setAside: [] });
    expect(old.setAside2).toEqual([]);
    expect(old.setAside3).toEqual([]);
    expect(old.setAside4).toEqual([]);
    expect(old.setAside5).toEqual([]);
    expect(old.setAside6).toEqual([]);
    expect(old.setAside7).toEqual([]);
    expect(old.setAside8).toEqual([]);
    expect(old.setAside9).toEqual([]);
    expect(old.setAside10).toEqual([]);
    expect(old.setAside11).toEqual([]);
    expect(old.setAside12).toEqual([]);
    expect(old.setAside13).toEqual([]);
    expect(old.setAside14).toEqual([]);
    expect(old.setAside15).toEqual([]);
    expect(old.setAside16).toEqual([]);
    expect(old.setAside17).toEqual([]);
    expect(old.setAside18).toEqual([]);
    expect(old.setAside19).toEqual([]);
    expect(old.setAside20).toEqual([]);
  });

  it("places every corpus truth in exactly one list, composed ones never set aside", () => {
    const lists = [split.workedOn, split.setAside, split.setAside2, split.setAside3, split.setAside4, split.setAside5, split.setAside6, split.setAside7, split.setAside8, split.setAside9, split.setAside10, split.setAside11, split.setAside12, split.setAside13, split.setAside14, split.setAside15, split.setAside16, split.setAside17, split.setAside18, split.setAside19, split.setAside20];
    for (const file of readdirSync(join(CORPUS, "truth")).filter((f) => f.endsWith(".truth.json"))) {
      const name = file.replace(/\.truth\.json$/, "");
      const truth = TruthSchema.parse(JSON.parse(readFileSync(join(CORPUS, "truth", file), "utf8")));
      expect(lists.filter((l) => l.includes(name)).length, name).toBe(1);
      if (truth.composed) expect(split.workedOn, name).toContain(name);
    }
  });
});
