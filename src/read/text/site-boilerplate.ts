import type { Leftover } from "../../model/message.js";
import type { ReaderEdit } from "../../model/grid.js";
import { Stream } from "./stream.js";

export interface Stripped {
  stream: Stream;
  edits: ReaderEdit[];
  leftovers: Leftover[];
  originalName: string | null;
  pageCount: number | null;
  /** The text came from a document-sharing site that prints one line per page. */
  paged: boolean;
}

// 《X.docx》由会员分享,可在线阅读,更多相关《X.docx(8页珍藏版)》请在第壹文秘上搜索。
const BANNER = /由会员分享|可在线阅读|更多相关《|请在.{1,80}上搜索|文档来源于网络|本文档由.{0,12}用户上传|下载文档到电脑/;
// A site's notice on a line of its own, anywhere in the text (sites repeat it between pages); a
// sharing site's rules for downloads, printed as a numbered list (- 1、下载文档前请自行甄别…).
const SITE_NOTICE = /^\s*(?:本文档由.{0,12}(?:用户)?上传|文档来源于网络|下载文档到电脑)[^\n]{0,80}$|^\s*(?:[-•·]\s*)?(?:\d\s*[、.．]\s*)?(?:下载文档前请自行甄别|["“]?仅部分预览["”]?的文档|如文档侵犯您的权益)[^\n]{0,120}$|^\s*[^\n]{0,40}仅供(?:学习|参考)(?:交流|使用)?[,，、]?\s*(?:未经许可)?不得(?:转载|用于商业)[^\n]{0,40}$/;
// A sharing site's rules and disclaimers, wherever they stand in the line (1、原创力文档(book118)网站文档一经付费…,
// 2、本站所有内容均由合作方或网友上传…, 导语:…一文来源于网友上传,不代表本站观点…): no document says these.
const SITE_RULE = /本站(?:所有|不对|不保证|有权|观点|小编)|不代表本站观点|网友上传|版权申诉|收益归属内容提供方|若内容存在侵权|原创力文档|VIP(?:文档|会员)|成为VIP|下载(?:本文档|文档前)|不支持退款|本文档共\d+页/;
// A site's breadcrumb (您当前所在位置: 首页 > 政务公开 > …, 当前位置：首页>>…), in whatever cells a copy cut it into.
const BREADCRUMB = /^\s*(?:您(?:当前)?(?:所在)?的?位置|当前(?:所在)?位置|所在位置|现在的位置)\s*[:：]?[^\n]{0,150}$|^\s*[|｜]?\s*首页\s*[|｜]?\s*(?:>|»|＞|→)[^\n]{0,150}$/;
// A first line naming where an excerpt was taken from.
const SOURCE_LINE = /^SOURCE:\s*\S+\s*$/;
const PAGE_COUNT = /[(（](\d{1,5})\s*页/;
const ORIGINAL_NAME = /《([^》]{2,200}?\.(?:docx?|wps|pdf|txt))/;
// 第2页 共2页 / 第 2 页,共 8 页 / 第2页 / 共8页 / 共8页 第2页: page footers.
const PAGE_FOOTER = /第\s*(\d{1,5})\s*页\s*[,，/／]?\s*共\s*\d{1,5}\s*页|共\s*\d{1,5}\s*页\s*[,，/／]?\s*第\s*(\d{1,5})\s*页/g;
// [接上页] / 【续上页】: a law site's mark where a document goes on from the page before (or on to the next).
const PAGE_CONTINUED = /[[［【]\s*(?:接上页|续上页|接下页|转下页)\s*[\]］】][ \t\u3000]*/g;
// — 3 — / - 3 - / — — — 3 —: the page number of an official document, on a line of its own
// (its dashes spaced out where a PDF's text layer gave each one apart).
const DASH_FOOTER = /^[ \t]*(?:[—–-][ \t]*){1,3}(\d{1,4})[ \t]*(?:[—–-][ \t]*){1,3}$/gm;
// After the line's indent, if any (a page's lines indented 　　).
const PAGE_MARKER = /^([ \t\u3000]*)(\d{1,5})、/;
// A sharing site's page line holds a page of text (the seed's: ~300 characters); a task row is shorter.
const MIN_PAGE_LINE_CHARS = 200;
// A pinyin gloss in brackets right after a character: letters with at least one tone mark.
const PINYIN_GLOSS = /(?<=[\u3400-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[ \t]?\)/g;
// Glosses are taken for a mirror's only when there are several: one could be the text's own.
const MIN_GLOSSES = 3;
const SENTENCE_END = /[。!！?？;；:：」』”)）】\]]\s*$/;
// The banner and source lines are looked for among this many first non-empty lines (a site
// prints its banner first; an excerpt names its source on its first line).
const HEAD_LINES = 4;
// A site's notice is a short line of its own; a longer line is the document's text quoting it.
const MAX_NOTICE_CHARS = 160;
// PAGE_MARKER is looked for in a line's first characters only: an indent, five digits and 、 fit.
const MARKER_WINDOW = 12;
// Without a banner, one `N、` glued into a broken sentence could be a task's number: page markers
// count only when there are at least two.
const MIN_UNBANNERED_MARKERS = 2;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Line (1-based) of a source offset, by binary search over line starts. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** What the steps of stripping share: the source, its line starts, and what has been cut so far. */
interface Stripping {
  source: string;
  starts: number[];
  cuts: Array<[number, number]>;
  edits: ReaderEdit[];
  leftovers: Leftover[];
  originalName: string | null;
  pageCount: number | null;
  /** A sharing site's banner was found. */
  banner: boolean;
}

