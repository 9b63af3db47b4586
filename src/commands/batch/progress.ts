import { CLI_TEXTS } from "../../i18n/cli.js";
import type { Lang } from "../../i18n/lang.js";
import { displayWidth, terminalText } from "../../write/terminal-text.js";
import type { FileResult, FileStatus } from "./convert.js";

/** How a run reports each file: a redrawn bar (a terminal), a line per file (a log, a pipe), or nothing. */
export type ProgressMode = "bar" | "lines" | "none";

export interface BarState {
  done: number;
  total: number;
  byStatus: Record<FileStatus, number>;
  /** The file most recently started, shown after the counts. */
  current: string | null;
}

export { displayWidth };

/** Keep the end of `text` (a path's file name matters most) within `width` columns. */
function fitEnd(text: string, width: number): string {
  if (width <= 1) return "";
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  let out = "";
  let w = 1;
  for (let i = chars.length - 1; i >= 0; i--) {
    const cw = displayWidth(chars[i] as string);
    if (w + cw > width) break;
    out = (chars[i] as string) + out;
    w += cw;
  }
  return `…${out}`;
}

/**
 * One line of the bar: `[#####-----] 120/500  ok 100  repaired 15  review 3  failed 2  table.docx`,
 * within `columns`; the file name's control characters escaped (`terminalText`).
 */
export function renderBar(state: BarState, columns: number, lang: Lang = "en"): string {
  const { done, total, byStatus: s } = state;
  const counts = CLI_TEXTS[lang].progressCounts({ done, total, ok: s.ok, repaired: s.repaired, review: s.needs_review, failed: s.failed });
  const barWidth = Math.max(10, Math.min(30, columns - displayWidth(counts) - 20));
  const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth);
  const head = `[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}] ${counts}`;
  const room = columns - 1 - displayWidth(head) - 2;
  const current = state.current && done < total ? fitEnd(terminalText(state.current), room) : "";
  return (current ? `${head}  ${current}` : head).slice(0, Math.max(0, columns - 1));
}

export interface ProgressOutput {
  /** stdout: the per-file report and the summary. */
  out: (text: string) => void;
  /** stderr: the bar and the errors. */
  err: (text: string) => void;
  columns: () => number;
}

/**
 * Reports a batch as it runs. `bar`: a bar on stderr redrawn in place, with counts and the
 * current file; the files that failed or need review are printed above it. `lines`: one line
 * per file as it finishes, `[done/total] file: …`. Errors always go to stderr in full.
 */
export class Progress {
  private readonly state: BarState;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly mode: ProgressMode,
    total: number,
    private readonly io: ProgressOutput,
    private readonly describe: (r: FileResult) => string,
    private readonly describeError: (r: FileResult) => string,
    private readonly lang: Lang = "en",
  ) {
    this.state = { done: 0, total, byStatus: { ok: 0, repaired: 0, needs_review: 0, failed: 0 }, current: null };
  }

  start(input: string): void {
    this.state.current = input;
    if (this.mode === "bar") this.draw(false);
  }

  done(result: FileResult): void {
    this.state.done++;
    this.state.byStatus[result.status]++;
    const prefix = `[${this.state.done}/${this.state.total}] `;
    if (this.mode === "bar") this.clear();
    if (result.status === "failed") this.io.err(`${this.describeError(result)}\n`);
    if (this.mode === "lines" || (this.mode === "bar" && result.status !== "ok" && result.status !== "repaired")) this.io.out(`${prefix}${this.describe(result)}\n`);
    if (this.mode === "bar") this.draw(true);
  }

  /** Remove the bar before the summary is printed. */
  finish(): void {
    if (this.mode === "bar") this.clear();
  }

  private draw(force: boolean): void {
    const t = Date.now();
    if (!force && t - this.lastDraw < 50) return;
    this.lastDraw = t;
    this.io.err(`\r\u001b[2K${renderBar(this.state, this.io.columns(), this.lang)}`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.drawn) this.io.err("\r\u001b[2K");
    this.drawn = false;
  }
}
