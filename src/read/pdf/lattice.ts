import type { Rule, TextRun } from "./page-content.js";

/**
 * Tables from ruling lines (what camelot calls lattice): lines that touch form a table; the
 * distinct x of its vertical lines and y of its horizontal lines cut it into slots; two
 * neighbouring slots with no line between them belong to one merged cell. A table inside a
 * cell of another (a table nested in a cell, or a one-cell frame around the page) is kept
 * inside that cell.
 */

export interface LatticeCell {
  row: number;
  column: number;
  rowspan: number;
  colspan: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  runs: TextRun[];
  nested: LatticeTable[];
}

export interface LatticeTable {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  xs: number[];
  ys: number[];
  /** slots[row][column]: the cell covering it. */
  slots: LatticeCell[][];
  /** The cells in reading order (by the row and column they start at). */
  cells: LatticeCell[];
  nested: LatticeTable[];
}

// Ends of two lines closer than this (points) meet; x or y closer than this are one.
const JOIN = 2;
// Lines shorter than this are no table rule (an underline under one character, a tick).
const MIN_RULE = 4;
// Lines on a page past which it is not read for tables (a 60-row, 12-column table drawn cell by cell has ~3,000).
const MAX_RULES = 20_000;
// A slot narrower or lower than this is the width of a doubled line, not a row or column.
const MIN_SLOT = 2.5;

/** Rules on one line that overlap or nearly touch, merged. */
function mergeRules(rules: readonly Rule[]): Rule[] {
  const out: Rule[] = [];
  for (const horizontal of [true, false]) {
    const sorted = rules.filter((r) => r.horizontal === horizontal && r.to - r.from >= MIN_RULE).sort((a, b) => a.at - b.at || a.from - b.from);
    const groups: Rule[][] = [];
    for (const rule of sorted) {
      const group = groups[groups.length - 1];
      if (group && Math.abs((group[0] as Rule).at - rule.at) <= 1) group.push(rule);
      else groups.push([rule]);
    }
    for (const group of groups) {
      group.sort((a, b) => a.from - b.from);
      let current: Rule | null = null;
      for (const rule of group) {
        if (current && rule.from <= current.to + JOIN) current.to = Math.max(current.to, rule.to);
        else {
          current = { ...rule };
          out.push(current);
        }
      }
    }
  }
  return out;
}

function crosses(h: Rule, v: Rule): boolean {
  return v.at >= h.from - JOIN && v.at <= h.to + JOIN && h.at >= v.from - JOIN && h.at <= v.to + JOIN;
}

/** Values closer than JOIN as one (their mean), ascending. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - (last[last.length - 1] as number) <= JOIN) last.push(v);
    else out.push([v]);
  }
  const means = out.map((g) => g.reduce((n, v) => n + v, 0) / g.length);
  // Doubled lines (a thick border drawn as two): one.
  return means.filter((v, i) => i === 0 || v - (means[i - 1] as number) >= MIN_SLOT);
}

function covers(rule: Rule, at: number, point: number): boolean {
  return Math.abs(rule.at - at) <= JOIN && rule.from <= point + 0.5 && rule.to >= point - 0.5;
}

/** One table from the rules of a connected group. */
function tableOf(hs: readonly Rule[], vs: readonly Rule[]): LatticeTable | null {
  const xs = cluster(vs.map((v) => v.at));
  const ys = cluster(hs.map((h) => h.at));
  if (xs.length < 2 || ys.length < 2) return null;
  const rows = ys.length - 1;
  const columns = xs.length - 1;
  // Union-find over slots: no line between two neighbours joins them.
  const parent = Array.from({ length: rows * columns }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const union = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < rows; r++) {
    const mid = ((ys[r] as number) + (ys[r + 1] as number)) / 2;
    for (let c = 0; c + 1 < columns; c++) {
      const x = xs[c + 1] as number;
      if (!vs.some((v) => covers(v, x, mid))) union(r * columns + c, r * columns + c + 1);
    }
  }
  for (let c = 0; c < columns; c++) {
    const mid = ((xs[c] as number) + (xs[c + 1] as number)) / 2;
    for (let r = 0; r + 1 < rows; r++) {
      const y = ys[r + 1] as number;
      if (!hs.some((h) => covers(h, y, mid))) union(r * columns + c, (r + 1) * columns + c);
    }
  }
  const byRoot = new Map<number, LatticeCell>();
  const slots: LatticeCell[][] = Array.from({ length: rows }, () => []);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const root = find(r * columns + c);
      let cell = byRoot.get(root);
      if (!cell) {
        cell = { row: r, column: c, rowspan: 1, colspan: 1, x0: xs[c] as number, x1: xs[c + 1] as number, top: ys[r] as number, bottom: ys[r + 1] as number, runs: [], nested: [] };
        byRoot.set(root, cell);
      }
      cell.rowspan = Math.max(cell.rowspan, r - cell.row + 1);
      cell.colspan = Math.max(cell.colspan, c - cell.column + 1);
      cell.column = Math.min(cell.column, c);
      cell.x0 = Math.min(cell.x0, xs[c] as number);
      cell.x1 = Math.max(cell.x1, xs[c + 1] as number);
      cell.bottom = Math.max(cell.bottom, ys[r + 1] as number);
      (slots[r] as LatticeCell[])[c] = cell;
    }
  }
  // A cell that is not a rectangle (an L of slots) keeps the rectangle around it: its span is from its first column.
  for (const cell of byRoot.values()) {
    cell.colspan = xs.indexOf(cell.x1) - cell.column;
    cell.rowspan = ys.indexOf(cell.bottom) - cell.row;
  }
  const cells = [...byRoot.values()].sort((a, b) => a.row - b.row || a.column - b.column);
  return { x0: xs[0] as number, x1: xs[columns] as number, top: ys[0] as number, bottom: ys[rows] as number, xs, ys, slots, cells, nested: [] };
}

