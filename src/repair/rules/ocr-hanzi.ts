import type { Located } from "../../model/located.js";
import type { Message, ReferenceRow, Repair } from "../../model/message.js";
import type { ReferenceCells, WorkDoc, WorkTask } from "../../model/work.js";
import { confusablePair, confusablesOf } from "../../genre/confusables.js";
import { CONTENT_START_WORDS, TITLE_END_WORDS, endWord, startWord } from "../../genre/policy-words.js";
import { INCIDENT_GRADES, STOCK_PHRASES, stockPhrase, type StockPhrase } from "../../genre/stock-phrases.js";
import { referenceViews, type Hunk, type ReferenceView } from "../reference-hunks.js";
import { placeIn, withField, type RepairRule } from "../rule.js";

/**
 * Chinese characters OCR misread, dropped or doubled (seed row 2: 黄物落实 for 贯彻落实; row 3:
 * 优化完督 for 优化完善督), changed only on evidence: a phrase the same document prints elsewhere,
 * a stock phrase of the genre (src/genre/stock-phrases.ts) and, for a misread, a pair of
 * look-alike characters (src/genre/confusables.ts), which is never enough alone. A slip always
 * leaves a pair of characters the document prints nowhere else (黄物, 完督): only such places are
 * looked at, so a clean document costs one pass to count its character pairs. Two readings are
 * only ever suggested: 一 between two phrases the document prints, read as a dash (row 5: 智慧林长一
 * 森林防火), unless the document prints one of them beside a dash; and 大以上 that lost its grade's
 * first character (row 16: 遏制大以上森林火灾), suggested as the one grade the document prints.
 *
 * A copy of the same document given with `--reference` (WorkDoc.references) outranks all of
 * these: where it reads a span otherwise by a character misread, dropped or doubled, that is the
 * evidence, and the repair names the reference's row; where it reads the span as printed, the
 * span is left, whatever the document's phrases say. So the reference stage, which runs after,
 * finds the two copies agreeing there and neither undoes nor repeats the change.
 */

// The CJK range the other rules read as Chinese (\u4e00-\u9fa5), tested by code: this runs once a character.
const HAN_FIRST = 0x4e00;
const HAN_LAST = 0x9fa5;
// Printed span length the document's own phrases are compared at: 贯彻落实, 优化完善 (seed rows 2, 3).
const DOC_PHRASE_LENGTH = 4;
// A misread is at most two characters of a phrase (seed row 2: 黄物 for 贯彻); more is another phrase.
const MAX_REPLACED = 2;
// The shortest sentence taken as complete before a restored 。 (seed row 3: 常态化开展林长制落实情况督查检查考核, 18).
const MIN_SENTENCE = 10;
// Fields holding prose; names and unit lists are left alone (a look-alike in a name is no slip to us).
const PROSE = /^(title|content|progress|target|note|category|extra\.)/;
const COMMAS = ["\uff0c", ","];
const CLAUSE_MARKS = ["。", "\uff1b", ";", "！", "？", ...COMMAS];

type SlipKind = "replaced" | "dropped" | "doubled";

interface Evidence {
  /** How often the document prints the phrase elsewhere. */
  docCount: number;
  stock: StockPhrase | undefined;
  /** Sources of the look-alike pairs, for a misread. */
  confusable: string[];
  /** The rows of the references (the same document) that read the span so. */
  reference?: ReferenceRow[];
  /** For 一 read as a dash: the phrases either side, each printed elsewhere, and how often the document prints them beside a dash. */
  dash?: { left: string; right: string; beside: number };
  /** For a grade that lost its first character (大以上): the grade taken, how often the document prints it, and the other grades it might have been. */
  grade?: { taken: string; printed: number; others: string[] };
}

interface Finding {
  kind: SlipKind;
  /** The printed span [start, end) and what it becomes. */
  start: number;
  end: number;
  after: string;
  phrase: string;
  evidence: Evidence;
  strong: boolean;
  /** A 。 restored between two sentences. */
  stop?: boolean;
}

/** One distinct text of the document: how often it is printed, and where it was first printed. */
interface TextEntry {
  times: number;
  /** Index of the task holding it, or -1 for the document's title and section titles. */
  task: number;
  field: string;
}

interface DocIndex {
  /** How often the document prints each pair of characters, by `pairKey`. */
  pairs: PairCounts;
  /** The document's distinct texts (title, section titles, fields), in the order first printed. */
  texts: Map<string, TextEntry>;
  /** The texts holding a pair of characters the document prints nowhere else: the only places a slip can be. */
  suspects: TextEntry[];
  count: (phrase: string) => number;
}

