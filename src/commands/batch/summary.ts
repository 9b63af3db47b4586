import { terminalText } from "../../write/terminal-text.js";
import type { FileResult, FileStatus } from "./convert.js";

const LABELS: ReadonlyArray<[FileStatus, string]> = [
  ["ok", "ok"],
  ["repaired", "repaired"],
  ["needs_review", "needs review"],
  ["failed", "failed"],
];

export interface RunTotals {
  files: number;
  byStatus: Record<FileStatus, number>;
  tasksByStatus: Record<FileStatus, number>;
}

export function totalsOf(results: readonly FileResult[]): RunTotals {
  const byStatus: Record<FileStatus, number> = { ok: 0, repaired: 0, needs_review: 0, failed: 0 };
  const tasksByStatus: Record<FileStatus, number> = { ok: 0, repaired: 0, needs_review: 0, failed: 0 };
  for (const r of results) {
    byStatus[r.status]++;
    tasksByStatus[r.status] += r.counts?.tasks ?? 0;
  }
  return { files: results.length, byStatus, tasksByStatus };
}

/**
 * The table printed at the end of a batch: files (and their tasks) by how they were read —
 * ok (every row as printed), repaired (rows with recorded repairs), needs review (rows that
 * could not be read reliably or are missing), failed (the file could not be used) — then the
 * failed files with their error codes.
 */
export function summaryTable(results: readonly FileResult[], seconds: number, jobs: number): string {
  const t = totalsOf(results);
  const rows: string[][] = [["status", "files", "tasks"]];
  for (const [status, label] of LABELS) rows.push([label, String(t.byStatus[status]), status === "failed" ? "-" : String(t.tasksByStatus[status])]);
  rows.push(["total", String(t.files), String(Object.values(t.tasksByStatus).reduce((a, b) => a + b, 0))]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] as string).length)));
  const line = (r: string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join("  ").trimEnd();
  const out = [
    `${t.files} file${t.files === 1 ? "" : "s"} in ${seconds.toFixed(1)} s (${jobs} job${jobs === 1 ? "" : "s"}): ${t.files - t.byStatus.failed} read, ${t.byStatus.failed} failed`,
    line(rows[0] as string[]),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.slice(1).map(line),
  ];
  const failed = results.filter((r) => r.status === "failed");
  if (failed.length > 0) {
    out.push("failed:");
    for (const r of failed) out.push(`  ${terminalText(r.input)} (${r.error?.code ?? "INTERNAL"})`);
  }
  return out.join("\n");
}
