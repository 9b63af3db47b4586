import { simplified } from "../../genre/script.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { context, mapTasks, placeIn, withField, type RepairRule } from "../rule.js";
import { UNIT_FIELDS } from "../../model/fields.js";

// 等 where a unit's name ends (市税务局等、各县区政府 / …市财政局等。): the list is open, the name is not 市税务局等.
// Not inside a name (高等学校, 中等职业学校): only before a list separator or the end of the cell.
// 等部门, 等有关单位 (市文广旅局等部门): the same, said of the other units' kind.
// 等有关市直部门 (市交通运输局等有关市直部门): the collective's level (市直, 县直) said too.
const ETC = /等(?:(?:有关|相关|成员|其他)?(?:市直|县直|区直|省直|市级|县级)?(?:有关|相关)?(?:部门|单位))?(?=\s*(?:[、,，;；\n]|[。.]?\s*$))/g;

export const unitEtc: RepairRule = {
  id: "unit-etc",
  description: "A trailing 等 (等部门, 等有关单位) after a unit's name (市税务局等) taken off the name: it says the list is open, not what the unit is called.",
  apply(doc: WorkDoc): WorkDoc {
    return mapTasks(doc, (task) => {
      let out: WorkTask = task;
      for (const field of UNIT_FIELDS) {
        const value = out.cells.get(field);
        if (!value?.text.includes("等")) continue;
        // Found in the simplified view (等有關部門 as 等有关部门), offset for offset the printed text's.
        const hits = [...simplified(value.text).matchAll(ETC)];
        if (hits.length === 0) continue;
        let v = value;
        const repairs = [...out.repairs];
        // Right to left, so earlier offsets stay valid.
        for (const m of hits.reverse()) {
          const i = m.index;
          const len = m[0].length;
          const printed = value.text.slice(i, i + len);
          // 各县区政府等部门 alone: the words after 等 are all the cell says of the units; kept.
          if (i === 0) continue;
          const { left, right } = context(value.text, i, i + len);
          repairs.push({
            ruleId: "unit-etc",
            field,
            before: `${left}${printed}${right}`,
            after: `${left}${right}`,
            where: placeIn(doc, task, field, value, i, len),
            reason: `${printed} after a unit's name says the list is open (other units too); it is not part of the name.`,
          });
          v = v.replace(i, i + len, "");
        }
        out = { ...withField(out, field, v), repairs };
      }
      return out;
    });
  },
};