interface Variant {
  phrase: string;
  k: number;
}

function isHan(c: string | undefined): boolean {
  if (c === undefined || c.length !== 1) return false;
  const code = c.charCodeAt(0);
  return code >= HAN_FIRST && code <= HAN_LAST;
}

function isHanAt(t: string, i: number): boolean {
  const code = t.charCodeAt(i);
  return code >= HAN_FIRST && code <= HAN_LAST;
}

// Pairs are counted by number, not by a sliced string: a third of the time at 17,000 rows.
function pairKey(t: string, i: number): number {
  return t.charCodeAt(i) * 0x10000 + t.charCodeAt(i + 1);
}

function pairCount(idx: DocIndex, t: string, i: number): number {
  return i >= 0 && i + 1 < t.length ? idx.pairs.get(pairKey(t, i)) : 0;
}

/**
 * Counts by pair of characters in an open-addressing table of typed arrays: a Map of numbers
 * took 230 ms of the rule's 900 ms on the 17,000-row benchmark table (3.4 million pairs). Each
 * pair also remembers the first text it was counted in, so that the pairs printed once lead
 * straight to the few texts worth reading (17,000 rows: 20 of about 100,000 fields).
 */
class PairCounts {
  private keys = new Uint32Array(1 << 12);
  private counts = new Uint32Array(1 << 12);
  private firstText = new Uint32Array(1 << 12);
  private size = 0;
  /** 32 less the table's bits: a slot is taken from the product's high bits, which depend on every bit of the key. */
  private shift = 32 - 12;

  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? (this.counts[i] as number) : 0;
  }

  add(key: number, times: number, text: number): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const i = this.slot(key);
    if (this.keys[i] !== key) {
      this.keys[i] = key;
      this.firstText[i] = text;
      this.size++;
    }
    this.counts[i] = (this.counts[i] as number) + times;
  }

  /** The texts (by index) holding a pair counted once. */
  textsWithSingles(): Set<number> {
    const out = new Set<number>();
    for (let i = 0; i < this.keys.length; i++) if (this.counts[i] === 1) out.add(this.firstText[i] as number);
    return out;
  }

  // Keys are never 0 (a pair of Chinese characters), so 0 marks an empty slot.
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[i] !== 0 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { keys, counts, firstText } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.counts = new Uint32Array(keys.length * 2);
    this.firstText = new Uint32Array(keys.length * 2);
    this.shift--;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.add(keys[i] as number, counts[i] as number, firstText[i] as number);
  }
}

// Each distinct text counted once, times how often it is printed: tables repeat their unit
// lists and stock sentences (the 17,000-row benchmark table repeats all of them).
function countPairs(texts: Map<string, TextEntry>): PairCounts {
  const pairs = new PairCounts();
  let n = 0;
  for (const [text, { times }] of texts) {
    let han = text.length > 0 && isHanAt(text, 0);
    for (let i = 0; i + 1 < text.length; i++) {
      const next = isHanAt(text, i + 1);
      if (han && next) pairs.add(pairKey(text, i), times, n);
      han = next;
    }
    n++;
  }
  return pairs;
}

/** The document's distinct texts, each with how often it is printed and where first (loops, not taskFields' generator: this visits every field). */
function documentTexts(doc: WorkDoc): Map<string, TextEntry> {
  const texts = new Map<string, TextEntry>();
  const add = (t: string, task: number, field: string): void => {
    const e = texts.get(t);
    if (e) e.times++;
    else texts.set(t, { times: 1, task, field });
  };
  if (doc.title) add(doc.title, -1, "");
  for (const s of doc.sections) add(s.title, -1, "");
  doc.tasks.forEach((t, i) => {
    for (const [field, v] of t.cells) add(v.text, i, field);
    for (const [header, v] of t.extra) add(v.text, i, `extra.${header}`);
  });
  return texts;
}

