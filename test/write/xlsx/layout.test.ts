import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayWidth, fitColumnWidths, linesIn, linesOf, paragraphWidths, widthFor } from "../../../src/write/xlsx/layout.js";

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

// The definition the measurements follow: East Asian Wide and Fullwidth characters, and the
// punctuation CJK fonts draw full width, count two half-width cells (layout.ts compares code units).
const WIDE =
  /^[\u1100-\u115f\u2010-\u2027\u2460-\u24ff\u25a0-\u25ff\u2605\u2606\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]$/u;
const referenceWidth = (text: string): number => [...text].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);

describe("displayWidth, paragraphWidths and linesIn against the definition", () => {
  // Characters at and around every range's ends, lone surrogates, astral characters and line breaks.
  const edges = [0x10ff, 0x1100, 0x115f, 0x1160, 0x200f, 0x2010, 0x2027, 0x2028, 0x245f, 0x2460, 0x24ff, 0x2500, 0x259f, 0x25a0, 0x25ff, 0x2604, 0x2605, 0x2606, 0x2607, 0x2e7f, 0x2e80, 0x303e, 0x303f, 0x3040, 0x3041, 0x33ff, 0x3400, 0x4dbf, 0x4dc0, 0x4dff, 0x4e00, 0x9fff, 0xa000, 0xa4cf, 0xa4d0, 0xabff, 0xac00, 0xd7a3, 0xd7a4, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xf8ff, 0xf900, 0xfaff, 0xfb00, 0xfe2f, 0xfe30, 0xfe4f, 0xfe50, 0xfeff, 0xff00, 0xff60, 0xff61, 0xffdf, 0xffe0, 0xffe6, 0xffe7, 0xffff];
  const unit = fc.oneof(
    fc.constantFrom(...edges.map((c) => String.fromCharCode(c)), "\n", "\u{1f600}", "\u{1ffff}", "\u{20000}", "\u{3fffd}", "\u{3fffe}", "\u{40000}", "a", "\u4efb"),
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  );
  const text = fc.array(unit, { maxLength: 40 }).map((units) => units.join(""));

  it("measure every string as the regular expression does", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 130 }), (s, width) => {
        expect(displayWidth(s)).toBe(referenceWidth(s));
        expect(paragraphWidths(s)).toEqual(s.split("\n").map(referenceWidth));
        expect(linesIn(s, width)).toBe(linesOf(s.split("\n").map(referenceWidth), width));
      }),
      { numRuns: 2000 },
    );
  });
});

/** fitColumnWidths as first written: every candidate's cost summed over all cells (O(rows × columns) per candidate). */
function referenceFit(rows: readonly (readonly string[])[], fits: readonly { min: number; max: number }[], budget: number): number[] {
  const n = fits.length;
  const measured = rows.map((row) => fits.map((_, j) => paragraphWidths(row[j] ?? "")));
  const natural = fits.map((fit, j) => {
    let w = fit.min;
    for (const row of measured) for (const p of row[j] as number[]) w = Math.max(w, p);
    return Math.min(w, Math.max(fit.max, fit.min));
  });
  if (natural.reduce((s, w) => s + widthFor(w), 0) <= budget) return natural.map(widthFor);
  const half = fits.map((f) => f.min);
  const total = (): number => half.reduce((s, w) => s + widthFor(w), 0);
  const byNatural = [...natural.keys()].sort((a, b) => (natural[a] as number) - (natural[b] as number));
  for (const j of byNatural) {
    const w = natural[j] as number;
    if (w > 30) break;
    if (total() - widthFor(half[j] as number) + widthFor(w) <= budget) half[j] = w;
  }
  const lines = (j: number, hw: number): number[] => measured.map((row) => linesOf(row[j] as number[], widthFor(hw)));
  const current = fits.map((_, j) => lines(j, half[j] as number));
  const cost = (cols: readonly number[][]): number => {
    let tall = 0;
    let all = 0;
    for (let i = 0; i < measured.length; i++) {
      let max = 1;
      for (let j = 0; j < n; j++) {
        const l = (cols[j] as number[])[i] as number;
        all += l;
        if (l > max) max = l;
      }
      tall += max;
    }
    return tall + all / (n * measured.length + 1);
  };
  while (total() + widthFor(2) - widthFor(0) <= budget) {
    const base = cost(current);
    let best = -1;
    let bestGain = 0;
    let bestLines: number[] = [];
    for (let j = 0; j < n; j++) {
      if ((half[j] as number) >= (natural[j] as number)) continue;
      const next = lines(j, Math.min((half[j] as number) + 2, natural[j] as number));
      const trial = current.slice();
      trial[j] = next;
      const gain = base - cost(trial);
      if (gain > bestGain + 1e-9) {
        best = j;
        bestGain = gain;
        bestLines = next;
      }
    }
    if (best < 0) {
      for (let j = 0; j < n; j++) {
        const room = (natural[j] as number) - (half[j] as number);
        if (room > 0 && (best < 0 || room > (natural[best] as number) - (half[best] as number))) best = j;
      }
      if (best < 0) break;
      bestLines = lines(best, Math.min((half[best] as number) + 2, natural[best] as number));
    }
    half[best] = Math.min((half[best] as number) + 2, natural[best] as number);
    current[best] = bestLines;
  }
  return half.map(widthFor);
}

describe("fitColumnWidths against the cost summed over every cell", () => {
  it("chooses the same widths for any table", () => {
    const cell = fc.oneof(
      fc.constantFrom("", "1", "县林业局", "区总林长办、区林业局、区公安局", "2024年12月底前", "陈海燕、龙小江"),
      fc.string({ unit: fc.constantFrom("长", "a", "、", "\n", "1"), maxLength: 160 }),
    );
    const table = fc.integer({ min: 1, max: 7 }).chain((n) =>
      fc.record({
        rows: fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 30 }),
        fits: fc.array(fc.record({ min: fc.integer({ min: 2, max: 20 }), max: fc.integer({ min: 4, max: 120 }) }), { minLength: n, maxLength: n }),
        budget: fc.integer({ min: 20, max: 200 }),
      }),
    );
    fc.assert(
      fc.property(table, ({ rows, fits, budget }) => {
        expect(fitColumnWidths(rows, fits, budget)).toEqual(referenceFit(rows, fits, budget));
      }),
      { numRuns: 500 },
    );
  });
});
