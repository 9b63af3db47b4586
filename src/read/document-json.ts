import { extname } from "node:path";
import { BreakdownError, detail } from "../errors.js";
import { BreakdownDocumentSchema, SCHEMA_VERSION, type BreakdownDocument } from "../model/document.js";

// A JSON that `breakdown parse` wrote, read back: by `breakdown diff` (diff/load.ts) and as a
// `--reference` (pipeline.ts), checked against the contract before it is trusted.

/** How many schema problems a JSON_INVALID error lists. */
const MAX_LISTED_ISSUES = 5;

/** A JSON side: named .json, or text whose first character (after a BOM and blanks) is `{`. */
export function looksLikeJson(data: Uint8Array, fileName: string): boolean {
  if (extname(fileName).toLowerCase() === ".json") return true;
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, 64)).toString("utf8");
  return /^\uFEFF?\s*\{/.test(head);
}

/** Describe a value for an error message: `got <value>` in csv-stringify's style. */
function got(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Earlier minor versions of the contract, read by filling in what they did not have. */
const OLDER_READABLE = ["1.0.0", "1.1.0", "1.2.0"];

/**
 * An older document as the current one: 1.1.0 tasks gained `target` and `source` (null: the table had
 * no such column); 1.2.0 only added an optional `reference` to repairs and 1.3.0 new source formats and an
 * optional `convertedFrom`, so a 1.1.0 or 1.2.0 document needs nothing.
 */
function upgradeDocument(value: Record<string, unknown>): Record<string, unknown> {
  const tasks = Array.isArray(value.tasks) ? value.tasks.map((t: unknown) => (t !== null && typeof t === "object" ? { target: null, source: null, ...(t as object) } : t)) : value.tasks;
  return { ...value, schemaVersion: SCHEMA_VERSION, tasks };
}

/** A JSON written by `breakdown parse`, checked against the contract before it is trusted. */
export function readDocumentJson(data: Uint8Array, fileName: string): BreakdownDocument {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new BreakdownError("JSON_INVALID", detail("jsonNotJson", { reason: (error as Error).message }), { file: fileName, cause: error });
  }
  const version = valueAt(value, ["schemaVersion"]);
  if (value !== null && typeof value === "object" && version !== undefined && version !== SCHEMA_VERSION) {
    if (!OLDER_READABLE.includes(version as string)) {
      throw new BreakdownError("JSON_INVALID", detail("jsonVersion", { got: got(version), readable: [...OLDER_READABLE, SCHEMA_VERSION].join(", ") }), { file: fileName });
    }
    value = upgradeDocument(value as Record<string, unknown>);
  }
  const parsed = BreakdownDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const details = issues.slice(0, MAX_LISTED_ISSUES).map((i) => `${i.path.join(".") || "(top level)"}: ${i.message}, got ${got(valueAt(value, i.path))}`);
    if (issues.length > MAX_LISTED_ISSUES) details.push(`… and ${issues.length - MAX_LISTED_ISSUES} more`);
    throw new BreakdownError("JSON_INVALID", detail("jsonSchema", { count: issues.length }), { file: fileName, details });
  }
  return parsed.data;
}

