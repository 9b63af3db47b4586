import type { PdfPage } from "./pdfjs.js";
import { pdfjs } from "./pdfjs.js";

/**
 * What a reader needs of one PDF page, in page coordinates with the origin at the top left
 * (y grows downwards, in points): the runs of text pdf.js finds, with their boxes, and the
 * ruling lines drawn on it.
 */

/** A run of text as pdf.js gives it (one text-showing operation), its box on the page. */
export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  /** Top and bottom of the glyph box, baseline: y grows downwards. */
  top: number;
  bottom: number;
  baseline: number;
  /** Font size in points. */
  size: number;
}

/** A horizontal (y fixed) or vertical (x fixed) ruling line. */
export interface Rule {
  horizontal: boolean;
  /** y of a horizontal rule, x of a vertical one. */
  at: number;
  from: number;
  to: number;
}

export interface PageContent {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  rules: Rule[];
  /** Images painted on the page (a scan is one image a page and no text). */
  images: number;
}

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = n as Matrix;
  return [a * m[0] + b * m[2], a * m[1] + b * m[3], c * m[0] + d * m[2], c * m[1] + d * m[3], e * m[0] + f * m[2] + m[4], e * m[1] + f * m[3] + m[5]];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

// A glyph box of a CJK font reaches about 0.88 of the size above the baseline and 0.12 below.
const ASCENT = 0.88;
const DESCENT = 0.12;
// A filled rectangle thinner than this is a ruling line (Word exports its borders as filled bars).
const MAX_RULE_THICKNESS = 2.5;
// A stroked segment this far from horizontal or vertical is a drawing, not a rule.
const AXIS_SLACK = 0.5;
// DrawOPS of pdf.js's path buffer (src/shared/util.js).
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/**
 * The text runs of a page, with whitespace-only runs (gaps pdf.js fills) left out, as printed
 * (pdf.js's NFKC normalization off: a full-width （ stays full-width).
 */
async function readRuns(page: PdfPage, toPage: Matrix): Promise<TextRun[]> {
  const content = await page.getTextContent({ disableNormalization: true });
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const [, , c, d, e, f] = multiply(toPage, item.transform as number[]);
    const size = Math.hypot(c, d) || item.height || 1;
    runs.push({ text: item.str, x0: e, x1: e + Math.max(item.width, 0), top: f - ASCENT * size, bottom: f + DESCENT * size, baseline: f, size });
  }
  return runs;
}

/** Points of each subpath of a path buffer; curves keep only their end point (a curve is no rule). */
function subpaths(buffer: ArrayLike<number>, m: Matrix): { points: [number, number][]; closed: boolean; curved: boolean }[] {
  const out: { points: [number, number][]; closed: boolean; curved: boolean }[] = [];
  let current: { points: [number, number][]; closed: boolean; curved: boolean } | null = null;
  for (let i = 0; i < buffer.length; ) {
    const op = buffer[i] as number;
    if (op === MOVE) {
      current = { points: [apply(m, buffer[i + 1] as number, buffer[i + 2] as number)], closed: false, curved: false };
      out.push(current);
      i += 3;
    } else if (op === LINE) {
      current?.points.push(apply(m, buffer[i + 1] as number, buffer[i + 2] as number));
      i += 3;
    } else if (op === CURVE) {
      if (current) current.curved = true;
      current?.points.push(apply(m, buffer[i + 5] as number, buffer[i + 6] as number));
      i += 7;
    } else if (op === QUAD) {
      if (current) current.curved = true;
      current?.points.push(apply(m, buffer[i + 3] as number, buffer[i + 4] as number));
      i += 5;
    } else if (op === CLOSE) {
      if (current) current.closed = true;
      i += 1;
    } else {
      break;
    }
  }
  return out;
}

