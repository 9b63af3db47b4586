import { z } from "zod";
import { documentJsonSchema } from "../model/document.js";
import { FixesSchema } from "../model/fixes.js";
import { diffJsonSchema } from "../diff/schema.js";

/** `breakdown schema`: the JSON Schema of the document (or of the fixes file), generated from the zod schema. */
export function runSchema(options: { fixes?: boolean; diff?: boolean }): string {
  if (options.diff) return `${JSON.stringify(diffJsonSchema(), null, 2)}\n`;
  if (options.fixes) return `${JSON.stringify(z.toJSONSchema(FixesSchema, { target: "draft-2020-12" }), null, 2)}\n`;
  return `${JSON.stringify(documentJsonSchema(), null, 2)}\n`;
}
