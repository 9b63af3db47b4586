import { encodeXlsxText, startsLikeFormula } from "../cell-guard.js";
import { CommentsPart } from "./comments-part.js";
import type { RichRun, SharedStrings } from "./shared-strings.js";
import type { StyleSheet } from "./style-sheet.js";
import { PAGE_FOOTER, PAGE_MARGINS, PAPER_A4, type CellStyle } from "./styles.js";
import { columnName, escapeXml, rangeRef, XML_DECLARATION } from "./xml.js";
import type { ZipEntry, ZipWriter } from "./zip.js";

const REL_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
const REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const REL_VML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing";
/** Characters of ended rows gathered before they are written to the archive. */
const ROW_BATCH = 16 * 1024;

/** What a sheet writer needs of the workbook it belongs to. */
export interface SheetContext {
  zip: ZipWriter;
  styles: StyleSheet;
  strings: SharedStrings;
}

/** How a sheet is laid out; the same print setup for every sheet (A4 landscape, fit to width). */
export interface SheetLayout {
  name: string;
  /** Column widths in Excel units, from column A. */
  widths: readonly number[];
  /** Rows above the frozen split (the header stays in view). */
  frozenRows: number;
  /** Rows repeated at the top of every printed page, first and last. */
  printTitleRows: readonly [number, number];
  /** Height of a row given none, in points. */
  defaultRowHeight?: number;
  /** The printed page's footer (Excel's &P / &N codes), in the workbook's language; default Chinese. */
  footer?: string;
}

/**
 * One worksheet (ECMA-376 Part 1, 18.3), written row by row into its zip entry: a row's XML is
 * made as its cells are written and goes to the archive with the rows just before it (16 K
 * characters at a time), where it is compressed a chunk at a time: the sheet holds a few rows,
 * not all of them. Only what comes after the rows in the part is kept until the sheet is closed:
 * the merged ranges (one per section row) and the hyperlinks (one per row of 问题清单 that names
 * a task).
 *
 * Every text goes through the formula guard here: it is always a string (a shared string, never
 * a formula), ST_Xstring-encoded, and when it starts like a formula its cell is formatted as Text
 * (`@`), so that Excel and WPS keep it text even when a person edits it.
 */
export class SheetWriter {
  private readonly entry: ZipEntry;
  private readonly columnNames: string[] = [];
  private currentRow = 0;
  /** `currentRow` as text, for the cells' references. */
  private rowText = "";
  private lastRow = 0;
  private rowXml = "";
  /** Ended rows not yet in the archive. */
  private rows = "";
  private lastHeight = -1;
  private lastHeightText = "";
  /**
   * Per column, the last value written and the XML after its reference (`" s="6" t="s"><v>59</v></c>`):
   * 责任分工 repeats a task's number, section and title, and a role, on each of its units' rows.
   */
  private readonly lastCell: { value: string | number; style: CellStyle; tail: string }[] = [];
  private readonly merges: string[] = [];
  private readonly hyperlinks: string[] = [];
  private filter: string | null = null;
  private rels: ZipEntry | null = null;
  private relCount = 0;
  private comments: CommentsPart | null = null;
  private closed = false;