/** A line start `N、` numbered in order from 1: a page marker if the text reads as a site's pages. */
interface MarkerCandidate {
  line: number;
  start: number;
  len: number;
  page: number;
  /** The line before it ends in the middle of a sentence. */
  glued: boolean;
}

/**
 * Cut what a document-sharing site adds around the document's own text: the banner line
 * (kept as metadata: the original file name and page count) and the `N、` page markers
 * the site puts at the start of each page, glued into whatever sentence the page broke.
 * Each cut marker is a ReaderEdit, later recorded on the task and field it fell into.
 */
export function stripSiteBoilerplate(source: string): Stripped {
  const st: Stripping = {
    source,
    starts: lineStarts(source),
    cuts: [],
    edits: [],
    leftovers: [],
    originalName: null,
    pageCount: null,
    banner: false,
  };
  cutHeadLines(st);
  cutSiteNotices(st);
  cutContents(st);
  const paged = cutPageMarkers(st);
  cutPageFooters(st);
  cutPinyinGlosses(st);
  cutForumJammer(st);
  cutHtmlSpaces(st);
  cutLostBlanks(st);
  st.edits.sort((a, b) => a.offset - b.offset);
  return {
    stream: Stream.fromSource(source).without(mergeCuts(st.cuts)),
    edits: st.edits,
    leftovers: st.leftovers,
    originalName: st.originalName,
    pageCount: st.pageCount,
    paged,
  };
}

/** Line `li` (0-based): its start, the start of the next line, and its text without the line break. */
function lineAt(st: Stripping, li: number): { s: number; e: number; line: string } {
  const s = st.starts[li] as number;
  const e = li + 1 < st.starts.length ? (st.starts[li + 1] as number) : st.source.length;
  return { s, e, line: st.source.slice(s, e).replace(/\r?\n$/, "") };
}

/** Cut a whole line and keep its text as a leftover: the site's boilerplate, unless another reason is given. */
function cutLine(st: Stripping, li: number, s: number, e: number, line: string, reason: Leftover["reason"] = "site-boilerplate"): void {
  st.cuts.push([s, e]);
  st.leftovers.push({ text: line.trim(), reason, where: { offset: s, end: s + line.length, line: li + 1 } });
}

/** Banner and source lines: only among the first few non-empty lines. The banner names the original file and its pages. */
function cutHeadLines(st: Stripping): void {
  let inspected = 0;
  for (let li = 0; li < st.starts.length && inspected < HEAD_LINES; li++) {
    const { s, e, line } = lineAt(st, li);
    if (line.trim() === "") continue;
    inspected++;
    if (SOURCE_LINE.test(line) || BANNER.test(line)) {
      if (BANNER.test(line)) {
        st.banner = true;
        st.originalName ??= ORIGINAL_NAME.exec(line)?.[1] ?? null;
        const pc = PAGE_COUNT.exec(line);
        if (pc) st.pageCount ??= Number(pc[1]);
      }
      // A page run together into one line holds the document after its banner: only the banner goes.
      const end = SOURCE_LINE.test(line) ? -1 : bannerEnd(line);
      if (end > 0 && line.length - end > MIN_TEXT_AFTER_BANNER) cutLine(st, li, s, s + end, line.slice(0, end));
      else cutLine(st, li, s, e, line);
    }
  }
}

