import { sectionUnit } from "../../../genre/section-units.js";
import { chargedClause, headingBody, headingHolder, headingLine, headingUnits, namesWhoActs, isTaskEvidence, labelEvidence, namesUnits, opensDuty, unitBrackets, type Evidence, type InheritedEvidence, type LabelEvidence } from "./evidence.js";
import type { Item } from "./items.js";

/**
 * Which numbered items are tasks, which are section headings, which are sub-items of a task, and
 * which are not the table's (a notice's own 一、二、 paragraphs). A task is the item that carries its
 * units (a bracket or labels); an item above tasks is a section; items of a task's scheme beside it
 * are tasks even without units (cut off, or units given once for all). An item whose units close its
 * last sub-item, on a line of their own ((1)… (2)… / （责任单位：…）), carries them for all of them.
 */
export type ItemRole = "task" | "section" | "sub" | "other";

export interface Classified {
  roles: ItemRole[];
  /** Evidence in each item's own text (before its first sub-item). */
  evidence: Evidence[][];
  /** Items whose units are those closing their last sub-item: their text runs over their sub-items. */
  absorbs: Set<number>;
  /** Units a section's heading names for the items under it (and the heading's own contacts), by item. */
  inherited: Map<number, Evidence[]>;
}

type Mode = "leaf" | "absorb" | "parent";

function startsLine(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const ch = text[k] as string;
    if (ch === "\n") return true;
    if (!/[ \t\u3000]/.test(ch)) return false;
  }
  return true;
}

/**
 * Ranges sorted by start, each with the furthest end of the ranges up to it: whether one of them
 * holds a point is a binary search, not a scan of all (issue 14: an item that runs over a whole
 * text holds every bracket and label in it, and a scan per label made it quadratic).
 */
class Reach {
  private readonly starts: number[];
  private readonly ends: number[];

  constructor(ranges: Array<[number, number]>) {
    ranges.sort((a, b) => a[0] - b[0]);
    this.starts = ranges.map((r) => r[0]);
    let furthest = Number.NEGATIVE_INFINITY;
    this.ends = ranges.map((r) => {
      furthest = Math.max(furthest, r[1]);
      return furthest;
    });
  }

  /** The furthest end of the ranges that start before `at` (or at it, with `orAt`); -Infinity when none does. */
  before(at: number, orAt: boolean): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.starts[mid] as number;
      if (s < at || (orAt && s === at)) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? Number.NEGATIVE_INFINITY : (this.ends[found] as number);
  }
}

/**
 * Evidence in text[from, to): brackets of units and labels. Labels inside a bracket of units are
 * the bracket's (〔牵头单位：…，责任单位：…〕); a bracket inside a label's value is that value's
 * (责任单位：A、B（列第一位者为牵头单位，下同）).
 */
export function evidenceIn(text: string, from: number, to: number, headed = false, charged = false): Evidence[] {
  const brackets = unitBrackets(text, from, to);
  const inBrackets = new Reach(brackets.map((b) => [b.start, b.end]));
  // A label inside a bracket of units already read (（责任单位：…）) is that bracket's; one whose own bracket it
  // opens (…(责任单位:X):…) starts at the bracket, so it is looked up at its label.
  const labels = labelEvidence(text, from, to, headed).filter((l) => !(inBrackets.before(l.labelEnd - 1, true) > l.labelEnd - 1));
  // A bracket of labels closing the record (（牵头责任人：徐勋红，具体责任人：严霞）): its brackets are the labels'.
  for (const l of labels) {
    const before = text.slice(from, l.start).trimEnd();
    if (/[(\uff08\u3014[]/.test(before[before.length - 1] ?? "") && l === labels.find((x) => x.start >= l.start)) {
      const open = from + before.length - 1;
      const group = labels.filter((x) => x.start >= l.start);
      const lastLabel = group[group.length - 1] as LabelEvidence;
      const close = text.slice(lastLabel.valueStart, lastLabel.valueEnd).search(/[)\uff09\u3015\]]\s*[。.;；]?\s*$/);
      if (close >= 0) {
        l.start = open;
        lastLabel.valueEnd = lastLabel.valueStart + close;
        lastLabel.closeEnd = lastLabel.valueStart + close + 1;
      }
    }
  }
  const found: Evidence[] = [...labels];
  const inValues = new Reach(labels.map((e) => [e.valueStart, e.valueEnd]));
  for (const b of brackets) {
    const reach = inValues.before(b.start, true);
    if (reach >= b.end) continue;
    // A bracket opened inside a label's value and closed after it (责任单位：…政府(管委会 / )) is that value's end.
    const owner = reach > b.start ? labels.find((l) => l.valueStart <= b.start && l.valueEnd > b.start) : undefined;
    if (owner) owner.valueEnd = b.end;
    else found.push(b);
  }
  // Where asked (no record of the text names its units otherwise), units its text charges (县公安局要…).
  const clause = charged && !found.some(isTaskEvidence) ? chargedClause(text, from, to) : null;
  if (clause) found.push(clause);
  return found.sort((a, b) => a.start - b.start);
}

