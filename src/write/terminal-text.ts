// Text from a document or a file name, printed to a terminal, is shown, never obeyed (issue 14,
// item 7: an ESC sequence in a title cleared the screen or retitled the terminal, and could hide
// lines of a diff under review). Escaped: the C0 controls and DEL (ESC, BEL, CR, LF, tab…), the
// C1 controls (U+009B is a CSI on its own), the line and paragraph separators, and the bidi
// marks, embeddings, overrides and isolates that reorder what a line seems to say (Trojan Source).
// The JSON, CSV and XLSX keep the text as it is: they are data, not a terminal.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeCharacter(ch: string): string {
  const named = NAMED[ch];
  if (named !== undefined) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** `text` safe to print to a terminal: every control and bidi character written as an escape (`\x1b`, `\n`, `\u202e`). */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, escapeCharacter);
}

/** A copy of `value` with every string in it, keys included, made safe for a terminal (`terminalText`). */
export function terminalStrings<T>(value: T): T {
  if (typeof value === "string") return terminalText(value) as T;
  if (Array.isArray(value)) return value.map((v) => terminalStrings(v)) as T;
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [terminalText(k), terminalStrings(v)])) as T;
}

/** Display width: CJK and full-width characters take two columns (file names are often Chinese). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
