import type { Section, Task } from "../model/document.js";
import type { Normalizer } from "./normalize.js";
import { sectionPaths } from "./sections.js";
import type { Similarity } from "../diff/schema.js";
import {
  BigramDictionary,
  combine,
  dice,
  MIN_SIMILARITY,
  round3,
  SAME_NUMBER_MIN_SIMILARITY,
  sharedCount,
  type TaskProfile,
} from "./similarity.js";

/** A pairing of an old task with a new one; either side null for a task only one version has. */
export interface TaskMatch {
  old: number | null;
  new: number | null;
  by: "number" | "similarity" | "position" | null;
  similarity: Similarity | null;
}

/** Rows a reader could not read (garbled, or absent from the source) cannot be compared. */
export function isComparable(task: Task): boolean {
  return task.status === "ok" || task.status === "repaired";
}

interface Candidate {
  old: number;
  new: number;
  score: number;
  title: number;
  content: number;
  sameSeq: boolean;
  sameSection: boolean;
}

/** Greedy order: most similar first; on a tie the same number, then the same section, then the nearer position. */
function byPreference(a: Candidate, b: Candidate): number {
  return (
    b.score - a.score ||
    Number(b.sameSeq) - Number(a.sameSeq) ||
    Number(b.sameSection) - Number(a.sameSection) ||
    Math.abs(a.old - a.new) - Math.abs(b.old - b.new) ||
    a.old - b.old ||
    a.new - b.new
  );
}

/**
 * Candidate generation. A bigram found in more than this many unmatched old tasks is a stock
 * phrase of the genre (各乡镇人民政府, 全面推进) and says nothing about which task is which: it is
 * left out when looking for candidates (not when scoring them). Below this many tasks the
 * search is exhaustive.
 */
export const STOCK_BIGRAM_TASKS = 64;
/** Old tasks scored per new task: those sharing the most distinctive bigrams with it. */
export const CANDIDATES_PER_TASK = 48;
/** Old tasks scored because they stand near the new task's position, whatever they share. */
const POSITION_WINDOW = 2;

/**
 * Candidate pairs among the unmatched comparable tasks, found through an inverted index of their
 * distinctive bigrams, plus the task with the same number and the tasks around the same position;
 * each candidate is then scored on its whole title and content. The cost follows the overlap of
 * the two tables, not the product of their sizes.
 */
function candidatePairs(olds: readonly number[], news: readonly number[], oldTasks: readonly Task[], newTasks: readonly Task[], oldProfiles: TaskProfile[], newProfiles: TaskProfile[]): Candidate[] {
  const index = new Map<number, number[]>();
  const oldBySeq = new Map<number, number[]>();
  const open = new Uint8Array(oldTasks.length);
  for (const i of olds) {
    open[i] = 1;
    const p = oldProfiles[i] as TaskProfile;
    for (const g of new Set([...p.title, ...p.content])) {
      const list = index.get(g);
      if (list) list.push(i);
      else index.set(g, [i]);
    }
    const seq = (oldTasks[i] as Task).seq;
    const same = oldBySeq.get(seq);
    if (same) same.push(i);
    else oldBySeq.set(seq, [i]);
  }
  const shared = new Int32Array(oldTasks.length);
  const candidates: Candidate[] = [];
  for (const j of news) {
    const q = newProfiles[j] as TaskProfile;
    const newTask = newTasks[j] as Task;
    const seen: number[] = [];
    for (const g of new Set([...q.title, ...q.content])) {
      const list = index.get(g);
      if (!list || list.length > STOCK_BIGRAM_TASKS) continue;
      for (const i of list) {
        if (shared[i] === 0) seen.push(i);
        shared[i]! += 1;
      }
    }
    seen.sort((a, b) => (shared[b] as number) - (shared[a] as number) || a - b);
    const scored = new Set(seen.slice(0, CANDIDATES_PER_TASK));
    for (const i of seen) shared[i] = 0;
    for (const i of oldBySeq.get(newTask.seq) ?? []) scored.add(i);
    for (let i = Math.max(0, j - POSITION_WINDOW); i <= Math.min(oldTasks.length - 1, j + POSITION_WINDOW); i++) if (open[i] === 1) scored.add(i);
    for (const i of scored) {
      const p = oldProfiles[i] as TaskProfile;
      const title = dice(sharedCount(p.title, q.title), p.title.length, q.title.length);
      const content = dice(sharedCount(p.content, q.content), p.content.length, q.content.length);
      const score = combine(title, content, p, q);
      const oldTask = oldTasks[i] as Task;
      const sameSeq = oldTask.seq === newTask.seq;
      if (score >= MIN_SIMILARITY || (sameSeq && score >= SAME_NUMBER_MIN_SIMILARITY)) {
        candidates.push({ old: i, new: j, score, title, content, sameSeq, sameSection: oldTask.section === newTask.section });
      }
    }
  }
  return candidates;
}

