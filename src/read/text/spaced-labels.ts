import { fieldForHeader, isHeaderTerm } from "../../genre/headers.js";
import { relined } from "./reline.js";
import { isFlatLine, textLines, textWords } from "./split-text.js";
import type { Stream } from "./stream.js";

/**
 * A page of labelled records whose line breaks a web mirror printed as spaces:
 *   …01 项目名称:提升县域生态环境 项目内容: 连通城区河道水系… 责任单位: 水务局、城管局 进展与成效: … 02 项目名称:… 责任单位 文广旅局 进展与成效: …
 * The labels the page printed with their colon open lines again, and so does a label it printed on a line
 * of its own with no colon (责任单位 / 文广旅局), which then stands alone on its line, as printed: the
 * records reader reads both. Only labels the page prints with a colon somewhere count, on a page that prints
 * labels so more than once: a word that names a column elsewhere is no label here. The map is kept: every cell still points into the
 * source. The stream itself when no long line holds such labels.
 */

// Labels printed with a colon this often make a page of labelled records.
const MIN_COLON_LABELS = 2;
// A label and its colon opening a word (项目名称:提升县域…, 责任单位:): the label is short.
const LABEL_OPENING = /^([^:\uff1a\s]{2,10})[:\uff1a]/;

/** The label a word opens with before its colon, or that it is with no colon, when the genre knows it as a field's name. */
function labelOf(word: string): { label: string; colon: boolean } | null {
  const opening = LABEL_OPENING.exec(word);
  const label = opening ? (opening[1] as string) : word;
  // The genre's own term, word for word (健牵头单位: is a name run into the label after it, no label).
  if (!isHeaderTerm(label)) return null;
  const field = fieldForHeader(label);
  return field === "extra" || field === "seq" ? null : { label, colon: opening !== null };
}

export function spacedLabels(printed: Stream, lined: Stream = relined(printed)): Stream {
  if (!textLines(printed.text).some((l) => isFlatLine(printed.text, l.start, l.end))) return printed;
  // Its items open lines too (`lined`: the page relined, which the caller may have made already), as in
  // any page run on in one line.
  const text = lined.text;
  const words = textWords(text, 0, text.length).map((w) => ({ ...w, label: labelOf(w.text) }));
  const withColon = new Map<string, number>();
  for (const w of words) if (w.label?.colon) withColon.set(w.label.label, (withColon.get(w.label.label) ?? 0) + 1);
  // The page's labels: those it prints with a colon, where it prints labels so more than once.
  const colons = [...withColon.values()].reduce((a, b) => a + b, 0);
  const known = new Set(colons >= MIN_COLON_LABELS ? withColon.keys() : []);
  const at: number[] = [];
  for (const w of words) {
    if (!w.label || !known.has(w.label.label)) continue;
    if (w.start > 0 && text[w.start - 1] !== "\n") at.push(w.start);
    // A label printed with no colon stood on a line of its own: its value opens the next.
    if (!w.label.colon && w.end < text.length && text[w.end] !== "\n") at.push(w.end);
  }
  return at.length === 0 ? printed : lined.withBreaksBefore([...new Set(at)].sort((a, b) => a - b));
}