/** The words of a heading item's own text after its first line that none of its labels took. */
function headingRest(text: string, item: Item, labels: readonly LabelEvidence[]): string {
  const nl = text.indexOf("\n", item.textStart);
  if (nl < 0 || nl >= item.ownEnd) return "";
  let rest = "";
  let pos = nl;
  for (const l of [...labels].sort((a, b) => a.start - b.start)) {
    if (l.start > pos) rest += text.slice(pos, l.start);
    pos = Math.max(pos, l.valueEnd);
  }
  if (pos < item.ownEnd) rest += text.slice(pos, item.ownEnd);
  return rest.replace(/\s+/g, " ").trim();
}

export function classifyItems(text: string, items: readonly Item[], charged = false): Classified {
  const evidence = items.map((it) => evidenceIn(text, it.textStart, it.ownEnd, true, charged));
  const own = evidence.map((ev) => ev.some(isTaskEvidence));
  // A heading's own contact (一、学院办公室 / 联系人：郑大远) does not say who does the items under it.
  const acts = (from: number, to: number): boolean => evidenceIn(text, from, to, true).some(namesWhoActs);
  // The items numbered beside each (under the same item, in the same scheme), found once.
  const groups = new Map<string, number[]>();
  items.forEach((it, k) => {
    const key = `${it.parent}:${it.scheme}`;
    groups.set(key, [...(groups.get(key) ?? []), k]);
  });
  const siblingsOf = (i: number): number[] => groups.get(`${(items[i] as Item).parent}:${(items[i] as Item).scheme}`) ?? [i];
  // Units named once in a heading count for each item under it that names none of its own.
  const inherited = new Map<number, Evidence[]>();
  // Headings over items of which none names who acts, nor anything under them (found for every item before
  // any inherits, so that one heading's items do not hide the next).
  const free = items.map((item) => item.children.length > 0 && !item.children.some((k) => own[k]) && !acts(item.textStart, item.end));
  const bodies = items.map((item, i) =>
    free[i] ? headingBody(text, item.textStart, item.ownEnd, item.children.map((k) => text.slice((items[k] as Item).textStart, (items[k] as Item).ownEnd))) : null,
  );
  const body = (i: number): InheritedEvidence | null => bodies[i] ?? null;
  // A heading beside them that names a unit over one paragraph of its duty (三、卫生所 / 在主席台南边设救护站…):
  // its first line, when that line is only a unit's name.
  const leafUnit = (k: number): { words: string; start: number } | null => {
    const item = items[k] as Item;
    const nl = text.indexOf("\n", item.textStart);
    if (item.children.length > 0 || nl < 0 || nl >= item.ownEnd) return null;
    const line = headingLine(text, item.textStart, item.ownEnd);
    return sectionUnit(line.words) === line.words ? line : null;
  };
  const unitLeaf = (k: number): boolean => leafUnit(k) !== null;
  // A heading that says whose duties its items are (县级河湖长主要履行以下职责), where nothing under it names another.
  const holderOver = (i: number): InheritedEvidence | null => (free[i] ? headingHolder(text, (items[i] as Item).textStart, (items[i] as Item).ownEnd) : null);
  // A unit's heading over its duties counts only where each heading beside it is one too (7、财务处 / 8、宣传部 /
  // 9、保卫部): a heading with its duty on its own lines (第十三条 财政部门职责 / 负责筹措…) is read another way.
  const bodyOver = (i: number): InheritedEvidence | null => (body(i) !== null && siblingsOf(i).every((k) => body(k) !== null || unitLeaf(k)) ? body(i) : null);
  items.forEach((item, i) => {
    if (own[i] && (evidence[i] ?? []).some(namesWhoActs)) return;
    if (item.children.length === 0) {
      // A unit's heading over one paragraph of its duty, beside headings over their duties (三、卫生所 /
      // 在主席台南边设救护站… beside 二、学工部 / (一)负责…): its heading line is its units.
      const line = leafUnit(i);
      if (line === null) return;
      const siblings = siblingsOf(i);
      if (!siblings.some((k) => body(k) !== null) || !siblings.every((k) => body(k) !== null || unitLeaf(k))) return;
      inherited.set(i, [{ kind: "inherited", field: "units", start: line.start, valueStart: line.start, valueEnd: line.start + line.words.length, ownLine: true }]);
      own[i] = true;
      return;
    }
    // …or a heading that is only a unit's name over its duties, where nothing under it names another.
    const named = headingUnits(text, item.textStart, item.ownEnd) ?? holderOver(i) ?? bodyOver(i);
    if (!named) return;
    // The heading's own contact (一、学院办公室 / 联系人：郑大远) is each of its items' contact too.
    const labels = (evidence[i] ?? []).filter((e): e is LabelEvidence => e.kind === "label");
    const contacts: InheritedEvidence[] = labels
      .filter((e) => e.field === "contacts")
      .map((e) => ({ kind: "inherited", field: "contacts", start: e.valueStart, valueStart: e.valueStart, valueEnd: e.valueEnd }));
    // Lines of the heading no label took (体育部：王昊) may say more of its items: said on each.
    const unread = headingRest(text, item, labels);
    const given = unread === "" ? named : { ...named, unread };
    for (const k of item.children) {
      if (own[k]) continue;
      inherited.set(k, [given, ...contacts]);
      own[k] = true;
    }
  });
  const sub = new Array<boolean>(items.length).fill(false);
  const mode = new Array<Mode>(items.length).fill("leaf");
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as Item;
    const kids = item.children;
    const withEvidence = kids.filter((k) => sub[k]);
    if (withEvidence.length === 0) {
      sub[i] = own[i] as boolean;
      continue;
    }
    sub[i] = true;
    const last = kids[kids.length - 1] as number;
    const lastEv = (evidence[last] ?? []).find(isTaskEvidence);
    const lastItem = items[last] as Item;
    // Sub-items on their parent's own line (1.新发展…，其中：①茶叶…；②…；③…。（责任单位：…）) are its text too.
    const onParentLine = item.line && kids.every((k) => !(items[k] as Item).line);
    if (!own[i] && withEvidence.length === 1 && withEvidence[0] === last && kids.length >= 2 && mode[last] === "leaf" && lastItem.children.length === 0 && lastEv && (startsLine(text, lastEv.start) || onParentLine)) {
      mode[i] = "absorb";
    } else mode[i] = "parent";
  }
  const roles = new Array<ItemRole>(items.length).fill("other");
  const absorbs = new Set<number>();
  // Top-down: each group of siblings under a parent that holds tasks.
  const assign = (siblings: readonly number[]): void => {
    const anyTask = siblings.some((k) => sub[k]);
    const orphans = orphansBeforeHeadings(siblings);
    for (const k of siblings) {
      const item = items[k] as Item;
      if (mode[k] === "parent") {
        // With units of its own it is a task too, unless its words only restate the items under it
        // (一、减少…；实施…。(责任单位:…) over 1.减少…(…) 2.实施…(…)): then it heads them.
        // A heading that names only who leads the items under it (三、保障措施(牵头领导:张某、李某)) heads them.
        roles[k] = own[k] && !restatesItems(text, item, items) && (evidence[k] ?? []).some(namesUnits) ? "task" : "section";
        assign(item.children);
      } else if (mode[k] === "absorb" || (mode[k] === "leaf" && own[k])) {
        roles[k] = "task";
        if (mode[k] === "absorb") absorbs.add(k);
        markSub(item.children);
      } else if (anyTask && siblings.some((s) => sub[s] && mode[s] !== "parent" && (items[s] as Item).scheme === item.scheme)) {
        // Beside tasks of its own scheme, without units of its own: a task (cut off, or units given once).
        roles[k] = "task";
        markSub(item.children);
      } else if (mode[k] === "leaf" && orphans.has(k)) {
        // Numbered as the items under the headings after it, before the first of them (a page that begins
        // inside the list of the heading on the page before: (1)负责… / 7、财务处 / (1)负责…): a task whose
        // heading, and units, are not on this page.
        roles[k] = "task";
      } else {
        roles[k] = "other";
        assign(item.children);
      }
    }
  };
  // The siblings before the first heading among them, where the page begins with them, each opening as a
  // duty does (负责…, 做好…) and numbered in the scheme of the tasks under that heading. (The heading's
  // items are not given their roles yet when its siblings before it are met: their marks say which are tasks.)
  const orphansBeforeHeadings = (siblings: readonly number[]): ReadonlySet<number> => {
    const first = siblings.find((s) => mode[s] === "parent");
    const before = first === undefined ? [] : siblings.filter((s) => s < first);
    if (first === undefined || before.length === 0 || text.slice(0, (items[before[0] as number] as Item).start).trim() !== "") return new Set();
    if (!before.every((s) => opensDuty(text.slice((items[s] as Item).textStart, (items[s] as Item).ownEnd)))) return new Set();
    const under = (items[first] as Item).children.filter((c) => sub[c]);
    if (under.length === 0) return new Set();
    return new Set(before.filter((k) => under.every((c) => (items[c] as Item).scheme === (items[k] as Item).scheme)));
  };
  const markSub = (kids: readonly number[]): void => {
    for (const k of kids) {
      roles[k] = "sub";
      markSub((items[k] as Item).children);
    }
  };
  assign(items.map((_, i) => i).filter((i) => (items[i] as Item).parent < 0));
  continueNumbering(items, roles);
  return { roles, evidence, absorbs, inherited };
}