const BANNER_ALL = new RegExp(BANNER.source, "g");
// A banner line with more than this after the banner's last sentence holds the document's text too.
const MIN_TEXT_AFTER_BANNER = 200;

/** Where a banner's last sentence ends on its line (after the stop that closes …请在第壹文秘上搜索。), or -1. */
function bannerEnd(line: string): number {
  let last = -1;
  for (const m of line.matchAll(BANNER_ALL)) last = (m.index ?? 0) + m[0].length;
  if (last < 0) return -1;
  const stop = line.indexOf("。", last);
  return stop < 0 ? -1 : stop + 1;
}

/** The site's notice repeated on a line of its own further on. */
function cutSiteNotices(st: Stripping): void {
  for (let li = 0; li < st.starts.length; li++) {
    const { s, e, line } = lineAt(st, li);
    if (line.length > MAX_NOTICE_CHARS || !(SITE_NOTICE.test(line) || SITE_RULE.test(line) || BREADCRUMB.test(line)) || st.cuts.some(([a]) => a === s)) continue;
    cutLine(st, li, s, e, line);
  }
}

// A document's table of contents: its heading (目录, 目  录), then the headings it lists, one a line.
const CONTENTS_HEADING = /^[ \t\u3000]*目[ \t\u3000]*录[ \t\u3000]*$/;
// An entry: a short heading with no sentence in it (1.1编制目的, 第二章 组织机构, 附件……12), its page number after it.
const CONTENTS_ENTRY = /^[^。；;！？!?：:，,]{2,40}$/;
// A contents list has this many entries at least.
const MIN_CONTENTS_ENTRIES = 3;

/**
 * Cut a document's table of contents (目录 over 1.总则 / 1.1编制目的 / …): the headings it lists are no
 * tasks and no sections; the document's text, where the excerpt reaches it, begins where the first entry is
 * printed again or a line is no entry. Kept as text outside the table.
 */
function cutContents(st: Stripping): void {
  for (let li = 0; li < st.starts.length; li++) {
    if (!CONTENTS_HEADING.test(lineAt(st, li).line)) continue;
    const entries: number[] = [];
    let first: string | null = null;
    let k = li + 1;
    for (; k < st.starts.length; k++) {
      const t = lineAt(st, k).line.trim();
      if (t === "") continue;
      if (!CONTENTS_ENTRY.test(t) || t === first) break;
      first ??= t;
      entries.push(k);
    }
    if (entries.length < MIN_CONTENTS_ENTRIES) continue;
    for (const n of [li, ...entries]) {
      const { s, e, line } = lineAt(st, n);
      cutLine(st, n, s, e, line, "outside-table");
    }
    li = k - 1;
  }
}

/**
 * Page markers: lines that begin 1、 2、 3、… in order. On a sharing-site text every page line
 * has one; elsewhere a run of them counts only if a page break cuts a sentence in two.
 * Returns whether the text was read as a site's pages (and its markers cut).
 */
function cutPageMarkers(st: Stripping): boolean {
  const { source } = st;
  const candidates = markerCandidates(st);
  const paged =
    candidates.length >= 1 &&
    (st.banner || (candidates.length >= MIN_UNBANNERED_MARKERS && candidates.some((c) => c.glued) && readAsPageLines(source, candidates)));
  if (!paged) return false;
  for (const c of candidates) {
    // The line break before a page line is the site's, not the document's: cut it too.
    const nl = c.start > 0 && source[c.start - 1] === "\n" ? (source[c.start - 2] === "\r" ? 2 : 1) : 0;
    st.cuts.push([c.start - nl, c.start + c.len]);
    st.edits.push({
      ruleId: "page-marker",
      offset: c.start,
      before: source.slice(c.start, c.start + c.len),
      after: "",
      place: { offset: c.start, end: c.start + c.len, line: c.line, page: c.page },
      reason: `Page marker ${c.page}、 of the sharing site removed.`,
    });
  }
  return true;
}

