import type { BreakdownDocument, Task } from "../../model/document.js";
import type { Message } from "../../model/message.js";
import { describePlace } from "../place-text.js";
import { columnOfField, orderedColumns } from "../table-cells.js";
import type { MessagesByTask } from "../task-messages.js";
import { P, XLSX_CELL_LIMIT } from "./notes.js";
import type { Book } from "./book.js";
import type { SheetWriter } from "./sheet-writer.js";
import { COLOURS } from "./styles.js";
import { PAGE_BUDGET, writeTableSheet, type PlainCell, type PlainColumn } from "./table-sheet.js";
import { TASK_SHEET, type TaskSheetResult } from "./task-sheet.js";

export const ISSUES_SHEET = "问题清单";

export type IssueKind = "repair" | Message["severity"] | "leftover" | "cell-limit";

/** What each kind is called in the sheet. */
export const ISSUE_KIND_LABELS: Record<IssueKind, string> = {
  repair: "\u4fee\u590d", // 修复
  info: "\u63d0\u793a", // 提示
  warning: "\u8b66\u544a", // 警告
  error: "\u9519\u8bef", // 错误
  leftover: "\u672a\u5165\u8868\u6587\u672c", // 未入表文本
  "cell-limit": "\u5355\u5143\u683c\u622a\u65ad", // 单元格截断
};

/** One line of the sheet: a repair, a message, a leftover text, or a cell cut to Excel's limit. */
export interface Issue {
  task: Task | null;
  seq: number | null;
  field: string;
  rule: string;
  kind: IssueKind;
  before: string;
  after: string;
  reason: string;
  where: string;
}

export const ISSUE_HEADERS = [
  "\u5e8f\u53f7", // 序号
  "\u5b57\u6bb5", // 字段
  "\u89c4\u5219", // 规则
  "\u7c7b\u578b", // 类型
  "\u4fee\u6539\u524d", // 修改前
  "\u4fee\u6539\u540e", // 修改后
  "\u8bf4\u660e", // 说明
  "\u539f\u6587\u4f4d\u7f6e", // 原文位置
  "\u8868\u4e2d\u4f4d\u7f6e", // 表中位置
] as const;

/**
 * Every repair and every message, one per line: a task's repairs then its messages, in task order;
 * then the messages about the whole document; then text no field took (leftovers); then cells cut
 * to Excel's limit. Nothing in the JSON's `repairs`, `messages` or `leftovers` is left out.
 */
export function collectIssues(doc: BreakdownDocument, messages: MessagesByTask, cut: TaskSheetResult["cut"] = []): Issue[] {
  const columns = orderedColumns(doc);
  const fieldName = (field: string | null): string => (field === null ? "" : (columnOfField(columns, field)?.header ?? field));
  const fromMessage = (task: Task | null, m: Message): Issue => ({
    task,
    seq: m.seq,
    field: fieldName(m.field),
    rule: m.ruleId,
    kind: m.severity,
    before: m.actual ?? "",
    after: m.expected ?? "",
    reason: m.reason,
    where: describePlace(m.where),
  });
  const issues: Issue[] = [];
  for (const task of doc.tasks) {
    for (const r of task.repairs) {
      issues.push({ task, seq: task.seq, field: fieldName(r.field), rule: r.ruleId, kind: "repair", before: r.before, after: r.after, reason: r.reason, where: describePlace(r.where) });
    }
    for (const m of messages.byTask.get(task) ?? []) issues.push(fromMessage(task, m));
  }
  for (const m of messages.general) issues.push(fromMessage(null, m));
  for (const l of doc.leftovers) {
    issues.push({ task: null, seq: null, field: "", rule: l.reason, kind: "leftover", before: l.text, after: "", reason: leftoverReason(l.reason), where: describePlace(l.where) });
  }
  for (const c of cut) {
    issues.push({
      task: c.task,
      seq: c.task?.seq ?? null,
      field: fieldName(c.field),
      rule: "xlsx-cell-limit",
      kind: "cell-limit",
      before: "",
      after: "",
      // 该单元格有 N 个字符，超过 Excel 的上限 32767，表中已截断；全文见 JSON 和 CSV。
      reason: `\u8be5\u5355\u5143\u683c\u6709 ${c.length} \u4e2a\u5b57\u7b26${P.comma}\u8d85\u8fc7 Excel \u7684\u4e0a\u9650 ${XLSX_CELL_LIMIT}${P.comma}\u8868\u4e2d\u5df2\u622a\u65ad${P.period}\u5168\u6587\u89c1 JSON \u548c CSV${P.period}`,
      where: c.task ? describePlace(c.task.where) : "",
    });
  }
  return issues;
}

