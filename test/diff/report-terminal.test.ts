import { describe, expect, it } from "vitest";
import { fieldLabels } from "../../src/diff/labels.js";
import { formatDiffReport, renderParts } from "../../src/diff/report-terminal.js";
import { diff, parse } from "../../src/index.js";
import { fixture, SEED } from "../helpers.js";

describe("formatDiffReport", async () => {
  const { document: seed } = await parse(SEED);
  const { document: edited } = await parse(fixture("diff", "seed-edited.docx"));
  const result = diff(seed, edited);
  const labels = fieldLabels(seed, edited);
  const plain = formatDiffReport(result, { color: false, labels });

  it("starts with the two files and the counts", () => {
    expect(plain.split("\n").slice(0, 6)).toEqual([
      "old  qianjiang-linzhangzhi-2023-2027-breakdown.txt  (17 tasks)",
      "new  seed-edited.docx  (15 tasks)",
      "",
      "Tasks: 1 added, 1 removed, 1 moved, 11 renumbered, 4 modified, 2 not comparable, 2 unchanged",
      "Sections: 0 added, 0 removed, 0 renamed, 0 renumbered, 0 moved, 5 unchanged",
      "Document: no changes",
    ]);
  });

  it("then shows each change under the table's own headers, deletions [-…-] and insertions {+…+}", () => {
    expect(plain).toContain("    重点任务: [-贯彻-]{+健全+}落实法规制度体系\n");
    expect(plain).toContain("    联系人: -杨芙蓉 +刘明 (1 unchanged)\n");
    expect(plain).toContain("    责任单位: +区财政局 (4 unchanged)\n");
    expect(plain).toMatch(/ {4}主要内容: …\S{12}\[-有序推进森林分类经营。-\]\n/);
    expect(plain).toMatch(/^> moved +12 → 9 {2}深化集体林权制度改革 {2}\(renumbered\)\n {4}section: 四 激发/m);
    expect(plain).toMatch(/^\+ added +15 {2}加强林业科技支撑$/m);
    expect(plain).toMatch(/^- removed +4 {2}持续完善基层执行体系$/m);
    expect(plain).toMatch(/^\? not comparable 8\n {4}Old 8 could not be read reliably/m);
  });

  it("gathers the tasks that only changed number on a few lines at the end", () => {
    expect(plain).toContain("# renumbered only (old → new):\n    5 → 4, 7 → 6, 9 → 7, 13 → 10, 15 → 12, 16 → 13, 17 → 14\n");
    expect(plain.endsWith("The versions differ.\n")).toBe(true);
  });

  it("uses no escape codes without colour, and red and green with it", () => {
    expect(plain).not.toContain("\u001b[");
    const colored = formatDiffReport(result, { color: true, labels });
    expect(colored).toContain("\u001b[31m贯彻\u001b[0m\u001b[32m健全\u001b[0m落实法规制度体系");
    expect(colored).not.toContain("[-");
  });

  it("says when nothing differs", () => {
    const same = formatDiffReport(diff(edited, edited), { color: false, labels });
    expect(same).toContain("Tasks: 0 added, 0 removed, 0 moved, 0 renumbered, 0 modified, 0 not comparable, 15 unchanged");
    expect(same.endsWith("\nNo differences.\n")).toBe(true);
    expect(formatDiffReport(diff(seed, seed), { color: false, labels }).endsWith("\nNo differences in the tasks both versions can read.\n")).toBe(true);
  });
});

describe("renderParts", () => {
  it("cuts long unchanged text around a change to a little context", () => {
    const parts = [
      { op: "equal" as const, text: "一二三四五六七八九十甲乙丙丁" },
      { op: "delete" as const, text: "删" },
      { op: "equal" as const, text: "子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃" },
      { op: "insert" as const, text: "增" },
      { op: "equal" as const, text: "辰宿列张寒来暑往秋收冬藏闰余成岁" },
    ];
    expect(renderParts(parts, false, 4)).toBe("…甲乙丙丁[-删-]子丑寅卯…日月盈昃{+增+}辰宿列张…");
  });
});
