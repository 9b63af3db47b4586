import { endsInsideLastRow } from "./cut-row.js";
import { looksTransposed } from "./pivot.js";
import { sourceInfo } from "../source-info.js";
import { BreakdownError, detail } from "../../errors.js";
import type { Grid, GridCell, Paragraph, Span } from "../../model/grid.js";
import type { Leftover } from "../../model/message.js";
import type { ResolvedParseOptions } from "../../options.js";
import { checkTableLimits } from "../limits.js";
import { looksLikeBinaryDocText } from "../sniff.js";
import { decodeText, unreadableLeftovers } from "./decode.js";
import { Locator } from "./locator.js";
import { textLines } from "./split-text.js";
import { readCellsRunTogether } from "./run-together.js";
import { readLabelled } from "./labelled.js";
import { readLines, readUnderInferredHeader } from "./lines.js";
import { readClauseDuties, readSentenceDuties } from "./sentence-duties.js";
import { readDutyPoints } from "./duty-points.js";
import { plausibility } from "./plausibility.js";
import { doubtWhole } from "./doubt.js";
import { readChargedRecords, readRecords } from "./records/index.js";
import { readOutline } from "./records/outline.js";
import { readCountedList } from "./counted-list.js";
import { withSheetLabels } from "./sheet-labels.js";
import { withoutNoticePoints } from "./notice-points.js";
import { withoutExplanations } from "./explanations.js";
import { readSpacedTable } from "./token-table.js";
import { readNumberedWords } from "./numbered-words.js";
import { readSpacedRows } from "./spaced-rows.js";
import { unflattenPipes } from "./pipe-stream.js";
import { relined } from "./reline.js";
import { spacedRelined } from "./spaced-lines.js";
import { spacedLabels } from "./spaced-labels.js";
import { unwrapped } from "./unwrap.js";
import { readDutiesRunOn, readDutyLines } from "./duty-lines.js";
import { readGroupBlocks } from "./group-blocks.js";
import { readLabelledSections } from "./labelled-sections.js";
import { readHeaderlessBlocks } from "./headerless-blocks.js";
import { readBoxTable, readHeaderlessRows, readTransposed } from "./grids.js";
import { restoreEdits, restoreLeftovers, restoreTable } from "./script-view.js";
import { stripSiteBoilerplate } from "./site-boilerplate.js";
import { simplified } from "../../genre/script.js";
import { withOcrStops } from "../../genre/ocr-stops.js";
import { mergeSpans, type Stream } from "./stream.js";
import type { TextTable } from "./text-table.js";

/** Every layout's reader, in the order they are preferred when they read as well. */
function readers(stream: Stream, locator: Locator): Array<() => TextTable | null> {
  return [
    () => readLines(stream, locator),
    () => readCellsRunTogether(stream, locator),
    () => {
      // A pipe table whose rows a page's text layer ran on in one line.
      const rows = unflattenPipes(stream);
      return rows ? readLines(rows, locator) : null;
    },
    () => readBoxTable(stream, locator),
    () => readTransposed(stream, locator),
    () => readSpacedRows(stream, locator),
    () => readGroupBlocks(stream, locator),
    () => readRecords(stream, locator),
    () => readSpacedTable(stream, locator),
    () => readNumberedWords(stream, locator),
    () => readHeaderlessRows(stream, locator),
    () => readDutyLines(stream, locator),
    () => readLabelledSections(stream, locator),
    () => readSentenceDuties(stream, locator),
  ];
}

// A reading this plausible (nearly every row a task with wording and units) is taken without trying
// the other layouts: a long clean table is read once, not four times.
const CLEAR_READING = 0.95;
const CLEAR_MIN_ROWS = 3;

function isClear(table: TextTable, score = plausibility(table)): boolean {
  const rows = table.rows.filter((r) => r.kind === "data").length;
  return rows >= CLEAR_MIN_ROWS && score >= CLEAR_READING * rows;
}

/**
 * The most plausible reading of the text; each is checked against the limits as it is made. The
 * last resort, which reads what the others could not, stops reading past `maxRows` itself.
 */
