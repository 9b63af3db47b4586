import { CONTENT_START_WORDS } from "../../genre/policy-words.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import type { Message } from "../../model/message.js";
import { documentText } from "../document-text.js";
import { placeIn, taskFields, withField, type RepairRule } from "../rule.js";

const OPEN = "“";
const CLOSE = "”";
const NUMERAL = /[一二三四五六七八九十两百千万]/;
const BOUNDARY = /[,，。;；:：、!！?？(（)）《》“”\s]/;
const MAX_TERM = 10;
const VERBS = [...CONTENT_START_WORDS].filter((w) => w.length >= 2);

/**
 * Where the quoted term that ends at `end` begins, or -1. In order of trust: a term the
 * document quotes elsewhere (“河长制”); a term led by a numeral, the genre's favourite
 * shorthand (“五清”, “三线一单”); the word after the nearest verb or clause break
 * (深入推广|河长+”).
 */
function findOpening(text: string, end: number, quoted: ReadonlySet<string>): number {
  let floor = end;
  while (floor > 0 && end - floor < MAX_TERM && !BOUNDARY.test(text[floor - 1] as string)) floor--;
  for (let s = floor; s < end; s++) if (quoted.has(text.slice(s, end))) return s;
  for (let s = Math.max(floor, end - 4); s < end; s++) if (NUMERAL.test(text[s] as string)) return s;
  for (let s = end - 2; s >= floor; s--) {
    const head = text.slice(floor, s);
    if (VERBS.some((v) => head.endsWith(v))) return s;
  }
  return floor < end && floor > 0 && BOUNDARY.test(text[floor - 1] as string) && end - floor <= 6 ? floor : -1;
}

/** The mirror of findOpening for an opening quote that never closes: a term quoted elsewhere only. */
function findClosing(text: string, start: number, quoted: ReadonlySet<string>): number {
  for (let e = Math.min(text.length, start + MAX_TERM); e > start; e--) if (quoted.has(text.slice(start, e))) return e;
  return -1;
}

/**
 * Chinese quotes that lost their partner in extraction (seed rows 1, 5, 17: 深入推广河长+”模式 → “河长+”)
 * are mended where the term's start can be told; otherwise the text stays and a warning says so.
 */
export const quotePair: RepairRule = {
  id: "quote-pair",
  description: "Unpaired Chinese quotes mended (河长+” → “河长+”) where the quoted term can be told.",
  apply(doc: WorkDoc): WorkDoc {
    if (!doc.tasks.some((t) => [...taskFields(t)].some(([, v]) => v.text.includes(OPEN) || v.text.includes(CLOSE)))) return doc;
    const corpus = documentText(doc);
    const quoted = new Set([...corpus.matchAll(/“([^“”\n]{1,10})”/g)].map((m) => m[1] as string));
    const messages: Message[] = [...doc.messages];
    let changed = false;
    const tasks = doc.tasks.map((task) => {
      let out: WorkTask = task;
      for (const [field, value] of taskFields(task)) {
        if (!value.text.includes(OPEN) && !value.text.includes(CLOSE)) continue;
        let v = value;
        const repairs = [...out.repairs];
        // Scan left to right; an unmatched ” gets its “; an unmatched “ at the end gets its ”.
        let i = 0;
        let open = -1;
        while (i < v.text.length) {
          const ch = v.text[i];
          if (ch === OPEN) {
            if (open >= 0) {
              const close = findClosing(v.text, open + 1, quoted);
              if (close > 0 && close <= i) {
                const term = v.text.slice(open + 1, close);
                repairs.push(mend(field, v.text, close, close, CLOSE, term, doc, out, v));
                v = v.replace(close, close, CLOSE);
                i++;
              }
            }
            open = i;
          } else if (ch === CLOSE) {
            if (open < 0) {
              const start = findOpening(v.text, i, quoted);
              if (start >= 0) {
                const term = v.text.slice(start, i);
                repairs.push(mend(field, v.text, start, i, OPEN, term, doc, out, v));
                v = v.replace(start, start, OPEN);
                i++;
              } else {
                messages.push(unmended(out.seq, field, v.text, i, doc, out, v));
              }
            }
            open = -1;
          }
          i++;
        }
        if (open >= 0) {
          const close = findClosing(v.text, open + 1, quoted);
          if (close > 0) {
            const term = v.text.slice(open + 1, close);
            repairs.push(mend(field, v.text, close, close, CLOSE, term, doc, out, v));
            v = v.replace(close, close, CLOSE);
          } else messages.push(unmended(out.seq, field, v.text, open, doc, out, v));
        }
        if (v !== value) {
          changed = true;
          out = { ...withField(out, field, v), repairs };
        }
      }
      return out;
    });
    return changed || messages.length !== doc.messages.length ? { ...doc, tasks, messages } : doc;
  },
};

function mend(field: string, text: string, at: number, termEnd: number, quote: string, term: string, doc: WorkDoc, task: WorkTask, value: import("../../model/located.js").Located) {
  const left = text.slice(Math.max(0, at - 4), at);
  const right = text.slice(at, Math.max(termEnd, at) + 4);
  return {
    ruleId: "quote-pair",
    field,
    before: `${left}${right}`,
    after: `${left}${quote}${right}`,
    where: placeIn(doc, task, field, value, at),
    reason: `The quote around 「${term}」 had lost its ${quote === OPEN ? "opening" : "closing"} mark.`,
  };
}

function unmended(seq: number, field: string, text: string, at: number, doc: WorkDoc, task: WorkTask, value: import("../../model/located.js").Located): Message {
  return {
    ruleId: "quote-pair",
    severity: "warning",
    reason: "An unpaired quote mark was left as printed: where the quoted term begins or ends cannot be told.",
    seq,
    field,
    where: placeIn(doc, task, field, value, at, 1),
    actual: text.slice(Math.max(0, at - 8), at + 8),
  };
}
