import { diffArrays } from "diff";
import type { Normalizer } from "../match/normalize.js";
import type { TextPart } from "./schema.js";

// A character diff of Chinese cuts words in half (推[-行-]{+进+}); a word diff reads as a person
// would mark the page ([-推行-]{+推进+}). Intl.Segmenter's dictionary segmentation gives the words.
const SEGMENTER = new Intl.Segmenter("zh", { granularity: "word" });

/** Past this many edited words the two texts are shown as one deletion and one insertion. */
const MAX_EDIT_WORDS = 4000;

/** Words of a text, each with the whitespace after it, so that joining them gives the text back. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  for (const { segment } of SEGMENTER.segment(text)) {
    const last = words.length - 1;
    if (/^\s+$/.test(segment) && last >= 0) words[last] += segment;
    else words.push(segment);
  }
  return words;
}

function push(parts: TextPart[], op: TextPart["op"], text: string, oldText?: string): void {
  if (text === "" && (oldText === undefined || oldText === "")) return;
  const last = parts[parts.length - 1];
  if (last && last.op === op) {
    if (op === "equal" && (last.old !== undefined || oldText !== undefined)) last.old = (last.old ?? last.text) + (oldText ?? text);
    last.text += text;
    return;
  }
  parts.push(op === "equal" && oldText !== undefined ? { op, text, old: oldText } : { op, text });
}

/**
 * Word-level diff of two texts with the `diff` package. Words that are the same under the
 * normalizer are equal; an equal part carries the new text, and `old` when the old text was
 * printed differently (another character width). So the equal (`old` ?? `text`) and delete
 * parts spell the old text, and the equal and insert parts spell the new one.
 */
export function diffText(oldText: string, newText: string, normalize: Normalizer): TextPart[] {
  const a = splitWords(oldText);
  const b = splitWords(newText);
  const changes = diffArrays(a, b, { comparator: (x, y) => normalize(x) === normalize(y), maxEditLength: MAX_EDIT_WORDS });
  const parts: TextPart[] = [];
  if (changes === undefined) {
    push(parts, "delete", oldText);
    push(parts, "insert", newText);
    return parts;
  }
  let oldPos = 0;
  let newPos = 0;
  for (const change of changes) {
    const n = change.count;
    if (change.removed) {
      push(parts, "delete", a.slice(oldPos, oldPos + n).join(""));
      oldPos += n;
    } else if (change.added) {
      push(parts, "insert", b.slice(newPos, newPos + n).join(""));
      newPos += n;
    } else {
      const before = a.slice(oldPos, oldPos + n).join("");
      const after = b.slice(newPos, newPos + n).join("");
      push(parts, "equal", after, before === after ? undefined : before);
      oldPos += n;
      newPos += n;
    }
  }
  return parts;
}

/** The old text a diff spells (equal parts as printed in the old version, and deletions). */
export function oldTextOf(parts: readonly TextPart[]): string {
  return parts.map((p) => (p.op === "insert" ? "" : p.op === "equal" ? (p.old ?? p.text) : p.text)).join("");
}

/** The new text a diff spells (equal parts and insertions). */
export function newTextOf(parts: readonly TextPart[]): string {
  return parts.map((p) => (p.op === "delete" ? "" : p.text)).join("");
}
