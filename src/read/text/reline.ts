import { FOOTER_INSIDE } from "../../genre/site-chrome.js";
import { findItems } from "./records/items.js";
import { isFlatLine, PIPE_ROW, textLines, type TextLine } from "./split-text.js";
import type { Stream } from "./stream.js";

/**
 * A page whose text layer lost its line breaks (a sharing site's paragraph run on for pages:
 * …引向深入1.强化理论武装。…（牵头单位：…）2.推进…) given back with a line break before each item
 * number the genre's numbering model finds inside its long lines: the readers that expect an item
 * to open a line then read it. The map is kept (each break stands on the number's own offset), so
 * every cell still points into the source; the site's footer run on after the last item opens a line as
 * well. The stream itself when no line is that long or holds no item.
 */
export function relined(stream: Stream): Stream {
  const text = stream.text;
  // A pipe table's line is rows run on, read by its own reader: numbers inside its cells (1.…;2.…) stay where they are.
  const flat = textLines(text).filter((l) => isFlatLine(text, l.start, l.end) && !PIPE_ROW.test(l.text));
  if (flat.length === 0) return stream;
  // Items come in order of place: the flat line each might stand in is walked to once.
  let line = 0;
  const inFlat = (at: number): boolean => {
    while (line < flat.length && (flat[line] as TextLine).end <= at) line++;
    return line < flat.length && (flat[line] as TextLine).start < at;
  };
  const at: number[] = [];
  for (const item of findItems(text)) {
    let k = item.start - 1;
    while (k >= 0 && /[ \t\u3000]/.test(text[k] as string)) k--;
    if (k >= 0 && text[k] !== "\n" && text[k] !== "\r" && inFlat(item.start)) at.push(item.start);
  }
  // The site's footer run on after the last item (…新建农贸市场3个。 责任编辑:王某) opens a line of its own too.
  for (const l of flat) {
    FOOTER_INSIDE.lastIndex = 0;
    for (let m = FOOTER_INSIDE.exec(l.text); m; m = FOOTER_INSIDE.exec(l.text)) at.push(l.start + m.index);
  }
  return stream.withBreaksBefore([...new Set(at)].sort((a, b) => a - b));
}