function indexDocument(doc: WorkDoc): DocIndex {
  const texts = documentTexts(doc);
  const pairs = countPairs(texts);
  const counts = new Map<string, number>();
  // A phrase holding a pair the document never prints is not printed: most phrases stop there.
  // The others are counted in each distinct text, times how often it is printed.
  const count = (phrase: string): number => {
    let n = counts.get(phrase);
    if (n === undefined) {
      n = 0;
      let possible = true;
      for (let i = 0; i + 1 < phrase.length; i++) if (isHanAt(phrase, i) && isHanAt(phrase, i + 1) && pairs.get(pairKey(phrase, i)) === 0) possible = false;
      if (possible) {
        for (const [text, { times }] of texts) for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) n += times;
      }
      counts.set(phrase, n);
    }
    return n;
  };
  const singles = pairs.textsWithSingles();
  const suspects: TextEntry[] = [];
  let n = 0;
  for (const e of texts.values()) if (singles.has(n++) && e.task >= 0) suspects.push(e);
  return { pairs, texts, suspects, count };
}

// Stock phrases with one character dropped or doubled, by the text they then print; and the
// character pairs known to be words (inside a stock phrase or a policy word), which a slip's
// junction must not be.
const DROPPED = new Map<string, Variant[]>();
const DOUBLED = new Map<string, Variant[]>();
const KNOWN_PAIRS = new Set<string>();
for (const { text: p } of STOCK_PHRASES) {
  for (let k = 0; k < p.length; k++) {
    const dropped = p.slice(0, k) + p.slice(k + 1);
    DROPPED.set(dropped, [...(DROPPED.get(dropped) ?? []), { phrase: p, k }]);
    const doubled = p.slice(0, k + 1) + p.slice(k);
    DOUBLED.set(doubled, [...(DOUBLED.get(doubled) ?? []), { phrase: p, k }]);
  }
}
for (const w of [...STOCK_PHRASES.map((p) => p.text), ...CONTENT_START_WORDS, ...TITLE_END_WORDS]) {
  for (let i = 0; i + 1 < w.length; i++) KNOWN_PAIRS.add(w.slice(i, i + 2));
}
const STOCK_LENGTHS = [...new Set(STOCK_PHRASES.map((p) => p.text.length))];
const REPLACE_LENGTHS = [...new Set([DOC_PHRASE_LENGTH, ...STOCK_LENGTHS])];
const DROP_LENGTHS = STOCK_LENGTHS.map((n) => n - 1);
const DOUBLE_LENGTHS = STOCK_LENGTHS.map((n) => n + 1);

/** Readings of `w` with one or two look-alike characters swapped. */
function swaps(w: string): string[] {
  const out: string[] = [];
  const chars = [...w];
  const at = chars.flatMap((c, i) => (confusablesOf(c).length > 0 ? [i] : []));
  const go = (from: number, cur: string[], swapped: number): void => {
    if (swapped > 0) out.push(cur.join(""));
    if (swapped === MAX_REPLACED) return;
    for (const i of at.filter((j) => j >= from)) {
      for (const c of confusablesOf(chars[i] as string)) {
        if (!isHan(c)) continue;
        const next = [...cur];
        next[i] = c;
        go(i + 1, next, swapped + 1);
      }
    }
  };
  go(0, chars, 0);
  return out;
}

function pairsRecur(phrase: string, idx: DocIndex): boolean {
  for (let i = 0; i + 1 < phrase.length; i++) if (pairCount(idx, phrase, i) < 2) return false;
  return true;
}

function misreads(t: string, p: number, idx: DocIndex): Finding[] {
  const out: Finding[] = [];
  for (const n of REPLACE_LENGTHS) {
    for (let s = Math.max(0, p - n + 2); s <= p && s + n <= t.length; s++) {
      const w = t.slice(s, s + n);
      if (![...w].every(isHan) || stockPhrase(w)) continue;
      for (const phrase of swaps(w)) {
        // The slip's unseen pair must hold a swapped character (黄物: both are).
        if (phrase[p - s] === w[p - s] && phrase[p + 1 - s] === w[p + 1 - s]) continue;
        const stock = stockPhrase(phrase);
        const docCount = n === DOC_PHRASE_LENGTH || stock ? idx.count(phrase) : 0;
        if (docCount === 0 && !stock) continue;
        const confusable = [...w].flatMap((c, i) => {
          const g = confusablePair(c, phrase[i] as string);
          return g ? [`${c}/${phrase[i]}: ${g.source}`] : [];
        });
        const strong = docCount >= 2 || stock !== undefined;
        // Printed once each, either could be the slip: only a phrase whose pairs the document prints again is suggested.
        if (!strong && !pairsRecur(phrase, idx)) continue;
        out.push({ kind: "replaced", start: s, end: s + n, after: phrase, phrase, evidence: { docCount, stock, confusable }, strong });
      }
    }
  }
  return out;
}

