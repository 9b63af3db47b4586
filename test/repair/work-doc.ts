import { Located } from "../../src/model/located.js";
import type { WorkDoc, WorkTask } from "../../src/model/work.js";

/** A working document with the given tasks' fields, for testing one rule at a time. */
export function workDoc(tasks: Array<{ seq: number; fields?: Record<string, string>; status?: WorkTask["status"]; section?: string; raw?: string }>): WorkDoc {
  return {
    source: { fileName: "t.txt", format: "text", sha256: "0".repeat(64), bytes: 0, encoding: "utf-8", layout: "run-together", originalName: null, pageCount: null },
    title: null,
    issuer: null,
    issuedDate: null,
    issuedDateText: null,
    columns: [],
    sections: [],
    tasks: tasks.map((t) => ({
      seq: t.seq,
      seqPrinted: String(t.seq),
      section: t.section ?? null,
      cells: new Map(Object.entries(t.fields ?? {}).map(([k, v]) => [k, Located.of(v)])),
      extra: new Map(),
      status: t.status ?? "ok",
      repairs: [],
      raw: t.raw ?? "",
      where: {},
      fields: {},
      merged: [],
    })),
    garbled: [],
    edits: [],
    messages: [],
    leftovers: [],
    locate: () => ({}),
  };
}

export function field(doc: WorkDoc, seq: number, name: string): string | undefined {
  return doc.tasks.find((t) => t.seq === seq)?.cells.get(name)?.text;
}