  constructor(
    private readonly book: SheetContext,
    /** The sheet's place in the workbook, from 1 (its part is sheet<N>.xml). */
    readonly sheetNumber: number,
    readonly layout: SheetLayout,
  ) {
    this.entry = book.zip.open(`xl/worksheets/sheet${sheetNumber}.xml`);
    const split = layout.frozenRows + 1;
    const cols = layout.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
    this.entry.write(
      `${XML_DECLARATION}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
        `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${layout.frozenRows}" topLeftCell="A${split}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="A${split}" sqref="A${split}"/></sheetView></sheetViews>` +
        (layout.defaultRowHeight === undefined ? '<sheetFormatPr defaultRowHeight="15"/>' : `<sheetFormatPr defaultRowHeight="${layout.defaultRowHeight}" customHeight="1"/>`) +
        (cols === "" ? "" : `<cols>${cols}</cols>`) +
        "<sheetData>",
    );
  }

  get name(): string {
    return this.layout.name;
  }

  /** Whether any cell of the sheet has a note (the workbook lists the sheet's comments part). */
  get hasNotes(): boolean {
    return this.comments !== null;
  }

  /** Start row `row` (from 1); rows come in increasing order, gaps allowed. */
  beginRow(row: number): void {
    if (this.closed) throw new Error(`sheet ${this.name} is closed`);
    if (this.currentRow !== 0) throw new Error(`row ${this.currentRow} of sheet ${this.name} was not ended`);
    if (row <= this.lastRow) throw new Error(`row ${row} of sheet ${this.name} comes after row ${this.lastRow}`);
    this.currentRow = row;
    this.rowText = String(row);
    this.rowXml = "";
  }

  /** End the current row, `height` in points (none: the sheet's default height). */
  endRow(height?: number): void {
    const r = this.currentRow;
    const ht = height === undefined ? "" : ` ht="${this.heightText(height)}" customHeight="1"`;
    // Rows go to the archive a few kilobytes at a time: one copy into its buffer per batch, not per row.
    this.rows += `<row r="${this.rowText}"${ht}>${this.rowXml}</row>`;
    if (this.rows.length >= ROW_BATCH) this.flushRows();
    this.rowXml = "";
    this.lastRow = r;
    this.currentRow = 0;
  }

  /** A text cell (empty text: a cell with its style and no value). */
  text(column: number, text: string, style: CellStyle): void {
    if (text === "") {
      this.blank(column, style);
      return;
    }
    const last = this.lastCell[column];
    if (last !== undefined && last.value === text && last.style === style) {
      this.book.strings.again();
      this.rowXml += `<c r="${this.ref(column)}${last.tail}`;
      return;
    }
    const s = this.book.styles.id(style, startsLikeFormula(text));
    const tail = `" s="${s}" t="s"><v>${this.book.strings.of(text)}</v></c>`;
    this.remember(column, text, style, tail);
    this.rowXml += `<c r="${this.ref(column)}${tail}`;
  }

  /** A number cell. */
  number(column: number, value: number, style: CellStyle): void {
    const last = this.lastCell[column];
    let tail: string;
    if (last !== undefined && last.value === value && last.style === style) tail = last.tail;
    else {
      tail = `" s="${this.book.styles.id(style)}"><v>${value}</v></c>`;
      this.remember(column, value, style, tail);
    }
    this.rowXml += `<c r="${this.ref(column)}${tail}`;
  }

  /** A rich-text cell: runs in their own fonts (each run's text is guarded as a cell's is). */
  runs(column: number, runs: readonly RichRun[], style: CellStyle): void {
    const text = runs.map((r) => r.text).join("");
    const s = this.book.styles.id(style, startsLikeFormula(text));
    const index = this.book.strings.ofRuns(runs);
    this.rowXml += `<c r="${this.ref(column)}" s="${s}" t="s"><v>${index}</v></c>`;
  }

  /** A cell with a style and no value (the cells a merged range covers, empty fields). */
  blank(column: number, style: CellStyle): void {
    this.rowXml += `<c r="${this.ref(column)}" s="${this.book.styles.id(style)}"/>`;
  }

  /**
   * A text cell that links to `target`. The link is written as exceljs wrote it, and as exceljs
   * reads it back: a hyperlink relationship whose target is `#'Sheet'!A1`, and the same as its
   * `location` (18.3.1.47).
   */
  link(column: number, text: string, target: string, style: CellStyle): void {
    this.text(column, text, style);
    const id = this.addRelationship(REL_HYPERLINK, target, true);
    this.hyperlinks.push(`<hyperlink ref="${this.ref(column)}" r:id="${id}" location="${escapeXml(target)}"/>`);
  }

