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
  repair: "修复",
  info: "提示",
  warning: "警告",
  error: "错误",
  leftover: "未入表文本",
  "cell-limit": "单元格截断",
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
  "序号",
  "字段",
  "规则",
  "类型",
  "修改前",
  "修改后",
  "说明",
  "原文位置",
  "表中位置",
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
      reason: `该单元格有 ${c.length} 个字符${P.comma}超过 Excel 的上限 ${XLSX_CELL_LIMIT}${P.comma}表中已截断${P.period}全文见 JSON 和 CSV${P.period}`,
      where: c.task ? describePlace(c.task.where) : "",
    });
  }
  return issues;
}

function leftoverReason(reason: string): string {
  switch (reason) {
    case "site-boilerplate":
      return "分享网站添加的文字，不属于原文件";
    case "outside-table":
      return "表格之外的文字（非标题、发文单位、日期）";
    case "unassigned":
      return "表内文字，未归入任何字段";
    case "repeated-header":
      return "分页后重复的表头";
    case "unreadable":
      return "无法解码的字节";
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
    const link: PlainCell = taskRow === undefined ? null : { text: `${TASK_SHEET} 第${taskRow}行`, link: `#'${TASK_SHEET}'!A${taskRow}` };
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
