import { normalizeWording } from "./normalize.js";

/**
 * Truth tasks are matched to the tasks read by their wording, not their number (a reader that
 * numbers differently, or drops a row, must not shift every match after it). Both lists are in
 * document order, so the match is an order-keeping alignment that maximizes total similarity,
 * as a diff aligns lines.
 */

/** A pair below this similarity is not the same task. Two tasks of one table share stock
 *  phrases (加快推进, 各乡镇人民政府) and score up to ~0.45 (src/match/similarity.ts measured 0.48
 *  at worst on the corpus); a task read with its units glued to its title still scores above 0.6. */
export const MIN_TASK_SIMILARITY = 0.5;

function bigrams(text: string): Map<string, number> {
  const chars = Array.from(text);
  const out = new Map<string, number>();
  if (chars.length === 1) out.set(chars[0] as string, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = `${chars[i]}${chars[i + 1]}`;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient of the bigram multisets of two normalized wordings. */
export function wordingSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0);
  return total === 0 ? (a === b ? 1 : 0) : (2 * shared) / total;
}

export interface Candidate {
  /** Normalized wording. */
  wording: string;
  /** The excerpt ends inside it: only a prefix is known. */
  cut?: boolean;
}

/** Similarity of a truth wording to a reading's; a cut truth is compared with the reading's start. */
export function candidateSimilarity(truth: Candidate, read: string): number {
  if (!truth.cut) return wordingSimilarity(truth.wording, read);
  const n = Array.from(truth.wording).length;
  const head = Array.from(read).slice(0, n).join("");
  return Math.max(wordingSimilarity(truth.wording, head), wordingSimilarity(truth.wording, read));
}

/** Order-keeping alignment: pairs [truthIndex, readIndex, similarity] maximizing the summed similarity. */
export function alignTasks(n: number, m: number, similarity: (i: number, j: number) => number): Array<[number, number, number]> {
  const sim: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => similarity(i, j)));
  // best[i][j]: best total aligning truth[i..] with read[j..].
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sim[i]?.[j] ?? 0;
      const take = s >= MIN_TASK_SIMILARITY ? s + (best[i + 1]?.[j + 1] ?? 0) : -Infinity;
      best[i]![j] = Math.max(take, best[i + 1]?.[j] ?? 0, best[i]?.[j + 1] ?? 0);
    }
  }
  const pairs: Array<[number, number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = sim[i]?.[j] ?? 0;
    const here = best[i]?.[j] ?? 0;
    if (s >= MIN_TASK_SIMILARITY && Math.abs(here - (s + (best[i + 1]?.[j + 1] ?? 0))) < 1e-9) {
      pairs.push([i, j, s]);
      i++;
      j++;
    } else if (Math.abs(here - (best[i + 1]?.[j] ?? 0)) < 1e-9) i++;
    else j++;
  }
  return pairs;
}

export { normalizeWording };