/** Profiles (normalized title and content as bigram sets) of the tasks at these positions. */
function profiles(tasks: readonly Task[], at: readonly number[], dict: BigramDictionary, normalize: Normalizer): TaskProfile[] {
  const out: TaskProfile[] = new Array(tasks.length);
  for (const i of at) {
    const t = tasks[i] as Task;
    out[i] = { title: dict.profile(normalize(t.title)), content: dict.profile(normalize(t.content)) };
  }
  return out;
}

/** Smallest index ≥ k not yet taken (union-find over taken runs), or `length` when none is left. */
function freeIndexes(taken: Int32Array): { first: (k: number) => number; take: (k: number) => void } {
  const next = Int32Array.from({ length: taken.length + 1 }, (_v, k) => k);
  const first = (k: number): number => {
    let root = k;
    while (next[root] !== root) root = next[root] as number;
    while (next[k] !== root) {
      const up = next[k] as number;
      next[k] = root;
      k = up;
    }
    return root;
  };
  const take = (k: number): void => {
    next[k] = k + 1;
  };
  taken.forEach((v, k) => {
    if (v !== -1) take(k);
  });
  return { first, take };
}

/**
 * Pair each unmatched row of `these` that cannot be compared with an unmatched row of `those`
 * in its place: between the counterparts of its nearest matched neighbours, the one with the
 * same number, else the first. When the neighbours' counterparts cross (a move), only a row
 * with the same number will do.
 */
function placeUnreadable(these: readonly Task[], those: readonly Task[], mine: Int32Array, theirs: Int32Array, pair: (i: number, j: number) => void): void {
  const prev = new Int32Array(these.length);
  let last = -1;
  for (let i = 0; i < these.length; i++) {
    prev[i] = last;
    if (mine[i] !== -1) last = mine[i] as number;
  }
  const next = new Int32Array(these.length);
  last = those.length;
  for (let i = these.length - 1; i >= 0; i--) {
    next[i] = last;
    if (mine[i] !== -1) last = mine[i] as number;
  }
  const bySeq = new Map<number, number[]>();
  those.forEach((t, k) => {
    const list = bySeq.get(t.seq);
    if (list) list.push(k);
    else bySeq.set(t.seq, [k]);
  });
  const free = freeIndexes(theirs);
  these.forEach((t, i) => {
    if (isComparable(t) || mine[i] !== -1) return;
    const lo = prev[i] as number;
    const hi = next[i] as number;
    const sameSeq = (bySeq.get(t.seq) ?? []).filter((k) => theirs[k] === -1);
    let k: number | undefined;
    if (lo < hi) {
      k = sameSeq.find((x) => x > lo && x < hi);
      if (k === undefined) {
        const f = free.first(lo + 1);
        if (f < hi) k = f;
      }
    } else k = sameSeq[0];
    if (k === undefined) return;
    mine[i] = k;
    theirs[k] = i;
    free.take(k);
    pair(i, k);
  });
}

/**
 * Pair the tasks of two versions, one-to-one:
 * 1. by number, when the title and the content are the same (after normalizing);
 * 2. by similarity over the whole document, most similar first (a task that moved from 14 to
 *    12, or to another section, is found wherever it went), down to MIN_SIMILARITY, or
 *    SAME_NUMBER_MIN_SIMILARITY for two tasks with the same number. Tasks whose title and
 *    content are the same (similarity 1) are paired first, in order, without a search;
 * 3. a row that cannot be compared (needs_review, missing) with the unmatched row in its place
 *    in the other version: the same number between the same matched neighbours, else the first
 *    unmatched row there, so that neither is reported as added or removed.
 * Returns every task of both versions exactly once.
 */
