import type { BreakdownDocument, Task } from "../../model/document.js";
import type { Message } from "../../model/message.js";
import { describePlace } from "../place-text.js";
import { columnOfField, orderedColumns } from "../table-cells.js";
import type { MessagesByTask } from "../task-messages.js";
import type { Lang } from "../../i18n/lang.js";
import { reasonText } from "../../i18n/reasons.js";
import { ISSUE_KIND_WORDS, ISSUE_TEXTS, WORKBOOK_TEXTS } from "../../i18n/workbook.js";
import { XLSX_CELL_LIMIT } from "./notes.js";
import type { Book } from "./book.js";
import type { SheetWriter } from "./sheet-writer.js";
import { COLOURS } from "./styles.js";
import { PAGE_BUDGET, writeTableSheet, type PlainCell, type PlainColumn } from "./table-sheet.js";
import type { TaskSheetResult } from "./task-sheet.js";

export const ISSUES_SHEET = WORKBOOK_TEXTS.zh.issuesSheet;

export type IssueKind = "repair" | Message["severity"] | "leftover" | "cell-limit";

export const ISSUE_KIND_LABELS: Record<IssueKind, string> = ISSUE_KIND_WORDS.zh;

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


/**
 * Every repair and every message, one per line: a task's repairs then its messages, in task order;
 * then the messages about the whole document; then text no field took (leftovers); then cells cut
 * to Excel's limit. Nothing in the JSON's `repairs`, `messages` or `leftovers` is left out.
 */
export function collectIssues(doc: BreakdownDocument, messages: MessagesByTask, cut: TaskSheetResult["cut"] = [], lang: Lang = "zh"): Issue[] {
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
    reason: reasonText(m.ruleId, m.reason, lang),
    where: describePlace(m.where),
  });
  const issues: Issue[] = [];
  for (const task of doc.tasks) {
    for (const r of task.repairs) {
      issues.push({ task, seq: task.seq, field: fieldName(r.field), rule: r.ruleId, kind: "repair", before: r.before, after: r.after, reason: reasonText(r.ruleId, r.reason, lang), where: describePlace(r.where) });
    }
    for (const m of messages.byTask.get(task) ?? []) issues.push(fromMessage(task, m));
  }
  for (const m of messages.general) issues.push(fromMessage(null, m));
  for (const l of doc.leftovers) {
    issues.push({ task: null, seq: null, field: "", rule: l.reason, kind: "leftover", before: l.text, after: "", reason: leftoverReason(l.reason, lang), where: describePlace(l.where) });
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
      reason: ISSUE_TEXTS[lang].cellLimit({ length: c.length, limit: XLSX_CELL_LIMIT }),
      where: c.task ? describePlace(c.task.where) : "",
    });
  }
  return issues;
}

function leftoverReason(reason: string, lang: Lang): string {
  const texts = ISSUE_TEXTS[lang] as Record<string, unknown>;
  const text = texts[reason];
  return typeof text === "string" && reason !== "headers" ? text : reason;
}

/** Sheet 问题清单: the issues, filterable by task, field, rule and kind, each linked to its row. */
export function writeIssuesSheet(book: Book, issues: readonly Issue[], rowOfTask: ReadonlyMap<Task, number>, lang: Lang = "zh"): SheetWriter {
  const headers = ISSUE_TEXTS[lang].headers.split("|");
  const taskSheet = WORKBOOK_TEXTS[lang].taskSheet;
  const columns: PlainColumn[] = [
    { header: headers[0] as string, fit: { min: 4, max: 8 }, center: true },
    { header: headers[1] as string, fit: { min: 8, max: 16 } },
    { header: headers[2] as string, fit: { min: 12, max: 22 } },
    { header: headers[3] as string, fit: { min: 6, max: 12 }, center: true },
    { header: headers[4] as string, fit: { min: 16, max: 60 } },
    { header: headers[5] as string, fit: { min: 16, max: 60 } },
    { header: headers[6] as string, fit: { min: 20, max: 70 } },
    { header: headers[7] as string, fit: { min: 12, max: 28 } },
    { header: headers[8] as string, fit: { min: 12, max: 28 } },
  ];
  const row = (i: number): PlainCell[] => {
    const issue = issues[i] as Issue;
    const taskRow = issue.task ? rowOfTask.get(issue.task) : undefined;
    // 任务分解表 第N行, linked to that row
    const link: PlainCell = taskRow === undefined ? null : { text: ISSUE_TEXTS[lang].rowLink({ sheet: taskSheet, row: taskRow }), link: `#'${taskSheet}'!A${taskRow}` };
    return [issue.seq, issue.field, issue.rule, ISSUE_KIND_WORDS[lang][issue.kind], issue.before, issue.after, issue.reason, issue.where, link];
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
  return writeTableSheet(book, WORKBOOK_TEXTS[lang].issuesSheet, columns, { count: issues.length, row }, colour, budget, WORKBOOK_TEXTS[lang].footer);
}
