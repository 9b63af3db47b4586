import type { GridRow } from "../../model/grid.js";
import type { Message } from "../../model/message.js";

const REPLACEMENT = "\ufffd";

/**
 * Say where a part mammoth read held bytes that are not UTF-8: mammoth decodes every part as
 * UTF-8 (lib/zipfile.js, TextDecoder) and turns each bad sequence into U+FFFD without a word.
 * One warning per part; in the main document part, the table rows with a U+FFFD in a cell are
 * flagged uncertain (their tasks need review), each with its own warning. A row whose U+FFFD was
 * written as such (valid UTF-8) is flagged too when the part also has bad bytes: the two cannot
 * be told apart once decoded.
 */
export function flagInvalidUtf8(rows: GridRow[], parts: readonly { part: string; sequences: number }[], mainPart: string): Message[] {
  const messages: Message[] = [];
  for (const { part, sequences } of parts) {
    const where = part === mainPart ? "" : " (not the main document: its text is in notes, comments or styles)";
    messages.push({
      ruleId: "invalid-utf8",
      severity: "warning",
      reason: `The part ${part} holds ${sequences} byte sequence${sequences === 1 ? " that is" : "s that are"} not UTF-8${where}; each is read as U+FFFD (${REPLACEMENT}).`,
      seq: null,
      field: null,
      where: {},
    });
  }
  if (!parts.some((p) => p.part === mainPart)) return messages;
  for (const row of rows) {
    if (!row.cells.some((c) => c.text.includes(REPLACEMENT))) continue;
    const reason = `A cell of this row holds U+FFFD (${REPLACEMENT}) where ${mainPart} has bytes that are not UTF-8: a character was lost.`;
    row.uncertain = row.uncertain ? `${row.uncertain} ${reason}` : reason;
    messages.push({ ruleId: "invalid-utf8", severity: "warning", reason, seq: null, field: null, where: row.place });
  }
  return messages;
}
