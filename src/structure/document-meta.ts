import { findDate, isoDate, PAGE_DATE } from "../genre/dates.js";
import { ISSUER_END, ISSUER_START } from "../genre/issuers.js";
import { TITLE_END, TITLE_HINT } from "../genre/titles.js";
import type { Paragraph } from "../model/grid.js";

export interface DocumentMeta {
  title: string | null;
  issuer: string | null;
  issuedDate: string | null;
  issuedDateText: string | null;
  /** Paragraphs used for title, issuer or date, with the parts of their text that were taken. */
  used: Map<Paragraph, string[]>;
}

/** What a used paragraph held beyond the parts taken from it (印发, 发布时间:…), or "". */
export function remainderOf(p: Paragraph, taken: readonly string[]): string {
  let rest = p.text;
  for (const t of taken) {
    const i = rest.indexOf(t);
    if (i >= 0) rest = rest.slice(0, i) + " " + rest.slice(i + t.length);
  }
  return rest.replace(/\s+/g, " ").trim();
}

// A first line this short cannot stand as a title alone (东湖县2024年 / 东湖县贯彻落实).
const MAX_TITLE_START = 20;

/**
 * Is `first` the first line of the title `rest` (a title Word wraps by hand)? Only when
 * `rest` starts with the bracketed years or holds little but the table's name, or `first` is
 * short, and `first` reads as the start of a title: no closing punctuation, not a label, date,
 * signature, document number or bracketed note.
 */
function continuesTitle(first: Paragraph, rest: Paragraph): boolean {
  const a = first.text.trim();
  const b = rest.text.trim();
  if (first.place.table !== rest.place.table || first.place.row !== rest.place.row) return false;
  // The line below starts with the bracketed years or is little but the table's name, or the line
  // above is a short start (东湖县2024年 / 东湖县贯彻落实) that cannot stand as a title alone.
  if (!/^[(\uff08\u3014]/.test(b) && b.length > 12 && a.length > MAX_TITLE_START) return false;
  if (a === "" || a.length > 80 || /[。!\uff01?\uff1f:\uff1a;\uff1b,\uff0c、]$/.test(a)) return false;
  // Not a label, date, signature, document number (…〔2024〕5号) or bracketed note (（此件公开发布）).
  return !/^附件/.test(a) && findDate(a) === null && !ISSUER_END.test(a) && !TITLE_END.test(a) && !/号$/.test(a) && !/^[(\uff08].*[)\uff09]$/.test(a);
}

/**
 * Title, issuer and date from the paragraphs around the table: the title is the paragraph
 * that names the table (…任务分解表), the issuer the body that signs it (…办公室), the date
 * the one it was issued on (2023年9月28日印发). A signature line may hold issuer and date
 * run together (XX县河长制办公室2024年2月20日印发).
 */
export function readDocumentMeta(before: readonly Paragraph[], after: readonly Paragraph[]): DocumentMeta {
  const used = new Map<Paragraph, string[]>();
  const take = (p: Paragraph, part: string): void => {
    used.set(p, [...(used.get(p) ?? []), part]);
  };
  let title: string | null = null;
  // Title: the last paragraph before the table that names a breakdown table; else the first that hints at one.
  for (let i = before.length - 1; i >= 0 && title === null; i--) {
    const p = before[i] as Paragraph;
    if (p.text.length <= 120 && TITLE_END.test(p.text)) {
      title = p.text.trim();
      take(p, title);
      // A title printed on two or three lines (…行动方案 / (2024-2026年)任务分解表): the lines above go with it.
      let below = p;
      for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
        const q = before[k] as Paragraph;
        if (!continuesTitle(q, below)) break;
        title = q.text.trim() + title;
        take(q, q.text.trim());
        below = q;
      }
    }
  }
  if (title === null) {
    const p = before.find((q) => q.text.length <= 120 && TITLE_HINT.test(q.text) && !/[。:：]$/.test(q.text));
    if (p) {
      title = p.text.trim().replace(/^关于印发\s*/, "");
      take(p, title);
    }
  }

  let issuer: string | null = null;
  let issuedDate: string | null = null;
  let issuedDateText: string | null = null;
  // Issuer and date: after the table first (the signature of the document), then before it (a notice's signature).
  for (const group of [after, before]) {
    for (const p of group) {
      if (used.has(p)) continue;
      const m = findDate(p.text);
      const iso = m?.iso ?? null;
      if (m && iso && issuedDate === null && p.text.length <= 80) {
        issuedDate = iso;
        issuedDateText = m.printed;
        take(p, m.printed);
        const head = p.text.slice(0, m.index).trim();
        if (head && ISSUER_END.test(head) && issuer === null) {
          issuer = ISSUER_START.exec(head)?.[0] ?? head;
          take(p, issuer);
        }
        continue;
      }
      if (issuer === null && p.text.length <= 40 && ISSUER_END.test(p.text) && !/[,，。:：]/.test(p.text)) {
        issuer = p.text.trim().replace(/\s+/g, " ");
        take(p, p.text.trim());
      }
    }
    if (issuer !== null || issuedDate !== null) break;
  }
  if (issuedDate === null) {
    for (const p of before) {
      const m = PAGE_DATE.exec(p.text);
      const iso = m ? isoDate(m[1] as string, m[2] as string, m[3] as string) : null;
      if (iso) {
        issuedDate = iso;
        // Only the date is taken; its label (发布时间:) stays with the paragraph's remainder.
        issuedDateText = `${m?.[1]}-${m?.[2]}-${m?.[3]}`;
        take(p, issuedDateText);
        break;
      }
    }
  }
  return { title, issuer, issuedDate, issuedDateText, used };
}
