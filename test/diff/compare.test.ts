import { describe, expect, it } from "vitest";
import { compareDocumentFields, compareList, compareTaskFields, compareValue, inNewOrder, notComparableReason } from "../../src/diff/compare.js";
import { exactText, normalizeText } from "../../src/match/normalize.js";
import { plainTask, seedDocument, seedTask } from "./documents.js";

describe("compareList", () => {
  it("gives who joined and who left, and who stayed in the new order", () => {
    expect(compareList("units", ["区林业局", "区公安局", "各乡镇街道"], ["区林业局", "区财政局", "各乡镇街道"], normalizeText)).toEqual({
      field: "units",
      type: "list",
      old: ["区林业局", "区公安局", "各乡镇街道"],
      new: ["区林业局", "区财政局", "各乡镇街道"],
      added: ["区财政局"],
      removed: ["区公安局"],
      unchanged: ["区林业局", "各乡镇街道"],
      reordered: false,
    });
  });

  it("reports a new order of the same units, since the first unit leads", () => {
    const change = compareList("units", ["区林业局", "区公安局"], ["区公安局", "区林业局"], normalizeText);
    expect(change).toMatchObject({ added: [], removed: [], reordered: true });
  });

  it("reports nothing for the same list", () => {
    expect(compareList("contacts", ["周江", "杨芙蓉"], ["周江", "杨芙蓉"], normalizeText)).toBeNull();
  });

  it("counts a name listed twice twice", () => {
    expect(compareList("contacts", ["周江", "周江"], ["周江"], normalizeText)).toMatchObject({ removed: ["周江"], unchanged: ["周江"], reordered: false });
  });

  it("matches entries printed in another width as the same unless comparing exactly", () => {
    expect(compareList("units", ["区委(区政府)办公室"], ["区委\uff08区政府\uff09办公室"], normalizeText)).toBeNull();
    expect(compareList("units", ["区委(区政府)办公室"], ["区委\uff08区政府\uff09办公室"], exactText)).toMatchObject({ added: ["区委\uff08区政府\uff09办公室"], removed: ["区委(区政府)办公室"] });
  });
});

describe("compareValue", () => {
  it("gives old → new, and treats a missing column like an empty cell", () => {
    expect(compareValue("deadline", "2024年6月底前", "2024年12月底前", normalizeText)).toEqual({ field: "deadline", type: "value", old: "2024年6月底前", new: "2024年12月底前" });
    expect(compareValue("deadline", null, "", normalizeText)).toBeNull();
    expect(compareValue("deadline", null, "长期坚持", normalizeText)).toMatchObject({ old: null, new: "长期坚持" });
  });
});

describe("compareTaskFields", async () => {
  const seed = await seedDocument();

  it("lists every changed field in the table's order and nothing for unchanged ones", () => {
    const a = seedTask(seed, 9);
    const b = { ...seedTask(seed, 9), title: "全面加强森林资源保护管理", contacts: ["孙文超", "李兴伟"], note: "新增" };
    const changes = compareTaskFields(a, b, seed, seed, normalizeText);
    expect(changes.map((c) => [c.field, c.type])).toEqual([
      ["title", "text"],
      ["contacts", "list"],
      ["note", "value"],
    ]);
  });

  it("compares columns the vocabulary does not know under their printed header", () => {
    const a = plainTask(1, "任务", "内容", { extra: { 督办事项: "是" } });
    const b = plainTask(1, "任务", "内容", { extra: { 督办事项: "否" } });
    expect(compareTaskFields(a, b, seed, seed, normalizeText)).toEqual([{ field: "extra.督办事项", type: "value", old: "是", new: "否" }]);
  });

  it("compares lead and support units apart only when both versions print them", () => {
    const a = plainTask(1, "任务", "内容", { units: ["甲局", "乙局"], leadUnits: ["甲局"], supportUnits: ["乙局"] });
    const b = plainTask(1, "任务", "内容", { units: ["乙局", "甲局"], leadUnits: ["乙局"], supportUnits: ["甲局"] });
    const leadSupport = structuredClone(seed);
    leadSupport.columns = [...leadSupport.columns.filter((c) => c.field !== "units"), { header: "牵头单位", field: "leadUnits", index: 3 }, { header: "配合单位", field: "supportUnits", index: 4 }];
    expect(compareTaskFields(a, b, leadSupport, leadSupport, normalizeText).map((c) => c.field)).toEqual(["units", "leadUnits", "supportUnits"]);
    expect(compareTaskFields(a, b, seed, leadSupport, normalizeText).map((c) => c.field)).toEqual(["units"]);
  });
});

describe("compareDocumentFields", async () => {
  const seed = await seedDocument();

  it("reports a new title, date and column, and ignores the source file", () => {
    const next = structuredClone(seed);
    next.document.title = "重庆市黔江区全面推深做实林长制行动方案(2024-2027年)任务分解表";
    next.document.issuedDate = "2024-03-01";
    next.document.source.fileName = "other.docx";
    next.columns.push({ header: "完成时限", field: "deadline", index: 5 });
    expect(compareDocumentFields(seed, next, normalizeText).map((c) => c.field)).toEqual(["title", "issuedDate", "columns"]);
  });
});

describe("notComparableReason", () => {
  it("names the side that could not be read and what stands opposite it", () => {
    const garbled = plainTask(8, "", "", { status: "needs_review" });
    const missing = plainTask(11, "", "", { status: "missing" });
    expect(notComparableReason(garbled, null)).toBe("Old 8 could not be read reliably (needs_review); there is no row in its place in the new version.");
    expect(notComparableReason(missing, missing)).toBe("Old 11 is absent from the source (missing); new 11 is absent from the source (missing).");
    expect(notComparableReason(plainTask(8, "标题", "内容"), garbled)).toBe("New 8 could not be read reliably (needs_review).");
  });
});

describe("inNewOrder", () => {
  it("puts entries in the new order and each old-only entry right after its old predecessor", () => {
    type E = { name: string; old: number | null; new: number | null };
    const entries: E[] = [
      { name: "c", old: 3, new: 1 },
      { name: "a", old: 0, new: 0 },
      { name: "gone-first", old: 1, new: null },
      { name: "gone-second", old: 2, new: null },
      { name: "new", old: null, new: 2 },
      { name: "gone-last", old: 4, new: null },
    ];
    expect(inNewOrder(entries, (e) => e.old, (e) => e.new, 5).map((e) => e.name)).toEqual(["a", "gone-first", "gone-second", "c", "gone-last", "new"]);
  });
});
