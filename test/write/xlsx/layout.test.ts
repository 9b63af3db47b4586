import { describe, expect, it } from "vitest";
import { displayWidth, fitColumnWidths, linesIn, widthFor } from "../../../src/write/xlsx/layout.js";

describe("displayWidth", () => {
  it("counts a Chinese character, full-width punctuation and CJK quotes as two cells, Latin as one", () => {
    expect(displayWidth("区林业局")).toBe(8);
    expect(displayWidth("2024年")).toBe(6);
    expect(displayWidth("\uff08\u4e00\uff09")).toBe(6);
    expect(displayWidth("\u201c\u6797\u957f+\u201d")).toBe(9);
    expect(displayWidth("\u{20000}")).toBe(2);
  });
});

describe("linesIn", () => {
  it("wraps at the column's width and counts each paragraph", () => {
    const width = widthFor(10);
    expect(linesIn("一二三四五", width)).toBe(1);
    expect(linesIn("一二三四五六", width)).toBe(2);
    expect(linesIn("一\n二\n", width)).toBe(3);
  });
});

describe("fitColumnWidths", () => {
  const long = "巩固区、乡镇(街道)、村(社区)三级运行体系。".repeat(6);
  const rows = [
    ["1", "巩固提升组织运行体系", long, "区总林长办、区林业局、区公安局、区检察院、各乡镇街道", "陈海燕"],
    ["2", "黄物落实法规制度体系", long.slice(0, 80), "区林业局、区司法局", "龙小江、李兴伟"],
  ];
  const fits = [4, 8, 8, 8, 6].map((min) => ({ min, max: 120 }));

  it("gives every column its natural width when the table fits the budget", () => {
    const narrow = [["1", "甲"], ["2", "乙丙"]];
    expect(fitColumnWidths(narrow, [{ min: 4, max: 120 }, { min: 4, max: 120 }], 150)).toEqual([widthFor(4), widthFor(4)]);
  });

  it("stays within the budget, keeps short columns on one line, and gives the long text the most room", () => {
    const widths = fitColumnWidths(rows, fits, 150);
    expect(widths.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(150);
    expect(widths[1]).toBe(widthFor(displayWidth("巩固提升组织运行体系")));
    expect(widths[4]).toBe(widthFor(displayWidth("龙小江、李兴伟")));
    expect(Math.max(...(widths as number[]))).toBe(widths[2]);
  });

  it("never goes under a column's minimum, even when the minimums exceed the budget", () => {
    const widths = fitColumnWidths(rows, fits.map(() => ({ min: 40, max: 120 })), 100);
    for (const w of widths) expect(w).toBe(widthFor(40));
  });
});