function inside(inner: LatticeTable, outer: LatticeTable): boolean {
  return inner !== outer && inner.x0 >= outer.x0 - JOIN && inner.x1 <= outer.x1 + JOIN && inner.top >= outer.top - JOIN && inner.bottom <= outer.bottom + JOIN;
}

function area(t: LatticeTable): number {
  return (t.x1 - t.x0) * (t.bottom - t.top);
}

/** The cell of a table a point is in, or null outside it. */
export function cellAt(table: LatticeTable, x: number, y: number): LatticeCell | null {
  if (x < table.x0 || x > table.x1 || y < table.top || y > table.bottom) return null;
  let c = table.xs.findIndex((v, i) => i > 0 && x <= v) - 1;
  let r = table.ys.findIndex((v, i) => i > 0 && y <= v) - 1;
  if (c < 0) c = 0;
  if (r < 0) r = 0;
  return table.slots[r]?.[c] ?? null;
}

/**
 * The tables drawn on a page, outermost first, each nested table inside the cell it sits in,
 * and each run of text in the innermost cell it is in; the runs in no table are returned.
 */
export function findLatticeTables(rules: readonly Rule[], runs: readonly TextRun[]): { tables: LatticeTable[]; outside: TextRun[] } {
  // A page drawing more lines than any table has (a chart, a hatched map, or a hostile file) is read
  // as text only: finding which lines cross is lines × lines.
  const merged = rules.length > MAX_RULES ? [] : mergeRules(rules);
  const hs = merged.filter((r) => r.horizontal);
  const vs = merged.filter((r) => !r.horizontal);
  // Connected groups of lines: a horizontal and a vertical line that cross or meet are in one.
  const parent = merged.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const index = new Map(merged.map((r, i) => [r, i]));
  for (const h of hs) for (const v of vs) if (crosses(h, v)) parent[find(index.get(h) as number)] = find(index.get(v) as number);
  const groups = new Map<number, Rule[]>();
  merged.forEach((r, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(r);
    groups.set(root, group);
  });
  const all: LatticeTable[] = [];
  for (const group of groups.values()) {
    const table = tableOf(
      group.filter((r) => r.horizontal),
      group.filter((r) => !r.horizontal),
    );
    if (table) all.push(table);
  }
  // Smallest first: each table is placed in the smallest table around it.
  all.sort((a, b) => area(a) - area(b));
  const top: LatticeTable[] = [];
  for (const [i, table] of all.entries()) {
    const around = all.slice(i + 1).find((o) => inside(table, o));
    const cell = around ? cellAt(around, (table.x0 + table.x1) / 2, (table.top + table.bottom) / 2) : null;
    if (cell) cell.nested.push(table);
    else top.push(table);
  }
  const outside: TextRun[] = [];
  for (const run of runs) {
    const x = (run.x0 + run.x1) / 2;
    const y = (run.top + run.bottom) / 2;
    let cell: LatticeCell | null = null;
    let tables = top;
    for (;;) {
      const found = tables.map((t) => cellAt(t, x, y)).find((c) => c !== null) ?? null;
      if (!found) break;
      cell = found;
      tables = found.nested;
    }
    if (cell) cell.runs.push(run);
    else outside.push(run);
  }
  top.sort((a, b) => a.top - b.top || a.x0 - b.x0);
  return { tables: top, outside };
}
