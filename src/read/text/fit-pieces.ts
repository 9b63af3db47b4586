import { listPieces } from "../../genre/unit-groups.js";
import { readsAsUnit } from "../../genre/units.js";

/** A run of the stream cut from a delimited line: one cell, or pieces of one joined. */
export interface Piece {
  start: number;
  end: number;
  /** A cell wrapped with spaces in it: the pieces it was joined from (the spaces are not text). */
  parts?: Piece[];
  /** What goes between each two parts in the cell's text ("" when not given: a wrap with no meaning). */
  seps?: string[];
}

/** A piece while pieces are merged: the run of input pieces [first, last] it covers. */
interface Node {
  first: number;
  last: number;
  start: number;
  end: number;
  prev: Node | null;
  next: Node | null;
  alive: boolean;
  /** Bumped when the node grows, so that a pair queued before is known to be stale. */
  version: number;
}

/** Two neighbours that may merge: the shorter pair first, then the leftmost. */
interface Pair {
  length: number;
  left: Node;
  leftVersion: number;
  right: Node;
  rightVersion: number;
}

function before(a: Pair, b: Pair): boolean {
  return a.length !== b.length ? a.length < b.length : a.left.start < b.left.start;
}

/** A binary heap of pairs, the one to merge next on top. */
class PairHeap {
  private readonly items: Pair[] = [];

  push(p: Pair): void {
    const items = this.items;
    items.push(p);
    let i = items.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!before(items[i] as Pair, items[up] as Pair)) break;
      [items[i], items[up]] = [items[up] as Pair, items[i] as Pair];
      i = up;
    }
  }

  pop(): Pair | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && before(items[l] as Pair, items[m] as Pair)) m = l;
        if (r < items.length && before(items[r] as Pair, items[m] as Pair)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m] as Pair, items[i] as Pair];
        i = m;
      }
    }
    return top;
  }
}

// What merging a piece of units with a piece of prose costs, over their length: more than any row's.
const MIXED = 1_000_000;

/** Does a piece name units only (体卫艺安全稳定科, 各区教育局、市局直属单位)? */
function namesUnits(text: string): boolean {
  const units = listPieces(text);
  return units.length > 0 && units.every((u) => readsAsUnit(u));
}

/**
 * Merge adjacent short pieces until the row has `want` cells: a wrapped cell printed with a space
 * in it. A piece stopping on an enumeration comma merges first, then the shortest pair (the leftmost
 * of equals), a piece of units with a piece of prose last; an empty piece, or one ending a
 * sentence, never merges with the next; the first `fixed` pieces stay as they are. Queued, not
 * searched for each merge: a line of 100,000 cells was quadratic (issue 14).
 */
export function fitPieces(text: string, pieces: readonly Piece[], want: number, fixed: number): Piece[] {
  const nodes: Node[] = pieces.map((p, i) => ({ first: i, last: i, start: p.start, end: p.end, prev: null, next: null, alive: true, version: 0 }));
  nodes.forEach((n, i) => {
    n.prev = nodes[i - 1] ?? null;
    n.next = nodes[i + 1] ?? null;
  });
  const heap = new PairHeap();
  const offer = (left: Node | null): void => {
    const right = left?.next;
    if (!left || !right || left.first < fixed) return;
    if (left.end === left.start || right.end === right.start || /[。;\uff1b]$/.test(text.slice(left.start, left.end))) return;
    // A piece that stops on an enumeration comma (各区教育局、| 市局直属单位) goes on in the next: it merges first.
    // Units and prose are two cells: they merge last (…工作任务。| 体卫艺安全稳定科 stay apart).
    const a = text.slice(left.start, left.end);
    const length = /[\u3001,\uff0c]$/.test(a)
      ? -1
      : left.end - left.start + (right.end - right.start) + (namesUnits(a) !== namesUnits(text.slice(right.start, right.end)) ? MIXED : 0);
    heap.push({ length, left, leftVersion: left.version, right, rightVersion: right.version });
  };
  for (const n of nodes) offer(n);
  let count = nodes.length;
  while (count > want) {
    const p = heap.pop();
    if (!p) break;
    const { left, right } = p;
    if (!left.alive || !right.alive || left.next !== right || left.version !== p.leftVersion || right.version !== p.rightVersion) continue;
    left.last = right.last;
    left.end = right.end;
    left.version++;
    left.next = right.next;
    if (right.next) right.next.prev = left;
    right.alive = false;
    count--;
    offer(left.prev);
    offer(left);
  }
  const out: Piece[] = [];
  for (let n = nodes[0] ?? null; n; n = n.next) {
    if (n.first === n.last) out.push(pieces[n.first] as Piece);
    else out.push({ start: n.start, end: n.end, parts: pieces.slice(n.first, n.last + 1).flatMap((q) => q.parts ?? [q]) });
  }
  return out;
}
