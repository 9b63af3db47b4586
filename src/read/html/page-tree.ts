import { load } from "cheerio";
import { BreakdownError, detail } from "../../errors.js";
import type { Leftover } from "../../model/message.js";
import type { Place } from "../../model/place.js";
import { type DocxBlock, type DocxCell, type DocxTable, type DocxTree, type HtmlNode, span, tableCells } from "../docx/html-tree.js";

/**
 * A saved web page as the tree the .docx reader reads (paragraphs and tables, tables numbered
 * in the order they start, nested ones included), with the site's chrome (navigation,
 * breadcrumbs, search box, footer) taken out as leftovers. Text is what a browser shows:
 * white space collapsed outside <pre>, <br> a line break, scripts, styles and the <head> not shown.
 */

interface Node extends HtmlNode {
  children?: Node[];
  sourceCodeLocation?: { startOffset: number; startLine: number } | null;
}

export interface PageTree {
  tree: DocxTree;
  /** Text of the site's chrome and the page's <title>: shown by the browser around the notice, no part of it. */
  chrome: Leftover[];
}

/** Elements whose content a browser does not show as text. */
const HIDDEN = new Set(["head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "audio", "video", "map", "input"]);

/** Elements that start a new block (a new paragraph) in the page's flow (HTML's default display: block, list-item, table). */
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
  "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "caption", "tr", "td", "th", "tbody", "thead", "tfoot",
]);

/** Elements that are the site's chrome by what they are. */
const CHROME_ELEMENTS = new Set(["nav", "form", "aside"]);
const CHROME_ROLES = new Set(["navigation", "search", "banner", "contentinfo", "menubar", "menu"]);
/**
 * Class and id words of site chrome, as Chinese government sites name them (nav, menu, crumb,
 * 当前位置 as position / location / dqwz, search, footer / foot / bottom, copyright, share, sidebar).
 */
const CHROME_NAME =
  /(?:^|[-_\s])(?:nav|navs|navbar|menu|menus|topnav|subnav|crumbs?|breadcrumbs?|bread|position|location|dqwz|weizhi|search|sousuo|ss|footer|foot|bottom|copyright|banquan|share|fenxiang|sidebar|toolbar|topbar|top-bar|skip|print|dayin)(?:$|[-_\s\d])/i;

/** Largest colspan or rowspan taken as written; a larger one is a damaged or hostile page (limits.ts checks widths after). */
const MAX_SPAN = 1000;

function placeOf(node: Node): Place {
  const loc = node.sourceCodeLocation;
  return loc ? { offset: loc.startOffset, line: loc.startLine } : {};
}

/** A class or id that is, whole, the name of the site's banner (class="header", id="top"); article-header is not. */
const CHROME_TOKEN = /^(?:header|head|top|logo|banner|site-?name)$/i;

function isChrome(node: Node, inMain: boolean): boolean {
  const name = node.name ?? "";
  const a = node.attribs ?? {};
  if (CHROME_ELEMENTS.has(name)) return true;
  // <header> and <footer> of the page, not of an article inside it.
  if ((name === "header" || name === "footer") && !inMain) return true;
  if (CHROME_ROLES.has((a.role ?? "").toLowerCase())) return true;
  const tokens = `${a.class ?? ""} ${a.id ?? ""}`.split(/\s+/).filter((t) => t !== "");
  return tokens.some((t) => CHROME_TOKEN.test(t)) || CHROME_NAME.test(a.class ?? "") || CHROME_NAME.test(a.id ?? "");
}

/** Does the element hold a table of several rows (a layout table holding the notice is not chrome, whatever it is called)? */
function holdsTable(node: Node): boolean {
  for (const child of node.children ?? []) {
    if (child.type !== "tag") continue;
    if (child.name === "table" && countRows(child) >= 3) return true;
    if (holdsTable(child)) return true;
  }
  return false;
}

function countRows(table: Node): number {
  let n = 0;
  const walk = (node: Node): void => {
    for (const c of node.children ?? []) {
      if (c.type !== "tag") continue;
      if (c.name === "tr") n++;
      else if (c.name !== "table") walk(c);
    }
  };
  walk(table);
  return n;
}

