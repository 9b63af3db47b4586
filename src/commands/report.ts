import { BreakdownError, ERROR_CODES, isBreakdownError } from "../errors.js";
import { CLI_TEXTS } from "../i18n/cli.js";
import { detailLineText } from "../i18n/errors.js";
import type { Lang } from "../i18n/lang.js";
import { terminalText } from "../write/terminal-text.js";

/** Exit statuses, as `diff` uses them: 0 fine, 1 differences (diff only) or no command given (the help is printed), 2 error, 3 rows need review under --strict. */
export const EXIT = { OK: 0, DIFFERENT: 1, ERROR: 2, NEEDS_REVIEW: 3, NO_COMMAND: 1 } as const;

const useColor = (): boolean => Boolean(process.stderr.isTTY) && !process.env.NO_COLOR;

/**
 * One readable block for an error: code, file, what was wrong, what to do. Never a stack trace.
 * The file name, the message and its details can hold an input's text: their control
 * characters are escaped (`terminalText`).
 */
export function formatError(error: unknown, lang: Lang): string {
  const red = (s: string): string => (useColor() ? `\u001b[31m${s}\u001b[0m` : s);
  const t = CLI_TEXTS[lang];
  const colon = lang === "zh" ? "：" : ": ";
  if (isBreakdownError(error)) {
    const lines = [`${red(`${t.error} ${error.code}`)}${error.file ? `${colon}${terminalText(error.file)}` : ""}`, `  ${terminalText(error.text(lang))}`];
    for (const d of error.details) lines.push(`  - ${terminalText(detailLineText(d, lang))}`);
    lines.push(`  ${t.whatToDo}${ERROR_CODES[error.code][lang].remedy}`);
    return lines.join("\n");
  }
  const message = terminalText(error instanceof Error ? error.message : String(error));
  const lines = [`${red(`${t.error} INTERNAL`)}${colon}${message}`, `  ${t.internal}`];
  if (process.env.BREAKDOWN_DEBUG && error instanceof Error && error.stack) lines.push(error.stack);
  return lines.join("\n");
}

export function usageError(message: string): BreakdownError {
  return new BreakdownError("USAGE", message);
}
