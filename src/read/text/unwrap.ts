import { labelsWithColon } from "../../genre/labels.js";
import { breakMeans } from "../../genre/line-breaks.js";
import { PIPE_ROW, textLines, type TextLine } from "./split-text.js";
import type { Stream } from "./stream.js";

/**
 * A text hard-wrapped at one width (a PDF's text layer, OCR lines, a sharing site's preview: …健全“省统筹、 /
 * 市建设、区域协同…) given back with those wraps cut out: the lines as long as the width, within a
 * character or two, joined to the next where the break means nothing (no sentence ends there, no item
 * or label starts the next line). The map is kept, so every cell still points into the source. The
 * stream itself when no width holds most of the long lines.
 */

// Lines shorter than this are no evidence of a width (headings, labels, dates).
const MIN_WIDTH = 16;
// How far a wrapped line's length strays from the width (a closing quote or stop pushed over, a wide character).
const BELOW = 2;
const ABOVE = 1;
// At least this many lines of the width, and this share of the long lines, make a hard-wrapped text.
const MIN_WRAPPED = 5;
const MIN_SHARE = 0.5;
// A table's row: two pipes, a tab, or runs of spaces between its cells (two of them: a prose line may hold one).
const ROW = new RegExp(String.raw`${PIPE_ROW.source}|\t|\S(?: {2,}|\u3000{2,})\S.*\S(?: {2,}|\u3000{2,})\S`);

/** A line's printed width: its text with its indent, without what trails it. */
function width(line: TextLine): number {
  return line.text.trimEnd().length;
}

/** The width most long lines are wrapped at, or null. */
function wrapWidth(lines: readonly TextLine[]): number | null {
  const lengths = lines.map(width).filter((n) => n >= MIN_WIDTH);
  if (lengths.length < MIN_WRAPPED) return null;
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const w of counts.keys()) {
    let c = 0;
    for (let n = w - BELOW; n <= w + ABOVE; n++) c += counts.get(n) ?? 0;
    if (c > bestCount || (c === bestCount && best !== null && w > best)) {
      best = w;
      bestCount = c;
    }
  }
  return best !== null && bestCount >= MIN_WRAPPED && bestCount >= MIN_SHARE * lengths.length ? best : null;
}

export function unwrapped(stream: Stream): Stream {
  const text = stream.text;
  const lines = textLines(text, 0, text.length, true);
  const wrap = wrapWidth(lines.filter((l) => l.text.trim() !== "" && !ROW.test(l.text)));
  if (wrap === null) return stream;
  const cuts: Array<[number, number]> = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = lines[k] as TextLine;
    const next = lines[k + 1] as TextLine;
    const here = line.text.trim();
    const there = next.text.trim();
    if (width(line) < wrap - BELOW || width(line) > wrap + ABOVE || there === "" || ROW.test(line.text) || ROW.test(next.text)) continue;
    if (breakMeans(here, there, "content") || labelsWithColon(there).some((l) => l.start <= next.text.length - next.text.trimStart().length)) continue;
    // From the end of the line's text to the start of the next line's text: the break and the indent.
    const from = line.start + line.text.trimEnd().length;
    const to = next.start + (next.text.length - next.text.trimStart().length);
    cuts.push([from, to]);
  }
  return cuts.length === 0 ? stream : stream.without(cuts);
}
