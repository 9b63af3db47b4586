import { Converter } from "opencc-js/t2cn";

/**
 * Traditional characters read as simplified ones (牽頭單位 as 牵头单位): documents mirrored in
 * traditional script are read exactly as the simplified text is, and printed as they are. The
 * view converts character by character with OpenCC's dictionaries, so it has the same length
 * as the text and every offset in it is an offset in the text.
 */
const toSimplified = Converter({ from: "t", to: "cn" });

// CJK Unified Ideographs and Extension A (U+3400–U+9FFF): the only characters OpenCC changes.
const FIRST = 0x3400;
const LAST = 0x9fff;
// The simplified code of each character once looked up (0: not yet). The genre's functions ask for
// the view of short strings thousands of times a document: a table lookup, not a dictionary walk.
const seen = new Uint16Array(LAST - FIRST + 1);

function simplifiedCode(code: number): number {
  const known = seen[code - FIRST] as number;
  if (known !== 0) return known;
  const ch = String.fromCharCode(code);
  const converted = toSimplified(ch);
  // A conversion that is not one character for one (none is known) would break offsets: kept as printed.
  const out = converted.length === 1 ? converted.charCodeAt(0) : code;
  seen[code - FIRST] = out;
  return out;
}

/** `text` with traditional characters replaced by simplified ones, offset for offset. */
export function simplified(text: string): string {
  let out: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FIRST || code > LAST) continue;
    const s = simplifiedCode(code);
    if (s !== code) {
      out ??= text.split("");
      out[i] = String.fromCharCode(s);
    }
  }
  return out === null ? text : out.join("");
}
