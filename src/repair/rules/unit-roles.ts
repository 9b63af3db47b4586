import { simplified } from "../../genre/script.js";
import { isStandingNote, readUnitGroup, type GroupPart, type GroupRole } from "../../genre/unit-groups.js";
import type { Located } from "../../model/located.js";
import type { Repair } from "../../model/message.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { mapTasks, placeIn, withField, type RepairRule } from "../rule.js";
import { UNIT_FIELDS, type UnitField } from "../../model/fields.js";

// What a cell that says more than names has in it (in its simplified view): a label's colon, a role
// word (genre/unit-groups.ts ROLE_SUFFIX), a standing note's words (NOTE_WORDS), or a deadline's
// (genre/dates.ts DEADLINE_TEXT). A plain list (县林业局、县财政局) has none and is not read as a group.
const MAY_SAY_MORE = /[:：年月季按]|。(?=\s*\S)|牵头|负责|会同|配合|参与|参加|协|落实|以下|下同|不再|第一|首位|汇总|长期|持续|常态|分别|共同|承办|主办|抓好|考评|考核|^由/;

/** Where each role's part goes: the units of the cell's own role stay in it. */
function targetField(role: GroupRole, cell: UnitField): string {
  if (role === "units") return cell;
  return { lead: "leadUnits", support: "supportUnits", deadline: "deadline", note: "note", leaders: "leaders", contacts: "contacts" }[role];
}

const ROLE_WORDS: Record<string, string> = { leadUnits: "牵头", supportUnits: "配合", units: "责任", deadline: "时限", note: "备注", progress: "进展", leaders: "领导", contacts: "责任人" };
// A lead said with 负责 beside the units that help it (市工商局负责，市经贸委、市农业局配合).
const LEADS_WITH_HELP = /负责[，,；;]\s*[^\n，,；;]{2,60}?(?:配合|协助|参与|协办)/;
// Words of a progress report (进度较慢, 已完成, 正在推进, 滞后, 未完成…的县区为…, 整改不到位的为…).
const REPORTS_PROGRESS = /进度|进展|滞后|较慢|已完成|已经完成|正在|已开工|已竣工|完成率|未完成|未开工|未启动|未达标|不到位/;

/**
 * A cell of units that says more than names (genre/unit-groups.ts): roles (牵头单位：A；配合单位：B,
 * A牵头，B等配合，C负责落实, A（牵头）、B), a deadline (…，6月底完成) or a standing note (以下均需…不再列出).
 * Each part goes to its field (lead, support, deadline, note); the cell as printed is recorded,
 * so the role words and labels, which are no unit's name, are kept in the repair.
 */
