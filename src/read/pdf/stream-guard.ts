import { constants, inflateSync } from "node:zlib";
import { BreakdownError, detail, type ErrorDetail } from "../../errors.js";
import type { Limits } from "../../options.js";

/**
 * A PDF bomb is refused before pdf.js inflates anything, as a zip bomb is before mammoth does
 * (zip-guard.ts): every Flate stream is inflated once here, bounded, and the output discarded.
 * The streams together may not inflate past --max-unzipped-bytes, and a stream that inflates
 * past SMALL_STREAM may not do so at more than --max-zip-ratio.
 */

// A blank page's content or a one-colour image inflates small streams a thousandfold: only large ones are held to the ratio.
const SMALL_STREAM = 1024 * 1024;
// The dictionary before a stream keyword is looked for this far back.
const DICT_WINDOW = 4096;

const STREAM = Buffer.from("stream");
const END = Buffer.from("endstream");

function unsafe(message: ErrorDetail, file: string): BreakdownError {
  return new BreakdownError("PDF_UNSAFE", message, { file });
}

/** The start of each stream's data and the dictionary before it. */
function* streams(data: Buffer): Generator<{ dict: string; start: number; end: number }> {
  let at = data.indexOf(STREAM);
  while (at >= 0) {
    const isEnd = at >= 3 && data.toString("latin1", at - 3, at) === "end";
    let start = at + STREAM.length;
    if (!isEnd && (data[start] === 0x0d || data[start] === 0x0a)) {
      if (data[start] === 0x0d && data[start + 1] === 0x0a) start += 2;
      else start += 1;
      const end = data.indexOf(END, start);
      const stop = end < 0 ? data.length : end;
      yield { dict: data.toString("latin1", Math.max(0, at - DICT_WINDOW), at), start, end: stop };
      at = data.indexOf(STREAM, stop + END.length);
      continue;
    }
    at = data.indexOf(STREAM, at + STREAM.length);
  }
}

/** The last dictionary before a stream keyword names FlateDecode among its filters. */
function isFlate(dict: string): boolean {
  const open = dict.lastIndexOf("obj");
  return /\/FlateDecode\b|\/Fl\b/.test(open >= 0 ? dict.slice(open) : dict);
}

export function assertSafePdf(bytes: Uint8Array, file: string, limits: Limits): void {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const { dict, start, end } of streams(data)) {
    if (!isFlate(dict)) continue;
    const compressed = data.subarray(start, end);
    const byRatio = Math.max(SMALL_STREAM, Math.ceil(compressed.length * limits.maxZipRatio));
    const budget = limits.maxUnzippedBytes - total;
    const cap = Math.min(byRatio, budget);
    let inflated: number;
    try {
      // Sync flush: a stream cut short (or followed by an end-of-line) gives what it has, as pdf.js reads it.
      inflated = inflateSync(compressed, { maxOutputLength: cap + 1, finishFlush: constants.Z_SYNC_FLUSH }).length;
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
        if (byRatio <= budget) {
          throw unsafe(detail("pdfStreamRatio", { at: start, ratio: limits.maxZipRatio, compressed: compressed.length, cap }), file);
        }
        throw unsafe(detail("pdfStreamsTotal", { limit: limits.maxUnzippedBytes }), file);
      }
      // Damaged data: pdf.js reads what it can of it, and says so if it cannot.
      continue;
    }
    if (inflated > cap) {
      throw byRatio <= budget
        ? unsafe(detail("pdfStreamRatio", { at: start, ratio: limits.maxZipRatio, compressed: compressed.length, cap }), file)
        : unsafe(detail("pdfStreamsTotal", { limit: limits.maxUnzippedBytes }), file);
    }
    total += inflated;
  }
}

/** More pages than --max-pages. */
export function checkPageCount(pages: number, limits: Limits, file: string): void {
  if (pages > limits.maxPages) throw unsafe(detail("pdfPages", { pages, limit: limits.maxPages }), file);
}