/**
 * Elements nested deeper than this are refused before the tree is walked (the walk recurses, and a
 * page of 100,000 nested <div> overflowed its stack). Real pages nest a few dozen levels; Word's
 * own limit for a .docx is 256 (DOCX_TOO_DEEP), and a page gets twice that.
 */
export const MAX_HTML_DEPTH = 512;

/** The depth of the deepest element, found without recursion. */
function depthOf(root: Node): number {
  let deepest = 0;
  const stack: Array<[Node, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Node, number];
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_HTML_DEPTH) return deepest;
    for (const c of node.children ?? []) if (c.type === "tag") stack.push([c, depth + 1]);
  }
  return deepest;
}

/** Elements that never hold others (HTML's void elements), and those the next of their kind closes (a <p>, a <td>): not counted as nesting. */
const NOT_NESTING = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "td", "th", "tr", "option", "optgroup", "rt", "rp", "thead", "tbody", "tfoot", "colgroup"]);
/** Elements whose content is text up to their end tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noscript", "iframe"]);
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>/g;

/**
 * How deep the page's elements nest, estimated in one linear pass over its tags (elements that close
 * themselves not counted). parse5, and htmlparser2 too, take time that grows with the square of the
 * nesting (20,000 nested <div>: 8 s in parse5, 40,000: 2 s in htmlparser2; a 32 MB page of them would
 * take hours), so a page far too deep is refused before either reads it.
 */
function nestingOf(html: string): number {
  let depth = 0;
  let deepest = 0;
  let lower: string | null = null;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const name = (m[2] ?? "").toLowerCase();
    if (name === "" || NOT_NESTING.has(name)) continue;
    if (m[1] === "/") {
      depth = Math.max(0, depth - 1);
      continue;
    }
    depth++;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_HTML_DEPTH) return deepest;
    if (RAW_TEXT.has(name)) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, TAG.lastIndex);
      depth--;
      if (close < 0) break;
      TAG.lastIndex = close + name.length + 2;
    }
  }
  return deepest;
}

/** Read the page's HTML into the tree the table reader reads, and its chrome into leftovers. */
export function readPageTree(html: string, file: string): PageTree {
  if (nestingOf(html) > MAX_HTML_DEPTH) {
    throw new BreakdownError("DOCX_TOO_DEEP", detail("htmlTooDeep", { limit: MAX_HTML_DEPTH }), { file });
  }
  const $ = load(html, { sourceCodeLocationInfo: true });
  const root = $.root()[0] as unknown as Node;
  // parse5 may still build deeper than htmlparser2 counted (formatting elements it reopens).
  if (depthOf(root) > MAX_HTML_DEPTH) {
    throw new BreakdownError("DOCX_TOO_DEEP", detail("htmlTooDeep", { limit: MAX_HTML_DEPTH }), { file });
  }
  const reader = new PageReader();
  const title = $("head > title").first().text().replace(/\s+/g, " ").trim();
  if (title !== "") reader.chrome.push({ text: title, reason: "site-boilerplate", where: placeOf($("head > title")[0] as unknown as Node) });
  const tables: DocxTable[] = [];
  const body = reader.readBlocks(root.children ?? [], null, false, false, tables);
  return { tree: { body, tables }, chrome: reader.chrome };
}

/** A page read into blocks and tables, the site's chrome taken out as it is met. */
class PageReader {
  readonly chrome: Leftover[] = [];

  /** The lines of an element's text (its blocks), for a leftover. */
  private linesOf(node: Node): string[] {
    const lines: string[] = [];
    const collect = (blocks: DocxBlock[]): void => {
      for (const b of blocks) {
        if (b.kind === "paragraph") lines.push(...b.text.split("\n").map((l) => l.trim()).filter((l) => l !== ""));
        else for (const row of b.table.rows) for (const cell of row) collect(cell.blocks);
      }
    };
    // A detached walk: chrome tables are not numbered among the page's tables.
    collect(this.readBlocks([node], null, false, true, [] as DocxTable[], true));
    return lines;
  }