/** Does the text resume a word past an edge slip (seed row 3: 督 of 督查, printed elsewhere)? */
function resumes(t: string, at: number, idx: DocIndex): boolean {
  return pairCount(idx, t, at) >= 2;
}

/**
 * Where in a phrase a dropped or doubled character can be told from the words around it. A
 * character dropped inside leaves two pieces, each of which must be two characters or more:
 * 业绩考核 prints 绩考核, 绩效考核 with 效 dropped, but 绩 ends 业绩 (seed row 3, a false repair
 * before this). A doubled first or last character may be the next word's (全面落实实施).
 */
function slipShapeHolds(kind: SlipKind, k: number, n: number): boolean {
  if (kind === "doubled") return k > 0 && k < n - 1;
  return k === 0 || k === n - 1 || (k >= 2 && n - 1 - k >= 2);
}

function dropsAndDoubles(t: string, p: number, idx: DocIndex): Finding[] {
  const out: Finding[] = [];
  const junction = t.slice(p, p + 2);
  if (KNOWN_PAIRS.has(junction)) return out;
  // One character twice is a doubling's mark, not a drop's (贯彻落落实 is not 贯彻落实 + 落实).
  const doubledMark = junction[0] === junction[1];
  const look = (lengths: number[], table: Map<string, Variant[]>, kind: SlipKind): void => {
    if (kind === "dropped" && doubledMark) return;
    for (const m of lengths) {
      for (let s = Math.max(0, p - m + 1); s <= p + 1 && s + m <= t.length; s++) {
        for (const { phrase, k } of table.get(t.slice(s, s + m)) ?? []) {
          if (!slipShapeHolds(kind, k, phrase.length)) continue;
          const edit = kind === "dropped" ? s + k : s + k + 1;
          // The unseen pair is where the character went missing, or the doubled pair itself.
          if (kind === "dropped" ? edit !== p + 1 : edit !== p + 1 || s + k !== p) continue;
          if (t.slice(s, s + phrase.length) === phrase) continue;
          const evidence: Evidence = { docCount: idx.count(phrase), stock: stockPhrase(phrase), confusable: [] };
          // Printed elsewhere on its own, the span is a word (各级河湖长巡河: 河湖长, not 河湖长制).
          const printed = t.slice(s, s + m);
          if (idx.count(printed) - (kind === "dropped" ? idx.count(phrase) : 0) > 1) continue;
          // With no phrase of the document's own behind it, a stock phrase alone is not worth a message.
          if (evidence.docCount === 0) continue;
          const edge = kind === "dropped" && (k === 0 || k === phrase.length - 1);
          const resumed = !edge || (k === 0 ? resumes(t, s - 2, idx) : resumes(t, s + m, idx));
          const strong = evidence.docCount >= 1 && resumed;
          out.push({ kind, start: s, end: s + m, after: phrase, phrase, evidence, strong });
        }
      }
    }
  };
  look(DROP_LENGTHS, DROPPED, "dropped");
  look(DOUBLE_LENGTHS, DOUBLED, "doubled");
  return out;
}

/** Where a field's text has a pair of characters the document prints nowhere else: the only places a slip can be. */
function unseenPairs(t: string, idx: DocIndex): number[] {
  const out: number[] = [];
  for (let p = 0; p + 1 < t.length; p++) if (isHanAt(t, p) && isHanAt(t, p + 1) && idx.pairs.get(pairKey(t, p)) === 1) out.push(p);
  return out;
}

/** Slips in one field's text, at most one reading per place, none overlapping, left to right. */
// The dash OCR reads as 一 (seed row 5: 智慧林长一森林防火一件事 for 智慧林长—森林防火一件事).
const DASH = "\u2014";
const ONE = "一";
// How many characters either side of the 一 must be a phrase the document prints elsewhere.
const DASH_SIDE = 4;

/**
 * 一 where a dash joins two phrases (X—Y, as titles of an app or a campaign are printed): the
 * phrases either side are each printed elsewhere in the document, and 一 joins neither (both its
 * pairs are printed nowhere else, so it begins no word such as 一件 or 一体 here). Repaired only
 * when the document prints one of the phrases beside a dash; else a suggestion, since 一 and —
 * look alike and that alone is never enough.
 */