export function matchTasks(oldTasks: readonly Task[], newTasks: readonly Task[], normalize: Normalizer): TaskMatch[] {
  const oldToNew = new Int32Array(oldTasks.length).fill(-1);
  const newToOld = new Int32Array(newTasks.length).fill(-1);
  const matches: TaskMatch[] = [];
  const pair = (i: number, j: number, by: TaskMatch["by"], similarity: Similarity | null): void => {
    oldToNew[i] = j;
    newToOld[j] = i;
    matches.push({ old: i, new: j, by, similarity });
  };

  // 1. By number, title and content unchanged; then the same title and content under another
  // number (a renumbered or moved task, most of a reissued table), in order.
  const key = (t: Task): string => `${normalize(t.title)}\u0000${normalize(t.content)}`;
  const queues = (byNumber: boolean): Map<string, number[]> => {
    const map = new Map<string, number[]>();
    newTasks.forEach((t, j) => {
      if (!isComparable(t) || newToOld[j] !== -1) return;
      const k = byNumber ? `${t.seq}\u0000${key(t)}` : key(t);
      const list = map.get(k);
      if (list) list.push(j);
      else map.set(k, [j]);
    });
    return map;
  };
  for (const byNumber of [true, false]) {
    const waiting = queues(byNumber);
    oldTasks.forEach((t, i) => {
      if (!isComparable(t) || oldToNew[i] !== -1) return;
      const j = waiting.get(byNumber ? `${t.seq}\u0000${key(t)}` : key(t))?.shift();
      if (j !== undefined) pair(i, j, byNumber ? "number" : "similarity", { score: 1, title: 1, content: 1 });
    });
  }

  // 2. By similarity, across the whole document.
  const olds = oldTasks.flatMap((t, i) => (oldToNew[i] === -1 && isComparable(t) ? [i] : []));
  const news = newTasks.flatMap((t, j) => (newToOld[j] === -1 && isComparable(t) ? [j] : []));
  if (olds.length > 0 && news.length > 0) {
    const dict = new BigramDictionary();
    const candidates = candidatePairs(olds, news, oldTasks, newTasks, profiles(oldTasks, olds, dict, normalize), profiles(newTasks, news, dict, normalize));
    candidates.sort(byPreference);
    for (const c of candidates) {
      if (oldToNew[c.old] !== -1 || newToOld[c.new] !== -1) continue;
      pair(c.old, c.new, "similarity", { score: round3(c.score), title: round3(c.title), content: round3(c.content) });
    }
  }

  // 3. Rows that cannot be compared, with the row in their place.
  placeUnreadable(oldTasks, newTasks, oldToNew, newToOld, (i, j) => pair(i, j, "position", null));
  placeUnreadable(newTasks, oldTasks, newToOld, oldToNew, (j, i) => pair(i, j, "position", null));

  oldTasks.forEach((_t, i) => {
    if (oldToNew[i] === -1) matches.push({ old: i, new: null, by: null, similarity: null });
  });
  newTasks.forEach((_t, j) => {
    if (newToOld[j] === -1) matches.push({ old: null, new: j, by: null, similarity: null });
  });
  return matches;
}

export interface SectionMatch {
  old: number | null;
  new: number | null;
}

/** A section pair with a different title needs this title similarity, or this share of its tasks in common. */
export const SECTION_MIN_TITLE_SIMILARITY = 0.5;
export const SECTION_MIN_TASK_SHARE = 0.5;

/** Step 0: the same number and title under the same parents (`sectionPaths`), whatever the ids. */
function pairSamePaths(oldSections: readonly Section[], newSections: readonly Section[], normalize: Normalizer, oldToNew: Int32Array, pair: (i: number, j: number) => void): void {
  const oldPaths = sectionPaths(oldSections, normalize);
  const newPaths = sectionPaths(newSections, normalize);
  const newByPath = new Map<string, number>();
  newSections.forEach((n, j) => {
    const path = newPaths.get(n.id) as string;
    if (!newByPath.has(path)) newByPath.set(path, j);
  });
  const taken = new Set<number>();
  oldSections.forEach((s, i) => {
    const j = newByPath.get(oldPaths.get(s.id) as string);
    if (j === undefined || taken.has(j) || oldToNew[i] !== -1) return;
    taken.add(j);
    pair(i, j);
  });
}

/** Step 1: the same title; among several, the same number, then the same level. */
function pairSameTitles(
  oldSections: readonly Section[],
  newSections: readonly Section[],
  normalize: Normalizer,
  paired: { oldToNew: Int32Array; newToOld: Int32Array },
  pair: (i: number, j: number) => void,
): void {
  const byTitle = new Map<string, number[]>();
  newSections.forEach((n, j) => {
    if (paired.newToOld[j] !== -1) return;
    const t = normalize(n.title);
    const list = byTitle.get(t);
    if (list) list.push(j);
    else byTitle.set(t, [j]);
  });
  oldSections.forEach((s, i) => {
    if (paired.oldToNew[i] !== -1) return;
    const same = (byTitle.get(normalize(s.title)) ?? []).filter((k) => paired.newToOld[k] === -1);
    const j = same.find((k) => normalize(newSections[k]?.number ?? "") === normalize(s.number)) ?? same.find((k) => newSections[k]?.level === s.level) ?? same[0];
    if (j !== undefined) pair(i, j);
  });
}

