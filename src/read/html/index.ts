import iconv from "iconv-lite";
import { BreakdownError, detail } from "../../errors.js";
import type { Grid } from "../../model/grid.js";
import type { Message } from "../../model/message.js";
import type { ResolvedParseOptions } from "../../options.js";
import { denseGrid, rowSlots } from "../docx/dense-grid.js";
import type { DocxBlock } from "../docx/html-tree.js";
import { gridFromTree } from "../docx/tree-grid.js";
import { sourceInfo } from "../source-info.js";
import { decodeText, unreadableLeftovers, type Decoded } from "../text/decode.js";
import { readText } from "../text/index.js";
import { readPageTree } from "./page-tree.js";

/** Bytes of the page searched for its `<meta charset>` (HTML: the declaration must be within the first 1,024 bytes; some pages put it later). */
const META_SEARCH_BYTES = 4096;

/**
 * The encoding the page declares: `<meta charset="gbk">` or `<meta http-equiv="Content-Type"
 * content="text/html; charset=gb2312">`, if iconv-lite knows it. Tags are ASCII in every
 * encoding a Chinese page uses but UTF-16, which a BOM or its zero bytes tell.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, META_SEARCH_BYTES)).toString("latin1");
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  const name = m?.[1];
  if (!name || !iconv.encodingExists(name)) return null;
  // A page saved by a browser as UTF-8 keeps its old `charset=gb2312`; decoding strictly as UTF-8 first tells.
  return name;
}

/**
 * Decode a page: --encoding if given; else a byte order mark; else the charset the page declares,
 * unless the bytes are valid UTF-8 (a browser's "save as" writes UTF-8 and keeps the old
 * declaration); else told from the bytes as text is.
 */
function decodePage(bytes: Uint8Array, file: string, forced: string | undefined): Decoded {
  if (forced !== undefined) return decodeText(bytes, file, forced);
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const declared = bom ? null : declaredCharset(bytes);
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      return decodeText(bytes, file, "utf-8");
    } catch {
      return decodeText(bytes, file, declared);
    }
  }
  // Declared UTF-8, or nothing: told from the bytes as text is (a page that says utf-8 but was saved as GBK reads as GBK).
  return decodeText(bytes, file);
}

/**
 * A page's visible text, a paragraph per line; a table row per line with tabs between its cells,
 * except a row with one cell of text (a layout table around the page), whose paragraphs stay lines.
 */
function visibleText(blocks: readonly DocxBlock[]): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      lines.push(...block.text.split("\n").map((l) => l.trim()).filter((l) => l !== ""));
      continue;
    }
    const dense = denseGrid(block.table);
    dense.slots.forEach((_, r) => {
      const cells = rowSlots(dense, r)
        .filter((s) => s.row === r)
        .map((s) => visibleText(s.cell.blocks))
        .filter((l) => l.length > 0);
      if (cells.length === 1) lines.push(...(cells[0] as string[]));
      else if (cells.length > 1) lines.push(cells.map((l) => l.join(" ")).join("\t"));
    });
  }
  return lines;
}

/**
 * Read a saved web page: decoded as its <meta charset> says, parsed with cheerio (parse5), the
 * site's chrome taken out as leftovers, and the page's tables read as a Word document's are
 * (`gridFromTree`: colspan and rowspan expanded, the table with the breakdown header chosen from
 * the layout tables around it, rows spanning the table as sections); the notice's title, issuer
 * and date from the paragraphs around it. A page with no table of tasks is read as text: its
 * visible text goes through the text reader.
 */
export async function readHtmlPage(bytes: Uint8Array, file: string, options: ResolvedParseOptions): Promise<Grid> {
  const { text, encoding, unreadable } = decodePage(bytes, file, options.encoding);
  const { tree, chrome } = readPageTree(text, file);
  const bad = unreadableLeftovers(unreadable, (start, end) => ({ offset: start, end }));
  try {
    const grid = gridFromTree(tree, file, options, sourceInfo(bytes, file, { format: "html", encoding, layout: "html-table", originalName: null, pageCount: null }));
    const where: Message = {
      ruleId: "html-places",
      severity: "info",
      reason: "A place's table, row and column count the page's <table> elements in the order they start (nested ones included), from 0; a leftover's offset and line are in the decoded page.",
      seq: null,
      field: null,
      where: {},
    };
    return { ...grid, leftovers: [...bad, ...chrome, ...grid.leftovers], messages: [...grid.messages, where] };
  } catch (error) {
    if (!(error instanceof BreakdownError) || error.code !== "NO_TABLE_FOUND") throw error;
  }
  // No table of tasks: the page's visible text, read as text (the chrome stays out of it, as leftovers).
  const visible = visibleText(tree.body).join("\n");
  if (visible.trim() === "") throw new BreakdownError("NO_TABLE_FOUND", detail("htmlNoText"), { file });
  const grid = readText(new Uint8Array(Buffer.from(visible, "utf8")), file, { ...options, encoding: "utf-8" });
  const note: Message = {
    ruleId: "html-as-text",
    severity: "info",
    reason: "The page has no <table> with a breakdown header: its visible text (a paragraph per line, a table row per line with tabs between cells) was read as text; offsets and lines are in that text.",
    seq: null,
    field: null,
    where: {},
  };
  return {
    ...grid,
    source: sourceInfo(bytes, file, { format: "html", encoding, layout: grid.source.layout, originalName: grid.source.originalName, pageCount: grid.source.pageCount }),
    leftovers: [...bad, ...chrome, ...grid.leftovers],
    messages: [...grid.messages, note],
  };
}
