import { simplified } from "../../genre/script.js";
import { Located } from "../../model/located.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { splitUnits } from "../../structure/split-list.js";
import { withField, type RepairRule } from "../rule.js";

// A standing note that the unit listed first leads (列第一位的为牵头部门, 排在第一位者为牵头单位, 排名第一的为牵头单位,
// 第一单位为牵头单位).
// 由排名首位的部门牵头负责 says it too.
// 列第一位的为牵头或汇总单位 too.
const FIRST_LEADS = /(?:列|排)(?:在|名)?(?:第一|首)位?(?:的|者)?(?:(?:为|是)牵头(?:或汇总)?(?:单位|部门)|(?:部门|单位)牵头)|第一(?:责任)?单位为牵头(?:单位|部门)/;
// …and says so for the tasks after it too: 下同, or a rule with its exception (除标注为“牵头”单位外，列第一位的…).
const BELOW_TOO = /下同|以下|后同/;
const RULE_WITH_EXCEPTION = /除(?:标注|注明|标明)/;

const text = (t: WorkTask, field: string): string => t.cells.get(field)?.text.trim() ?? "";

/** The task's printed text holds the note (in its note, its raw row, its units' cell). */
function notes(t: WorkTask): string {
  return simplified(`${text(t, "note")}\n${t.raw}`);
}

/**
 * A document that says once that the unit listed first leads (…等负责。列第一位的为牵头部门，其他部门和单位
 * 按职责分工负责，下同): in the task that says it, and in the tasks after it when it says 下同, a list of
 * units with no lead named is its lead first and the others helping. Each fill recorded.
 */
export const firstLeads: RepairRule = {
  id: "first-leads",
  description: "Where the document says the unit listed first leads (列第一位的为牵头部门，下同), a task's list of units with no lead named: the first is the lead, the others help; each fill recorded.",
  apply(doc: WorkDoc): WorkDoc {
    let from = -1;
    let below = false;
    const tasks = doc.tasks.map((t, k): WorkTask => {
      const printed = notes(t);
      const said = FIRST_LEADS.exec(printed);
      if (said) {
        from = k;
        below = BELOW_TOO.test(printed.slice(said.index)) || RULE_WITH_EXCEPTION.test(printed.slice(Math.max(0, said.index - 20), said.index));
      }
      if (from < 0 || (k > from && !below) || t.status === "missing") return t;
      if (text(t, "leadUnits") !== "" || text(t, "supportUnits") !== "") return t;
      const units = splitUnits(text(t, "units"));
      if (units.length < 2) return t;
      const [lead, ...rest] = units as [string, ...string[]];
      const withLead = withField(withField(t, "leadUnits", Located.of(lead)), "supportUnits", Located.of(rest.join("、")));
      return {
        ...withLead,
        repairs: [
          ...t.repairs,
          {
            ruleId: "first-leads",
            field: "leadUnits",
            before: text(t, "units"),
            after: `牵头 ${lead}；配合 ${rest.join("、")}`,
            where: t.fields.units ?? t.where,
            reason: `The document says the unit listed first leads${k === from ? "" : " (for the tasks after it too)"}: ${lead} leads, the others help.`,
          },
        ],
      };
    });
    return { ...doc, tasks };
  },
};
