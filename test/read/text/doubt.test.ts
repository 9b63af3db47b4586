import { describe, expect, it } from "vitest";
import type { GridRow } from "../../../src/model/grid.js";
import { doubtWhole } from "../../../src/read/text/doubt.js";
import type { TextTable } from "../../../src/read/text/text-table.js";

const row = (text: string, uncertain?: string): GridRow => ({ kind: "data", cells: [{ text, place: {} }], raw: text, place: {}, ...(uncertain ? { uncertain } : {}) });
const table = (rows: GridRow[]): TextTable => ({ layout: "delimited", header: [{ text: "重点任务", place: {} }], rows, before: [], after: [], messages: [] });

describe("a reading doubtful as a whole", () => {
  it("flags every row when most of them were read by guess", () => {
    const read = doubtWhole(table([row("a", "placed by kind"), row("b", "placed by kind"), row("c")]));
    expect(read.rows.every((r) => r.uncertain)).toBe(true);
    expect(read.rows[2]?.uncertain).toMatch(/2 of 3/);
  });

  it("leaves a reading alone when most rows are sure", () => {
    const read = doubtWhole(table([row("a", "placed by kind"), row("b"), row("c")]));
    expect(read.rows.map((r) => r.uncertain ?? null)).toEqual(["placed by kind", null, null]);
  });

  it("flags every row when half of them were read by guess (one of two)", () => {
    const read = doubtWhole(table([row("a", "placed by kind"), row("b")]));
    expect(read.rows[1]?.uncertain).toMatch(/1 of 2/);
  });
});
