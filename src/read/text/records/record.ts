import type { Evidence } from "./evidence.js";

/** A record's text: ranges of the stream, the evidence in it, and the number it was printed with. */
export interface TextRecord {
  start: number;
  end: number;
  numberStart: number | null;
  numberEnd: number | null;
  evidence: Evidence[];
}