/** Lines that begin `N、`, N counting up from 1. */
function markerCandidates(st: Stripping): MarkerCandidate[] {
  const { source, starts } = st;
  const candidates: MarkerCandidate[] = [];
  let expected = 1;
  for (let li = 0; li < starts.length; li++) {
    const s = starts[li] as number;
    const e = li + 1 < starts.length ? (starts[li + 1] as number) : source.length;
    const m = PAGE_MARKER.exec(source.slice(s, Math.min(e, s + MARKER_WINDOW)));
    if (!m || Number(m[2]) !== expected) continue;
    const prev = li > 0 ? source.slice(starts[li - 1] as number, s).trim() : "";
    const indent = (m[1] as string).length;
    candidates.push({ line: li + 1, start: s + indent, len: m[0].length - indent, page: expected, glued: prev !== "" && !SENTENCE_END.test(prev) });
    expected++;
  }
  return candidates;
}

/**
 * Without the banner, `N、` at a line start is far more often a task's own number (1、推进…): the
 * lines must also read as a site's page lines, a page of text each, not rows of a table (a number
 * alone, or cells split by tabs or pipes).
 */
function readAsPageLines(source: string, candidates: readonly MarkerCandidate[]): boolean {
  const lines = candidates.map((c) => {
    const end = source.indexOf("\n", c.start);
    return source.slice(c.start + c.len, end < 0 ? source.length : end);
  });
  if (lines.some((l) => l.trim() === "" || /[\t|]/.test(l))) return false;
  return lines.reduce((n, l) => n + l.length, 0) / lines.length >= MIN_PAGE_LINE_CHARS;
}

/** 第2页 共2页 and — 3 — page footers and [接上页] marks, wherever they are. */
function cutPageFooters(st: Stripping): void {
  const { source, starts } = st;
  for (const m of [...source.matchAll(PAGE_FOOTER), ...source.matchAll(DASH_FOOTER)]) {
    cutMatch(st, m, "page-marker", `Page footer 「${m[0]}」 removed.`, { line: lineOf(starts, m.index), page: Number(m[1] ?? m[2]) });
  }
  for (const m of source.matchAll(PAGE_CONTINUED)) cutMatch(st, m, "page-marker", `Page mark 「${m[0].trim()}」 removed.`, { line: lineOf(starts, m.index) });
}

/** A mirror that glosses characters with their pinyin (實(shí)事, 區(qū)): the glosses are the site's, not the text. */
function cutPinyinGlosses(st: Stripping): void {
  const { source, starts } = st;
  const glosses = [...source.matchAll(PINYIN_GLOSS)];
  if (glosses.length < MIN_GLOSSES) return;
  for (const m of glosses) {
    cutMatch(st, m, "pinyin-gloss", `The mirror's pinyin gloss 「${m[0]}」 after a character removed.`, { line: lineOf(starts, m.index) });
  }
}

// A forum's anti-copy noise (Discuz 防采集): runs of one or two ASCII characters between spaces
// (`) Y3 J/ M3 J" R! Z`, ` x& L1 ]8 N) l6 J( k`) put on lines of their own and around the text. The run
// begins at a line's start, after a space, or after a Chinese character or a closing bracket, where a
// closing bracket is the text's own.
// After a Chinese character the text's own stop may come first (具体包括:+ l) M8 i, f5 r; t): it is kept, the run
// begins after it; after a Chinese stop (违规处理。% J& o( ~# Y4) the run begins at once.
const JAMMER = /(?:(?<=^|[ \t])|(?<=[\u3400-\u9fff)）][:;,.])|(?<=[\u3400-\u9fff)）])(?![)）:;,.])|(?<=[\u3000-\u303f\uff01-\uff1f]))[ \t]?(?:[!-~]{1,2}[ \t]){3,}[!-~]{1,2}(?![!-~])/gm;
// Four short ASCII tokens between spaces, where a run may be.
const JAMMER_CANDIDATE = /(?:[!-~]{1,2}[ \t]){3}[!-~]/;
// A run is noise when it mixes letters with figures or with marks; a text has several or none.
const MIN_JAMMER_LETTERS = 3;
const MIN_JAMMER_MARKS = 3;
const MIN_JAMMER_RUNS = 2;

