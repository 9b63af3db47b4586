import { DIFF_FIELDS_EN } from "../i18n/diff.js";
import type { Lang } from "../i18n/lang.js";
import { extraKey, type BreakdownDocument } from "../model/document.js";

/** Headers the genre prints, for fields a table has no column for (or a section's fields). */
const DEFAULT_LABELS: Record<string, string> = {
  seq: "序号",
  section: "章节",
  category: "类别",
  title: "重点任务",
  content: "主要内容",
  units: "责任单位",
  leadUnits: "牵头单位",
  supportUnits: "配合单位",
  contacts: "联系人",
  leaders: "责任领导",
  deadline: "完成时限",
  progress: "完成情况",
  target: "目标要求",
  source: "任务来源",
  note: "备注",
};


/**
 * The label a person knows a field by: the new version's printed header, else the old one's,
 * else the genre's usual header. `extra.<header>` is its header. `units` keeps its own label when
 * a table prints lead and support units apart (its columns are then 牵头/配合单位). Under
 * `lang` en, the genre's fields are named in English.
 */
export function fieldLabels(oldDoc: BreakdownDocument, newDoc: BreakdownDocument, lang: Lang = "zh"): Record<string, string> {
  const labels: Record<string, string> = { ...(lang === "zh" ? DEFAULT_LABELS : DIFF_FIELDS_EN) };
  for (const doc of [oldDoc, newDoc]) {
    for (const c of doc.columns) {
      if (c.field === "extra") labels[`extra.${extraKey(c)}`] = extraKey(c);
      // Under English, the genre's fields by their English names; a column of its own keeps its header.
      else if (lang === "zh") labels[c.field] = c.header;
    }
  }
  return labels;
}

export function labelOf(field: string, labels: Readonly<Record<string, string>>): string {
  return labels[field] ?? (field.startsWith("extra.") ? field.slice("extra.".length) : field);
}
