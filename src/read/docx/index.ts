import { sourceInfo } from "../source-info.js";
import type { Grid } from "../../model/grid.js";
import type { ResolvedParseOptions } from "../../options.js";
import { assertSafeDocx } from "../zip-guard.js";
import { readDocxTree, SPLIT, type SplitSettings } from "./docx-tree.js";
import { readPageCount } from "./page-count.js";
import { flagInvalidUtf8 } from "./invalid-utf8.js";
import { gridFromTree } from "./tree-grid.js";

/**
 * Read a .docx into a grid: mammoth turns it into HTML (a large document in pieces, `split`),
 * cheerio walks the HTML, merges are expanded into a dense grid, and the table with the
 * breakdown header is read into rows. Text outside the table becomes paragraphs (title,
 * issuer, date) or leftovers.
 */
export async function readDocx(bytes: Uint8Array, file: string, options: ResolvedParseOptions, split: SplitSettings = SPLIT): Promise<Grid> {
  const { mainPartBytes, paths, invalidUtf8, rows } = await assertSafeDocx(bytes, file, options.limits);
  // The part the guard checked is the part read (mammoth finds it the same way; pieces are cut from it).
  const bound = { rows, maxRows: options.limits.maxRows };
  const { tree, messages: mammothMessages } = await readDocxTree(bytes, file, mainPartBytes, split, paths.mainDocument, bound);
  const pageCount = await readPageCount(bytes);
  const grid = gridFromTree(tree, file, options, sourceInfo(bytes, file, { format: "docx", encoding: null, layout: "docx-table", originalName: null, pageCount }));
  return { ...grid, messages: [...mammothMessages, ...flagInvalidUtf8(grid.rows, invalidUtf8, paths.mainDocument), ...grid.messages] };
}
