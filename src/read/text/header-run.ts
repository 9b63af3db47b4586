import { beginsLongerHeaders, fieldForHeader, HEADER_TERMS, periodPrefixLength } from "../../genre/headers.js";
import type { ColumnField } from "../../model/fields.js";

export interface HeaderCellMatch {
  text: string;
  field: ColumnField;
  start: number;
  end: number;
}

export interface HeaderRun {
  start: number;
  end: number;
  cells: HeaderCellMatch[];
}

const GAP = /^[ \t\u3000]*/;

// Spaces a page printed between a header's characters (完  成  情  况): a term is looked for across them.
const SPACE = /[ \u3000]/;
const LONGEST_TERM = 16;

/** A term printed with spaces between its characters at `at` (the printed text, spaces and all), or null. */
function spacedTermAt(text: string, at: number): { term: string; field: ColumnField } | null {
  if (!SPACE.test(text[at + 1] ?? "") || SPACE.test(text[at] ?? "")) return null;
  let compact = "";
  const ends: number[] = [];
  for (let i = at; i < text.length && compact.length < LONGEST_TERM; i++) {
    const c = text[i] as string;
    if (SPACE.test(c)) continue;
    if (c === "\n" || c === "\r") break;
    compact += c;
    ends.push(i + 1);
  }
  for (const t of HEADER_TERMS) if (t.term.length > 1 && compact.startsWith(t.term)) return { term: text.slice(at, ends[t.term.length - 1]), field: t.field };
  return null;
}

/** How terms may be printed: with a period before them (二季度进展情况), with spaces between their characters (完  成  情  况). */
export interface TermForms {
  periods: boolean;
  spaced: boolean;
}

const PRINTED: TermForms = { periods: true, spaced: false };

function termAt(text: string, at: number, forms: TermForms): { term: string; field: ColumnField } | null {
  for (const t of HEADER_TERMS) if (text.startsWith(t.term, at)) return t;
  const apart = forms.spaced ? spacedTermAt(text, at) : null;
  if (apart) return apart;
  if (!forms.periods) return null;
  // A period before a term does not change its field (二季度进展情况, 上半年落实情况, 2023年目标任务).
  const period = periodPrefixLength(text, at);
  if (period === 0) return null;
  for (const t of HEADER_TERMS) if (text.startsWith(t.term, at + period)) return { term: text.slice(at, at + period) + t.term, field: t.field };
  return null;
}

// A header cell may go on after its term with a conjunction and a few words (内容与要求, 措施及进展).
const CONJUNCTION = /[及与和暨或、]/;
const MAX_JOINED = 5;

/** How many characters after `at` join the term before them: a conjunction and words up to the next known term. */
function joinedWords(text: string, at: number, forms: TermForms): number {
  if (!CONJUNCTION.test(text[at] ?? "")) return 0;
  for (let len = 2; len <= MAX_JOINED; len++) {
    if (!/^[\u4e00-\u9fa5]$/.test(text[at + len - 1] ?? "")) return 0;
    if (termAt(text, at + len, forms)) return len;
  }
  return 0;
}

/**
 * A header row whose cells run together (序号重点任务主要内容责任单位联系人): the first place
 * where at least `minCells` known header terms follow one another with nothing but spaces
 * between, starting with 序号/编号 when there is one; its terms printed in the `forms` given.
 */
export function findHeaderRun(text: string, minCells = 3, limit = 20_000, forms: TermForms = PRINTED): HeaderRun | null {
  const scanEnd = Math.min(text.length, limit);
  let fallback: HeaderRun | null = null;
  for (let i = 0; i < scanEnd; i++) {
    const first = termAt(text, i, forms);
    if (!first) continue;
    const cells: HeaderCellMatch[] = [];
    let pos = i;
    const seen = new Set<ColumnField>();
    for (;;) {
      const t = termAt(text, pos, forms);
      if (!t) break;
      // A short word that begins longer headers, run into the term after it (目标内容, 项目内容), is
      // that longer header's first half, when the two read as one header.
      const next = beginsLongerHeaders(t.term) ? termAt(text, pos + t.term.length, forms) : null;
      const whole = next && fieldForHeader(t.term + next.term) !== "extra" ? t.term + next.term : null;
      const field = whole ? fieldForHeader(whole) : t.field;
      if (seen.has(field) && field !== "extra") break;
      seen.add(field);
      const length = whole ? whole.length : t.term.length;
      // A term joined to more words (内容与要求, 完成情况及成效) when a known term follows them.
      const more = joinedWords(text, pos + length, forms);
      cells.push({ text: text.slice(pos, pos + length + more), field, start: pos, end: pos + length + more });
      pos += length + more;
      pos += (GAP.exec(text.slice(pos, pos + 8))?.[0].length ?? 0);
    }
    if (cells.length >= minCells) {
      const run = { start: i, end: (cells[cells.length - 1] as HeaderCellMatch).end, cells };
      if (first.field === "seq") return run;
      fallback ??= run;
    }
  }
  return fallback;
}
