import type { BreakdownDocument, Task } from "../model/document.js";
import { TEXT_FIELDS } from "../model/fields.js";
import type { ReferenceCells } from "../model/work.js";
import { isComparable } from "../match/match.js";
import { alignTasks } from "./align.js";
import type { LoadedReference } from "./index.js";
import { decideRelation } from "./relation.js";

/**
 * The repair rule whose readings are no evidence about another copy: a reference's cell that rule
 * changed reads as its own document's phrases say, not as the reference prints it, so weighing it
 * against the input would count the same kind of guess twice.
 */
const INFERRED = "ocr-hanzi";

/**
 * What the references that are the same document as `doc` read in each of its rows, for the
 * repair rules (src/repair/rules/ocr-hanzi.ts weighs a reference's reading above the document's
 * own phrases). Rows are paired as `applyReferences` pairs them (the diff's matcher), by the
 * input task's seq; a seq printed twice in the input is left out (which row is meant is unknown).
 * Another version's cells differ by design and are not given; nor is a cell the reference's own
 * ocr-hanzi repaired, nor anything from a reference that is the input's own bytes.
 */
export function referenceReadings(doc: BreakdownDocument, references: readonly LoadedReference[]): Map<number, ReferenceCells[]> {
  const out = new Map<number, ReferenceCells[]>();
  const seqs = new Map<number, number>();
  for (const t of doc.tasks) seqs.set(t.seq, (seqs.get(t.seq) ?? 0) + 1);
  const input = doc.document.source.sha256;
  for (const ref of references) {
    // The input's own bytes again (or a breakdown JSON read from them) read the same slips: no evidence.
    if (ref.sha256 === input || ref.document.document.source.sha256 === input) continue;
    const alignment = alignTasks(doc, ref.document);
    if (decideRelation(doc, ref.document, alignment).relation !== "same-document") continue;
    for (const [i, j] of alignment.pairs) {
      const task = doc.tasks[i] as Task;
      const refTask = ref.document.tasks[j] as Task;
      if (seqs.get(task.seq) !== 1 || !isComparable(task) || !isComparable(refTask)) continue;
      const cells = proseCells(refTask);
      if (cells.size === 0) continue;
      const row = { fileName: ref.fileName, sha256: ref.sha256, seq: refTask.seq, where: refTask.where };
      const list = out.get(task.seq);
      if (list) list.push({ row, cells });
      else out.set(task.seq, [{ row, cells }]);
    }
  }
  return out;
}

/** A task's text cells and extra columns, but those its own ocr-hanzi repaired. */
function proseCells(task: Task): Map<string, string> {
  const inferred = new Set(task.repairs.filter((r) => r.ruleId === INFERRED).map((r) => r.field));
  const cells = new Map<string, string>();
  for (const f of TEXT_FIELDS) {
    const v = (task as unknown as Record<string, unknown>)[f];
    if (typeof v === "string" && v !== "" && !inferred.has(f)) cells.set(f, v);
  }
  for (const [header, v] of Object.entries(task.extra)) if (v !== "" && !inferred.has(`extra.${header}`)) cells.set(`extra.${header}`, v);
  return cells;
}
