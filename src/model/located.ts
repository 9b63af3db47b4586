import type { Span } from "./grid.js";

/** A run of a field's text: from the source at `src` (text sources), or written by the tool (`src` null). */
interface Segment {
  src: number | null;
  len: number;
}

/**
 * A field's text that remembers where each character came from, through every repair:
 * a rule that replaces a span asks `sourceOffset` first, so its repair can point at the source.
 */
export class Located {
  readonly text: string;
  private readonly segs: readonly Segment[];

  private constructor(text: string, segs: readonly Segment[]) {
    this.text = text;
    this.segs = segs;
  }

  static of(text: string, spans?: readonly Span[]): Located {
    const total = spans?.reduce((n, s) => n + (s.end - s.start), 0) ?? -1;
    if (spans && total === text.length) {
      return new Located(text, spans.map((s) => ({ src: s.start, len: s.end - s.start })));
    }
    return new Located(text, text.length ? [{ src: null, len: text.length }] : []);
  }

  static empty(): Located {
    return new Located("", []);
  }

  /** Source offset of character i, or null if the tool wrote it or the source has no offsets. */
  sourceOffset(i: number): number | null {
    let pos = 0;
    for (const s of this.segs) {
      if (i < pos + s.len) return s.src === null ? null : s.src + (i - pos);
      pos += s.len;
    }
    return null;
  }

  /** The first source offset of the text, if any character came from the source. */
  firstSourceOffset(): number | null {
    for (const s of this.segs) if (s.src !== null) return s.src;
    return null;
  }

  /** The last source offset of the text (exclusive end), if any character came from the source. */
  lastSourceEnd(): number | null {
    for (let i = this.segs.length - 1; i >= 0; i--) {
      const s = this.segs[i] as Segment;
      if (s.src !== null) return s.src + s.len;
    }
    return null;
  }

  /** Replace [start, end) with `replacement`; the replacement has no source. */
  replace(start: number, end: number, replacement: string): Located {
    const out: Segment[] = [];
    let pos = 0;
    let inserted = false;
    const insert = (): void => {
      if (!inserted && replacement.length > 0) out.push({ src: null, len: replacement.length });
      inserted = true;
    };
    for (const s of this.segs) {
      const a = pos;
      const b = pos + s.len;
      pos = b;
      // part before start
      if (a < start) {
        const len = Math.min(b, start) - a;
        out.push({ src: s.src, len });
      }
      if (b >= start && !inserted && a <= start) insert();
      // part after end
      if (b > end) {
        const from = Math.max(a, end);
        out.push({ src: s.src === null ? null : s.src + (from - a), len: b - from });
      }
    }
    insert();
    const text = this.text.slice(0, start) + replacement + this.text.slice(end);
    return new Located(text, merge(out));
  }

  /** The text in [start, end), its source spans kept. */
  slice(start: number, end: number): Located {
    return this.replace(end, this.text.length, "").replace(0, start, "");
  }

  concat(other: Located, separator = ""): Located {
    const segs: Segment[] = [...this.segs];
    if (separator) segs.push({ src: null, len: separator.length });
    segs.push(...other.segs);
    return new Located(this.text + separator + other.text, merge(segs));
  }

  trim(): Located {
    const lead = this.text.length - this.text.trimStart().length;
    const trail = this.text.length - this.text.trimEnd().length;
    if (lead === 0 && trail === 0) return this;
    let out: Located = this;
    if (trail > 0) out = out.replace(out.text.length - trail, out.text.length, "");
    if (lead > 0) out = out.replace(0, lead, "");
    return out;
  }
}

function merge(segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segs) {
    if (s.len <= 0) continue;
    const last = out[out.length - 1];
    if (last && last.src === null && s.src === null) last.len += s.len;
    else if (last && last.src !== null && s.src !== null && last.src + last.len === s.src) last.len += s.len;
    else out.push({ ...s });
  }
  return out;
}
