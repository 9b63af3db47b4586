import type { Leftover, Message } from "./message.js";
import type { Place } from "./place.js";
import type { Source } from "./document.js";
import type { ColumnField } from "./fields.js";

/**
 * The reader's output and the structure stage's input: the table as rows of cells,
 * before any field is named. Both readers (.docx and text) produce this shape.
 */

/** A run of the source that a cell's text came from (text sources: decoded offsets). */
export interface Span {
  start: number;
  end: number;
}

export interface GridCell {
  /** Cell text. Paragraph breaks that carry meaning (one name per paragraph) are kept as "\n". */
  text: string;
  place: Place;
  /** Text sources: the source spans the text came from, in order (more than one when a row wrapped). */
  spans?: Span[];
  /** The value came from a cell merged over several rows (vertical merge, rowspan). */
  merged?: boolean;
  /**
   * The merged value was printed once in a heading over the rows (7、财务处 / (1)负责…), not in a cell
   * of the row above: a row the text ends inside still has it.
   */
  fromHeading?: boolean;
  /**
   * A header cell: the field the reader read it as, where its words alone would not say (a heading
   * that names its field after what it belongs to: 中央环境保护督察反馈意见整改任务).
   */
  field?: ColumnField;
}

export type GridRowKind =
  /** A row of cells aligned to the header. */
  | "data"
  /** A section heading (一、… / (一)…), its text in cells[0]. */
  | "section"
  /** Text between two rows that could not be read as cells; kept whole in raw. */
  | "garbled"
  /** The first part of the next row's cells, printed before its number (a wrapped row read line by line). */
  | "fragment";

export interface GridRow {
  kind: GridRowKind;
  /** data and fragment: one cell per header column (empty text where absent). section/garbled: one cell. */
  cells: GridCell[];
  /** The row's source text as printed. */
  raw: string;
  place: Place;
  /** The number printed for the row, if the reader found one separately (text layouts). */
  seqPrinted?: string;
  /** Why the reader is not sure of this row's cells: the task is flagged needs_review. */
  uncertain?: string;
  /**
   * Where the best reading of its layout still rests on a guess for this row (a line of more pieces than
   * the header has columns, joined into cells by what they look like): the task is flagged needs_review
   * as for `uncertain`, but the guess does not weigh against the reading when layouts are compared.
   */
  guessed?: string;
}

/** A change the reader made to the source text before it could cut it into cells (page markers). */
export interface ReaderEdit {
  ruleId: string;
  /** Offset of the removed or replaced text in the decoded source. */
  offset: number;
  before: string;
  after: string;
  place: Place;
  reason: string;
}

/** A paragraph outside the table (title, issuer, date, or leftover). */
export interface Paragraph {
  text: string;
  place: Place;
  spans?: Span[];
}

export interface Grid {
  source: Source;
  /** The printed header cells, one per column. */
  header: GridCell[];
  rows: GridRow[];
  /** Paragraphs before and after the table, in order. */
  before: Paragraph[];
  after: Paragraph[];
  edits: ReaderEdit[];
  leftovers: Leftover[];
  messages: Message[];
  /** Source offset → place (line, page); text sources only. */
  locate?: (start: number, end?: number) => Place;
}
