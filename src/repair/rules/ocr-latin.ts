import type { WorkDoc, WorkTask } from "../../model/work.js";
import { documentText } from "../document-text.js";
import { escapeRegex, placeIn, taskFields, withField, type RepairRule } from "../rule.js";

// One to six Latin letters (a pinyin syllable at most) inside a Chinese word (水质Jian测站 for 水质监测站). All-capital runs of two or more are
// abbreviations (APP, GDP, QS) and are left alone.
const SLIP = /([\u4e00-\u9fa5]{1,2})([A-Za-z]{1,6})(?=([\u4e00-\u9fa5]{1,2}))/g;

/**
 * The one spelling the document gives between `left` and `right`, trying the widest context
 * first (three or four characters around the slip), or null when there is none or several.
 */
function spellingFor(corpus: string, left: string, right: string): string | null {
  for (let r = right.length; r >= 1; r--) {
    const l = left.length;
    if (l + r < 3) continue;
    const re = new RegExp(`${escapeRegex(left.slice(-l))}([\\u4e00-\\u9fa5]{1,2})${escapeRegex(right.slice(0, r))}`, "g");
    const spellings = new Set([...corpus.matchAll(re)].map((x) => x[1] as string));
    if (spellings.size === 1) return [...spellings][0] as string;
    if (spellings.size > 1) return null;
  }
  return null;
}

/**
 * Latin letters OCR put inside a Chinese word are replaced only when the same document
 * spells the word elsewhere (seed row 5's title; 水质Jian测站 → 水质监测站 where another row spells it), and only
 * when that spelling is the one candidate. Without such evidence the text is left as printed.
 */
export const ocrLatin: RepairRule = {
  id: "ocr-latin",
  description: "Latin letters misread inside a Chinese word replaced by the spelling the same document uses elsewhere.",
  apply(doc: WorkDoc): WorkDoc {
    let corpus: string | null = null;
    let changed = false;
    // One scan of the document per distinct context, however many times a slip repeats.
    const cache = new Map<string, string | null>();
    const lookup = (text: string, left: string, right: string): string | null => {
      const key = `${left}\u0000${right}`;
      if (!cache.has(key)) cache.set(key, spellingFor(text, left, right));
      return cache.get(key) ?? null;
    };
    const tasks = doc.tasks.map((task) => {
      let out: WorkTask = task;
      for (const [field, value] of taskFields(task)) {
        if (!/[A-Za-z]/.test(value.text)) continue;
        const hits = [...value.text.matchAll(SLIP)].filter((m) => !/^[A-Z]{2,}$/.test(m[2] as string));
        if (hits.length === 0) continue;
        corpus ??= documentText(doc);
        let v = value;
        const repairs = [...out.repairs];
        // Right to left so earlier indexes stay valid.
        for (const m of [...hits].reverse()) {
          const left = m[1] as string;
          const latin = m[2] as string;
          const right = m[3] as string;
          const word = lookup(corpus, left, right);
          if (word === null) continue;
          const at = m.index + left.length;
          repairs.push({
            ruleId: "ocr-latin",
            field,
            before: `${left}${latin}${right}`,
            after: `${left}${word}${right}`,
            where: placeIn(doc, task, field, value, at, latin.length),
            reason: `「${latin}」 inside a Chinese word is an OCR slip; the document spells 「${left}${word}${right}」 elsewhere.`,
          });
          v = v.replace(at, at + latin.length, word);
        }
        if (v !== value) {
          changed = true;
          out = { ...withField(out, field, v), repairs };
        }
      }
      return out;
    });
    return changed ? { ...doc, tasks } : doc;
  },
};
