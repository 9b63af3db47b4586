import type { GridCell, GridRow } from "../../model/grid.js";
import type { Message } from "../../model/message.js";
import type { ColumnField } from "../../model/fields.js";
import { fieldsForHeader } from "../../genre/headers.js";
import { looksLikeUnit, namesRunTogether, unitSuffixLength, UNIT_PREFIX } from "../../genre/units.js";
import { bestTaskAnchors, sectionAnchors, type Anchor } from "./anchors.js";
import { findHeaderRun, type HeaderRun } from "./header-run.js";
import type { Locator } from "./locator.js";
import { cutRow, looksGarbled, planRow, proseCells, type CellCut, type DocumentLexicon, type RowPlan } from "./run-together-row.js";
import type { Stream } from "./stream.js";
import { cellAt, paragraphsAt, type TextTable } from "./text-table.js";

const SEPARATORS = /[、,，;；]/;
// Longer than any unit suffix (成员单位, 领导小组): enough of a piece to tell whether a unit's name ends in it.
const SUFFIX_WINDOW = 8;

/**
 * Names and units the document itself gives cleanly, for reading the rows where they run
 * together: a 2–3 character run after the last unit of a row is a contact listed alone.
 */
function learnLexicon(segments: readonly string[]): DocumentLexicon {
  const names = new Set<string>();
  const units = new Set<string>();
  for (const seg of segments) {
    const pieces = seg.split(SEPARATORS);
    for (const p of pieces.slice(1, -1)) {
      const t = p.trim();
      if (t.length <= 16 && looksLikeUnit(t) && UNIT_PREFIX.test(t)) units.add(t);
    }
    const last = (pieces[pieces.length - 1] ?? "").trim();
    for (let j = last.length - 2; j >= 2; j--) {
      // Only the characters before j can end a unit's name: a long piece is not cut again at each j.
      if (unitSuffixLength(last.slice(Math.max(0, j - SUFFIX_WINDOW), j)) === 0) continue;
      const head = last.slice(0, j);
      const tail = last.slice(j);
      if (/^[\u4e00-\u9fa5]{2,3}$/.test(tail) && unitSuffixLength(tail) === 0) names.add(tail);
      if (looksLikeUnit(head) && UNIT_PREFIX.test(head) && head.length <= 16) units.add(head);
      break;
    }
  }
  return { names, units };
}

/**
 * After a fragment (the first lines of a wrapped row), the row's unit text continues the unit
 * column the fragment stopped in (…县民政局、各乡镇 | 人民政府 → 各乡镇人民政府 in 配合单位),
 * not the first unit column.
 */
function continueUnitColumn(fragment: GridRow, cuts: CellCut[], plan: RowPlan): void {
  const unitColumns = plan.units.map((u) => u.column);
  const filled = unitColumns.filter((c) => (fragment.cells[c]?.text ?? "") !== "");
  const last = filled[filled.length - 1];
  if (last === undefined || last === unitColumns[0]) return;
  const unitCuts = cuts.filter((c) => unitColumns.includes(c.column) && c.end > c.start);
  if (unitCuts.length !== 1 || unitCuts[0]?.column !== unitColumns[0]) return;
  const only = unitCuts[0] as CellCut;
  const moved = plan.units.find((u) => u.column === last);
  if (!moved) return;
  const emptyFirst: CellCut = { field: only.field, column: only.column, start: only.start, end: only.start };
  cuts.splice(cuts.indexOf(only), 1, emptyFirst, { field: moved.field, column: moved.column, start: only.start, end: only.end });
}

/**
 * Was the cut between a row's unit columns doubtful: a unit cell still holds two names run into each other
 * (…、市经贸委市规划建设局、…), where the columns may really meet?
 */
function unitColumnsDoubtful(segText: string, cuts: readonly CellCut[], plan: RowPlan): boolean {
  if (plan.units.length < 2) return false;
  const columns = new Set(plan.units.map((u) => u.column));
  return cuts.some((c) => columns.has(c.column) && c.end > c.start && segText.slice(c.start, c.end).split(SEPARATORS).some(namesRunTogether));
}

function emptyCells(header: readonly GridCell[], place: GridCell["place"]): GridCell[] {
  return header.map(() => ({ text: "", place, spans: [] }));
}

/**
 * Read a table whose cells run together with no separators (text extracted from a sharing
 * site, the seed's layout): header terms glued in one line, then rows `1<title><content>。<units><names>2…`.
 */
// A wording cut this unsure is flagged for review, not only reported.
const WEAK_SPLIT = 0.45;