export const unitRoles: RepairRule = {
  id: "unit-roles",
  description: "A cell of units that names roles (牵头单位：…；配合单位：…, …牵头，…配合), a deadline or a standing note read into lead and support units, deadline and note.",
  apply(doc: WorkDoc): WorkDoc {
    // A document that says its leads with 负责 beside those who help (A负责，B配合) means its lead by a
    // unit that 负责 alone (C负责) too.
    const leadsBy = LEADS_WITH_HELP.test(doc.tasks.map((t) => simplified(t.cells.get("units")?.text ?? "")).join("\n"));
    return mapTasks(doc, (task) => {
      let out: WorkTask = task;
      for (const cell of UNIT_FIELDS) {
        const value = out.cells.get(cell);
        if (!value || value.text.trim() === "") continue;
        // Most cells are plain lists: only one with a role word, a label, a note or a date is read as a group.
        if (!MAY_SAY_MORE.test(simplified(value.text))) continue;
        const group = readUnitGroup(value.text);
        if (!group) continue;
        const moves = group.parts.filter((p) => targetField(p.role, cell) !== cell);
        // Nothing to move and no role word to take off the names: the cell is a plain list.
        if (moves.length === 0 && group.markers.length === 0) continue;
        // A table with lead or support columns of its own has said the roles already.
        const targets = new Set(moves.map((p) => targetField(p.role, cell)));
        if ([...targets].some((f) => f !== cell && (f === "leadUnits" || f === "supportUnits") && (out.cells.get(f)?.text.trim() ?? "") !== "")) continue;
        // A sentence after the units that is no standing note (…。其中，…进度较慢的为…) is about this task:
        // whether it is progress, a remark or the task's own text is a guess. One that reports what was
        // done (进度较慢, 已完成) is read as progress.
        const partText = (p: GroupPart): string => value.text.slice(p.start, p.end);
        const isRemark = (p: GroupPart): boolean => p.role === "note" && !isStandingNote(partText(p));
        const reportsProgress = (p: GroupPart): boolean => isRemark(p) && REPORTS_PROGRESS.test(partText(p));
        const collected = new Map<string, Located[]>();
        // C负责 alone, in a document whose leads are said so: C leads.
        // (One unit: 由A、B负责 with no one helping names two that share it, no lead.)
        const only = group.parts[0];
        const aloneLeads = leadsBy && cell === "units" && group.parts.length === 1 && only?.role === "units" && !/[、,，]/.test(partText(only)) && /负责[。.]?\s*$/.test(simplified(value.text));
        // A牵头，B、C: after the units that lead, the others named with no role of their own help them.
        const helpAfterLead = cell === "units" && group.parts.some((p) => p.role === "lead") && !group.parts.some((p) => p.role === "support");
        // A，B牵头 / …，C，D等按职责分工负责 (lists whose 、 a page printed as a comma): units with no role of their
        // own just before units that lead or help, only commas between, share that role.
        const sharedRole = (p: GroupPart): "leadUnits" | "supportUnits" | null => {
          if (p.role !== "units") return null;
          for (let k = group.parts.indexOf(p) + 1, prev = p; k < group.parts.length; k++) {
            const next = group.parts[k] as GroupPart;
            if (!/^[,，]$/.test(value.text.slice(prev.end, next.start).trim())) return null;
            if (next.role === "lead") return "leadUnits";
            if (next.role === "support") return "supportUnits";
            if (next.role !== "units") return null;
            prev = next;
          }
          return null;
        };
        const firstLead = group.parts.findIndex((q) => q.role === "lead");
        for (const [k, p] of group.parts.entries()) {
          const shared = cell === "units" ? sharedRole(p) : null;
          const f = reportsProgress(p) ? "progress" : aloneLeads ? "leadUnits" : shared ?? (helpAfterLead && p.role === "units" && firstLead < k ? "supportUnits" : targetField(p.role, cell));
          collected.set(f, [...(collected.get(f) ?? []), value.slice(p.start, p.end)]);
        }
        if (!collected.has(cell)) collected.set(cell, []);
        const described: string[] = [];
        for (const [f, parts] of collected) {
          const sep = f === "note" || f === "deadline" ? "\n" : "、";
          const [first, ...rest] = parts;
          const joined = first ? rest.reduce((acc, p) => acc.concat(p, sep), first) : value.slice(0, 0);
          const existing = f === cell ? undefined : out.cells.get(f);
          const merged = existing && existing.text.trim() !== "" && joined.text !== "" ? existing.concat(joined, sep) : joined.text !== "" || !existing ? joined : existing;
          out = withField(out, f, merged);
          if (joined.text !== "") described.push(`${ROLE_WORDS[f] ?? f} ${joined.text}`);
        }
        const remark = group.parts.find(isRemark);
        const repair: Repair = {
          ruleId: "unit-roles",
          field: cell,
          before: value.text,
          after: described.join("；"),
          where: placeIn(doc, task, cell, value, 0, value.text.length),
          reason: remark
            ? `The cell says each unit's role (or a deadline, or a note for all tasks): each part is read into its field; a sentence after the units (「${partText(remark).trim()}」) was kept as the ${reportsProgress(remark) ? "progress" : "note"}, which is a guess.`
            : "The cell says each unit's role (or a deadline, or a note for all tasks): each part is read into its field; the role words are not names.",
        };
        out = { ...out, repairs: [...out.repairs, repair], ...(remark && out.status !== "missing" ? { status: "needs_review" as const } : {}) };
      }
      return out;
    });
  },
};