/** A segment as a rule, if it runs along an axis. */
function segmentRule(p: [number, number], q: [number, number]): Rule | null {
  if (Math.abs(p[1] - q[1]) <= AXIS_SLACK && Math.abs(p[0] - q[0]) > AXIS_SLACK) return { horizontal: true, at: (p[1] + q[1]) / 2, from: Math.min(p[0], q[0]), to: Math.max(p[0], q[0]) };
  if (Math.abs(p[0] - q[0]) <= AXIS_SLACK && Math.abs(p[1] - q[1]) > AXIS_SLACK) return { horizontal: false, at: (p[0] + q[0]) / 2, from: Math.min(p[1], q[1]), to: Math.max(p[1], q[1]) };
  return null;
}

/** A filled axis-aligned rectangle thin enough to be a line, as that line. */
function barRule(points: readonly [number, number][]): Rule | null {
  if (points.length < 4 || points.length > 5) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const axisAligned = points.every((p) => (Math.abs(p[0] - x0) < AXIS_SLACK || Math.abs(p[0] - x1) < AXIS_SLACK) && (Math.abs(p[1] - y0) < AXIS_SLACK || Math.abs(p[1] - y1) < AXIS_SLACK));
  if (!axisAligned) return null;
  if (y1 - y0 <= MAX_RULE_THICKNESS && x1 - x0 > y1 - y0) return { horizontal: true, at: (y0 + y1) / 2, from: x0, to: x1 };
  if (x1 - x0 <= MAX_RULE_THICKNESS && y1 - y0 > x1 - x0) return { horizontal: false, at: (x0 + x1) / 2, from: y0, to: y1 };
  return null;
}

/**
 * The ruling lines and images of a page from its operator list: stroked segments along an axis
 * and thin filled bars, in page coordinates (the transformation matrix followed through
 * save/restore and form XObjects).
 */
async function readRules(page: PdfPage, toPage: Matrix): Promise<{ rules: Rule[]; images: number }> {
  const lib = await pdfjs();
  const OPS = lib.OPS;
  const list = await page.getOperatorList();
  const stroke = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fill = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const imageOps = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup, OPS.paintImageMaskXObjectGroup, OPS.paintImageMaskXObjectRepeat, OPS.paintSolidColorImageMask]);
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  const rules: Rule[] = [];
  let images = 0;
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = fn === OPS.paintFormXObjectBegin ? (args?.[0] as number[] | null) : null;
      if (matrix && matrix.length === 6) ctm = multiply(ctm, matrix);
    } else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) {
      ctm = stack.pop() ?? IDENTITY;
    } else if (fn === OPS.transform && args) {
      ctm = multiply(ctm, args as number[]);
    } else if (imageOps.has(fn)) {
      images++;
    } else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const buffer = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined;
      if (!buffer || (!stroke.has(paint) && !fill.has(paint))) return;
      const m = multiply(toPage, ctm);
      for (const sub of subpaths(buffer, m)) {
        if (sub.curved) continue;
        if (fill.has(paint)) {
          const bar = barRule(sub.points);
          if (bar) {
            rules.push(bar);
            continue;
          }
        }
        if (!stroke.has(paint)) continue;
        const points = sub.closed && sub.points.length > 2 ? [...sub.points, sub.points[0] as [number, number]] : sub.points;
        for (let k = 1; k < points.length; k++) {
          const rule = segmentRule(points[k - 1] as [number, number], points[k] as [number, number]);
          if (rule) rules.push(rule);
        }
      }
    }
  });
  return { rules, images };
}

/** A page's text runs, ruling lines and image count, as the page is shown (its /Rotate applied). */
export async function readPageContent(page: PdfPage, pageNumber: number): Promise<PageContent> {
  // Page space to the page as shown, in points from its top left: y flipped, the view box's origin at 0, turned by /Rotate.
  const viewport = page.getViewport({ scale: 1 });
  const toPage = viewport.transform as Matrix;
  const runs = await readRuns(page, toPage);
  const { rules, images } = await readRules(page, toPage);
  return { page: pageNumber, width: viewport.width, height: viewport.height, runs, rules, images };
}
