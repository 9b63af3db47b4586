import { CLI_TEXTS } from "../../i18n/cli.js";
import type { Lang } from "../../i18n/lang.js";
import { STATUS_WORDS } from "../../i18n/status.js";
import type { TaskStatus } from "../../model/document.js";
import { displayWidth, terminalText } from "../../write/terminal-text.js";
import type { FileResult } from "./convert.js";

const TASK_STATUSES: readonly TaskStatus[] = ["ok", "repaired", "needs_review", "missing"];

export interface RunTotals {
  files: number;
  failed: number;
  /** Per task status: the files with at least one task of that status, and the tasks with it. */
  byTaskStatus: Record<TaskStatus, { files: number; tasks: number }>;
  tasks: number;
}

export function totalsOf(results: readonly FileResult[]): RunTotals {
  const byTaskStatus = Object.fromEntries(TASK_STATUSES.map((s) => [s, { files: 0, tasks: 0 }])) as RunTotals["byTaskStatus"];
  let failed = 0;
  let tasks = 0;
  for (const r of results) {
    if (r.status === "failed" || !r.counts) {
      failed++;
      continue;
    }
    tasks += r.counts.tasks;
    const counts: Record<TaskStatus, number> = { ok: r.counts.ok, repaired: r.counts.repaired, needs_review: r.counts.needsReview, missing: r.counts.missing };
    for (const s of TASK_STATUSES) {
      if (counts[s] > 0) byTaskStatus[s].files++;
      byTaskStatus[s].tasks += counts[s];
    }
  }
  return { files: results.length, failed, byTaskStatus, tasks };
}

/**
 * The table printed at the end of a batch: per task status (the words of the workbook and the
 * page), the files that have tasks of that status and the number of those tasks; the files that
 * failed; the totals; then the failed files with their error codes. A file with 5 tasks to review
 * and 9 repaired counts in both rows, with 5 and 9 tasks.
 */
export function summaryTable(results: readonly FileResult[], seconds: number, jobs: number, lang: Lang): string {
  const t = totalsOf(results);
  const text = CLI_TEXTS[lang];
  const rows: string[][] = [[text.summaryStatus, text.summaryFiles, text.summaryTasks]];
  for (const s of TASK_STATUSES) rows.push([STATUS_WORDS[lang][s], String(t.byTaskStatus[s].files), String(t.byTaskStatus[s].tasks)]);
  rows.push([text.summaryFailedWord, String(t.failed), "-"]);
  rows.push([text.summaryTotal, String(t.files), String(t.tasks)]);
  const widths = (rows[0] as string[]).map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] as string))));
  const pad = (c: string, w: number, start: boolean): string => (start ? " ".repeat(w - displayWidth(c)) + c : c + " ".repeat(w - displayWidth(c)));
  const line = (r: string[]): string => r.map((c, i) => pad(c, widths[i] as number, i > 0)).join("  ").trimEnd();
  const out = [
    text.summaryHead({ files: t.files, seconds: seconds.toFixed(1), jobs, read: t.files - t.failed, failed: t.failed }),
    line(rows[0] as string[]),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.slice(1).map(line),
    text.summaryNote,
  ];
  const failed = results.filter((r) => r.status === "failed");
  if (failed.length > 0) {
    out.push(text.summaryFailedFiles);
    for (const r of failed) out.push(`  ${terminalText(r.input)} (${r.error?.code ?? "INTERNAL"})`);
  }
  return out.join("\n");
}
