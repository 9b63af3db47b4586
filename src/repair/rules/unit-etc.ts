import type { WorkDoc } from "../../model/work.js";
import { cutFromUnitNames, mapTasks, type RepairRule } from "../rule.js";

// 等 where a unit's name ends (市税务局等、各县区政府 / …市财政局等。): the list is open, the name is not 市税务局等.
// Not inside a name (高等学校, 中等职业学校): only before a list separator or the end of the cell.
// 等部门, 等有关单位 (市文广旅局等部门): the same, said of the other units' kind.
// 等有关市直部门 (市交通运输局等有关市直部门): the collective's level (市直, 县直) said too.
const ETC = /等(?:(?:有关|相关|成员|其他)?(?:市直|县直|区直|省直|市级|县级)?(?:有关|相关)?(?:部门|单位))?(?=\s*(?:[、,，;；\n]|[。.]?\s*$))/g;

export const unitEtc: RepairRule = {
  id: "unit-etc",
  description: "A trailing 等 (等部门, 等有关单位) after a unit's name (市税务局等) taken off the name: it says the list is open, not what the unit is called.",
  apply(doc: WorkDoc): WorkDoc {
    // 各县区政府等部门 alone: the words after 等 are all the cell says of the units; kept (a cut at a cell's start is).
    return mapTasks(doc, (task) =>
      cutFromUnitNames(doc, task, { ruleId: "unit-etc", mark: "等", pattern: ETC, reason: (printed) => `${printed} after a unit's name says the list is open (other units too); it is not part of the name.` }),
    );
  },
};
