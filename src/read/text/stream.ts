import type { Span } from "../../model/grid.js";

/**
 * Text with a map back to the decoded source: after page markers and banners are cut out,
 * every character still knows its source offset, so each cell can say where it came from
 * and every source character not taken by a cell can be reported.
 */
export class Stream {
  readonly text: string;
  /** map[i] = source offset of text[i]. */
  readonly map: Int32Array;

  constructor(text: string, map: Int32Array) {
    this.text = text;
    this.map = map;
  }

  static fromSource(source: string): Stream {
    const map = new Int32Array(source.length);
    for (let i = 0; i < source.length; i++) map[i] = i;
    return new Stream(source, map);
  }

  /** The stream without the given [start, end) ranges (stream coordinates, sorted, disjoint). */
  without(cuts: ReadonlyArray<readonly [number, number]>): Stream {
    if (cuts.length === 0) return this;
    let removed = 0;
    for (const [s, e] of cuts) removed += e - s;
    const map = new Int32Array(this.text.length - removed);
    const parts: string[] = [];
    let out = 0;
    let pos = 0;
    const keep = (s: number, e: number): void => {
      if (e <= s) return;
      parts.push(this.text.slice(s, e));
      map.set(this.map.subarray(s, e), out);
      out += e - s;
    };
    for (const [s, e] of cuts) {
      keep(pos, s);
      pos = e;
    }
    keep(pos, this.text.length);
    return new Stream(parts.join(""), map);
  }

  /**
   * The stream with a line break in place of the character at each of the given positions (a
   * separator: a pipe, a space), the text keeping its length and the map its offsets.
   */
  withBreaksAt(at: Iterable<number>): Stream {
    const parts: string[] = [];
    let pos = 0;
    for (const b of [...new Set(at)].sort((x, y) => x - y)) {
      parts.push(this.text.slice(pos, b), "\n");
      pos = b + 1;
    }
    if (pos === 0) return this;
    parts.push(this.text.slice(pos));
    return new Stream(parts.join(""), this.map);
  }

  /**
   * The stream with a line break put in before each of the given positions (sorted, distinct), each
   * standing on the source offset of the character after it: for a reader that finds where a page
   * lost its line breaks (a pipe table's title glued to its header, duties run on in a paragraph).
   */
  withBreaksBefore(at: readonly number[]): Stream {
    if (at.length === 0) return this;
    const map = new Int32Array(this.map.length + at.length);
    const parts: string[] = [];
    let pos = 0;
    let out = 0;
    for (const p of at) {
      parts.push(this.text.slice(pos, p), "\n");
      map.set(this.map.subarray(pos, p), out);
      out += p - pos;
      map[out++] = this.sourceAt(p);
      pos = p;
    }
    parts.push(this.text.slice(pos));
    map.set(this.map.subarray(pos), out);
    return new Stream(parts.join(""), map);
  }

  slice(start: number, end: number): Stream {
    return new Stream(this.text.slice(start, end), this.map.subarray(start, end));
  }

  /** Source offset of stream position i (i may equal length: one past the last character). */
  sourceAt(i: number): number {
    if (i < this.map.length) return this.map[i] as number;
    return this.map.length === 0 ? 0 : (this.map[this.map.length - 1] as number) + 1;
  }

  /** The source spans covered by stream [start, end): one span per contiguous run. */
  spans(start: number, end: number): Span[] {
    const spans: Span[] = [];
    let i = start;
    while (i < end) {
      const s = this.map[i] as number;
      let j = i + 1;
      while (j < end && (this.map[j] as number) === s + (j - i)) j++;
      spans.push({ start: s, end: s + (j - i) });
      i = j;
    }
    return spans;
  }
}

/** Merge and sort spans. */
export function mergeSpans(spans: Iterable<Span>): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
