import type { Place } from "../../model/place.js";
import type { ReaderEdit, Span } from "../../model/grid.js";
import { lineOf } from "./site-boilerplate.js";

/** Turns source offsets into places (offset, end, line, page) for messages and provenance. */
export class Locator {
  private readonly lineStarts: number[];
  private readonly pageStarts: Array<{ offset: number; page: number }>;

  constructor(source: string, edits: readonly ReaderEdit[]) {
    this.lineStarts = [0];
    for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    this.pageStarts = edits
      .filter((e) => e.ruleId === "page-marker" && e.before.endsWith("、"))
      .map((e) => ({ offset: e.offset, page: e.place.page ?? 1 }));
  }

  page(offset: number): number | undefined {
    if (this.pageStarts.length === 0) return undefined;
    let lo = 0;
    let hi = this.pageStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.pageStarts[mid] as { offset: number }).offset <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 1 : (this.pageStarts[lo - 1] as { page: number }).page;
  }

  place(start: number, end: number): Place {
    const place: Place = { offset: start, end, line: lineOf(this.lineStarts, start) };
    const page = this.page(start);
    if (page !== undefined) place.page = page;
    return place;
  }

  placeOfSpans(spans: readonly Span[]): Place {
    if (spans.length === 0) return {};
    const first = spans[0] as Span;
    const last = spans[spans.length - 1] as Span;
    return this.place(first.start, last.end);
  }
}