/** A forum's anti-copy noise between the text's characters: not the text. */
function cutForumJammer(st: Stripping): void {
  const { source, starts } = st;
  // The run's look-behinds are tried at every character: a text with no run of short ASCII tokens at all
  // (most) is not searched with them.
  if (!JAMMER_CANDIDATE.test(source)) return;
  const runs = [...source.matchAll(JAMMER)].filter((m) => (m[0].match(/[A-Za-z]/g)?.length ?? 0) >= MIN_JAMMER_LETTERS && (/\d/.test(m[0]) || (m[0].match(/[^\sA-Za-z\d]/g)?.length ?? 0) >= MIN_JAMMER_MARKS));
  if (runs.length < MIN_JAMMER_RUNS) return;
  for (const m of runs) cutMatch(st, m, "forum-jammer", `The forum's anti-copy noise 「${m[0].trim()}」 removed.`, { line: lineOf(starts, m.index ?? 0) });
}

// A page's spaces printed as their HTML names, as a copy left them (&nbsp;, its `n` lost: &bsp;): a text
// of the genre never writes them.
const HTML_SPACE = /&(?:n?bsp|ensp|emsp|thinsp);?|&#(?:160|12288|[xX](?:a0|A0|3000));/g;

/** Spaces a copy printed as HTML names (&nbsp;) between and before the text's words: the page's, not the text. */
function cutHtmlSpaces(st: Stripping): void {
  const { source, starts } = st;
  for (const m of source.matchAll(HTML_SPACE)) cutMatch(st, m, "html-space", `A space printed as its HTML name 「${m[0]}」 removed.`, { line: lineOf(starts, m.index ?? 0) });
}

// A blank a mirror could not encode (a no-break or ideographic space), printed as `?` where it stood: at a
// cell's or a line's end (序号? | 重 点 工 作 任 务? |, 2018年3月18日?), before or after a blank (祝振伟? 陈夏林?,
// 沈 ?昱?). A `?` between two characters may be a lost character of the text (朱?基, 2月21日?2月27日), and one
// before a stop part of a garbled number (?。ǘ┩): they stay.
const LOST_BLANK = /(?<=[ \t\u3000]|^)\?+(?=[\u4e00-\u9fa5\d《“(\uff08])|(?<=\S)\?+(?=[ \t\u3000]|[|\uff5c]|\r?\n|$)/gm;
// …read so only where the page does it throughout: this many at least, and most of its `?`.
const MIN_LOST_BLANKS = 4;

/** Cut the `?` a mirror printed for the blanks it lost, where it printed them throughout (LOST_BLANK). */
function cutLostBlanks(st: Stripping): void {
  const { source, starts } = st;
  // Most texts print no ? at all: the pattern's look-behinds are not tried over them.
  if (!source.includes("?")) return;
  // The page's address (SOURCE: …?id=…) is none of its text.
  const from = /^SOURCE:/.test(source) ? (starts[1] ?? source.length) : 0;
  const found = [...source.matchAll(LOST_BLANK)].filter((m) => (m.index ?? 0) >= from);
  const all = (source.slice(from).match(/\?/g) ?? []).length;
  const lost = found.reduce((n, m) => n + m[0].length, 0);
  if (found.length < MIN_LOST_BLANKS || lost * 5 < all * 4) return;
  for (const m of found) cutMatch(st, m, "lost-blank", `A blank the mirror lost, printed as 「${m[0]}」, removed.`, { line: lineOf(starts, m.index ?? 0) });
}

/** Cut a match of the site's chrome out of the text, recording it as the reader's edit. */
function cutMatch(st: Stripping, m: RegExpExecArray | RegExpMatchArray, ruleId: ReaderEdit["ruleId"], reason: string, at: { line: number; page?: number }): void {
  const s = m.index ?? 0;
  const e = s + m[0].length;
  st.cuts.push([s, e]);
  st.edits.push({ ruleId, offset: s, before: m[0], after: "", place: { offset: s, end: e, ...at }, reason });
}

/** The cuts in order, overlapping ones merged. */
function mergeCuts(cuts: Array<[number, number]>): Array<[number, number]> {
  cuts.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const c of cuts) {
    const last = merged[merged.length - 1];
    if (last && c[0] <= last[1]) last[1] = Math.max(last[1], c[1]);
    else merged.push([c[0], c[1]]);
  }
  return merged;
}
