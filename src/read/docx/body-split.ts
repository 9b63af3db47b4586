import { Parser } from "htmlparser2";

/**
 * Where the body of a large document.xml can be cut so that mammoth reads it in pieces and
 * each piece, converted on its own, gives the very HTML the whole document gives for it.
 *
 * Cuts fall only between two rows of a table in the body (ECMA-376 Part 1, 17.4.38 tbl), and
 * only where mammoth carries nothing from one row to the next (lib/docx/body-reader.js):
 * - no vertical merge goes on across the cut: for every column, the first cell after the cut
 *   that starts in it is not a `<w:vMerge/>` / `w:val="continue"` (17.4.85 vMerge; mammoth's
 *   calculateRowSpans joins a continuing cell to the last cell that started in its column);
 * - no complex field is open (17.16.18 fldChar: mammoth keeps a stack of them across elements);
 * - the paragraph before the cut does not have its mark deleted (17.13.5.15: mammoth moves a
 *   paragraph with a deleted mark into the next one);
 * - the row after the cut is not a repeated header row (17.4.49 tblHeader: mammoth makes a
 *   piece's leading header rows <thead>), and is next to the row before (nothing between them).
 * A table whose children are not only tblPr, tblGrid and rows, or whose rows hold anything but
 * trPr, tblPrEx and cells, is never cut: mammoth drops every merge of such a table. Nothing is cut
 * inside a row, so a table nested in a cell stays whole. A document with note or comment
 * references is not cut at all (mammoth writes the notes after the last element of what it
 * converts), nor one whose XML this scan does not follow (another prefix for the main namespace,
 * a field character where mammoth does not read it, unbalanced tags).
 */

/** A place the body can be cut: the piece after it starts with the table's start reopened. */
export interface BodyCut {
  /** Offset in the XML of the `<w:tr` the piece after the cut starts with. */
  at: number;
  /** Offsets [from, to) of the table's start tag, `<w:tblPr>` and `<w:tblGrid>`: written again before the rows. */
  open: readonly [number, number];
}

export interface BodyPlan {
  /** Offset just after `<w:body>`: the XML before it starts every piece. */
  bodyFrom: number;
  /** Offset of `</w:body>`: the XML from it ends every piece. */
  bodyTo: number;
  /** The cuts chosen, in document order: pieces = cuts + 1. */
  cuts: BodyCut[];
}

// ECMA-376 Part 1 (transitional) and Part 1 strict: mammoth reads both as w:.
const MAIN_NAMESPACES = new Set(["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"]);

// Elements mammoth reads the children of (body-reader.js xmlElementReaders): a field character
// under anything else is one mammoth never sees, and the scan cannot follow its fields.
const READ_CONTAINERS = new Set([
  "w:p", "w:r", "w:hyperlink", "w:tbl", "w:tr", "w:tc", "w:sdtContent", "w:customXml", "w:ins", "w:moveTo",
  "w:object", "w:smartTag", "w:drawing", "w:pict", "v:roundrect", "v:shape", "v:textbox", "w:txbxContent",
  "v:group", "v:rect", "mc:Fallback",
]);

// mammoth appends the notes (and comments, if mapped) after the last element of what it converts.
const NOTE_REFERENCES = new Set(["w:footnoteReference", "w:endnoteReference", "w:commentReference"]);

const TABLE_CHILDREN = new Set(["w:tblPr", "w:tblGrid", "w:tr"]);
const ROW_CHILDREN = new Set(["w:trPr", "w:tblPrEx", "w:tc"]);
const WHITESPACE = /^\s*$/;

interface CellScan {
  /** Grid column the cell starts in, as mammoth counts it (w:gridSpan of the cells before it). */
  column: number;
  span: number;
  continues: boolean;
}

interface RowScan {
  start: number;
  end: number;
  /** Nothing open or pending from what comes before: no field, no deleted paragraph mark, only whitespace since the row before. */
  clear: boolean;
  header: boolean;
  deleted: boolean;
  cells: CellScan[];
}

interface TableScan {
  start: number;
  firstRow: number;
  cuttable: boolean;
  rows: RowScan[];
}

/** Rows before which a table can be cut: nothing merged across, not a header row, nothing pending. */
function cutRows(table: TableScan): RowScan[] {
  // Walking up from the last row: the columns whose first cell from this row on continues a merge.
  const continuing = new Set<number>();
  const out: RowScan[] = [];
  for (let r = table.rows.length - 1; r >= 1; r--) {
    const row = table.rows[r] as RowScan;
    // mammoth drops a deleted row (17.13.5.12 del) before it merges cells: it neither continues nor stops a merge.
    if (!row.deleted) {
      for (let c = row.cells.length - 1; c >= 0; c--) {
        const cell = row.cells[c] as CellScan;
        if (cell.continues) continuing.add(cell.column);
        else continuing.delete(cell.column);
      }
    }
    if (continuing.size === 0 && row.clear && !row.header) out.push(row);
  }
  return out.reverse();
}

/**
 * Plan the pieces of a document.xml: cuts between table rows where it is safe (see above),
 * each piece at least `pieceChars` characters of XML where the cuts allow. Null when the body
 * cannot be cut, or would be one piece.
 */
