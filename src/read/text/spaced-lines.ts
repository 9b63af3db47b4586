import { fieldsForHeader, groupHeaderWords } from "../../genre/headers.js";
import { CN_NUMERAL } from "../../genre/numbering.js";
import { FOOTER_INSIDE } from "../../genre/site-chrome.js";
import { isUnitField } from "../../model/fields.js";
import { dropJumps, longestIncreasing } from "./anchors.js";
import { isFlatLine, textLines, textWords } from "./split-text.js";
import type { Stream } from "./stream.js";

/**
 * A page that printed every line break as a space (a web mirror's text, a PDF's text layer run on),
 * its table's rows and cells all on one line:
 *   …进行了专项督查。 序号 重点工作任务 完 成 情 况 牵头责任单位 一、确保完成全年主要预期目标 1 地区生产总值增长8%左右。 根据… 市发展改革委 2 一般公共…
 * given back with a line break before the header's 序号, before each row's number standing alone
 * between spaces (1, 2, 3… in order), and before a short section heading just before a row, so the
 * reader of rows printed one a line, cells apart by spaces (spaced-rows.ts), reads it. The map is kept:
 * every cell still points into the source. The stream itself when no long line holds such a table.
 */

// The header opens with the column of row numbers.
const SEQ_WORD = /(?<=^|[ \t\u3000])(?:序号|编号)(?=[ \t\u3000])/g;
// A row's number, a word of its own (its mark may follow: 3. / 3、), before the row's words.
const ROW_NUMBER = /(?<=[ \t\u3000])(\d{1,4})[.\uff0e、]?(?=[ \t\u3000]+[^\s\d])/g;
// A section heading opening a word (一、确保… / (二)扩大…), short: the next row's number follows soon.
const SECTION_WORD = new RegExp(`(?<=[ \\t\\u3000])(?:${CN_NUMERAL}、|[(\\uff08]${CN_NUMERAL}[)\\uff09])`, "g");
const MAX_SECTION = 40;
// Known header cells beside 序号, at least; a header is short.
const MIN_KNOWN = 2;
const MAX_HEADER = 80;
// A row number this far past the one before is a figure inside a cell.
const MAX_JUMP = 5;

/** The breaks (offsets in the stream's text) that give one flat line [start, end) a header line and a line per row, or null. */
function tableInLine(text: string, start: number, end: number): number[] | null {
  const line = text.slice(start, end);
  for (const seq of line.matchAll(SEQ_WORD)) {
    const after = seq.index + seq[0].length;
    const numbers = [...line.slice(after).matchAll(ROW_NUMBER)].map((m) => ({ value: Number(m[1]), at: after + m.index }));
    const rows = dropJumps(longestIncreasing(numbers), MAX_JUMP);
    if (rows.length < 2 || (rows[0] as { value: number }).value > 2) continue;
    const first = (rows[0] as { at: number }).at;
    // A section heading between the header and the first row is no part of the header.
    const sections = [...line.slice(after, end - start).matchAll(SECTION_WORD)].map((m) => after + m.index);
    const headerEnd = Math.min(first, ...sections.filter((s) => s < first));
    if (headerEnd - after > MAX_HEADER) continue;
    const words = textWords(line, after, headerEnd).map((w) => w.text);
    const groups = groupHeaderWords(words);
    const fields = fieldsForHeader(groups.map((g) => g.map((k) => words[k]).join("")));
    const known = fields.filter((f) => f !== "extra" && f !== "seq");
    if (known.length < MIN_KNOWN || !known.some(isUnitField)) continue;
    const breaks = [seq.index, ...rows.map((r) => r.at)];
    // A short heading just before a row opens a line of its own: the row reader keeps it as a section.
    for (const s of sections) {
      const next = rows.find((r) => r.at > s);
      if (next && next.at - s <= MAX_SECTION) breaks.push(s);
    }
    // The site's footer run on after the last row opens a line too.
    FOOTER_INSIDE.lastIndex = 0;
    for (let m = FOOTER_INSIDE.exec(line); m; m = FOOTER_INSIDE.exec(line)) if (m.index > (rows[rows.length - 1] as { at: number }).at) breaks.push(m.index);
    return breaks.map((b) => start + b);
  }
  return null;
}

export function spacedRelined(stream: Stream): Stream {
  const text = stream.text;
  const at: number[] = [];
  for (const l of textLines(text)) {
    if (!isFlatLine(text, l.start, l.end)) continue;
    const found = tableInLine(text, l.start, l.end);
    if (found) at.push(...found.filter((b) => b > l.start));
  }
  return at.length === 0 ? stream : stream.withBreaksBefore([...new Set(at)].sort((a, b) => a - b));
}
