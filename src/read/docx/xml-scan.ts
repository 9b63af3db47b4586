/**
 * A cheap pass over an XML part's bytes, before anything parses it: how deep its elements nest
 * and how many table rows it opens. mammoth parses a part into a tree and converts it with
 * recursive calls (lib/xml/reader.js convertElement, lib/docx/body-reader.js, the HTML writer),
 * and the .docx reader walks the HTML recursively too, so a part nested deep enough ends in
 * "Maximum call stack size exceeded" after a long parse: the scan finds it first, in one pass.
 *
 * The bytes are read as mammoth reads them (UTF-8; ASCII bytes are the markup): a start tag
 * opens an element unless it ends in `/>` outside quoted attribute values; end tags close one;
 * comments, processing instructions, CDATA sections and declarations open nothing. Chunks may
 * be pushed one after another (a streamed part): the scan carries its state across them.
 */

// XML parts may be UTF-8 or UTF-16 (ECMA-376 Part 2, 8.1.4): look for the markers in each.
export const DTD_MARKERS = ["<!DOCTYPE", "<!ENTITY"].flatMap((m) => [Buffer.from(m, "latin1"), Buffer.from(m, "utf16le"), Buffer.from(m, "utf16le").swap16()]);
/** Bytes a streamed scan keeps from one chunk to the next, so that a marker cut in two is seen. */
export const DTD_MARKER_OVERLAP = Math.max(...DTD_MARKERS.map((m) => m.length)) - 1;

// `<!` in each encoding: every marker starts with it, and Word's XML has few (comments, CDATA).
const DTD_OPENERS = ["<!"].flatMap((m) => [Buffer.from(m, "latin1"), Buffer.from(m, "utf16le"), Buffer.from(m, "utf16le").swap16()]);

