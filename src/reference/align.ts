import type { BreakdownDocument, Task } from "../model/document.js";
import { isComparable, matchTasks } from "../match/match.js";
import { normalizerFor } from "../match/normalize.js";

/**
 * A pair at or above this similarity is an anchor: a row both copies read (nearly) alike, that
 * gaps are placed between. A reworded sentence keeps a row an anchor (seed 14 without one of its
 * four sentences scores 0.96, src/match/similarity.ts); two different rows of one table score
 * at most 0.48 in the corpus.
 */
export const ANCHOR_MIN_SIMILARITY = 0.8;

/** How the input's tasks (by index) line up with a reference's. */
export interface Alignment {
  /** Input task → reference task, for rows the matcher paired by number or similarity. */
  pairs: Map<number, number>;
  /** The pairs at or above ANCHOR_MIN_SIMILARITY, in the input's order. */
  anchors: Map<number, number>;
  /** Pairs whose title and content are the same after normalizing. */
  agreeing: number;
  /** The input's rows that could be read (ok or repaired), which agreement is counted against. */
  comparable: number;
  /** A garbled or missing input row → the reference row in its place between anchors. */
  gaps: Map<number, number>;
}

function isGap(task: Task): boolean {
  return task.status === "needs_review" || task.status === "missing";
}

/**
 * The reference row in the place of input gap `i`: with an anchor on both sides, the rows between
 * them must be as many in both copies, and the row at the same offset is taken; at the table's
 * start or end (one anchor), the row at that offset must also carry the same number. A reference
 * row that is itself unreadable, or already paired with another input row, is no answer.
 */
function placeGap(i: number, input: readonly Task[], reference: readonly Task[], anchors: readonly [number, number][], taken: ReadonlySet<number>): number | undefined {
  const before = anchors.filter(([a]) => a < i).at(-1);
  const after = anchors.find(([a]) => a > i);
  let j: number;
  if (before && after) {
    if (after[1] - before[1] !== after[0] - before[0]) return undefined;
    j = before[1] + (i - before[0]);
  } else if (before || after) {
    const [a, b] = (before ?? after) as [number, number];
    j = b + (i - a);
    if (reference[j]?.seq !== input[i]?.seq) return undefined;
  } else return undefined;
  const row = reference[j];
  if (!row || !isComparable(row) || taken.has(j)) return undefined;
  return j;
}

/** Align a reference's tasks with the input's: the diff's matcher, then the gaps between anchors. */
export function alignTasks(input: BreakdownDocument, reference: BreakdownDocument): Alignment {
  const pairs = new Map<number, number>();
  const anchors = new Map<number, number>();
  let agreeing = 0;
  for (const m of matchTasks(input.tasks, reference.tasks, normalizerFor(true))) {
    if (m.old === null || m.new === null || m.similarity === null) continue;
    pairs.set(m.old, m.new);
    if (m.similarity.score >= ANCHOR_MIN_SIMILARITY) anchors.set(m.old, m.new);
    if (m.similarity.score === 1) agreeing += 1;
  }
  const ordered = [...anchors].sort((x, y) => x[0] - y[0]);
  const taken = new Set(pairs.values());
  const gaps = new Map<number, number>();
  input.tasks.forEach((t, i) => {
    if (!isGap(t)) return;
    const j = placeGap(i, input.tasks, reference.tasks, ordered, taken);
    if (j === undefined) return;
    gaps.set(i, j);
    taken.add(j);
  });
  return { pairs, anchors, agreeing, comparable: input.tasks.filter(isComparable).length, gaps };
}