function dashes(t: string, p: number, idx: DocIndex): Finding[] {
  const at = p + 1;
  if (t[at] !== ONE || at < DASH_SIDE || at + 1 + DASH_SIDE > t.length || pairCount(idx, t, at) !== 1) return [];
  const left = t.slice(at - DASH_SIDE, at);
  const right = t.slice(at + 1, at + 1 + DASH_SIDE);
  if (![...left, ...right].every(isHan) || idx.count(left) < 2 || idx.count(right) < 2) return [];
  const beside = idx.count(`${left}${DASH}`) + idx.count(`${DASH}${right}`);
  const g = confusablePair(ONE, DASH);
  return [
    {
      kind: "replaced",
      start: at,
      end: at + 1,
      after: DASH,
      phrase: DASH,
      evidence: { docCount: 0, stock: undefined, confusable: g ? [`${ONE}/${DASH}: ${g.source}`] : [], dash: { left, right, beside } },
      strong: beside > 0,
    },
  ];
}

// Grades ending in 大 (较大, 重大; 特别重大 ends in 重大), which lose their first character as 大以上.
const BIG_GRADES = INCIDENT_GRADES.grades.filter((g) => g.length === 2 && g.endsWith("大"));
const AND_ABOVE = /^大(?:及)?以上/;

/**
 * 大以上 after a character that makes no grade of it (遏制大以上森林火灾: 重 or 较 dropped). The
 * grade is told by the document alone: only when it prints exactly one of 较大 and 重大 elsewhere
 * is that one suggested; never repaired, as the grade is a matter of fact the printed text lost.
 */
function lostGrades(t: string, p: number, idx: DocIndex): Finding[] {
  const at = p + 1;
  if (!AND_ABOVE.test(t.slice(at)) || BIG_GRADES.some((g) => g[0] === t[p])) return [];
  const printed = BIG_GRADES.map((g) => ({ g, n: idx.count(g) })).filter((x) => x.n > 0);
  if (printed.length !== 1) return [];
  const { g, n } = printed[0] as { g: string; n: number };
  return [
    {
      kind: "dropped",
      start: at,
      end: at,
      after: g.slice(0, 1),
      phrase: `${g}以上`,
      evidence: { docCount: 0, stock: undefined, confusable: [], grade: { taken: g, printed: n, others: BIG_GRADES.filter((x) => x !== g) } },
      strong: false,
    },
  ];
}

function findSlips(t: string, unseen: number[], idx: DocIndex): Finding[] {
  const found: Finding[] = [];
  for (const p of unseen) {
    const here = [...misreads(t, p, idx), ...dropsAndDoubles(t, p, idx), ...dashes(t, p, idx), ...lostGrades(t, p, idx)];
    // Two readings of one place: the evidence cannot choose, so neither is taken.
    const readings = new Set(here.map((f) => `${f.start}:${t.slice(0, f.start)}${f.after}${t.slice(f.end)}`));
    if (readings.size !== 1) continue;
    const f = here.reduce((a, b) => (b.strong && !a.strong ? b : a));
    const last = found[found.length - 1];
    if (last && f.start < last.end) continue;
    found.push(f);
  }
  return found;
}

function evidenceText(f: Finding): string {
  const parts: string[] = [];
  const { docCount, stock, confusable, dash, grade } = f.evidence;
  if (grade) {
    parts.push(`大以上 names a grade (${INCIDENT_GRADES.grades.join(", ")}: ${INCIDENT_GRADES.source}) and has lost its first character`);
    parts.push(`of ${[grade.taken, ...grade.others].join(" and ")} the document prints only 「${grade.taken}」 (${grade.printed === 1 ? "once" : `${grade.printed} times`}) elsewhere`);
  }
  if (dash) {
    parts.push(`「${dash.left}」 and 「${dash.right}」 are each printed elsewhere in the document and 一 joins neither here`);
    parts.push(dash.beside > 0 ? `the document prints one of them beside a dash ${dash.beside === 1 ? "once" : `${dash.beside} times`}` : "the document prints neither beside a dash");
  }
  if (docCount > 0) parts.push(`the document prints 「${f.phrase}」 ${docCount === 1 ? "once" : `${docCount} times`} elsewhere`);
  if (stock) parts.push(`「${f.phrase}」 is a stock phrase of the genre, printed by ${stock.documents} documents (${stock.seenIn.slice(0, 2).join(", ")})`);
  if (confusable.length > 0) parts.push(`look-alike characters ${confusable.join("; ")}`);
  return parts.join("; ");
}

const SLIP_WORDS: Record<SlipKind, string> = {
  replaced: "misread",
  dropped: "with a character dropped",
  doubled: "with a character doubled",
};

