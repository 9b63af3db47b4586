import { OCR_PERIOD } from "../../genre/ocr-stops.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { context, placeIn, taskFields, withField, mapTasks, type RepairRule } from "../rule.js";

export const ocrPeriod: RepairRule = {
  id: "ocr-period",
  description: "An `o` that OCR read for 。 between Chinese characters turned back into 。.",
  apply(doc: WorkDoc): WorkDoc {
    return mapTasks(doc, (task) => {
      let out: WorkTask = task;
      for (const [field, value] of taskFields(task)) {
        if (!/^(title|content|progress|target|note|category|units|leadUnits|supportUnits|extra\.)/.test(field)) continue;
        // Most fields have no o at all: skip the lookbehind regex for them.
        if (!value.text.includes("o") && !value.text.includes("O")) continue;
        let v = value;
        const hits = [...value.text.matchAll(OCR_PERIOD)];
        if (hits.length === 0) continue;
        const repairs = [...out.repairs];
        for (const m of hits) {
          const i = m.index;
          const { left, right } = context(value.text, i, i + 1);
          repairs.push({
            ruleId: "ocr-period",
            field,
            before: `${left}${m[0]}${right}`,
            after: `${left}。${right}`,
            where: placeIn(doc, task, field, value, i, 1),
            reason: "A lone `o` between Chinese characters is 。 misread by OCR.",
          });
          v = v.replace(i, i + 1, "。");
        }
        out = { ...withField(out, field, v), repairs };
      }
      return out;
    });
  },
};
