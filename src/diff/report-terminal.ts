import { DIFF_DOCUMENT_FIELDS, DIFF_KIND_WORDS, DIFF_TEXTS } from "../i18n/diff.js";
import type { Lang } from "../i18n/lang.js";
import { displayWidth, terminalStrings } from "../write/terminal-text.js";
import { labelOf } from "./labels.js";
import type { DiffResult, FieldChange, SectionEntry, TaskEntry, TaskRef, TextPart } from "./schema.js";

export interface TerminalOptions {
  /** ANSI colours (the CLI: stdout is a terminal and NO_COLOR is unset). */
  color: boolean;
  /** Field → label (the tables' printed headers), from `fieldLabels`. */
  labels: Readonly<Record<string, string>>;
  /** The language of the report (default English, the library's). */
  lang?: Lang;
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

function renderChange(change: FieldChange, label: string, color: boolean, lang: Lang): string {
  const paint = painter(color);
  const t = DIFF_TEXTS[lang];
  const none = (value: string | null): string => (value === null || value === "" ? t.none : value);
  const colon = lang === "zh" ? "：" : ": ";
  if (change.type === "text") return `${label}${colon}${renderParts(change.parts, color)}`;
  if (change.type === "value") return `${label}${colon}${none(change.old)} \u2192 ${none(change.new)}`;
  const items = [...change.removed.map((x) => paint("red", `-${x}`)), ...change.added.map((x) => paint("green", `+${x}`))];
  if (change.reordered) items.push(t.reordered({ list: change.new.join("\u3001") }));
  const kept = change.unchanged.length > 0 ? paint("dim", t.unchangedItems({ n: change.unchanged.length })) : "";
  return `${label}${colon}${items.join(" ")}${kept}`;
}

/** Why a pair cannot be compared, from the statuses diff.json records (its `reason` is the English form). */
export function notComparableText(e: TaskEntry, lang: Lang): string {
  const t = DIFF_TEXTS[lang];
  const side = (s: "old" | "new", ref: TaskRef | null): string | null =>
    ref === null ? null : ref.status === "needs_review" ? t.unreadable({ side: s, seq: ref.seq }) : ref.status === "missing" ? t.absent({ side: s, seq: ref.seq }) : null;
  const reasons = [side("old", e.old), side("new", e.new)].filter((r): r is string => r !== null);
  if (e.old === null) reasons.push(t.noRowIn({ side: "old" }));
  if (e.new === null) reasons.push(t.noRowIn({ side: "new" }));
  const sentence = reasons.join(t.joinReasons);
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${t.endReason}`;
}

/** A label padded to `width` terminal columns (a Han character takes two). */
function padLabel(label: string, width: number): string {
  return label + " ".repeat(Math.max(0, width - displayWidth(label)));
}

function number(ref: TaskRef): string {
  return ref.seqPrinted?.trim() || String(ref.seq);
}

function numbers(e: TaskEntry): string {
  if (e.old && e.new) return number(e.old) === number(e.new) ? number(e.new) : `${number(e.old)} \u2192 ${number(e.new)}`;
  return number((e.new ?? e.old) as TaskRef);
}

const TASK_MARKS: Record<TaskEntry["kind"], { mark: string; style: Style }> = {
  added: { mark: "+", style: "green" },
  removed: { mark: "-", style: "red" },
  moved: { mark: ">", style: "cyan" },
  renumbered: { mark: "#", style: "blue" },
  modified: { mark: "~", style: "yellow" },
  "not-comparable": { mark: "?", style: "magenta" },
  unchanged: { mark: "=", style: "dim" },
};

function sectionName(id: string | null, sections: ReadonlyMap<string, string>, lang: Lang): string {
  if (id === null) return DIFF_TEXTS[lang].noSection;
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

function taskLines(e: TaskEntry, sections: SectionNames, options: TerminalOptions, lang: Lang): string[] {
  const paint = painter(options.color);
  const words = DIFF_KIND_WORDS[lang];
  const t = DIFF_TEXTS[lang];
  const m = TASK_MARKS[e.kind];
  const ref = (e.new ?? e.old) as TaskRef;
  const others = e.kinds.slice(1).map((k) => words[k]);
  const title = e.kind === "not-comparable" ? "" : `  ${ref.title}`;
  const head = `${paint(m.style, `${m.mark} ${padLabel(words[e.kind], 14)}`)} ${numbers(e)}${title}${others.length > 0 ? paint("dim", `  (${others.join(lang === "zh" ? "、" : ", ")})`) : ""}`;
  const lines = [head];
  if (e.reason) lines.push(`    ${lang === "en" ? e.reason : notComparableText(e, lang)}`);
  if (e.kinds.includes("moved") && e.old && e.new) {
    lines.push(`    ${t.sectionMoved({ from: sectionName(e.old.section, sections.old, lang), to: sectionName(e.new.section, sections.new, lang) })}`);
  }
  if (e.similarity && e.matchedBy === "similarity" && e.similarity.score < 1) lines.push(paint("dim", `    ${t.matchedBy({ score: e.similarity.score.toFixed(2) })}`));
  for (const c of e.changes) lines.push(`    ${renderChange(c, labelOf(c.field, options.labels), options.color, lang)}`);
  return lines;
}

function sectionLines(e: SectionEntry, options: TerminalOptions, lang: Lang): string[] {
  const paint = painter(options.color);
  const words = DIFF_KIND_WORDS[lang];
  const t = DIFF_TEXTS[lang];
  const style: Style = e.kind === "added" ? "green" : e.kind === "removed" ? "red" : "yellow";
  const s = (e.new ?? e.old) as NonNullable<SectionEntry["new"]>;
  const others = e.kinds.slice(1).map((k) => words[k]);
  const lines = [`${paint(style, `  ${padLabel(words[e.kind], 12)}`)} ${s.number} ${s.title}${others.length > 0 ? paint("dim", `  (${others.join(lang === "zh" ? "、" : ", ")})`) : ""}`];
  const fields = DIFF_DOCUMENT_FIELDS[lang] as Record<string, string>;
  for (const c of e.changes) lines.push(`    ${renderChange(c, fields[c.field] ?? c.field, options.color, lang)}`);
  if (e.kinds.includes("moved")) lines.push(`    ${t.parentMoved({ from: e.old?.parent ?? t.top, to: e.new?.parent ?? t.top })}`);
  return lines;
}

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
  const lang = unsafeOptions.lang ?? "en";
  const options: TerminalOptions = { color: unsafeOptions.color, labels: terminalStrings(unsafeOptions.labels), lang };
  const paint = painter(options.color);
  const words = DIFF_TEXTS[lang];
  const t = result.summary.tasks;
  const s = result.summary.sections;
  const lines = [
    words.oldSide({ file: result.old.fileName, tasks: result.old.tasks }),
    words.newSide({ file: result.new.fileName, tasks: result.new.tasks }),
    "",
    words.taskCounts(t),
    words.sectionCounts(s),
    words.documentCounts({ n: result.summary.document }),
  ];
  if (result.document.length > 0) {
    lines.push("", paint("bold", words.documentHeading));
    const fields = DIFF_DOCUMENT_FIELDS[lang] as Record<string, string>;
    for (const c of result.document) lines.push(`    ${renderChange(c, fields[c.field] ?? c.field, options.color, lang)}`);
  }
  const sections = result.sections.filter((e) => e.kind !== "unchanged");
  if (sections.length > 0) {
    lines.push("", paint("bold", words.sectionsHeading));
    for (const e of sections) lines.push(...sectionLines(e, options, lang));
  }
  const isOnlyRenumbered = (e: TaskEntry): boolean => e.kinds.length === 1 && e.kind === "renumbered";
  const onlyRenumbered = result.tasks.filter(isOnlyRenumbered);
  const shown = result.tasks.filter((e) => e.kind !== "unchanged" && !isOnlyRenumbered(e));
  if (shown.length > 0) {
    lines.push("", paint("bold", words.tasksHeading));
    const names = sectionNames(result);
    for (const e of shown) lines.push(...taskLines(e, names, options, lang));
  }
  if (onlyRenumbered.length > 0) {
    lines.push("", `${paint(TASK_MARKS.renumbered.style, TASK_MARKS.renumbered.mark)} ${words.onlyRenumbered}`);
    lines.push(...renumberedLines(onlyRenumbered));
  }
  lines.push("", result.summary.different ? words.differ : t.notComparable > 0 ? words.sameReadable : words.same);
  return `${lines.join("\n")}\n`;
}
