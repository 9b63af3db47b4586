import { terminalStrings } from "../write/terminal-text.js";
import { labelOf } from "./labels.js";
import type { DiffResult, FieldChange, SectionEntry, TaskEntry, TaskRef, TextPart } from "./schema.js";

export interface TerminalOptions {
  /** ANSI colours (the CLI: stdout is a terminal and NO_COLOR is unset). */
  color: boolean;
  /** Field → label (the tables' printed headers), from `fieldLabels`. */
  labels: Readonly<Record<string, string>>;
}

/** Equal text longer than this on either side of a change is cut to this many characters around it. */
const CONTEXT_CHARS = 12;
/** Renumbered-only tasks are listed on wrapped lines of about this width. */
const LINE_WIDTH = 88;

const ANSI = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, dim: 2, bold: 1 } as const;
type Style = keyof typeof ANSI;

function painter(color: boolean): (style: Style, text: string) => string {
  return (style, text) => (color && text !== "" ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
}

/** Text parts inline: deletions [-…-], insertions {+…+} (git's word-diff), or red and green. */
export function renderParts(parts: readonly TextPart[], color: boolean, context = CONTEXT_CHARS): string {
  const paint = painter(color);
  return parts
    .map((p, i) => {
      if (p.op === "delete") return color ? paint("red", p.text) : `[-${p.text}-]`;
      if (p.op === "insert") return color ? paint("green", p.text) : `{+${p.text}+}`;
      const chars = Array.from(p.text);
      const first = i === 0;
      const last = i === parts.length - 1;
      if (first && !last && chars.length > context) return `\u2026${chars.slice(-context).join("")}`;
      if (last && !first && chars.length > context) return `${chars.slice(0, context).join("")}\u2026`;
      if (!first && !last && chars.length > 2 * context) return `${chars.slice(0, context).join("")}\u2026${chars.slice(-context).join("")}`;
      return p.text;
    })
    .join("");
}

function none(value: string | null): string {
  return value === null || value === "" ? "(none)" : value;
}

function renderChange(change: FieldChange, label: string, color: boolean): string {
  const paint = painter(color);
  if (change.type === "text") return `${label}: ${renderParts(change.parts, color)}`;
  if (change.type === "value") return `${label}: ${none(change.old)} \u2192 ${none(change.new)}`;
  const items = [...change.removed.map((x) => paint("red", `-${x}`)), ...change.added.map((x) => paint("green", `+${x}`))];
  if (change.reordered) items.push(`reordered: ${change.new.join("\u3001")}`);
  const kept = change.unchanged.length > 0 ? paint("dim", ` (${change.unchanged.length} unchanged)`) : "";
  return `${label}: ${items.join(" ")}${kept}`;
}

function number(ref: TaskRef): string {
  return ref.seqPrinted?.trim() || String(ref.seq);
}

function numbers(e: TaskEntry): string {
  if (e.old && e.new) return number(e.old) === number(e.new) ? number(e.new) : `${number(e.old)} \u2192 ${number(e.new)}`;
  return number((e.new ?? e.old) as TaskRef);
}

const TASK_MARKS: Record<TaskEntry["kind"], { mark: string; label: string; style: Style }> = {
  added: { mark: "+", label: "added", style: "green" },
  removed: { mark: "-", label: "removed", style: "red" },
  moved: { mark: ">", label: "moved", style: "cyan" },
  renumbered: { mark: "#", label: "renumbered", style: "blue" },
  modified: { mark: "~", label: "modified", style: "yellow" },
  "not-comparable": { mark: "?", label: "not comparable", style: "magenta" },
  unchanged: { mark: "=", label: "unchanged", style: "dim" },
};

function sectionName(id: string | null, sections: ReadonlyMap<string, string>): string {
  if (id === null) return "(no section)";
  return sections.get(id) ?? id;
}

interface SectionNames {
  old: ReadonlyMap<string, string>;
  new: ReadonlyMap<string, string>;
}

function sectionNames(result: DiffResult): SectionNames {
  return {
    old: new Map(result.sections.flatMap((s) => (s.old ? [[s.old.id, `${s.old.number} ${s.old.title}`] as const] : []))),
    new: new Map(result.sections.flatMap((s) => (s.new ? [[s.new.id, `${s.new.number} ${s.new.title}`] as const] : []))),
  };
}

function taskLines(e: TaskEntry, sections: SectionNames, options: TerminalOptions): string[] {
  const paint = painter(options.color);
  const m = TASK_MARKS[e.kind];
  const ref = (e.new ?? e.old) as TaskRef;
  const others = e.kinds.slice(1).map((k) => TASK_MARKS[k].label);
  const title = e.kind === "not-comparable" ? "" : `  ${ref.title}`;
  const head = `${paint(m.style, `${m.mark} ${m.label.padEnd(14)}`)} ${numbers(e)}${title}${others.length > 0 ? paint("dim", `  (${others.join(", ")})`) : ""}`;
  const lines = [head];
  if (e.reason) lines.push(`    ${e.reason}`);
  if (e.kinds.includes("moved") && e.old && e.new) {
    lines.push(`    section: ${sectionName(e.old.section, sections.old)} \u2192 ${sectionName(e.new.section, sections.new)}`);
  }
  if (e.similarity && e.matchedBy === "similarity" && e.similarity.score < 1) lines.push(paint("dim", `    matched by similarity ${e.similarity.score.toFixed(2)}`));
  for (const c of e.changes) lines.push(`    ${renderChange(c, labelOf(c.field, options.labels), options.color)}`);
  return lines;
}

function sectionLines(e: SectionEntry, options: TerminalOptions): string[] {
  const paint = painter(options.color);
  const style: Style = e.kind === "added" ? "green" : e.kind === "removed" ? "red" : "yellow";
  const s = (e.new ?? e.old) as NonNullable<SectionEntry["new"]>;
  const others = e.kinds.slice(1);
  const lines = [`${paint(style, `  ${e.kind.padEnd(12)}`)} ${s.number} ${s.title}${others.length > 0 ? paint("dim", `  (${others.join(", ")})`) : ""}`];
  for (const c of e.changes) lines.push(`    ${renderChange(c, c.field, options.color)}`);
  if (e.kinds.includes("moved")) lines.push(`    parent: ${e.old?.parent ?? "(top)"} \u2192 ${e.new?.parent ?? "(top)"}`);
  return lines;
}

const DOCUMENT_LABELS: Record<string, string> = { title: "title", issuer: "issuer", issuedDate: "date", issuedDateText: "date", columns: "columns" };

/** Renumbered-only tasks on a few wrapped lines: `5 → 4, 6 → 5, …`. */
function renumberedLines(entries: readonly TaskEntry[]): string[] {
  const lines: string[] = [];
  let line = "";
  for (const e of entries) {
    const item = `${numbers(e)}`;
    if (line !== "" && line.length + item.length + 2 > LINE_WIDTH - 4) {
      lines.push(`    ${line},`);
      line = item;
    } else line = line === "" ? item : `${line}, ${item}`;
  }
  if (line !== "") lines.push(`    ${line}`);
  return lines;
}

/**
 * The diff for a person at a terminal: the two files, the counts, then each change (sections,
 * the document's own fields, then tasks in the new order). Tasks that only changed number are
 * listed together at the end so they do not drown the rest. Every text from the documents (file
 * names, titles, headers, values) has its control characters escaped first (`terminalStrings`).
 */
export function formatDiffReport(unsafe: DiffResult, unsafeOptions: TerminalOptions): string {
  const result = terminalStrings(unsafe);
  const options: TerminalOptions = { color: unsafeOptions.color, labels: terminalStrings(unsafeOptions.labels) };
  const paint = painter(options.color);
  const t = result.summary.tasks;
  const s = result.summary.sections;
  const lines = [
    `old  ${result.old.fileName}  (${result.old.tasks} tasks)`,
    `new  ${result.new.fileName}  (${result.new.tasks} tasks)`,
    "",
    `Tasks: ${t.added} added, ${t.removed} removed, ${t.moved} moved, ${t.renumbered} renumbered, ${t.modified} modified, ${t.notComparable} not comparable, ${t.unchanged} unchanged`,
    `Sections: ${s.added} added, ${s.removed} removed, ${s.renamed} renamed, ${s.renumbered} renumbered, ${s.moved} moved, ${s.unchanged} unchanged`,
    `Document: ${result.summary.document === 0 ? "no changes" : `${result.summary.document} change${result.summary.document === 1 ? "" : "s"}`}`,
  ];
  if (result.document.length > 0) {
    lines.push("", paint("bold", "Document"));
    for (const c of result.document) lines.push(`    ${renderChange(c, DOCUMENT_LABELS[c.field] ?? c.field, options.color)}`);
  }
  const sections = result.sections.filter((e) => e.kind !== "unchanged");
  if (sections.length > 0) {
    lines.push("", paint("bold", "Sections"));
    for (const e of sections) lines.push(...sectionLines(e, options));
  }
  const isOnlyRenumbered = (e: TaskEntry): boolean => e.kinds.length === 1 && e.kind === "renumbered";
  const onlyRenumbered = result.tasks.filter(isOnlyRenumbered);
  const shown = result.tasks.filter((e) => e.kind !== "unchanged" && !isOnlyRenumbered(e));
  if (shown.length > 0) {
    lines.push("", paint("bold", "Tasks"));
    const names = sectionNames(result);
    for (const e of shown) lines.push(...taskLines(e, names, options));
  }
  if (onlyRenumbered.length > 0) {
    lines.push("", `${paint(TASK_MARKS.renumbered.style, `${TASK_MARKS.renumbered.mark} renumbered`)} only (old \u2192 new):`);
    lines.push(...renumberedLines(onlyRenumbered));
  }
  lines.push("", result.summary.different ? "The versions differ." : t.notComparable > 0 ? "No differences in the tasks both versions can read." : "No differences.");
  return `${lines.join("\n")}\n`;
}