/** The printed span with a character of context each side, and what it reads as. */
function spanText(t: string, f: Finding): { before: string; after: string } {
  const left = t.slice(Math.max(0, f.start - 1), f.start);
  const right = t.slice(f.end, f.end + 1);
  return { before: `${left}${t.slice(f.start, f.end)}${right}`, after: `${left}${f.after}${right}` };
}

/** The rule's repair of `value` at [start, end): the span as printed and as repaired, with its reason. */
function hanziRepair(doc: WorkDoc, task: WorkTask, field: string, value: Located, at: { start: number; end: number }, span: { before: string; after: string }, reason: string): Repair {
  return { ruleId: "ocr-hanzi", field, before: span.before, after: span.after, where: placeIn(doc, task, field, value, at.start, at.end - at.start), reason };
}

function repairOf(doc: WorkDoc, task: WorkTask, field: string, value: Located, f: Finding): Repair {
  return hanziRepair(doc, task, field, value, f, spanText(value.text, f), `「${value.text.slice(f.start, f.end)}」 is 「${f.phrase}」 ${SLIP_WORDS[f.kind]} by OCR: ${evidenceText(f)}.`);
}

function suggestionOf(doc: WorkDoc, task: WorkTask, field: string, value: Located, f: Finding): Message {
  const { before, after } = spanText(value.text, f);
  return {
    ruleId: "ocr-hanzi",
    severity: "info",
    reason: `「${before}」 may be 「${after}」, ${SLIP_WORDS[f.kind].replace(/^with /, "")} by OCR; left as printed, the evidence is weak: ${evidenceText(f)}.`,
    seq: task.seq,
    field,
    where: placeIn(doc, task, field, value, f.start, f.end - f.start),
    actual: before,
    expected: after,
  };
}

/**
 * A 。 OCR dropped between two sentences (seed row 3: 督查检查考核完善细化林长制…, where 完善细化
 * begins the next sentence): restored only where the sentence before is complete (it begins with
 * an action word, ends with a noun a sentence ends on, and is long enough) and the next begins
 * with two action words (完善 细化) or a stock phrase, at a pair of characters the document prints
 * nowhere else.
 */
// What a noun phrase built on actions ends with (清理规范工作, 完善提升机制).
const NOMINAL_HEAD = /^(?:工作|机制|制度|措施|方案|体系|行动|任务|管理|服务|力度|水平|能力|标准|要求|办法|政策|专项|活动)/;

// A preposition that puts the object before its verb (对…实施, 将…纳入, 把…作为), in the clause before a cut.
const OBJECT_FRONTED = /(?:^|[^反面绝相针])对(?!外|于|照|标|接|象|口|话|策|比|称|应)|(?:^|[^即必])将(?!来|近|军)|把(?!握|关)/;

function droppedStops(t: string, unseen: number[]): number[] {
  const out: number[] = [];
  for (const j of unseen.map((p) => p + 1)) {
    if (j < MIN_SENTENCE || j + 4 > t.length) continue;
    const rest = t.slice(j);
    const first = startWord(rest, CONTENT_START_WORDS);
    if (first.length < 2) continue;
    const second = startWord(rest.slice(first.length), CONTENT_START_WORDS);
    const opens = (second.length >= 2 && first.length + second.length >= 4) || STOCK_PHRASES.some((p) => rest.startsWith(p.text));
    if (!opens) continue;
    // Two actions then a noun's head are one noun phrase, the object of the sentence before, not a
    // new sentence (做好…论坛活动清理规范工作: a false repair on a set-aside document, huzhou 2024).
    if (second.length >= 2 && NOMINAL_HEAD.test(rest.slice(first.length + second.length))) continue;
    // Two actions that end the text or a clause (专项整治三年行动巩固提升) close a noun phrase: a sentence
    // goes on after them with what they act on.
    if (second.length >= 2 && !STOCK_PHRASES.some((p) => rest.startsWith(p.text)) && /^\s*(?:$|[，,；;。:：])/.test(rest.slice(first.length + second.length))) continue;
    // The sentence before runs from the last stop; a comma there means it began mid-sentence.
    const from = Math.max(...CLAUSE_MARKS.map((c) => t.lastIndexOf(c, j - 1))) + 1;
    if (COMMAS.includes(t[from - 1] ?? "")) continue;
    const sentence = t.slice(from, j);
    if (sentence.length < MIN_SENTENCE || !startWord(sentence, CONTENT_START_WORDS) || !endWord(sentence, TITLE_END_WORDS)) continue;
    // An object put before its verb (负责对全县秸秆禁烧工作实施统一监督, 将…工作纳入…): the action after it is
    // that clause's own verb, no new sentence.
    if (OBJECT_FRONTED.test(sentence)) continue;
    out.push(j);
  }
  return out;
}