function leftoverReason(reason: string): string {
  switch (reason) {
    case "site-boilerplate":
      return "\u5206\u4eab\u7f51\u7ad9\u6dfb\u52a0\u7684\u6587\u5b57\uff0c\u4e0d\u5c5e\u4e8e\u539f\u6587\u4ef6"; // 分享网站添加的文字，不属于原文件
    case "outside-table":
      return "\u8868\u683c\u4e4b\u5916\u7684\u6587\u5b57\uff08\u975e\u6807\u9898\u3001\u53d1\u6587\u5355\u4f4d\u3001\u65e5\u671f\uff09"; // 表格之外的文字（非标题、发文单位、日期）
    case "unassigned":
      return "\u8868\u5185\u6587\u5b57\uff0c\u672a\u5f52\u5165\u4efb\u4f55\u5b57\u6bb5"; // 表内文字，未归入任何字段
    case "repeated-header":
      return "\u5206\u9875\u540e\u91cd\u590d\u7684\u8868\u5934"; // 分页后重复的表头
    case "unreadable":
      return "\u65e0\u6cd5\u89e3\u7801\u7684\u5b57\u8282"; // 无法解码的字节
    default:
      return reason;
  }
}

/** Sheet 问题清单: the issues, filterable by task, field, rule and kind, each linked to its row. */
export function writeIssuesSheet(book: Book, issues: readonly Issue[], rowOfTask: ReadonlyMap<Task, number>): SheetWriter {
  const columns: PlainColumn[] = [
    { header: ISSUE_HEADERS[0], fit: { min: 4, max: 8 }, center: true },
    { header: ISSUE_HEADERS[1], fit: { min: 8, max: 16 } },
    { header: ISSUE_HEADERS[2], fit: { min: 12, max: 22 } },
    { header: ISSUE_HEADERS[3], fit: { min: 6, max: 12 }, center: true },
    { header: ISSUE_HEADERS[4], fit: { min: 16, max: 60 } },
    { header: ISSUE_HEADERS[5], fit: { min: 16, max: 60 } },
    { header: ISSUE_HEADERS[6], fit: { min: 20, max: 70 } },
    { header: ISSUE_HEADERS[7], fit: { min: 12, max: 28 } },
    { header: ISSUE_HEADERS[8], fit: { min: 12, max: 28 } },
  ];
  const row = (i: number): PlainCell[] => {
    const issue = issues[i] as Issue;
    const taskRow = issue.task ? rowOfTask.get(issue.task) : undefined;
    // 任务分解表 第N行, linked to that row
    const link: PlainCell = taskRow === undefined ? null : { text: `${TASK_SHEET} \u7b2c${taskRow}\u884c`, link: `#'${TASK_SHEET}'!A${taskRow}` };
    return [issue.seq, issue.field, issue.rule, ISSUE_KIND_LABELS[issue.kind], issue.before, issue.after, issue.reason, issue.where, link];
  };
  // Nine columns of before, after and reason: wider than a page at 100 % (it prints at about 80 %),
  // so that on screen each problem reads on one or two lines.
  const budget = PAGE_BUDGET * 1.25;
  const colour = (r: number, c: number): string | undefined => {
    if (c !== 3) return undefined;
    const kind = issues[r]?.kind;
    if (kind === "repair") return COLOURS.repaired.fill;
    if (kind === "warning" || kind === "error" || kind === "cell-limit") return COLOURS.needsReview.fill;
    return undefined;
  };
  return writeTableSheet(book, ISSUES_SHEET, columns, { count: issues.length, row }, colour, budget);
}