export function readRunTogether(stream: Stream, locator: Locator, header: HeaderRun, lineStarts?: ReadonlySet<number>): TextTable | null {
  const text = stream.text;
  // The header read as a whole (工作内容 | 目标任务: the second is the target).
  const fields: ColumnField[] = fieldsForHeader(header.cells.map((c) => c.text));
  const plan: RowPlan | null = planRow(fields);
  const messages: Message[] = [];
  const headerCells = header.cells.map((c) => cellAt(stream, locator, c.start, c.end));
  const body = text.slice(header.end);
  const base = header.end;
  const bodyLineStarts = lineStarts ? new Set([...lineStarts].map((p) => p - base)) : undefined;
  const { anchors: tasks } = bestTaskAnchors(body, ["bare", "dotted"], 160, bodyLineStarts);
  if (tasks.length === 0) return null;
  const sections = sectionAnchors(body, tasks);
  const anchors: Anchor[] = [...tasks, ...sections].sort((a, b) => a.start - b.start);
  // Text before the first anchor but after the header is part of the header (a wrapped header) or lost: report it.
  const segmentOf = (i: number): [number, number] => {
    const a = anchors[i] as Anchor;
    const next = anchors[i + 1];
    return [a.end, next ? next.start : body.length];
  };
  const lex = learnLexicon(anchors.map((a, i) => (a.kind === "task" ? body.slice(...segmentOf(i)) : "")));

  const rows: GridRow[] = [];
  const after: TextTable["after"] = [];
  const toCells = (cuts: readonly CellCut[], offset: number, rowPlace: GridCell["place"]): GridCell[] => {
    const cells = emptyCells(headerCells, rowPlace);
    for (const c of cuts) {
      const cell = cellAt(stream, locator, base + offset + c.start, base + offset + c.end);
      const prev = cells[c.column] as GridCell;
      cells[c.column] = prev.text === "" ? cell : { ...prev, text: prev.text + cell.text, spans: [...(prev.spans ?? []), ...(cell.spans ?? [])] };
    }
    return cells;
  };

  if ((anchors[0]?.start ?? 0) > 0) {
    const lead = cellAt(stream, locator, base, base + (anchors[0] as Anchor).start);
    if (lead.text !== "") {
      rows.push({ kind: "garbled", cells: [lead], raw: lead.text, place: lead.place });
    }
  }

  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i] as Anchor;
    const [s, e] = segmentOf(i);
    const rowPlace = locator.place(stream.sourceAt(base + a.start), stream.sourceAt(base + e));
    if (a.kind === "section") {
      const cell = cellAt(stream, locator, base + a.start, base + e);
      rows.push({ kind: "section", cells: [cell], raw: cell.text, place: cell.place, seqPrinted: a.printed });
      continue;
    }
    const seqCell = cellAt(stream, locator, base + a.start, base + a.end);
    const segText = body.slice(s, e);
    const isLast = i === anchors.length - 1;
    if (!plan) {
      const cell = cellAt(stream, locator, base + a.start, base + e);
      rows.push({ kind: "garbled", cells: [cell], raw: body.slice(a.start, e).trim(), place: rowPlace, seqPrinted: a.printed });
      continue;
    }
    const cut = cutRow(segText, plan, lex, isLast);
    // The text ends inside its last row (an excerpt, a page cut off) before the row's units: its
    // wording is kept in the wording cells, the row flagged.
    if (!cut.ok && isLast && body.slice(e).trim() === "" && !looksGarbled(segText)) {
      const cells = toCells(proseCells(segText, 0, segText.trimEnd().length, plan).cells, s, rowPlace);
      const seqIndex = fields.indexOf("seq");
      if (seqIndex >= 0) cells[seqIndex] = seqCell;
      rows.push({ kind: "data", cells, raw: body.slice(a.start, e).trim(), place: rowPlace, seqPrinted: a.printed, uncertain: "the text ends inside this row: the cells after its wording are missing" });
      continue;
    }
    if (!cut.ok) {
      const cell = cellAt(stream, locator, base + a.start, base + e);
      rows.push({ kind: "garbled", cells: [cell], raw: body.slice(a.start, e).trim(), place: rowPlace, seqPrinted: a.printed });
      messages.push({
        ruleId: "row-cut",
        severity: "warning",
        reason: `Row ${a.printed}: its cells could not be told apart (no unit list found after the content).`,
        seq: a.value,
        field: null,
        where: rowPlace,
      });
      continue;
    }
    const previous = rows[rows.length - 1];
    if (previous?.kind === "fragment" && plan.units.length > 1) continueUnitColumn(previous, cut.cells, plan);
    const cells = toCells(cut.cells, s, rowPlace);
    const seqIndex = fields.indexOf("seq");
    if (seqIndex >= 0) cells[seqIndex] = seqCell;
    const row: GridRow = { kind: "data", cells, raw: body.slice(a.start, s + cut.end).trim(), place: rowPlace, seqPrinted: a.printed };
    // Nothing marked where one wording cell ends and the next begins: the cut is a guess to check.
    if (cut.titleConfidence < WEAK_SPLIT && plan.prose.length > 1) row.uncertain = "where one wording cell ends and the next begins was guessed (the cells run together)";
    // A unit cell that still holds two names run into each other (…、市经贸委市规划建设局、…): where one
    // unit column ends and the next begins was a guess.
    else if (unitColumnsDoubtful(segText, cut.cells, plan)) row.uncertain = "where one unit column ends and the next begins was guessed (their names run together)";
    rows.push(row);
    if (cut.titleConfidence < 0.45 && plan.prose.length > 1) {
      const title = cells[plan.prose[plan.prose.length - 2]?.column ?? 0];
      messages.push({
        ruleId: "title-split",
        severity: "info",
        reason: `Row ${a.printed}: where the title ends and the content begins was guessed (the cells run together).`,
        seq: a.value,
        field: "title",
        where: title?.place ?? rowPlace,
        actual: title?.text ?? "",
      });
    }
    const restStart = base + s + cut.end;
    const restEnd = base + e;
    const rest = cellAt(stream, locator, restStart, restEnd);
    if (rest.text === "") continue;
    if (cut.trailing === "fragment") {
      rows.push({ kind: "fragment", cells: toCells(cut.fragment, s, rest.place), raw: rest.text, place: rest.place });
    } else if (cut.trailing === "postamble") {
      after.push(...paragraphsAt(stream, locator, restStart, restEnd));
    } else {
      // A garbled row, or text no cell could take: kept whole for review.
      rows.push({ kind: "garbled", cells: [rest], raw: rest.text, place: rest.place });
    }
  }
  return {
    layout: "run-together",
    header: headerCells,
    rows,
    before: paragraphsAt(stream, locator, 0, header.start),
    after,
    messages,
  };
}