/** A DTD or entity declaration, which Word never writes (refused, so that no entity is expanded). */
export function hasDtd(bytes: Buffer): boolean {
  // One pass per encoding for `<!`, then the markers where it is: a third of the passes of looking for each marker.
  for (const opener of DTD_OPENERS) {
    for (let k = bytes.indexOf(opener); k >= 0; k = bytes.indexOf(opener, k + 1)) {
      if (DTD_MARKERS.some((m) => startsWith(bytes, k, m))) return true;
    }
  }
  return false;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
// Bytes that end a tag's name: white space (XML 1.0, 2.3 S), `>` and `/`.
const NAME_END = new Uint8Array(256);
for (const b of [0x20, 0x09, 0x0a, 0x0d, GT, SLASH]) NAME_END[b] = 1;

// What follows `<!` or `<?`: each skipped up to its terminator.
const COMMENT = { open: Buffer.from("<!--", "latin1"), close: Buffer.from("-->", "latin1") };
const CDATA = { open: Buffer.from("<![CDATA[", "latin1"), close: Buffer.from("]]>", "latin1") };
const PI = { open: Buffer.from("<?", "latin1"), close: Buffer.from("?>", "latin1") };
const DECLARATION = { open: Buffer.from("<!", "latin1"), close: Buffer.from(">", "latin1") };
/** Bytes needed after a `<` to tell which of the above it opens. */
const LOOKAHEAD = CDATA.open.length;

type Mode = "text" | "start-tag" | "end-tag" | { skipTo: Buffer };

export interface XmlScanResult {
  /** The deepest nesting of elements seen (the root alone: 1). */
  depth: number;
  /** Start tags of table rows (ECMA-376 Part 1, 17.4.79 tr): local name `tr`, whatever the prefix. */
  rows: number;
}

export class XmlScan {
  private mode: Mode = "text";
  private open = 0;
  private deepest = 0;
  private rowCount = 0;
  /** Bytes of the last chunk not yet read (a `<` too near its end to tell what it opens). */
  private carry: Buffer = Buffer.alloc(0);
  // The start tag being read: inside its name, the last bytes of the name, a quote open, the byte before.
  private inName = false;
  private nameTail = 0;
  private nameLength = 0;
  private quote = 0;
  private previous = 0;

  /** Stop early once elements nest deeper than this. */
  constructor(private readonly stopAbove = Number.POSITIVE_INFINITY) {}

  get result(): XmlScanResult {
    return { depth: this.deepest, rows: this.rowCount };
  }

  /** True once the nesting went past `stopAbove`: the rest need not be read. */
  get tooDeep(): boolean {
    return this.deepest > this.stopAbove;
  }

  push(chunk: Buffer, final = false): void {
    const buf = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = Buffer.alloc(0);
    let i = 0;
    while (i < buf.length && !this.tooDeep) {
      const mode = this.mode;
      if (mode === "text") {
        const k = buf.indexOf(LT, i);
        if (k < 0) return;
        if (k + LOOKAHEAD > buf.length && !final) {
          this.carry = Buffer.from(buf.subarray(k));
          return;
        }
        i = this.readMarkupStart(buf, k);
      } else if (mode === "start-tag") i = this.readStartTag(buf, i);
      else if (mode === "end-tag") {
        const k = buf.indexOf(GT, i);
        if (k < 0) return;
        this.mode = "text";
        i = k + 1;
      } else {
        const k = buf.indexOf(mode.skipTo, i);
        if (k < 0) {
          // Keep what could be the start of the terminator.
          if (!final) this.carry = Buffer.from(buf.subarray(Math.max(i, buf.length - (mode.skipTo.length - 1))));
          return;
        }
        this.mode = "text";
        i = k + mode.skipTo.length;
      }
    }
  }

  /** At a `<`: an end tag, a comment, CDATA, a processing instruction, a declaration, or a start tag. */
  private readMarkupStart(buf: Buffer, k: number): number {
    const next = buf[k + 1];
    if (next === SLASH) {
      this.mode = "end-tag";
      this.open = Math.max(0, this.open - 1);
      return k + 2;
    }
    if (next === BANG || next === QUESTION) {
      const kind = next === QUESTION ? PI : startsWith(buf, k, COMMENT.open) ? COMMENT : startsWith(buf, k, CDATA.open) ? CDATA : DECLARATION;
      this.mode = { skipTo: kind.close };
      return k + kind.open.length;
    }
    this.open++;
    if (this.open > this.deepest) this.deepest = this.open;
    this.mode = "start-tag";
    this.inName = true;
    this.nameTail = 0;
    this.nameLength = 0;
    this.quote = 0;
    this.previous = LT;
    return k + 1;
  }

  /** Inside a start tag: its name (a row?), quoted values, and whether it ends in `/>`. */
  private readStartTag(buf: Buffer, from: number): number {
    // Locals in the loop: it runs over most of a Word part's bytes.
    let { inName, nameTail, nameLength, quote, previous } = this;
    let i = from;
    let end = -1;
    for (; i < buf.length; i++) {
      const b = buf[i] as number;
      if (inName) {
        if (NAME_END[b] === 0) {
          // The last three bytes of the name, to tell `tr` and `*:tr` from anything else.
          nameTail = ((nameTail << 8) | b) & 0xffffff;
          nameLength++;
          continue;
        }
        inName = false;
        if (endsInTr(nameTail, nameLength)) this.rowCount++;
      }
      if (quote !== 0) {
        if (b === quote) quote = 0;
      } else if (b === QUOTE || b === APOSTROPHE) quote = b;
      else if (b === GT) {
        if (previous === SLASH) this.open = Math.max(0, this.open - 1);
        end = i + 1;
        break;
      }
      previous = b;
    }
    this.inName = inName;
    this.nameTail = nameTail;
    this.nameLength = nameLength;
    this.quote = quote;
    this.previous = previous;
    if (end < 0) return buf.length;
    this.mode = "text";
    return end;
  }
}

function startsWith(buf: Buffer, at: number, prefix: Buffer): boolean {
  // Buffer#compare throws past the end of `buf`.
  return at + prefix.length <= buf.length && buf.compare(prefix, 0, prefix.length, at, at + prefix.length) === 0;
}

const T = 0x74;
const R = 0x72;

/** The name's last bytes are `tr` with nothing or a prefix's colon before them. */
function endsInTr(tail: number, length: number): boolean {
  if ((tail & 0xffff) !== ((T << 8) | R)) return false;
  return length === 2 || tail >>> 16 === COLON;
}

/** Scan a whole part at once. */
export function scanXml(bytes: Buffer, stopAbove?: number): XmlScanResult & { tooDeep: boolean } {
  const scan = new XmlScan(stopAbove);
  scan.push(bytes, true);
  return { ...scan.result, tooDeep: scan.tooDeep };
}