  private readTable(el: Node, parent: DocxTable | null, pre: boolean, inMain: boolean, into: DocxTable[]): DocxTable {
    const table: DocxTable = { index: into.length, parent, rows: [] };
    into.push(table);
    for (const row of tableCells(el)) {
      table.rows.push(row.map((td): DocxCell => ({ blocks: this.readBlocks(td.children ?? [], table, pre, inMain, into), colspan: span(td.attribs?.colspan, MAX_SPAN), rowspan: span(td.attribs?.rowspan, MAX_SPAN) })));
    }
    return table;
  }

  /** Blocks of a container: inline content between blocks forms a paragraph of its own; chrome is taken out. */
  readBlocks(nodes: readonly Node[], parent: DocxTable | null, pre: boolean, inMain: boolean, into: DocxTable[], keepChrome = false): DocxBlock[] {
    const out: DocxBlock[] = [];
    let inline = "";
    const flush = (): void => {
      // parse5 drops NUL from the text (HTML's "in body" insertion mode), so NUL marks a <br> safely.
      const text = pre ? inline : inline.replace(/[ \t\n\r\f]+/g, " ").replace(/ ?\u0000 ?/g, "\u0000");
      if (text.trim() !== "") out.push({ kind: "paragraph", text });
      inline = "";
    };
    for (const node of nodes) {
      if (node.type === "text") {
        inline += node.data ?? "";
        continue;
      }
      if (node.type !== "tag" && node.type !== "root") continue;
      const name = node.name ?? "";
      if (HIDDEN.has(name)) continue;
      if (name === "br") {
        // A line break survives the white space collapsing as "\n" (a private mark would be cut by it).
        inline += "\u0000";
        continue;
      }
      if (!keepChrome && node.type === "tag" && isChrome(node, inMain) && !holdsTable(node)) {
        flush();
        const lines = this.linesOf(node);
        if (lines.length > 0) this.chrome.push({ text: lines.join("\n"), reason: "site-boilerplate", where: placeOf(node) });
        continue;
      }
      const main = inMain || name === "main" || name === "article";
      if (name === "table") {
        flush();
        const caption = (node.children ?? []).filter((c) => c.type === "tag" && c.name === "caption");
        for (const c of caption) out.push(...this.readBlocks(c.children ?? [], parent, pre, main, into, keepChrome));
        out.push({ kind: "table", table: this.readTable(node, parent, pre, main, into) });
        continue;
      }
      if (BLOCK.has(name) || node.type === "root") {
        flush();
        out.push(...this.readBlocks(node.children ?? [], parent, pre || name === "pre", main, into, keepChrome));
        continue;
      }
      // An inline element: its text runs on in the paragraph, unless it holds blocks or chrome (a <span> around a <div>).
      if (holdsBlocks(node, inMain)) {
        flush();
        out.push(...this.readBlocks(node.children ?? [], parent, pre, main, into, keepChrome));
      } else inline += inlineText(node);
    }
    flush();
    return out.map((b) => (b.kind === "paragraph" ? { kind: "paragraph", text: b.text.replace(/\u0000/g, "\n") } : b));
  }
}

/** An element that breaks the paragraph it stands in: a block, a table or chrome somewhere inside it. */
function holdsBlocks(node: Node, inMain: boolean): boolean {
  return (node.children ?? []).some((c) => c.type === "tag" && !HIDDEN.has(c.name ?? "") && (BLOCK.has(c.name ?? "") || isChrome(c, inMain) || holdsBlocks(c, inMain)));
}

/** The raw text of an inline element (white space collapsed by the paragraph it runs on in); a <br> as a mark. */
function inlineText(node: Node): string {
  if (node.type === "text") return node.data ?? "";
  if (node.type !== "tag" || HIDDEN.has(node.name ?? "")) return "";
  if (node.name === "br") return "\u0000";
  return (node.children ?? []).map(inlineText).join("");
}