/**
 * A text whose table's cells run together (the seed's layout, a page's text layer): from its header on,
 * line breaks are only wrapping (OCR lines, a header cell 联系\n人 cut in two), so the table is read with
 * them cut out, where a row's number opened a line counting as a row's.
 */
export function readCellsRunTogether(stream: Stream, locator: Locator): TextTable | null {
  // A header wrapped inside a term (序号重点任务主要内 / 容责任单位) is found with the breaks cut out.
  const run = findHeaderRun(stream.text) ?? (/[\r\n]/.test(stream.text) ? { start: 0 } : null);
  if (!run) return null;
  // The indent and padding around a break are the wrapping's too (a page's lines indented 　　).
  const breaks: Array<[number, number]> = [];
  // Where each line began, in the joined text: a row's number starts a line.
  const lineStarts = new Set<number>();
  const text = stream.text;
  const blank = (c: string | undefined): boolean => c === " " || c === "\t" || c === "\u3000";
  let removed = 0;
  for (let i = run.start; i < text.length; i++) {
    if (text[i] !== "\n" && text[i] !== "\r") continue;
    let a = i;
    while (a > run.start && blank(text[a - 1]) && (breaks.length === 0 || a - 1 >= (breaks[breaks.length - 1] as [number, number])[1])) a--;
    let b = i + 1;
    while (b < text.length && (blank(text[b]) || text[b] === "\r" || text[b] === "\n")) b++;
    breaks.push([a, b]);
    removed += b - a;
    lineStarts.add(b - removed);
    i = b - 1;
  }
  const joined = stream.without(breaks);
  const printedLineStarts = [...lineStarts];
  // A page that printed its line breaks as spaces has no line left from the header on: a space
  // stands where a line began (…市发改委 2高质量…), so a row's number after one counts as a line's.
  if (breaks.length === 0) for (const m of text.slice(run.start).matchAll(/[ \u3000]+/g)) lineStarts.add(run.start + m.index + m[0].length);
  // With the breaks cut out, its terms as the vocabulary has them (a term wrapped over lines joins again);
  // printed with a period (二季度进展情况) or spaces between their characters (完  成  情  况) only where the
  // header's cells run together on one line: cells on lines of their own (序 号 / 主 要 任 务 / 一季度进展
  // 情况) are a table printed a cell a line, the line readers'.
  const breaksIn = (h: HeaderRun): number[] => printedLineStarts.filter((p) => p > h.start && p < h.end);
  // A header each of whose cells stood on a line of its own is a cell-a-line table's, whatever its terms.
  const cellALine = (h: HeaderRun): boolean => {
    const inside = breaksIn(h);
    return inside.length >= 2 && inside.every((p) => h.cells.some((c) => c.start === p));
  };
  const found = findHeaderRun(joined.text, 3, 20_000, { periods: false, spaced: false });
  const plain = (found && !cellALine(found) ? found : null) ?? ("cells" in run ? run : null);
  const wide = findHeaderRun(joined.text, 3, 20_000, { periods: true, spaced: true });
  const oneLine = wide && breaksIn(wide).length === 0 ? wide : null;
  // A header that opens with 序号 wins over one found without it (a title's words: …任务前三季度完成情况);
  // of two from the same place, the one of more cells.
  const opensSeq = (h: HeaderRun): boolean => h.cells[0]?.field === "seq";
  const wider = oneLine && plain && oneLine.start === plain.start && oneLine.cells.length > plain.cells.length;
  const header = oneLine && (!plain || wider || (opensSeq(oneLine) && !opensSeq(plain))) ? oneLine : plain;
  return header ? readRunTogether(joined, locator, header, lineStarts) : null;
}

export { findHeaderRun };
