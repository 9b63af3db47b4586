import { describe, expect, it } from "vitest";
import type { GridRow } from "../../../src/model/grid.js";
import { plausibility } from "../../../src/read/text/plausibility.js";
import type { TextTable } from "../../../src/read/text/text-table.js";

const cell = (text: string) => ({ text, place: {} });
const row = (seq: string, wording: string, units: string): GridRow => ({ kind: "data", cells: [cell(seq), cell(wording), cell(units)], raw: `${seq} ${wording} ${units}`, place: {} });
const table = (rows: GridRow[]): TextTable => ({
  layout: "cell-per-line",
  header: [cell("序号"), cell("重点任务"), cell("责任单位")],
  rows,
  before: [],
  after: [],
  messages: [],
});

describe("how plausible a reading is", () => {
  it("counts each task with wording and units", () => {
    expect(plausibility(table([row("1", "推进河长制", "县水利局"), row("2", "加强巡河", "各乡镇")]))).toBe(2);
  });

  it("counts a row number skipped between two rows against the reading: a row swallowed by its neighbour", () => {
    const whole = table([row("1", "推进河长制", "县水利局"), row("2", "加强巡河", "各乡镇"), row("3", "清理河道", "县住建局")]);
    const swallowed = table([row("1", "推进河长制", "县水利局"), row("3", "加强巡河2清理河道", "县住建局")]);
    expect(plausibility(swallowed)).toBeLessThan(plausibility(whole) - 1);
    expect(plausibility(swallowed)).toBe(1.5);
  });

  it("does not count a wide jump in numbering (a table's later part, a year) as rows lost", () => {
    expect(plausibility(table([row("1", "推进河长制", "县水利局"), row("12", "加强巡河", "各乡镇")]))).toBe(2);
  });
});