function detect(stream: Stream, locator: Locator, check: (table: TextTable) => void, maxRows: number): TextTable | null {
  const found = detectIn(stream, locator, check, maxRows);
  // A text hard-wrapped at one width may read better once its wraps are cut out (a clear reading of
  // it too: the wraps cut a paragraph's sentences into lines that read as titles); a page run on in one
  // line, once its items open lines again. The more plausible reading is kept.
  const unwrappedStream = unwrapped(stream);
  if (found && isClear(found) && unwrappedStream === stream) return found;
  let best = found;
  const relinedStream = relined(stream);
  for (const other of [relinedStream, unwrappedStream, spacedRelined(stream), spacedLabels(stream, relinedStream)]) {
    if (other === stream) continue;
    const again = detectIn(other, locator, check, maxRows);
    if (again && (!best || plausibility(again) >= plausibility(best))) best = again;
  }
  return best;
}

function detectIn(stream: Stream, locator: Locator, check: (table: TextTable) => void, maxRows: number): TextTable | null {
  let best: TextTable | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const read of readers(stream, locator)) {
    const table = read();
    if (!table) continue;
    check(table);
    // A reading with no row read as a task (only a line it could not read as a row) is no reading of a table.
    if (!table.rows.some((r) => r.kind === "data")) continue;
    const score = plausibility(table);
    if (score > bestScore) {
      best = table;
      bestScore = score;
    }
    if (isClear(table, score)) break;
  }
  // Numbered paragraphs with labels the records reader could not place, or none at all under a
  // title that names a breakdown table: read as the last resort, their rows flagged.
  if (!best) {
    // A page from inside a table printed one cell per line, with no header: named by what its lines hold.
    // Its columns inferred from what most rows' lines hold, else named by a row's usual shape.
    const fragment = readUnderInferredHeader(stream, locator) ?? readHeaderlessBlocks(stream, locator);
    // Then items whose sentences charge their units ((九)民爆器材管理。县公安局要…), a plan read by its numbering
    // alone (tasks under headings, no unit named yet), or a list a
    // report announces with its count (十件民生实事分别是：…；…；…), or duties run on in a paragraph.
    // Labelled paragraphs and items whose sentences charge their units can both read a list whose labels
    // name no units (1、问题… / 整改要求：由县环卫站负责…): the more plausible reading is kept.
    const first = fragment ?? morePlausible(readLabelled(stream, locator, maxRows), readChargedRecords(stream, locator)) ?? readOutline(stream, locator) ?? readCountedList(stream, locator);
    // Duties a page ran on in one paragraph (…。 市环保局:负责…。 市监察局:负责…) win over a notice's points
    // read as tasks with no units, when they read more plausibly.
    const runOn = readDutiesRunOn(stream, locator);
    // Last, a speech's points that charge units (一是…，县市政局要…。二是…), or duties said in clauses that each
    // open with who does them (县财政局要…，县自然资源局要…).
    const last = morePlausible(first, runOn) ?? readDutyPoints(stream, locator) ?? readClauseDuties(stream, locator);
    if (last) check(last);
    return last;
  }
  return best;
}

/** The more plausible of two readings (the first on a tie), or the one there is. */
function morePlausible(a: TextTable | null, b: TextTable | null): TextTable | null {
  if (!a || !b) return a ?? b;
  return plausibility(b) > plausibility(a) ? b : a;
}

/**
 * Every layout's reading of a text and how plausible it is, for scripts/readers.mjs (a developer's
 * view of why a layout was chosen); readText itself stops at the first clear reading.
 */
export function textReadings(source: string): Array<{ reader: number; layout: string; rows: number; plausibility: number; ms: number; table: TextTable | null }> {
  const stripped = stripSiteBoilerplate(withOcrStops(simplified(source)));
  const locator = new Locator(source, stripped.edits);
  return readers(stripped.stream, locator).map((read, reader) => {
    const start = performance.now();
    const table = read();
    const ms = performance.now() - start;
    return table ? { reader, layout: table.layout, rows: table.rows.filter((r) => r.kind === "data").length, plausibility: plausibility(table), ms, table } : { reader, layout: "-", rows: 0, plausibility: 0, ms, table };
  });
}

/** One paragraph per non-empty line of source range [start, end) (`text` has the source's offsets). */
function sourceParagraphs(text: string, start: number, end: number, locator: Locator): Paragraph[] {
  return textLines(text, start, end).map((line) => {
    const from = line.start + (line.text.length - line.text.trimStart().length);
    const trimmed = line.text.trim();
    return { text: trimmed, place: locator.place(from, from + trimmed.length), spans: [{ start: from, end: from + trimmed.length }] };
  });
}

