import { extraKey, type BreakdownDocument } from "../model/document.js";

/** Headers the genre prints, for fields a table has no column for (or a section's fields). */
const DEFAULT_LABELS: Record<string, string> = {
  seq: "\u5e8f\u53f7", // 序号
  section: "\u7ae0\u8282", // 章节
  category: "\u7c7b\u522b", // 类别
  title: "\u91cd\u70b9\u4efb\u52a1", // 重点任务
  content: "\u4e3b\u8981\u5185\u5bb9", // 主要内容
  units: "\u8d23\u4efb\u5355\u4f4d", // 责任单位
  leadUnits: "\u7275\u5934\u5355\u4f4d", // 牵头单位
  supportUnits: "\u914d\u5408\u5355\u4f4d", // 配合单位
  contacts: "\u8054\u7cfb\u4eba", // 联系人
  leaders: "\u8d23\u4efb\u9886\u5bfc", // 责任领导
  deadline: "\u5b8c\u6210\u65f6\u9650", // 完成时限
  progress: "\u5b8c\u6210\u60c5\u51b5", // 完成情况
  target: "目标要求",
  source: "任务来源",
  note: "\u5907\u6ce8", // 备注
};

/**
 * The label a person knows a field by: the new version's printed header, else the old one's,
 * else the genre's usual header. `extra.<header>` is its header. `units` keeps its own label when
 * a table prints lead and support units apart (its columns are then 牵头/配合单位).
 */
export function fieldLabels(oldDoc: BreakdownDocument, newDoc: BreakdownDocument): Record<string, string> {
  const labels: Record<string, string> = { ...DEFAULT_LABELS };
  for (const doc of [oldDoc, newDoc]) {
    for (const c of doc.columns) {
      if (c.field === "extra") labels[`extra.${extraKey(c)}`] = extraKey(c);
      else labels[c.field] = c.header;
    }
  }
  return labels;
}

export function labelOf(field: string, labels: Readonly<Record<string, string>>): string {
  return labels[field] ?? (field.startsWith("extra.") ? field.slice("extra.".length) : field);
}
