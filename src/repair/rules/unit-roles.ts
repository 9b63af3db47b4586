import { fieldForHeader } from "../../genre/headers.js";
import type { Located } from "../../model/located.js";
import type { Repair } from "../../model/message.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { mapTasks, placeIn, withField, type RepairRule } from "../rule.js";

// A role named inside one 责任单位 cell: 牵头单位：…；配合单位：… / 牵头：… 配合：… (colon ASCII or full-width).
const ROLE_LABEL = /(牵头责任单位|牵头单位|牵头部门|牵头|主责单位|配合责任单位|协同责任单位|配合单位|配合部门|配合|协同单位|协办单位|参与单位|责任单位|责任部门)\s*[:\uff1a]/g;

/** The role a label names, as the header vocabulary names the same words over a column. */
function roleOf(label: string): Role {
  const field = fieldForHeader(label);
  return field === "leadUnits" || field === "supportUnits" ? field : "units";
}

type Role = "leadUnits" | "supportUnits" | "units";

/** The part [start, end) of a field, its source spans kept. */
function slice(value: Located, start: number, end: number): Located {
  return value.replace(end, value.text.length, "").replace(0, start, "");
}

/** `value` without the separators at its ends (牵头单位：A；配合单位：B: the ； between the parts). */
function trimSeparators(value: Located): Located {
  const lead = /^[\s;,\uff1b\uff0c、。]*/.exec(value.text)?.[0].length ?? 0;
  const tail = /[\s;,\uff1b\uff0c、。]*$/.exec(value.text.slice(lead))?.[0].length ?? 0;
  return slice(value, lead, value.text.length - tail);
}

/** Parts of a field joined into one list with 、 (empty, at `empty`, when there are none). */
function joinList(parts: readonly Located[], empty: Located): Located {
  const [first, ...rest] = parts;
  return first ? rest.reduce((acc, p) => acc.concat(p, "、"), first) : empty;
}

/** The task with the cell's units moved to lead and support, the cell as printed recorded. */
function withRoles(doc: WorkDoc, task: WorkTask, value: Located, lead: Located, support: Located, reason: string): WorkTask {
  let out = withField(task, "leadUnits", lead);
  out = withField(out, "supportUnits", support);
  out = withField(out, "units", slice(value, 0, 0));
  const repair: Repair = {
    ruleId: "unit-roles",
    field: "units",
    before: value.text,
    after: `牵头 ${lead.text}\uff1b配合 ${support.text}`,
    where: placeIn(doc, task, "units", value, 0, value.text.length),
    reason,
  };
  return { ...out, repairs: [...out.repairs, repair] };
}

// 县发展改革局（牵头）、县财政局: the lead unit marked in brackets after its name.
const MARKED_LEAD = /[(\uff08]\s*牵头(?:单位|部门)?\s*[)\uff09]/;
const LIST_SEPARATOR = /[、,\uff0c;\uff1b\n]/;

/** Units of a list, [start, end) each, split where splitUnits would split them (not inside brackets). */
function listItems(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "\uff08") depth++;
    else if ((ch === ")" || ch === "\uff09") && depth > 0) depth--;
    else if (i === text.length || (depth === 0 && LIST_SEPARATOR.test(ch as string))) {
      out.push([s, i]);
      s = i + 1;
    }
  }
  return out;
}

/**
 * 县发展改革局（牵头）、县财政局、县自然资源局: the unit marked 牵头 leads, the others support it, as
 * the genre's tables mean it. Without exactly one marked unit, the cell is left as it is.
 */
function markedLead(doc: WorkDoc, task: WorkTask, value: Located): WorkTask {
  const items = listItems(value.text).filter(([s, e]) => value.text.slice(s, e).trim() !== "");
  const marked = items.filter(([s, e]) => MARKED_LEAD.test(value.text.slice(s, e)));
  if (marked.length !== 1 || items.length < 2) return task;
  const [ms, me] = marked[0] as [number, number];
  const item = slice(value, ms, me);
  const mark = MARKED_LEAD.exec(item.text);
  if (!mark) return task;
  const lead = trimSeparators(item.replace(mark.index, mark.index + mark[0].length, ""));
  const others = items.filter((it) => it !== marked[0]).map(([s, e]) => trimSeparators(slice(value, s, e)));
  const support = joinList(others, slice(value, 0, 0));
  if (lead.text === "" || support.text === "") return task;
  return withRoles(doc, task, value, lead, support, "The cell marks its lead unit (牵头): the others are read as support units.");
}

