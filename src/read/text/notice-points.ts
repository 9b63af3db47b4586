import { fieldForHeader } from "../../genre/headers.js";
import { closesNotice, INSTRUCTS, ISSUES_DOCUMENT } from "../../genre/notice.js";
import { PLAN_HINT, TITLE_END, TITLE_HINT } from "../../genre/titles.js";
import { isUnitField } from "../../model/fields.js";
import type { GridRow, Paragraph } from "../../model/grid.js";
import { closingLinesStart } from "./split-text.js";
import type { Stream } from "./stream.js";
import type { TextTable } from "./text-table.js";

// A notice's own points run one to five (measured: the notices in the corpus have two to four);
// more rows than this between its issuing sentence and its signature are a table printed there.
const MAX_NOTICE_POINTS = 6;
// 附件：1.2007年三水区政府工作主要任务分解表 — a line naming the attached document.
const ATTACHED_TABLE = /^[ \t\u3000]*附\s*件\s*\d*\s*[:：]\s*(?:\d{1,2}\s*[.、．]\s*)?([^\n]{2,80})$/m;

/**
 * Where the notice's points are in the stream: after the sentence that issues the table, up to the
 * notice's closing line; `signed` says that line was found (else the excerpt ends inside the notice,
 * or the table follows it unsigned).
 */
function noticeBody(text: string): { body: [number, number]; signed: boolean } | null {
  const issues = ISSUES_DOCUMENT.exec(text);
  if (!issues) {
    const attached = attachedTable(text);
    return attached ? { body: attached, signed: true } : null;
  }
  const after = issues.index + issues[0].length;
  const nl = text.indexOf("\n", after);
  // A page that printed its line breaks as spaces: the points begin after the issuing sentence's end.
  const sentenceEnd = /[。:：]/.exec(text.slice(after));
  const start = nl >= 0 ? nl + 1 : sentenceEnd ? after + sentenceEnd.index + 1 : -1;
  if (start < 0) return null;
  const closing = closingLinesStart(text, issues.index, text.length, (line) => closesNotice(line) || /^\s*此通知\s*$/.test(line));
  return { body: [start, closing], signed: closing < text.length };
}

// …on a page that printed its line breaks as spaces: the title runs to the next space.
const ATTACHED_TABLE_INLINE = /(?<=^|[ \t\u3000])附\s*件\s*\d*\s*[:：]\s*(?:\d{1,2}\s*[.、．]\s*)?([^\s]{2,80})(?=[ \t\u3000]|$)/;
// 附件： alone on its line, the attached document's title on the next (附件: / 2023年连云港市民生实事项目).
const ATTACHMENT_LINE = /^[ \t\u3000]*附\s*件\s*\d*\s*[:：]?[ \t\u3000]*\n[ \t\u3000]*([^\n]{2,80})$/m;

/**
 * A notice whose table is attached (附件：2007年…任务分解表, or 附件： over the table's title): everything
 * before that line is the notice's.
 */
function attachedTable(text: string): [number, number] | null {
  const m = ATTACHED_TABLE.exec(text) ?? ATTACHED_TABLE_INLINE.exec(text);
  if (m && (TITLE_HINT.test(m[1] as string) || TITLE_END.test(m[1] as string))) return [0, m.index];
  const line = ATTACHMENT_LINE.exec(text);
  const title = line?.[1] as string | undefined;
  return line && title !== undefined && (TITLE_HINT.test(title) || TITLE_END.test(title) || PLAN_HINT.test(title)) ? [0, line.index] : null;
}

/**
 * A notice that issues a breakdown table (现将《…》印发给你们) goes on with its own numbered points
 * — 一、高度重视，压实责任。各单位要… — and closes with its signature and date before the table,
 * or without it (the table attached, not on the page). Rows read from those points, none naming a
 * unit, are the notice's paragraphs (one per line of the source range `paragraphsOf` is given), not
 * tasks; a reading left with no task is no table.
 */
export function withoutNoticePoints(table: TextTable, stream: Stream, paragraphsOf: (start: number, end: number) => Paragraph[]): TextTable | null {
  const notice = noticeBody(stream.text);
  if (!notice) return table;
  const { body, signed } = notice;
  const [from, to] = [stream.sourceAt(body[0]), stream.sourceAt(body[1])];
  // A point starts in the body; the notice's contact line after the last one may have been read into it (联系人：…).
  const inBody = (row: GridRow): boolean => (row.place.offset ?? -1) >= from && (row.place.offset ?? -1) < to;
  const points = table.rows.filter((r) => r.kind === "data" && inBody(r));
  if (points.length === 0 || points.length > MAX_NOTICE_POINTS || namesUnitsIn(table, points)) return table;
  // Unsigned, the rows may be the table itself: only points that instruct the addressees are the notice's.
  if (!signed && points.filter((r) => INSTRUCTS.test(r.cells.map((c) => c.text).join(""))).length * 2 < points.length) return table;
  return asParagraphs(table, inBody, paragraphsOf);
}

/** Whether any of `rows` has text under a column of units. */
export function namesUnitsIn(table: TextTable, rows: readonly GridRow[]): boolean {
  const unitColumns = table.header.map((h) => isUnitField(fieldForHeader(h.text)));
  return rows.some((r) => r.cells.some((c, i) => unitColumns[i] === true && c.text.trim() !== ""));
}

/**
 * The table with the rows `inside` says are no table's made paragraphs before it (one per line of the
 * source range `paragraphsOf` is given), or null when no task is left.
 */
export function asParagraphs(table: TextTable, inside: (row: GridRow) => boolean, paragraphsOf: (start: number, end: number) => Paragraph[]): TextTable | null {
  const rows = table.rows.filter((r) => !inside(r));
  if (!rows.some((r) => r.kind === "data")) return null;
  const paragraphs = table.rows.filter(inside).flatMap((r) => paragraphsOf(r.place.offset ?? 0, r.place.end ?? r.place.offset ?? 0));
  const before = [...table.before, ...paragraphs].sort((a, b) => (a.place.offset ?? 0) - (b.place.offset ?? 0));
  return { ...table, rows, before };
}