/**
 * Pair the sections of two versions, one-to-one, by what is printed, never by the reader's ids:
 * first the same number and title under the same parents, then the same title (after
 * normalizing), then by title similarity or by the tasks they hold (a renamed section keeps its
 * tasks). Returns every section of both versions exactly once.
 */
export function matchSections(
  oldSections: readonly Section[],
  newSections: readonly Section[],
  taskMatches: readonly TaskMatch[],
  oldTasks: readonly Task[],
  newTasks: readonly Task[],
  normalize: Normalizer,
): SectionMatch[] {
  const oldToNew = new Int32Array(oldSections.length).fill(-1);
  const newToOld = new Int32Array(newSections.length).fill(-1);
  const matches: SectionMatch[] = [];
  const pair = (i: number, j: number): void => {
    oldToNew[i] = j;
    newToOld[j] = i;
    matches.push({ old: i, new: j });
  };

  pairSamePaths(oldSections, newSections, normalize, oldToNew, pair);
  pairSameTitles(oldSections, newSections, normalize, { oldToNew, newToOld }, pair);

  // 2. Title similarity and shared tasks.
  const olds = oldSections.flatMap((_s, i) => (oldToNew[i] === -1 ? [i] : []));
  const news = newSections.flatMap((_s, j) => (newToOld[j] === -1 ? [j] : []));
  if (olds.length > 0 && news.length > 0) {
    const dict = new BigramDictionary();
    const oldTitles = oldSections.map((s) => dict.profile(normalize(s.title)));
    const newTitles = newSections.map((s) => dict.profile(normalize(s.title)));
    const oldIndex = new Map(oldSections.map((s, i) => [s.id, i]));
    const newIndex = new Map(newSections.map((s, j) => [s.id, j]));
    const shared = new Map<string, number>();
    const oldSize = new Int32Array(oldSections.length);
    const newSize = new Int32Array(newSections.length);
    for (const m of taskMatches) {
      if (m.old === null || m.new === null || m.by === "position") continue;
      const a = oldIndex.get((oldTasks[m.old] as Task).section ?? "");
      const b = newIndex.get((newTasks[m.new] as Task).section ?? "");
      if (a !== undefined) oldSize[a]! += 1;
      if (b !== undefined) newSize[b]! += 1;
      if (a !== undefined && b !== undefined) shared.set(`${a}:${b}`, (shared.get(`${a}:${b}`) ?? 0) + 1);
    }
    const candidates: { i: number; j: number; title: number; share: number; sameNumber: boolean; sameLevel: boolean }[] = [];
    for (const i of olds) {
      for (const j of news) {
        const a = oldTitles[i] as Int32Array;
        const b = newTitles[j] as Int32Array;
        const title = dice(sharedCount(a, b), a.length, b.length);
        const size = Math.max(oldSize[i] as number, newSize[j] as number);
        const share = size === 0 ? 0 : (shared.get(`${i}:${j}`) ?? 0) / size;
        if (title < SECTION_MIN_TITLE_SIMILARITY && share < SECTION_MIN_TASK_SHARE) continue;
        const o = oldSections[i] as Section;
        const n = newSections[j] as Section;
        candidates.push({ i, j, title, share, sameNumber: normalize(o.number) === normalize(n.number), sameLevel: o.level === n.level });
      }
    }
    candidates.sort((x, y) => y.title + y.share - (x.title + x.share) || Number(y.sameNumber) - Number(x.sameNumber) || Number(y.sameLevel) - Number(x.sameLevel) || x.i - y.i || x.j - y.j);
    for (const c of candidates) {
      if (oldToNew[c.i] !== -1 || newToOld[c.j] !== -1) continue;
      pair(c.i, c.j);
    }
  }

  oldSections.forEach((_s, i) => {
    if (oldToNew[i] === -1) matches.push({ old: i, new: null });
  });
  newSections.forEach((_s, j) => {
    if (newToOld[j] === -1) matches.push({ old: null, new: j });
  });
  return matches;
}