/** Four characters either side of a restored 。, before and after. */
function stopSpan(t: string, j: number): { before: string; after: string; left: string; right: string } {
  const left = t.slice(Math.max(0, j - 4), j);
  const right = t.slice(j, j + 4);
  return { before: `${left}${right}`, after: `${left}。${right}`, left, right };
}

function stopRepair(doc: WorkDoc, task: WorkTask, field: string, value: Located, j: number): Repair {
  const t = value.text;
  const span = stopSpan(t, j);
  return hanziRepair(doc, task, field, value, { start: j, end: j }, span, `A 。 dropped by OCR between two sentences: 「${span.left}」 ends a complete sentence, 「${span.right}」 begins the next with an action word, and the document prints 「${t.slice(j - 1, j + 1)}」 nowhere else.`);
}

/** A 。 restored at `j`, as a finding, so that a reference can confirm or overrule it like any other. */
function stopFinding(j: number): Finding {
  return { kind: "dropped", start: j, end: j, after: "。", phrase: "。", evidence: { docCount: 0, stock: undefined, confusable: [] }, strong: true, stop: true };
}

/** What a reference's difference is, if a slip: one or two characters misread (Chinese, or a look-alike pair such as 一/—), one Chinese character or a 。 dropped, one character doubled. */
function hunkSlip(t: string, h: Hunk): SlipKind | null {
  const printed = t.slice(h.start, h.end);
  if (printed === "") return h.text.length === 1 && (isHan(h.text) || h.text === "。") ? "dropped" : null;
  if (h.text === "") return printed.length === 1 && (t[h.start - 1] === printed || t[h.end] === printed) ? "doubled" : null;
  if (printed.length !== h.text.length || printed.length > MAX_REPLACED) return null;
  return [...printed].every((c, i) => (isHan(c) && isHan(h.text[i])) || confusablePair(c, h.text[i] as string) !== undefined) ? "replaced" : null;
}

/** `t`'s span [start, end) with the findings inside it made, right to left. */
function applied(t: string, start: number, end: number, inside: readonly Finding[]): string {
  let out = t.slice(start, end);
  for (const g of [...inside].sort((x, y) => y.start - x.start)) out = out.slice(0, g.start - start) + g.after + out.slice(g.end - start);
  return out;
}

/**
 * The references outrank the document: the slips every reference with the field reads alike are
 * repairs; a finding of the document's own evidence stands only where the references read it so
 * (its evidence then joins theirs), and is dropped where they read the span as printed or otherwise.
 */