export function planPieces(xml: string, pieceChars: number): BodyPlan | null {
  const stack: string[] = [];
  let refuse = false;
  let bodyFrom = -1;
  let bodyTo = -1;
  let fields = 0;
  let lastParagraphDeleted = false;
  let lastOpen = -1;
  let table: TableScan | null = null;
  let row: RowScan | null = null;
  let cell: CellScan | null = null;
  let column = 0;
  let lastRowEnd = -1;
  const candidates: BodyCut[] = [];

  const readByMammoth = (): boolean => {
    for (let i = 2; i < stack.length; i++) {
      const name = stack[i] as string;
      if (READ_CONTAINERS.has(name)) continue;
      if (name === "w:sdt" && stack[i + 1] === "w:sdtContent") continue;
      if (name === "mc:AlternateContent" && stack[i + 1] === "mc:Fallback") continue;
      return false;
    }
    return true;
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const depth = stack.length;
        const start = parser.startIndex;
        lastOpen = start;
        if (depth === 0) {
          if (name !== "w:document" || !MAIN_NAMESPACES.has(attributes["xmlns:w"] ?? "")) refuse = true;
        } else if (depth === 1) {
          if (name === "w:body") bodyFrom = parser.endIndex + 1;
        } else if (depth === 2 && stack[1] === "w:body") {
          if (name === "w:tbl") {
            table = { start, firstRow: -1, cuttable: true, rows: [] };
            lastRowEnd = -1;
          }
        } else if (table && depth === 3 && stack[2] === "w:tbl") {
          if (!TABLE_CHILDREN.has(name) || (name !== "w:tr" && table.firstRow >= 0)) table.cuttable = false;
          if (name === "w:tr") {
            if (table.firstRow < 0) table.firstRow = start;
            const adjacent = lastRowEnd >= 0 && WHITESPACE.test(xml.slice(lastRowEnd, start));
            row = { start, end: -1, clear: adjacent && fields === 0 && !lastParagraphDeleted, header: false, deleted: false, cells: [] };
            column = 0;
          }
        } else if (table && row && depth === 4) {
          if (!ROW_CHILDREN.has(name)) table.cuttable = false;
          if (name === "w:tc") cell = { column, span: 1, continues: false };
        } else if (row && depth === 5 && stack[4] === "w:trPr") {
          if (name === "w:tblHeader") row.header = true;
          else if (name === "w:del") row.deleted = true;
        } else if (table && cell && depth === 6 && stack[4] === "w:tc" && stack[5] === "w:tcPr") {
          if (name === "w:vMerge") {
            // body-reader.js readVMerge: no w:val means continue (17.4.85).
            const val = attributes["w:val"];
            cell.continues = val === "continue" || !val;
          } else if (name === "w:gridSpan") {
            const span = attributes["w:val"] ? Number.parseInt(attributes["w:val"], 10) : 1;
            if (Number.isNaN(span)) table.cuttable = false;
            else cell.span = span;
          }
        }

        if (name === "w:p") lastParagraphDeleted = false;
        else if (name === "w:del" && stack[depth - 1] === "w:rPr" && stack[depth - 2] === "w:pPr" && stack[depth - 3] === "w:p") lastParagraphDeleted = true;
        else if (NOTE_REFERENCES.has(name)) refuse = true;
        else if (name === "w:fldChar") {
          if (!readByMammoth()) refuse = true;
          const type = attributes["w:fldCharType"];
          if (type === "begin") fields++;
          else if (type === "end") fields = Math.max(0, fields - 1);
        }
        stack.push(name);
      },
      onclosetag(name, implied) {
        // A tag closed by another's end, or by the end of the text, is XML mammoth would refuse.
        if (implied && !(parser.startIndex === lastOpen && xml.charCodeAt(parser.endIndex - 1) === 0x2f)) refuse = true;
        if (stack.pop() !== name) refuse = true;
        const depth = stack.length;
        if (depth === 1 && name === "w:body") bodyTo = parser.startIndex;
        if (!table) return;
        if (depth === 4 && name === "w:tc" && row && cell) {
          row.cells.push(cell);
          column += cell.span;
          cell = null;
        } else if (depth === 3 && name === "w:tr" && row) {
          row.end = parser.endIndex + 1;
          lastRowEnd = row.end;
          table.rows.push(row);
          row = null;
        } else if (depth === 2 && name === "w:tbl") {
          const t: TableScan = table;
          if (t.cuttable) for (const r of cutRows(t)) candidates.push({ at: r.start, open: [t.start, t.firstRow] });
          table = null;
        }
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  if (refuse || stack.length > 0 || bodyFrom < 0 || bodyTo < bodyFrom) return null;

  const cuts: BodyCut[] = [];
  let from = bodyFrom;
  for (const cut of candidates) {
    if (cut.at - from < pieceChars) continue;
    cuts.push(cut);
    from = cut.at;
  }
  return cuts.length === 0 ? null : { bodyFrom, bodyTo, cuts };
}

/** The document.xml of piece `i` of a plan: the XML around the body, and its slice of the body. */
export function pieceXml(xml: string, plan: BodyPlan, i: number): string {
  const before = plan.cuts[i - 1];
  const after = plan.cuts[i];
  return (
    xml.slice(0, plan.bodyFrom) +
    (before ? xml.slice(before.open[0], before.open[1]) : "") +
    xml.slice(before ? before.at : plan.bodyFrom, after ? after.at : plan.bodyTo) +
    (after ? "</w:tbl>" : "") +
    xml.slice(plan.bodyTo)
  );
}
