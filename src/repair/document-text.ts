import type { WorkDoc } from "../model/work.js";
import { taskFields } from "./rule.js";

/** All the document's own words in one string (title, sections, every field), for rules that look for evidence. */
export function documentText(doc: WorkDoc): string {
  const parts: string[] = [];
  if (doc.title) parts.push(doc.title);
  for (const s of doc.sections) parts.push(s.title);
  for (const t of doc.tasks) for (const [, v] of taskFields(t)) parts.push(v.text);
  return parts.join("\n");
}