function weighReferences(t: string, found: readonly Finding[], views: readonly ReferenceView[]): Finding[] {
  const rows = views.map((v) => v.row);
  const agreed: Finding[] = [];
  for (const h of (views[0] as ReferenceView).hunks) {
    const kind = hunkSlip(t, h);
    if (kind === null || !views.every((v) => v.hunks.some((g) => g.start === h.start && g.end === h.end && g.text === h.text))) continue;
    const confusable = [...t.slice(h.start, h.end)].flatMap((c, i) => {
      const g = confusablePair(c, h.text[i] as string);
      return g ? [`${c}/${h.text[i]}: ${g.source}`] : [];
    });
    agreed.push({ kind, start: h.start, end: h.end, after: h.text, phrase: h.text, evidence: { docCount: 0, stock: undefined, confusable, reference: rows }, strong: true });
  }
  let out = agreed;
  for (const f of found) {
    const inside = out.filter((g) => g.start >= f.start && g.end <= f.end);
    if (inside.length === 0 || applied(t, f.start, f.end, inside) !== f.after) continue;
    const merged: Finding = { ...f, strong: true, evidence: { ...f.evidence, reference: rows } };
    out = [...out.filter((g) => !inside.includes(g)), merged];
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The reference's reading of the span, with the row it is in: for the repair's reason. */
function referenceText(f: Finding): string {
  const rows = f.evidence.reference ?? [];
  return rows.map((r) => `${r.fileName} (task ${r.seq})`).join(", ");
}

function referenceRepair(doc: WorkDoc, task: WorkTask, field: string, value: Located, f: Finding): Repair {
  const { before, after } = f.stop ? stopSpan(value.text, f.start) : spanText(value.text, f);
  const rows = f.evidence.reference ?? [];
  const own = f.evidence.docCount > 0 || f.evidence.stock !== undefined || f.stop === true;
  const what = f.stop ? "a 。 dropped by OCR between two sentences" : `${SLIP_WORDS[f.kind].replace(/^with /, "")} by OCR`;
  const confusable = f.evidence.confusable.length > 0 ? `; look-alike characters ${f.evidence.confusable.join("; ")}` : "";
  const reason = `The same document's copy ${referenceText(f)} reads 「${after}」 where this one prints 「${before}」 (${what}); a reference outranks the document's own phrases${confusable}${own && !f.stop ? `; the document's own evidence agrees: ${evidenceText(f)}` : ""}.`;
  return { ...hanziRepair(doc, task, field, value, f, { before, after }, reason), reference: rows };
}

function repairField(doc: WorkDoc, task: WorkTask, field: string, value: Located, idx: DocIndex, messages: Message[]): { value: Located; repairs: Repair[] } {
  let v = value;
  const repairs: Repair[] = [];
  const t = value.text;
  const unseen = unseenPairs(t, idx);
  const slips = unseen.length > 0 ? findSlips(t, unseen, idx) : [];
  const stops = field === "content" && unseen.length > 0 ? droppedStops(t, unseen).filter((j) => !slips.some((f) => j > f.start && j < f.end)) : [];
  let found = [...slips, ...stops.map(stopFinding)];
  const views = referenceViews(task, field, t, doc.references?.get(task.seq), "ocr-hanzi");
  if (views.length > 0) found = weighReferences(t, found, views);
  // Right to left so earlier indexes stay valid; of two at one place, the wider first (a 。 goes before the span, not into it).
  for (const f of found.sort((a, b) => b.start - a.start || b.end - a.end)) {
    if (f.evidence.reference) repairs.push(referenceRepair(doc, task, field, value, f));
    else if (f.stop) repairs.push(stopRepair(doc, task, field, value, f.start));
    else if (f.strong) repairs.push(repairOf(doc, task, field, value, f));
    else {
      messages.push(suggestionOf(doc, task, field, value, f));
      continue;
    }
    v = v.replace(f.start, f.end, f.after);
  }
  return { value: v, repairs: repairs.reverse() };
}

/** The fields to read: those holding a pair printed nowhere else, and with references, every prose field a reference reads in that row; in the document's order. */
function fieldsToRead(doc: WorkDoc, idx: DocIndex): Array<{ task: number; field: string }> {
  const out = idx.suspects.map((e) => ({ task: e.task, field: e.field }));
  if (!doc.references) return out;
  const seen = new Set(out.map((p) => `${p.task}\u0000${p.field}`));
  doc.tasks.forEach((task, i) => {
    const refs: readonly ReferenceCells[] = doc.references?.get(task.seq) ?? [];
    for (const ref of refs) {
      for (const field of ref.cells.keys()) {
        const key = `${i}\u0000${field}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ task: i, field });
      }
    }
  });
  return out.sort((a, b) => a.task - b.task);
}

export const ocrHanzi: RepairRule = {
  id: "ocr-hanzi",
  description: "Chinese characters OCR misread, dropped or doubled, and a 。 dropped between sentences, repaired only on evidence: a copy of the same document given with --reference first, then a phrase the document prints elsewhere, the genre's stock phrases, look-alike characters; weak evidence is a suggestion.",
  apply(doc: WorkDoc): WorkDoc {
    const idx = indexDocument(doc);
    const messages: Message[] = [];
    let tasks: WorkTask[] | null = null;
    for (const { task: i, field } of fieldsToRead(doc, idx)) {
      if (!PROSE.test(field)) continue;
      const task = (tasks ?? doc.tasks)[i] as WorkTask;
      const value = field.startsWith("extra.") ? task.extra.get(field.slice(6)) : task.cells.get(field);
      if (!value) continue;
      const r = repairField(doc, task, field, value, idx, messages);
      if (r.repairs.length === 0) continue;
      tasks ??= [...doc.tasks];
      tasks[i] = { ...withField(task, field, r.value), repairs: [...task.repairs, ...r.repairs] };
    }
    if (tasks === null && messages.length === 0) return doc;
    return { ...doc, tasks: tasks ?? doc.tasks, messages: [...doc.messages, ...messages] };
  },
};