// How much of an item's opening its parent must hold for the parent to restate it.
const RESTATED_OPENING = 6;

/** Whether an item's own words hold the opening words of each item under it. */
function restatesItems(text: string, item: Item, items: readonly Item[]): boolean {
  const own = text.slice(item.textStart, item.ownEnd);
  return item.children.every((k) => {
    const child = items[k] as Item;
    const opening = text.slice(child.textStart, child.ownEnd).trim().slice(0, RESTATED_OPENING);
    return opening.length === RESTATED_OPENING && own.includes(opening);
  });
}

/**
 * Tasks numbered straight on across section headings (7.… / 二、… / 8.…): an item with no units of
 * its own that takes up the last task's numbering, under a heading with no task yet, is the next task
 * (cut off by the excerpt's end, or its units given further on).
 */
function continueNumbering(items: readonly Item[], roles: ItemRole[]): void {
  let last: Item | null = null;
  items.forEach((item, i) => {
    if (roles[i] === "task") last = item;
    else if (roles[i] === "other" && last !== null && item.scheme === last.scheme && item.value === last.value + 1 && item.parent >= 0 && roles[item.parent] !== "task" && roles[item.parent] !== "sub") {
      roles[i] = "task";
      if (roles[item.parent] === "other") roles[item.parent] = "section";
      last = item;
    }
  });
}
