import { chineseNumeral } from "../../genre/numbering.js";
import type { GridCell, GridRow } from "../../model/grid.js";
import type { Message } from "../../model/message.js";
import type { Locator } from "./locator.js";
import { namesBodies, unitClauses } from "./sentence-duties.js";
import type { Stream } from "./stream.js";
import { cellAt, paragraphsAt, type TextTable } from "./text-table.js";

/**
 * A meeting's demands said as points (一是…二是…三是…), as news of a meeting prints them: each point is a
 * task, its units the bodies its clauses charge.
 *
 *     郑建军要求，一是要加快园区建设进度，入园企业要积极与园区办对接；园区办、国土、交通等部门要帮助…。
 *     二是要推进地理标志登记申报工作，农牧业局、供销社要尽快制定申报方案。三是…
 *
 * Read as a last resort, only where three points or more follow each other (一是, 二是, 三是; a number
 * printed twice is one more point) and at least two of them charge a body by its name: a notice's points
 * charge collectives (相关责任单位要…, 各牵头单位须…) or no one. Each row is flagged: its units were
 * taken from its sentences.
 */

const MIN_POINTS = 3;
const MIN_CHARGED = 2;
// 一是 after a stop, a comma, a colon or a line's start (统一是… is a word, not a point).
const POINT = /(?:^|(?<=[。；;，,：:\s]))([一二三四五六七八九十]{1,3})是(?=[^\s，,。])/gm;
// Where the article goes on after its last point: a sentence that turns away from the demands.
const ARTICLE_GOES_ON = /^\s*(?:另外|此外|最后|会上|会后|会议|据悉|据了解|[(（]|[\u4e00-\u9fa5]{2,4}(?:还|又|最后)?(?:强调|指出|表示|听取|说))/;

interface Point {
  /** The marker's start, the text's start (after 一是) and its end. */
  marker: number;
  start: number;
  end: number;
}

/** The longest run of points numbered 一, 二, 三… (a number may be printed twice) in the text. */
function pointRun(text: string): Point[] {
  const found: Array<{ marker: number; start: number; value: number }> = [];
  POINT.lastIndex = 0;
  for (let m = POINT.exec(text); m; m = POINT.exec(text)) {
    const value = chineseNumeral(m[1] as string);
    if (value !== null) found.push({ marker: m.index, start: m.index + m[0].length, value });
  }
  let best: typeof found = [];
  for (let i = 0; i < found.length; i++) {
    if ((found[i] as (typeof found)[number]).value !== 1) continue;
    const run = [found[i] as (typeof found)[number]];
    for (let j = i + 1; j < found.length; j++) {
      const step = (found[j] as (typeof found)[number]).value - (run[run.length - 1] as (typeof found)[number]).value;
      if (step === 1 || step === 0) run.push(found[j] as (typeof found)[number]);
      else if ((found[j] as (typeof found)[number]).value === 1) break;
    }
    if (run.length > best.length) best = run;
  }
  return best.map((p, k) => {
    const next = best[k + 1];
    const end = next ? next.marker : lastPointEnd(text, p.start);
    return { marker: p.marker, start: p.start, end: trimEnd(text, p.start, end) };
  });
}

/** The last point runs to its paragraph's end, or to a sentence that turns back to the article. */
function lastPointEnd(text: string, start: number): number {
  const lineEnd = text.indexOf("\n", start) < 0 ? text.length : text.indexOf("\n", start);
  const stops = /[。！？!?]/g;
  stops.lastIndex = start;
  for (let m = stops.exec(text); m && m.index < lineEnd; m = stops.exec(text)) {
    if (ARTICLE_GOES_ON.test(text.slice(m.index + 1, lineEnd))) return m.index + 1;
  }
  return lineEnd;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s，,；;]/.test(text[e - 1] as string)) e--;
  return e;
}

export function readDutyPoints(stream: Stream, locator: Locator): TextTable | null {
  const text = stream.text;
  const points = pointRun(text);
  if (points.length < MIN_POINTS) return null;
  const clauses = unitClauses(text);
  const unitsOf = points.map((p) => clauses.filter((c) => c.units[0] >= p.start && c.units[1] <= p.end));
  const charged = unitsOf.filter((cs) => cs.some((c) => namesBodies(text.slice(c.units[0], c.units[1])))).length;
  if (charged < MIN_CHARGED) return null;
  const named = (t: string, field: "title" | "units"): GridCell => ({ text: t, place: {}, spans: [], field });
  const rows: GridRow[] = points.map((p, k) => {
    const cells = (unitsOf[k] ?? []).map((c) => cellAt(stream, locator, c.units[0], c.units[1]));
    const units: GridCell =
      cells.length === 0
        ? { text: "", place: locator.place(stream.sourceAt(p.end), stream.sourceAt(p.end)), spans: [] }
        : { text: cells.map((c) => c.text).join("\n"), place: locator.place(stream.sourceAt(p.start), stream.sourceAt(p.end)), spans: cells.flatMap((c) => c.spans ?? []) };
    return {
      kind: "data",
      cells: [cellAt(stream, locator, p.start, p.end), units],
      raw: text.slice(p.marker, p.end),
      place: locator.place(stream.sourceAt(p.marker), stream.sourceAt(p.end)),
      uncertain: "a point of a speech: its units were taken from the clauses that charge them",
    };
  });
  const first = (points[0] as Point).marker;
  const last = (points[points.length - 1] as Point).end;
  const messages: Message[] = [
    {
      ruleId: "duty-points",
      severity: "info",
      reason: `The tasks are a speech's points (一是…二是…), each charging units in its sentences: ${points.length} were read, each flagged.`,
      seq: null,
      field: null,
      where: locator.place(stream.sourceAt(first), stream.sourceAt(first)),
    },
  ];
  return { layout: "labelled", header: [named("工作任务", "title"), named("责任单位", "units")], rows, before: paragraphsAt(stream, locator, 0, first), after: paragraphsAt(stream, locator, last, text.length), messages };
}