// 县交通运输局牵头，各乡镇人民政府配合: the roles said after the units, in a sentence.
const SUFFIXED_ROLES = /^(\s*)(\S.*?)牵头\s*[,;\uff0c\uff1b、]\s*(\S.*?)配合\s*[。.]?\s*$/s;

/** 县交通运输局牵头，各乡镇人民政府配合: the units before 牵头 lead, those before 配合 support. */
function suffixedRoles(doc: WorkDoc, task: WorkTask, value: Located): WorkTask {
  const m = SUFFIXED_ROLES.exec(value.text);
  if (!m) return task;
  const leadStart = (m[1] as string).length;
  const lead = trimSeparators(slice(value, leadStart, leadStart + (m[2] as string).length));
  // Past the lead units and their 牵头: where the support units begin.
  const supportStart = value.text.indexOf(m[3] as string, leadStart + (m[2] as string).length + 2);
  const support = trimSeparators(slice(value, supportStart, supportStart + (m[3] as string).length));
  if (lead.text === "" || support.text === "") return task;
  return withRoles(doc, task, value, lead, support, "The cell says which units lead (…牵头) and which support (…配合).");
}

/**
 * A 责任单位 cell that names the roles itself (牵头单位：县发展改革局；配合单位：县市场监管局、县财政局)
 * is read into leadUnits and supportUnits, as the table's own 牵头单位 / 配合单位 columns would
 * be; units then lists both. The labels are the cell's, not a unit's name: the repair records
 * the cell as printed.
 */
export const unitRoles: RepairRule = {
  id: "unit-roles",
  description: "A 责任单位 cell that labels its units' roles (牵头单位：…；配合单位：…) read into lead and support units.",
  apply(doc: WorkDoc): WorkDoc {
    return mapTasks(doc, (task) => {
      const value = task.cells.get("units");
      if (!value) return task;
      if (!/[:\uff1a]|牵头/.test(value.text)) return task;
      // Only where the table has no lead or support column of its own.
      if ((task.cells.get("leadUnits")?.text ?? "") !== "" || (task.cells.get("supportUnits")?.text ?? "") !== "") return task;
      const labels = [...value.text.matchAll(ROLE_LABEL)];
      if (!labels.some((m) => roleOf(m[1] as string) !== "units")) {
        const marked = markedLead(doc, task, value);
        return marked !== task ? marked : suffixedRoles(doc, task, value);
      }
      const parts: Record<Role, Located[]> = { leadUnits: [], supportUnits: [], units: [] };
      const before = trimSeparators(slice(value, 0, labels[0]?.index ?? 0));
      if (before.text !== "") parts.units.push(before);
      labels.forEach((m, k) => {
        const label = m[1] as string;
        const start = m.index + m[0].length;
        const end = labels[k + 1]?.index ?? value.text.length;
        const part = trimSeparators(slice(value, start, end));
        if (part.text === "") return;
        parts[roleOf(label)].push(part);
      });
      let out: WorkTask = task;
      const joined: Partial<Record<Role, string>> = {};
      for (const role of ["leadUnits", "supportUnits", "units"] as const) {
        const combined = joinList(parts[role], slice(value, 0, 0));
        out = withField(out, role, combined);
        if (combined.text !== "") joined[role] = combined.text;
      }
      const described = [
        joined.leadUnits !== undefined ? `牵头 ${joined.leadUnits}` : null,
        joined.supportUnits !== undefined ? `配合 ${joined.supportUnits}` : null,
        joined.units !== undefined ? `责任 ${joined.units}` : null,
      ].filter((x) => x !== null);
      const repair: Repair = {
        ruleId: "unit-roles",
        field: "units",
        before: value.text,
        after: described.join("；"),
        where: placeIn(doc, task, "units", value, 0, value.text.length),
        reason: "The cell names each unit's role: lead and support units are read from it.",
      };
      return { ...out, repairs: [...out.repairs, repair] };
    });
  },
};
