import { z } from "zod";
import { BreakdownError, detail } from "../errors.js";
import type { BreakdownDocument } from "../model/document.js";
import { TOOL_VERSION } from "../version.js";
import { compareDocumentFields, inNewOrder, sectionEntry, taskEntry } from "./compare.js";
import { matchSections, matchTasks } from "../match/match.js";
import { normalizerFor } from "../match/normalize.js";
import { mergeRepeatedSections } from "../match/sections.js";
import { DIFF_SCHEMA_VERSION, type DiffResult, type DiffSummary, type SectionEntry, type TaskEntry } from "./schema.js";
import { CONTENT_WEIGHT, MIN_SIMILARITY, SAME_NUMBER_MIN_SIMILARITY, TITLE_WEIGHT } from "../match/similarity.js";

export const DiffOptionsSchema = z
  .object({
    /** Compare texts as printed: a change of character width (\uff0c vs ,) or whitespace is a change. Default false. */
    exact: z.boolean().optional(),
  })
  .strict();
export type DiffOptions = z.input<typeof DiffOptionsSchema>;

function resolveDiffOptions(options: DiffOptions): { exact: boolean } {
  const parsed = DiffOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BreakdownError("USAGE", detail("badDiffOption", { option: issue?.path.join(".") || "options", reason: issue?.message ?? "invalid" }));
  }
  return { exact: parsed.data.exact ?? false };
}

function side(doc: BreakdownDocument): DiffResult["old"] {
  const s = doc.document.source;
  return { fileName: s.fileName, format: s.format, sha256: s.sha256, title: doc.document.title, tasks: doc.tasks.length };
}

function summarize(tasks: readonly TaskEntry[], sections: readonly SectionEntry[], documentChanges: number): DiffSummary {
  const t = (k: TaskEntry["kind"]): number => tasks.filter((e) => e.kinds.includes(k)).length;
  const s = (k: SectionEntry["kind"]): number => sections.filter((e) => e.kinds.includes(k)).length;
  const summary: DiffSummary = {
    different: false,
    tasks: { added: t("added"), removed: t("removed"), moved: t("moved"), renumbered: t("renumbered"), modified: t("modified"), notComparable: t("not-comparable"), unchanged: t("unchanged") },
    sections: { added: s("added"), removed: s("removed"), moved: s("moved"), renumbered: s("renumbered"), renamed: s("renamed"), unchanged: s("unchanged") },
    document: documentChanges,
  };
  // Rows that could not be read are reported, but they are not a difference: nothing is known of them.
  summary.different =
    tasks.some((e) => e.kind !== "unchanged" && e.kind !== "not-comparable") || sections.some((e) => e.kind !== "unchanged") || documentChanges > 0;
  return summary;
}

/**
 * What changed between two versions of a breakdown table: tasks matched across renumbering and
 * moves, each pair compared field by field, sections and the document's own fields compared.
 * Both documents are the JSON contract (from `parse`, or a JSON `breakdown parse` wrote).
 */
export function diff(oldInput: BreakdownDocument, newInput: BreakdownDocument, options: DiffOptions = {}): DiffResult {
  const { exact } = resolveDiffOptions(options);
  const normalize = normalizerFor(!exact);
  // A section printed twice (a split table's repeated row, in a JSON read before that was one
  // section) is one section: a task is never "moved" from 三 to the same 三.
  const oldDoc = mergeRepeatedSections(oldInput, normalize);
  const newDoc = mergeRepeatedSections(newInput, normalize);
  const taskMatches = matchTasks(oldDoc.tasks, newDoc.tasks, normalize);
  const sectionMatches = matchSections(oldDoc.sections, newDoc.sections, taskMatches, oldDoc.tasks, newDoc.tasks, normalize);
  const sectionMap = new Map<string, string>();
  for (const m of sectionMatches) {
    if (m.old !== null && m.new !== null) sectionMap.set(oldDoc.sections[m.old]?.id as string, newDoc.sections[m.new]?.id as string);
  }
  const tasks = inNewOrder(
    taskMatches.map((m) => taskEntry(m, oldDoc, newDoc, sectionMap, normalize)),
    (e) => e.old?.index ?? null,
    (e) => e.new?.index ?? null,
    oldDoc.tasks.length,
  );
  const oldSectionIndex = new Map(oldDoc.sections.map((s, i) => [s.id, i]));
  const newSectionIndex = new Map(newDoc.sections.map((s, i) => [s.id, i]));
  const sections = inNewOrder(
    sectionMatches.map((m) => sectionEntry(m, oldDoc, newDoc, sectionMap, normalize)),
    (e) => (e.old ? (oldSectionIndex.get(e.old.id) ?? null) : null),
    (e) => (e.new ? (newSectionIndex.get(e.new.id) ?? null) : null),
    oldDoc.sections.length,
  );
  const documentChanges = compareDocumentFields(oldDoc, newDoc, normalize);
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    tool: { name: "breakdown", version: TOOL_VERSION },
    old: side(oldDoc),
    new: side(newDoc),
    settings: {
      normalize: !exact,
      minSimilarity: MIN_SIMILARITY,
      sameNumberMinSimilarity: SAME_NUMBER_MIN_SIMILARITY,
      titleWeight: TITLE_WEIGHT,
      contentWeight: CONTENT_WEIGHT,
    },
    summary: summarize(tasks, sections, documentChanges.length),
    document: documentChanges,
    sections,
    tasks,
  };
}

export { DiffResultSchema, DIFF_SCHEMA_VERSION, diffJsonSchema } from "./schema.js";
export type { DiffResult, TaskEntry, SectionEntry, FieldChange, TextPart, TaskChangeKind } from "./schema.js";
