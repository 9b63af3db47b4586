import type { z } from "zod";
import { BreakdownError, detail } from "../errors.js";

/** commander's name for an option (`maxInputBytes`) as a person types it (`--max-input-bytes`). */
function flagName(key: PropertyKey): string {
  return `--${String(key).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * The options commander parsed for a command, checked once with zod at the entry: past this
 * point the command trusts its types. A mismatch is a USAGE error that names the flag.
 */
export function checkFlags<S extends z.ZodType>(schema: S, flags: unknown): z.output<S> {
  const parsed = schema.safeParse(flags);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = issue?.path[0];
  if (key === undefined) throw new BreakdownError("USAGE", detail("badOption", { option: "options", reason: issue?.message ?? "invalid" }));
  const value = flags !== null && typeof flags === "object" ? (flags as Record<PropertyKey, unknown>)[key] : undefined;
  throw new BreakdownError("USAGE", detail("badFlag", { flag: flagName(key), reason: issue?.message ?? "invalid", got: JSON.stringify(value) ?? "nothing" }));
}
