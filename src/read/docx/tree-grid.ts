import { BreakdownError, detail } from "../../errors.js";
import { fieldForHeader } from "../../genre/headers.js";
import type { Source } from "../../model/document.js";
import type { Grid, GridCell, Paragraph } from "../../model/grid.js";
import type { Leftover, Message } from "../../model/message.js";
import type { ResolvedParseOptions } from "../../options.js";
import { checkCells, checkColumnCount, checkRowCount } from "../limits.js";
import { denseGrid, rowSlots, type DenseTable, type Slot } from "./dense-grid.js";
import { HEADER_SEARCH_ROWS, describeTable, headerCandidates, findHeaderRow, headerSignatures, headerText, rowHeaderTexts, signature, type HeaderChoice } from "./find-table.js";
import type { DocxTable, DocxTree } from "./html-tree.js";
import { flattenDocument, rowParagraphs, type FlatItem } from "./paragraphs.js";
import { CONTINUED, readTableRows, type TablePart } from "./table-rows.js";

/** Tables listed in NO_TABLE_FOUND's details. */
const MAX_TABLES_LISTED = 10;
// Between two parts of one table only short text may stand: 续表, a page number.
const MAX_BETWEEN_CHARS = 30;
const MAX_BETWEEN_PARAGRAPHS = 3;
// A title or an attachment label between two tables: the second is a table of its own (续表 is not a title).
const NEW_TABLE = /^(?!续表).{3,}(?:表|清单|方案|台账|任务书)\s*$|^附件\s*\d/;

function isDescendant(table: DocxTable, of: DocxTable): boolean {
  for (let t = table.parent; t; t = t.parent) if (t === of) return true;
  return false;
}

function noTableFound(file: string, tables: readonly DenseTable[]): BreakdownError {
  const details =
    tables.length === 0
      ? ["the document has no tables"]
      : [
          ...tables.slice(0, MAX_TABLES_LISTED).map(describeTable),
          ...(tables.length > MAX_TABLES_LISTED ? [`and ${tables.length - MAX_TABLES_LISTED} more tables`] : []),
        ];
  return new BreakdownError("NO_TABLE_FOUND", detail("noTableDocx", { tables: tables.length }), { file, details });
}

/** Paragraphs between the last kept table and `table` in reading order, or null if `table` does not follow on. */
function between(flat: readonly FlatItem[], table: DocxTable): Paragraph[] | null {
  const at = flat.findIndex((i) => i.kind === "table" && i.table === table);
  let from = at - 1;
  while (from >= 0 && flat[from]?.kind === "paragraph") from--;
  if (at < 0 || from < 0) return null;
  return flat.slice(from + 1, at).map((i) => (i as { paragraph: Paragraph }).paragraph);
}

/**
 * The parts of the breakdown table: the table itself, then each table that continues it
 * (same columns, starting with the header repeated or with no header of its own, nothing
 * but short text such as 续表 between them). Word documents split a long table this way
 * at a page break.
 */
function findParts(tree: DocxTree, denses: readonly DenseTable[], choice: HeaderChoice, signatures: readonly string[]): { keep: Set<DocxTable>; parts: TablePart[]; between: Paragraph[]; repeated: Leftover[] } {
  const chosen = choice.dense.table;
  const keep = new Set<DocxTable>([chosen]);
  const parts: TablePart[] = [{ dense: choice.dense, from: choice.row + choice.depth }];
  const gaps: Paragraph[] = [];
  const repeated: Leftover[] = [];
  // The first table's own rows above its header (a title row): a page may print them again.
  const titleRows = new Set<string>();
  for (let r = 0; r < choice.row; r++) titleRows.add(signature(choice.dense, r));
  for (const dense of denses.slice(chosen.index + 1)) {
    if ([...keep].some((k) => isDescendant(dense.table, k))) continue;
    if (dense.width !== choice.dense.width) break;
    // Where its rows start: past a 续表 label or the first table's title row printed again.
    let from = 0;
    while (from < Math.min(dense.slots.length, HEADER_SEARCH_ROWS)) {
      const texts = rowSlots(dense, from).filter((s) => s.row === from).map((s) => headerText(s)).filter((t) => t !== "");
      const label = texts.length === 0 || (texts.length === 1 && CONTINUED.test(texts[0] as string)) || titleRows.has(signature(dense, from));
      if (!label) break;
      from++;
    }
    if (from >= dense.slots.length) continue;
    if (!signatures.includes(signature(dense, from)) && findHeaderRow(dense) !== null) break;
    const gap = between(flattenDocument(tree.body, new Set([...keep, dense.table])), dense.table);
    // Text of another table between them (not of a frame both sit in) means they do not follow on.
    const frames = new Set<number>();
    for (let t = dense.table.parent; t; t = t.parent) frames.add(t.index);
    const inOtherTable = (p: Paragraph): boolean => p.place.table !== undefined && !frames.has(p.place.table);
    if (gap === null || gap.length > MAX_BETWEEN_PARAGRAPHS || gap.some((p) => inOtherTable(p) || p.text.length > MAX_BETWEEN_CHARS || NEW_TABLE.test(p.text))) break;
    keep.add(dense.table);
    parts.push({ dense, from });
    gaps.push(...gap);
    for (let r = 0; r < from; r++) {
      for (const p of rowParagraphs(dense.table, r)) repeated.push({ text: p.text, reason: "repeated-header", where: p.place });
    }
  }
  return { keep, parts, between: gaps, repeated };
}

/**
 * The breakdown table: of the tables with a breakdown header row, the one naming the most
 * known columns (序号, 重点任务, 责任单位…), then the one with the most rows once its
 * continuations are joined, then the first. Position does not count: a signature block or
 * an attachment list may come first.
 */
