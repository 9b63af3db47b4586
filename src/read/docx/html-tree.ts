import { load } from "cheerio/slim";
import type { Place } from "../../model/place.js";

/**
 * mammoth's HTML as a small tree of what a reader needs: paragraphs (their text, a line
 * break kept as "\n") and tables (rows of cells with colspan/rowspan), in document order,
 * tables numbered as Word counts them (nested tables included, in the order they start).
 */

export interface DocxParagraph {
  kind: "paragraph";
  /** The paragraph's text; a line break (w:br) inside it is "\n". */
  text: string;
  /** Where it is, for a reader that knows more than its table (a PDF's page); a .docx paragraph has none. */
  place?: Place;
}

export interface DocxTableBlock {
  kind: "table";
  table: DocxTable;
}

export type DocxBlock = DocxParagraph | DocxTableBlock;

export interface DocxCell {
  blocks: DocxBlock[];
  colspan: number;
  rowspan: number;
}

export interface DocxTable {
  /** 0-based index of the table in the document, nested tables counted in document order. */
  index: number;
  /** The table whose cell holds this one, or null for a table in the body. */
  parent: DocxTable | null;
  /** Rows as printed: each row's cells, without the slots covered by merges. */
  rows: DocxCell[][];
}

export interface DocxTree {
  body: DocxBlock[];
  /** Every table, in document order (index i at position i). */
  tables: DocxTable[];
}

/** The parts of a DOM node this walk reads (domhandler's nodes have them). */
export interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
}

const BLOCK = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ol", "ul", "div", "blockquote", "pre", "table", "dl", "dt", "dd"]);

/**
 * mammoth writes links it invents around footnotes, endnotes and comments: the `[1]`
 * reference in the text and the `↑` back-link in the note. Neither is printed in Word.
 */
function isInventedLink(node: HtmlNode): boolean {
  if (node.name !== "a") return false;
  const id = node.attribs?.id ?? "";
  const href = node.attribs?.href ?? "";
  return /^(?:footnote|endnote|comment)-ref-/.test(id) || /^#(?:footnote|endnote|comment)-ref-/.test(href);
}

// Word tables have at most 63 columns; a larger span is a damaged or hostile file.
const MAX_SPAN = 63;

/** A colspan or rowspan attribute as a count: 1 when absent or not a positive integer, at most `max`. */
export function span(value: string | undefined, max: number): number {
  const n = Number(value ?? "1");
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : 1;
}

/**
 * The cells (td, th) of each row of an HTML table, its own rows only: those directly in it or in
 * its thead, tbody and tfoot, not a nested table's.
 */
export function tableCells<N extends HtmlNode>(table: N): N[][] {
  const rowsOf = (node: N): N[] =>
    ((node.children ?? []) as N[]).flatMap((c) => (c.type !== "tag" ? [] : c.name === "tr" ? [c] : ["thead", "tbody", "tfoot"].includes(c.name ?? "") ? rowsOf(c) : []));
  return rowsOf(table).map((tr) => ((tr.children ?? []) as N[]).filter((td) => td.type === "tag" && (td.name === "td" || td.name === "th")));
}

export function readHtml(html: string): DocxTree {
  const $ = load(html, null, false);
  const tables: DocxTable[] = [];

  const readTable = (el: HtmlNode, parent: DocxTable | null): DocxTable => {
    const table: DocxTable = { index: tables.length, parent, rows: [] };
    tables.push(table);
    for (const row of tableCells(el)) {
      table.rows.push(row.map((td): DocxCell => ({ blocks: readBlocks(td.children ?? [], table), colspan: span(td.attribs?.colspan, MAX_SPAN), rowspan: span(td.attribs?.rowspan, Number.MAX_SAFE_INTEGER) })));
    }
    return table;
  };

  /** Blocks of a container: inline content between blocks forms a paragraph of its own. */
  const readBlocks = (nodes: HtmlNode[], parent: DocxTable | null): DocxBlock[] => {
    const out: DocxBlock[] = [];
    let inline = "";
    let hasInline = false;
    const flush = (): void => {
      if (hasInline) out.push({ kind: "paragraph", text: inline });
      inline = "";
      hasInline = false;
    };
    for (const node of nodes) {
      if (node.type === "tag" && BLOCK.has(node.name ?? "")) {
        flush();
        if (node.name === "table") {
          out.push({ kind: "table", table: readTable(node, parent) });
        } else {
          // A paragraph-like block: its inline text is one paragraph, blocks inside it (a list in a list item) follow.
          out.push(...readBlocks(node.children ?? [], parent));
        }
        continue;
      }
      inline += inlineText(node);
      hasInline = true;
    }
    flush();
    return out;
  };

  const body = readBlocks(($.root()[0] as unknown as HtmlNode).children ?? [], null);
  return { body, tables };
}

// mammoth writes the notes a document refers to as its last element: an <ol> of <li id="footnote-1">
// (lib/document-to-html.js "document" and "note"); no list item of the body has an id.
const NOTES_START = /<ol><li id="(?:footnote|endnote)-/;

/** mammoth's HTML of a document (or a piece of one) cut where its notes begin: the body, then the notes. */
export function splitNotes(html: string): { body: string; notes: string } {
  const at = html.search(NOTES_START);
  return at < 0 ? { body: html, notes: "" } : { body: html.slice(0, at), notes: html.slice(at) };
}

/**
 * Append the tree of the next piece of a document read in pieces (body-split.ts) to the tree of
 * the pieces before it, as one tree: tables numbered on from those before, and, when the piece
 * goes on with the table the last piece ended in (`continues`), its first table's rows joined to
 * that table. False, with `into` unchanged, if the pieces do not meet at a table as they should.
 */
export function appendTree(into: DocxTree, piece: DocxTree, continues: boolean): boolean {
  let body = piece.body;
  let joined: { from: DocxTable; to: DocxTable } | null = null;
  if (continues) {
    const last = into.body[into.body.length - 1];
    const first = piece.body[0];
    if (last?.kind !== "table" || first?.kind !== "table" || first.table !== piece.tables[0]) return false;
    joined = { from: first.table, to: last.table };
    body = piece.body.slice(1);
  }
  // A table of the piece is numbered after every table of the pieces before (they all start before it).
  const offset = into.tables.length - (joined ? 1 : 0);
  if (joined) for (const row of joined.from.rows) joined.to.rows.push(row);
  for (const table of piece.tables) {
    if (table === joined?.from) continue;
    table.index += offset;
    if (joined && table.parent === joined.from) table.parent = joined.to;
    into.tables.push(table);
  }
  for (const block of body) into.body.push(block);
  return true;
}

/** The text of an inline node: text as is, a line break as "\n", images and invented links as nothing. */
function inlineText(node: HtmlNode): string {
  if (node.type === "text") return node.data ?? "";
  if (node.type !== "tag") return "";
  if (node.name === "br") return "\n";
  if (node.name === "img" || isInventedLink(node)) return "";
  return (node.children ?? []).map(inlineText).join("");
}
