import { cellKind, type CellKind } from "../../genre/cell-types.js";
import { opensProgress } from "../../genre/progress.js";
import type { Message } from "../../model/message.js";
import type { Place } from "../../model/place.js";

/**
 * A header for a table whose header is not in the text (a mirror's later page, which begins at a
 * row), inferred from its rows: most rows print as many lines after their number, and the lines at
 * one position are of one kind (wording, people, units, dates, figures). Each column is given the
 * header the genre prints for what it holds, so that the rows are read as any cell-per-line table's
 * (merged cells, a cut last row). Null when the rows do not agree on their columns.
 */

// Of the rows that print all their cells, at least this many, and this share of all full rows, agree.
const MIN_AGREEING = 2;
const AGREEING_SHARE = 0.5;
// A column's kind is the one most of its lines have, by at least this share.
const KIND_SHARE = 0.6;
// A report of what was done is long: a line of text after the units this long or longer is one.
const REPORT_LENGTH = 20;

const WORDING_KINDS: ReadonlySet<CellKind> = new Set(["text", "heading"]);

/** The kind most of `kinds` have, if it is at least KIND_SHARE of them. */
export function modalKind(kinds: readonly CellKind[]): CellKind | null {
  const counts = new Map<CellKind, number>();
  for (const k of kinds) counts.set(WORDING_KINDS.has(k) ? "text" : k, (counts.get(WORDING_KINDS.has(k) ? "text" : k) ?? 0) + 1);
  const [kind, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return kind !== null && count >= KIND_SHARE * kinds.length ? kind : null;
}

const UNIT_CUT = /[、,，;；\s]+/;

/**
 * Two columns of units: all the responsible units, then the lead among them (责任单位 | 牵头单位) when
 * the second's units are in the first's in most rows; else the lead, then those who help.
 */
function unitNames(first: readonly string[], second: readonly string[]): [string, string] {
  const within = first.filter((units, r) => {
    const all = new Set(units.split(UNIT_CUT));
    const lead = (second[r] ?? "").split(UNIT_CUT).filter((u) => u !== "");
    return lead.length > 0 && lead.every((u) => all.has(u));
  }).length;
  return within >= KIND_SHARE * first.length ? ["责任单位", "牵头单位"] : ["牵头单位", "配合单位"];
}

/**
 * The header the genre prints over a column of each kind, in the order the columns come (each
 * column's kind and its cells' texts, row by row); null unless the first is wording and a column
 * holds units.
 */
export function namesFor(columns: ReadonlyArray<{ kind: CellKind; lines: readonly string[] }>): string[] | null {
  const firstUnits = columns.findIndex((c) => c.kind === "units");
  if (firstUnits < 0 || columns[0]?.kind !== "text") return null;
  const secondUnits = columns.findIndex((c, i) => i > firstUnits && c.kind === "units");
  const [unitsFirst, unitsSecond] = secondUnits < 0 ? ["责任单位", "配合单位"] : unitNames((columns[firstUnits] as { lines: readonly string[] }).lines, (columns[secondUnits] as { lines: readonly string[] }).lines);
  let texts = 0;
  let units = 0;
  return columns.map((c, i) => {
    switch (c.kind) {
      case "units":
        return units++ === 0 ? unitsFirst : unitsSecond;
      case "people":
        return i < firstUnits ? "责任领导" : "联系人";
      case "deadline":
        return "完成时限";
      case "text": {
        // Before the units: the task's name, then its content; after them: what was done, then a remark.
        // (A second one whose cells mostly open as reports do — 上半年，…, 截至… — is what was done.)
        if (i < firstUnits) return texts++ === 0 ? "工作任务" : c.lines.filter((l) => opensProgress(l)).length * 2 > c.lines.length ? "进展情况" : "工作内容";
        const report = c.lines.some((l) => opensProgress(l) || l.length >= REPORT_LENGTH);
        return report ? "进展情况" : "备注";
      }
      default:
        // Figures, a percentage done, a remark's mark: a column the genre names in many ways, kept under extra.
        return `第${i + 2}列`;
    }
  });
}

/**
 * The inferred header (序号 first) for rows given as their lines after the number; null when fewer
 * than two full rows agree on a count of lines and a kind for each.
 */
export function inferredHeader(rows: ReadonlyArray<readonly string[]>): string[] | null {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  const [width, agreeing] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
  if (width < 2 || agreeing < MIN_AGREEING || agreeing < AGREEING_SHARE * rows.length) return null;
  const full = rows.filter((r) => r.length === width);
  const columns: Array<{ kind: CellKind; lines: string[] }> = [];
  for (let j = 0; j < width; j++) {
    const lines = full.map((r) => r[j] as string);
    const kind = modalKind(lines.map((l) => cellKind(l)));
    if (kind === null) return null;
    columns.push({ kind, lines });
  }
  const names = namesFor(columns);
  return names ? ["序号", ...names] : null;
}

/** The message that says a page from inside a cell-per-line table was read under columns named by their lines. */
export function headerlessMessage(names: readonly string[], where: Place): Message {
  return {
    ruleId: "headerless",
    severity: "warning",
    reason: `The text starts inside a table printed one cell per line, with no header: its columns were named by what their lines hold (${names.join(" | ")}).`,
    seq: null,
    field: null,
    where,
  };
}