function chooseTable(tree: DocxTree, denses: readonly DenseTable[]) {
  let best: (ReturnType<typeof findParts> & { choice: HeaderChoice; signatures: string[]; rows: number }) | null = null;
  const taken = new Set<DocxTable>();
  for (const choice of headerCandidates(denses)) {
    if (taken.has(choice.dense.table)) continue;
    const signatures = headerSignatures(choice);
    const found = findParts(tree, denses, choice, signatures);
    for (const t of found.keep) taken.add(t);
    const rows = found.parts.reduce((n, p) => n + p.dense.slots.length - p.from, 0);
    if (!best || choice.score > best.choice.score || (choice.score === best.choice.score && rows > best.rows)) best = { ...found, choice, signatures, rows };
  }
  return best;
}

/** The header cells (the lowest header row's cell over each column) and the header text no column took. */
function readHeader(choice: HeaderChoice): { header: GridCell[]; unused: Leftover[] } {
  const { dense } = choice;
  const bottom = choice.row + choice.depth - 1;
  const used = new Set<Slot>();
  const header: GridCell[] = [];
  for (let c = 0; c < dense.width; c++) {
    const slot = dense.slots[bottom]?.[c] ?? null;
    if (slot) used.add(slot);
    // A header spanning two columns (责任单位 over two unnamed columns) names both: the structure stage joins their values.
    header.push({
      text: headerText(slot),
      place: slot ? { table: dense.table.index, row: slot.row, column: slot.column } : { table: dense.table.index, row: bottom, column: c },
    });
  }
  // 责任单位 over 牵头单位 / 配合单位: the group's name is no column's header.
  const unused: Leftover[] = [];
  for (let r = choice.row; r < bottom; r++) {
    for (const s of rowSlots(dense, r)) {
      if (s.row !== r || used.has(s)) continue;
      const text = headerText(s);
      if (text !== "") unused.push({ text, reason: "unassigned", where: { table: dense.table.index, row: s.row, column: s.column } });
    }
  }
  return { header, unused };
}

/** Another table with a breakdown header that was not read as part of this one: say so. */
function otherBreakdownTables(denses: readonly DenseTable[], keep: ReadonlySet<DocxTable>, choice: HeaderChoice): Message[] {
  const out: Message[] = [];
  for (const dense of denses) {
    if (keep.has(dense.table) || [...keep].some((k) => isDescendant(dense.table, k))) continue;
    const h = findHeaderRow(dense);
    if (!h) continue;
    out.push({
      ruleId: "other-table",
      severity: "warning",
      reason: `Table ${dense.table.index} also has a breakdown header (${rowHeaderTexts(dense, h.row).filter((t) => t !== "").join(" | ")}) but does not continue table ${choice.dense.table.index}; its text is kept as text outside the table.`,
      seq: null,
      field: null,
      where: { table: dense.table.index, row: h.row },
    });
  }
  return out;
}

/**
 * A document's tree (paragraphs and tables in reading order, as the .docx reader and the PDF
 * reader build it) into a grid: the table with the breakdown header is chosen and joined with
 * the tables that continue it (a header repeated after a page break is a leftover), its rows
 * read, and the text outside it kept as paragraphs (title, issuer, date) or leftovers.
 */
export function gridFromTree(tree: DocxTree, file: string, options: ResolvedParseOptions, source: Source): Grid {
  const denses = tree.tables.map((t) => denseGrid(t, (columns) => checkColumnCount(columns, options.limits, file)));
  const chosen = chooseTable(tree, denses);
  if (!chosen) throw noTableFound(file, denses);
  const { choice, signatures, keep, parts, between: gaps, repeated } = chosen;

  checkRowCount(chosen.rows, options.limits, file);
  const { header, unused } = readHeader(choice);
  const roles = header.map((c) => fieldForHeader(c.text));
  const table = readTableRows(parts, roles, signatures);
  checkCells(header, table.rows, options.limits, file);

  // Another table of tasks is not where the title, issuer or date are: its text is kept as leftovers.
  const aside = new Set(headerCandidates(denses).map((h) => h.dense.table).filter((t) => !keep.has(t)));
  const flat = flattenDocument(tree.body, keep, aside);
  const firstTable = flat.findIndex((i) => i.kind === "table");
  let lastTable = -1;
  flat.forEach((i, n) => {
    if (i.kind === "table") lastTable = n;
  });
  const paragraphsOf = (items: readonly FlatItem[]): Paragraph[] => items.flatMap((i) => (i.kind === "paragraph" && !i.aside ? [i.paragraph] : []));
  const asideText = flat.flatMap((i): Leftover[] => (i.kind === "paragraph" && i.aside ? [{ text: i.paragraph.text, reason: "outside-table", where: i.paragraph.place }] : []));
  const titleRows: Paragraph[] = [];
  for (let r = 0; r < choice.row; r++) titleRows.push(...rowParagraphs(choice.dense.table, r));

  return {
    source,
    header,
    rows: table.rows,
    before: [...paragraphsOf(flat.slice(0, firstTable)), ...titleRows],
    after: [...table.after, ...paragraphsOf(flat.slice(lastTable + 1))],
    edits: [],
    leftovers: [...unused, ...gaps.map((p): Leftover => ({ text: p.text, reason: CONTINUED.test(p.text) ? "repeated-header" : "outside-table", where: p.place })), ...repeated, ...table.leftovers, ...asideText],
    messages: [...table.messages, ...otherBreakdownTables(denses, keep, choice)],
  };
}
