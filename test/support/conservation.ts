import type { BreakdownDocument } from "../../src/model/document.js";

/**
 * Conservation: nothing the reader was given is lost without a trace.
 *
 * Every letter, digit and CJK character (`\p{L}\p{N}`) of the decoded input must be found,
 * as a multiset, somewhere the document accounts for text:
 *   - document title, issuer, issuedDateText, source.originalName;
 *   - column headers; section number + title;
 *   - each task's seqPrinted and fields (title, content, units, leadUnits, supportUnits,
 *     contacts, leaders, deadline, progress, note, category, extra values);
 *   - each repair's `before` (the text a repair changed or removed);
 *   - leftovers' text; messages' `actual`;
 *   - `raw`, but only for tasks with status needs_review (their text lives only there).
 *
 * Punctuation, symbols and spaces are structure (separators, brackets, 、 between units,
 * the 、 after a section number, page-marker dashes) and are not counted: a reader may
 * legitimately consume them as delimiters.
 *
 * The check is a multiset count, not a positional one: a character that appears in the
 * input n times must appear at least n times across those places. It catches text that
 * was dropped; it cannot catch text that was moved to the wrong field.
 */

const COUNTED = /[\p{L}\p{N}]/u;

function countInto(counts: Map<string, number>, text: string | null | undefined, sign: 1 | -1): void {
  if (!text) return;
  for (const ch of text) {
    if (!COUNTED.test(ch)) continue;
    counts.set(ch, (counts.get(ch) ?? 0) + sign);
  }
}

/** Every string in the document that accounts for input text (see the list above). */
export function accountedTexts(doc: BreakdownDocument): string[] {
  const out: (string | null | undefined)[] = [];
  const d = doc.document;
  out.push(d.title, d.issuer, d.issuedDateText, d.source.originalName);
  for (const c of doc.columns) out.push(c.header);
  // In the labelled layout (牵头单位：… on each task) every task prints the headers as its labels.
  if (d.source.layout === "labelled") for (const _t of doc.tasks) for (const c of doc.columns) out.push(c.header);
  for (const s of doc.sections) out.push(s.number, s.title);
  for (const t of doc.tasks) {
    out.push(t.seqPrinted, t.title, t.content, t.deadline, t.progress, t.target, t.source, t.note, t.category);
    out.push(...t.units, ...t.leadUnits, ...t.supportUnits, ...t.contacts, ...t.leaders);
    out.push(...Object.values(t.extra));
    for (const r of t.repairs) out.push(r.before);
    if (t.status === "needs_review") out.push(t.raw);
  }
  for (const l of doc.leftovers) out.push(l.text);
  for (const m of doc.messages) out.push(m.actual);
  return out.filter((s): s is string => typeof s === "string" && s !== "");
}

/**
 * The letters, digits and CJK characters of `inputText` that `doc` does not account for,
 * one entry per missing occurrence, in input order (empty = conserved).
 */
export function unaccounted(inputText: string, doc: BreakdownDocument): string[] {
  const supply = new Map<string, number>();
  for (const text of accountedTexts(doc)) countInto(supply, text, 1);
  const missing: string[] = [];
  for (const ch of inputText) {
    if (!COUNTED.test(ch)) continue;
    const left = supply.get(ch) ?? 0;
    if (left > 0) supply.set(ch, left - 1);
    else missing.push(ch);
  }
  return missing;
}
