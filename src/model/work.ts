import type { Column, Section, Source, TaskStatus } from "./document.js";
import type { ReaderEdit } from "./grid.js";
import type { Located } from "./located.js";
import type { Leftover, Message, ReferenceRow, Repair } from "./message.js";
import type { Place } from "./place.js";

/**
 * The model between structure and the JSON contract: fields are still text (lists are
 * split at the end), each remembering its source, so repair rules can change them and
 * say where. Nothing here is published; `finalize` turns it into a BreakdownDocument.
 */
export interface WorkTask {
  seq: number;
  seqPrinted: string | null;
  section: string | null;
  /** Field text by canonical field (list fields as printed, split later). */
  cells: Map<string, Located>;
  /** Columns the vocabulary does not know, by printed header. */
  extra: Map<string, Located>;
  status: TaskStatus;
  repairs: Repair[];
  raw: string;
  where: Place;
  fields: Record<string, Place>;
  merged: string[];
  /** The first part of this row's cells, printed before its number (interleaved-cells merges it). */
  fragment?: { cells: Map<string, Located>; raw: string; where: Place };
}

/** Text between two rows that no cell took, waiting for `garbled-row` to place it. */
export interface PendingGarbled {
  text: string;
  where: Place;
  /** seq of the task before it (null at the top of the table). */
  afterSeq: number | null;
  /** The number printed with it, when the reader found one. */
  seqPrinted: string | null;
  section: string | null;
}

/**
 * How another copy of the same document (`--reference`) reads one of the input's rows: evidence a
 * repair rule may weigh before it changes a character (ocr-hanzi). Only prose cells, as text.
 */
export interface ReferenceCells {
  /** The reference's file and row, as a repair taken from it names them. */
  row: ReferenceRow;
  /** The row's prose cells by field (`title`, `content`, `extra.<header>`…), as the reference reads them. */
  cells: ReadonlyMap<string, string>;
}

export interface WorkDoc {
  source: Source;
  title: string | null;
  issuer: string | null;
  issuedDate: string | null;
  issuedDateText: string | null;
  columns: Column[];
  sections: Section[];
  tasks: WorkTask[];
  garbled: PendingGarbled[];
  /** Page markers and the like cut by the reader, to be recorded on the task they fell in. */
  edits: ReaderEdit[];
  messages: Message[];
  leftovers: Leftover[];
  /** Source offset → place (line, page), for text sources. */
  locate: (offset: number, end?: number) => Place;
  /** What copies of the same document given with --reference read in each row, by the input task's seq; absent without them. */
  references?: ReadonlyMap<number, readonly ReferenceCells[]>;
}
