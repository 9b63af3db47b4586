import type { WorkDoc, WorkTask } from "../../model/work.js";
import { placeIn, taskFields, withField, mapTasks, type RepairRule } from "../rule.js";

const SENTENCE = /[^。!?;\uff01\uff1f\uff1b]+[。!?;\uff01\uff1f\uff1b]?/g;
const MIN_LENGTH = 6;

/**
 * A sentence printed twice back to back (seed row 9: 严格保护天然林,强化公益林管护。 twice):
 * the second copy is removed. Only whole sentences of some length, only when adjacent.
 */
export const duplicateSentence: RepairRule = {
  id: "duplicate-sentence",
  description: "A sentence repeated back to back removed (the first copy is kept).",
  apply(doc: WorkDoc): WorkDoc {
    return mapTasks(doc, (task) => {
      let out: WorkTask = task;
      for (const [field, value] of taskFields(task)) {
        if (!/^(content|progress|note|extra\.)/.test(field)) continue;
        const sentences = [...value.text.matchAll(SENTENCE)].map((m) => ({ text: m[0], start: m.index }));
        const drops: Array<{ start: number; end: number; text: string; prev: string }> = [];
        for (let i = 1; i < sentences.length; i++) {
          const a = sentences[i - 1] as { text: string; start: number };
          const b = sentences[i] as { text: string; start: number };
          const norm = (s: string): string => s.trim().replace(/[。!?;\uff01\uff1f\uff1b]$/, "");
          const x = norm(a.text);
          const y = norm(b.text);
          // The whole sentence again, or its last clause again (…3个,完善管理制度。完善管理制度。).
          const repeatsClause = x.length > y.length && x.endsWith(y) && /[,\uff0c、]$/.test(x.slice(0, x.length - y.length));
          if (y.length >= MIN_LENGTH && (x === y || repeatsClause)) {
            drops.push({ start: b.start, end: b.start + b.text.length, text: b.text, prev: a.text });
          }
        }
        if (drops.length === 0) continue;
        let v = value;
        const repairs = [...out.repairs];
        for (const d of [...drops].reverse()) {
          repairs.push({
            ruleId: "duplicate-sentence",
            field,
            before: `${d.prev}${d.text}`,
            after: d.prev,
            where: placeIn(doc, task, field, value, d.start, d.text.length),
            reason: "The same sentence was printed twice in a row; the repeat was removed.",
          });
          v = v.replace(d.start, d.end, "");
        }
        out = { ...withField(out, field, v), repairs: [...repairs.slice(0, out.repairs.length), ...repairs.slice(out.repairs.length).reverse()] };
      }
      return out;
    });
  },
};
