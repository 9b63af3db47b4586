import type { BreakdownDocument } from "../model/document.js";
import { normalizeText } from "../match/normalize.js";
import type { Alignment } from "./align.js";

/** What a reference is to the input: the same document, another version of it, or another table. */
export type Relation = "same-document" | "other-version" | "unrelated";

/**
 * Below this share of the input's readable rows aligned as anchors, or fewer than MIN_ANCHORS, a
 * reference is another table: two tables of one genre share stock phrases, not rows (the seed
 * against an unrelated fixture aligns none of its 15 readable rows).
 */
export const UNRELATED_BELOW_SHARE = 0.3;
export const MIN_ANCHORS = 2;

/**
 * The same document needs the same title, no disagreeing date, and at least this share of the
 * input's readable rows identical after normalizing: a copy from another site or the office's
 * own file differs only where a reader struggled. Not measured beyond the fixtures.
 */
export const SAME_DOCUMENT_AGREEMENT = 0.8;

export interface RelationDecision {
  relation: Relation;
  /** One sentence with the evidence: titles, dates and rows that agree. */
  evidence: string;
}

function percent(n: number, of: number): string {
  return of === 0 ? "0%" : `${Math.round((100 * n) / of)}%`;
}

/** How a document names itself in a message: its title and the date as printed. */
export function versionName(doc: BreakdownDocument): string {
  const title = doc.document.title ?? doc.document.source.fileName;
  return doc.document.issuedDateText ? `《${title}》 (${doc.document.issuedDateText})` : `《${title}》`;
}

/** Decide, from title, date and the share of rows that agree, what the reference is to the input. */
export function decideRelation(input: BreakdownDocument, reference: BreakdownDocument, a: Alignment): RelationDecision {
  const rows = `${a.agreeing} of the input's ${a.comparable} readable rows agree (${percent(a.agreeing, a.comparable)}), ${a.anchors.size} align`;
  if (a.anchors.size < MIN_ANCHORS || a.anchors.size < UNRELATED_BELOW_SHARE * a.comparable) {
    return { relation: "unrelated", evidence: `only ${a.anchors.size} of the input's ${a.comparable} readable rows align with it (${percent(a.anchors.size, a.comparable)})` };
  }
  const [ti, tr] = [input.document.title, reference.document.title];
  const sameTitle = ti !== null && tr !== null && normalizeText(ti) === normalizeText(tr);
  const [di, dr] = [input.document.issuedDate, reference.document.issuedDate];
  const dateDiffers = di !== null && dr !== null && di !== dr;
  const titles = sameTitle ? "the same title" : `titles ${ti === null || tr === null ? "not both known" : "differ"}`;
  const dates = dateDiffers ? `dates differ (${input.document.issuedDateText} / ${reference.document.issuedDateText})` : di !== null && di === dr ? "the same date" : "no date to compare";
  const evidence = `${titles}, ${dates}; ${rows}`;
  const same = sameTitle && !dateDiffers && a.agreeing >= SAME_DOCUMENT_AGREEMENT * a.comparable;
  return { relation: same ? "same-document" : "other-version", evidence };
}