  /** A note on a cell of the current row, its text as it should read (encoded here). */
  note(column: number, text: string): void {
    if (this.comments === null) {
      this.comments = new CommentsPart(this.book.zip.open(`xl/comments${this.sheetNumber}.xml`), this.book.zip.open(`xl/drawings/vmlDrawing${this.sheetNumber}.vml`));
    }
    this.comments.add(this.currentRow, column, encodeXlsxText(text));
  }

  /** Merge the cells of `row` from `fromColumn` to `toColumn`. */
  merge(row: number, fromColumn: number, toColumn: number): void {
    if (toColumn > fromColumn) this.merges.push(rangeRef(row, fromColumn, row, toColumn));
  }

  /** The range the autofilter covers (its first row holds the headers). */
  autoFilter(fromRow: number, fromColumn: number, toRow: number, toColumn: number): void {
    this.filter = rangeRef(fromRow, fromColumn, toRow, toColumn);
  }

  /** Write what follows the rows (filter, merges, links, print setup, notes) and close the part. */
  close(): void {
    if (this.closed) return;
    if (this.currentRow !== 0) this.endRow();
    this.flushRows();
    let tail = "</sheetData>";
    if (this.filter !== null) tail += `<autoFilter ref="${this.filter}"/>`;
    if (this.merges.length > 0) tail += `<mergeCells count="${this.merges.length}">${this.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
    this.entry.write(tail);
    if (this.hyperlinks.length > 0) {
      this.entry.write("<hyperlinks>");
      for (let i = 0; i < this.hyperlinks.length; i += 1024) this.entry.write(this.hyperlinks.slice(i, i + 1024).join(""));
      this.entry.write("</hyperlinks>");
    }
    const m = PAGE_MARGINS;
    let end =
      '<printOptions horizontalCentered="1"/>' +
      `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
      `<pageSetup paperSize="${PAPER_A4}" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
      `<headerFooter><oddFooter>${escapeXml(this.layout.footer ?? PAGE_FOOTER)}</oddFooter><evenFooter>${escapeXml(this.layout.footer ?? PAGE_FOOTER)}</evenFooter></headerFooter>`;
    if (this.comments !== null) {
      this.comments.close();
      this.addRelationship(REL_COMMENTS, `../comments${this.sheetNumber}.xml`, false);
      end += `<legacyDrawing r:id="${this.addRelationship(REL_VML, `../drawings/vmlDrawing${this.sheetNumber}.vml`, false)}"/>`;
    }
    this.entry.write(`${end}</worksheet>`);
    this.entry.close();
    if (this.rels !== null) {
      this.rels.write("</Relationships>");
      this.rels.close();
    }
    this.closed = true;
  }

  private flushRows(): void {
    if (this.rows === "") return;
    this.entry.write(this.rows);
    this.rows = "";
  }

  /** A row height as text: most rows are one of a few heights. */
  private heightText(height: number): string {
    if (height !== this.lastHeight) {
      this.lastHeight = height;
      this.lastHeightText = String(height);
    }
    return this.lastHeightText;
  }

  private remember(column: number, value: string | number, style: CellStyle, tail: string): void {
    const last = this.lastCell[column];
    if (last === undefined) this.lastCell[column] = { value, style, tail };
    else {
      last.value = value;
      last.style = style;
      last.tail = tail;
    }
  }

  private ref(column: number): string {
    if (this.currentRow === 0) throw new Error(`a cell of sheet ${this.name} outside a row`);
    let name = this.columnNames[column];
    if (name === undefined) {
      name = columnName(column);
      this.columnNames[column] = name;
    }
    return name + this.rowText;
  }

  private addRelationship(type: string, target: string, external: boolean): string {
    if (this.rels === null) {
      this.rels = this.book.zip.open(`xl/worksheets/_rels/sheet${this.sheetNumber}.xml.rels`);
      this.rels.write(`${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`);
    }
    const id = `rId${++this.relCount}`;
    this.rels.write(`<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"${external ? ' TargetMode="External"' : ""}/>`);
    return id;
  }
}
