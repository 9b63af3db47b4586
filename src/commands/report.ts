import { BreakdownError, isBreakdownError } from "../errors.js";
import { terminalText } from "../write/terminal-text.js";

/** Exit statuses, as `diff` uses them: 0 fine, 1 differences (diff only), 2 error, 3 rows need review under --strict. */
export const EXIT = { OK: 0, DIFFERENT: 1, ERROR: 2, NEEDS_REVIEW: 3 } as const;

const useColor = (): boolean => Boolean(process.stderr.isTTY) && !process.env.NO_COLOR;

/**
 * One readable block for an error: code, file, what was wrong, what to do. Never a stack trace.
 * The file name, the message and its details can hold an input's text: their control
 * characters are escaped (`terminalText`).
 */
export function formatError(error: unknown): string {
  const red = (s: string): string => (useColor() ? `\u001b[31m${s}\u001b[0m` : s);
  if (isBreakdownError(error)) {
    const lines = [`${red(`error ${error.code}`)}${error.file ? `: ${terminalText(error.file)}` : ""}`, `  ${terminalText(error.message)}`];
    for (const d of error.details) lines.push(`  - ${terminalText(d)}`);
    lines.push(`  What to do: ${error.remedy}`);
    return lines.join("\n");
  }
  const message = terminalText(error instanceof Error ? error.message : String(error));
  const lines = [`${red("error INTERNAL")}: ${message}`, "  This is a bug in breakdown. Please report it with the input file."];
  if (process.env.BREAKDOWN_DEBUG && error instanceof Error && error.stack) lines.push(error.stack);
  return lines.join("\n");
}

export function usageError(message: string): BreakdownError {
  return new BreakdownError("USAGE", message);
}