/** Source ranges no cell, paragraph, edit or banner took: reported as leftovers. */
function uncovered(source: string, covered: Span[], locator: Locator): Leftover[] {
  const out: Leftover[] = [];
  let pos = 0;
  const report = (s: number, e: number): void => {
    const text = source.slice(s, e);
    const trimmed = text.trim();
    // Punctuation between cells (| 、 brackets around labels) is the table's structure, not text.
    if (!/[\p{L}\p{N}]/u.test(trimmed)) return;
    const lead = text.length - text.trimStart().length;
    const start = s + lead;
    out.push({ text: trimmed, reason: "unassigned", where: locator.place(start, start + trimmed.length) });
  };
  for (const span of mergeSpans(covered)) {
    if (span.start > pos) report(pos, span.start);
    pos = Math.max(pos, span.end);
  }
  if (pos < source.length) report(pos, source.length);
  return out;
}

function cellSpans(cells: readonly GridCell[]): Span[] {
  return cells.flatMap((c) => c.spans ?? []);
}

/**
 * Read extracted text (copied from a sharing site or a government page, or OCR'd) into
 * a grid: decode, strip the site's banner and page markers, find the layout and cut rows.
 */
export function readText(bytes: Uint8Array, file: string, options: ResolvedParseOptions): Grid {
  const { text: source, encoding, unreadable } = decodeText(bytes, file, options.encoding);
  if (source.trim() === "") throw new BreakdownError("INPUT_EMPTY", detail("onlyWhitespace"), { file });
  if (looksLikeBinaryDocText(source)) {
    throw new BreakdownError("LEGACY_DOC", detail("binaryDocText"), { file });
  }
  // Read from the simplified view (same offsets), so 牽頭單位 is read as 牵头单位, and an OCR'd o as the 。 it
  // stands for; cells get the printed characters back (the ocr-period rule then restores and records the 。).
  const view = withOcrStops(simplified(source));
  const stripped = stripSiteBoilerplate(view);
  const locator = new Locator(source, stripped.edits);
  // A reading over the row, column or cell limit is refused at once (the other layouts are not tried).
  const detected = detect(stripped.stream, locator, (t) => checkTableLimits(t.header, t.rows, options.limits, file), options.limits.maxRows);
  const paragraphsOf = (s: number, e: number): Paragraph[] => sourceParagraphs(view, s, e, locator);
  const pointsAside = detected ? withoutNoticePoints(detected, stripped.stream, paragraphsOf) : null;
  const tasks = pointsAside ? withoutExplanations(pointsAside, stripped.stream, paragraphsOf) : null;
  // Where the text ends: a row it ends inside is flagged, its unprinted cells not filled from above.
  const textEnd = stripped.stream.sourceAt(stripped.stream.text.trimEnd().length);
  // Who answers for the whole sheet, printed once above its table (分管领导：… 责任人：…): every row's.
  const found = tasks ? withSheetLabels(endsInsideLastRow(doubtWhole(tasks), textEnd), locator) : null;
  // A statistics table with its items as columns is said to be so, not read into rows of figures.
  if (looksTransposed(stripped.stream.text)) throw new BreakdownError("NO_TABLE_FOUND", detail("noTableTransposed"), { file });
  const table = found ? restoreTable(found, view, source) : null;
  if (!table) {
    const seen = stripped.stream.text
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "")
      .slice(0, 3)
      .map((l) => `first lines: ${l.slice(0, 60)}`);
    throw new BreakdownError(
      "NO_TABLE_FOUND",
      detail("noTableText"),
      { file, details: seen },
    );
  }
  const covered: Span[] = [
    ...cellSpans(table.header),
    ...table.rows.flatMap((r) => cellSpans(r.cells)),
    ...[...table.before, ...table.after].flatMap((p) => p.spans ?? []),
    ...stripped.edits.map((e) => ({ start: e.offset, end: e.offset + e.before.length })),
    ...stripped.leftovers.map((l) => ({ start: l.where.offset ?? 0, end: l.where.end ?? 0 })),
  ];
  const leftovers = [...unreadableLeftovers(unreadable, (s, e) => locator.place(s, e)), ...restoreLeftovers(stripped.leftovers, view, source), ...uncovered(source, covered, locator)];
  return {
    source: sourceInfo(bytes, file, { format: "text", encoding, layout: table.layout, originalName: stripped.originalName, pageCount: stripped.pageCount }),
    header: table.header,
    rows: table.rows,
    before: table.before,
    after: table.after,
    edits: restoreEdits(stripped.edits, view, source),
    leftovers,
    messages: table.messages,
    locate: (start, end) => locator.place(start, end ?? start),
  };
}
