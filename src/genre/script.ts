import { Converter } from "opencc-js/t2cn";

/**
 * Traditional characters read as simplified ones (牽頭單位 as 牵头单位): documents mirrored in
 * traditional script are read exactly as the simplified text is, and printed as they are. The
 * view converts character by character with OpenCC's dictionaries, so it has the same length
 * as the text and every offset in it is an offset in the text.
 */
const toSimplified = Converter({ from: "t", to: "cn" });
const cache = new Map<string, string>();

function simplifiedChar(ch: string): string {
  const known = cache.get(ch);
  if (known !== undefined) return known;
  const converted = toSimplified(ch);
  // A conversion that is not one character for one (none is known) would break offsets: kept as printed.
  const out = converted.length === ch.length ? converted : ch;
  cache.set(ch, out);
  return out;
}

// CJK Unified Ideographs and Extension A: the only characters OpenCC changes.
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/u;

/** `text` with traditional characters replaced by simplified ones, offset for offset. */
export function simplified(text: string): string {
  let out: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (!HAN.test(ch)) continue;
    const s = simplifiedChar(ch);
    if (s !== ch) {
      out ??= text.split("");
      out[i] = s;
    }
  }
  return out === null ? text : out.join("");
}
