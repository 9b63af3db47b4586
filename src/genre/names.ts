import { bracketStep } from "./brackets.js";
import { CONTENT_START_WORDS, TITLE_END_WORDS, startWord } from "./policy-words.js";
import { surnameLength } from "./people.js";

const CJK = /^[\u4e00-\u9fa5]+$/;
// A place name with its level starts an organisation, not a person (江苏省…, 黄山市…).
const ORG_START = /^[\u4e00-\u9fa5]{1,3}?(?:省|市|区|县|自治区|自治州|州|旗)[\u4e00-\u9fa5]/;
const SEPARATOR = /^[、,，;；\s/]+/;

export interface NamesParse {
  names: string[];
  /** Characters consumed from the start of the text. */
  end: number;
}

function candidateScore(text: string, at: number, len: number, known: ReadonlySet<string>): number {
  const name = text.slice(at, at + len);
  if (name.length !== len || !CJK.test(name)) return -1;
  if (known.has(name)) return 3;
  const rest = text.slice(at);
  if (len > 3 && surnameLength(rest) !== 2) return -1;
  if (startWord(rest, CONTENT_START_WORDS).length >= 2) return -1;
  if (ORG_START.test(rest)) return -1;
  const s = surnameLength(rest);
  if (s === 0) return -1;
  // A given name that is a stock policy word (伍|建设, 严|格落实) is a sentence, not a person.
  const given = rest.slice(s, len);
  if (given.length === 2 && (startWord(given, CONTENT_START_WORDS) === given || startWord(given, TITLE_END_WORDS) === given)) return -1;
  if (s === 2) return len >= 3 ? 2 : -1;
  // Two short unknown names must not beat one three-character name (王小明加强… is not 王小 + 明加).
  return len === 3 ? 2 : len === 2 ? 0.9 : -1;
}

/**
 * Read person names from the start of `text` (张三丰李四 → 张三丰, 李四), preferring names
 * the document lists alone elsewhere (`known`), then common surnames with one or two given
 * characters. Stops where the text stops looking like names; `end` says where.
 */
export function readNames(text: string, known: ReadonlySet<string>, whole = false): NamesParse {
  const n = text.length;
  const score = new Float64Array(n + 1).fill(-1);
  const from = new Int32Array(n + 1).fill(-1);
  const start = new Int32Array(n + 1).fill(-1);
  score[0] = 0;
  let best = 0;
  for (let i = 0; i <= n; i++) {
    if ((score[i] as number) < 0) continue;
    // The best-scoring reading wins, the longer one on a tie: 王五 (listed alone) beats 王五全.
    if ((score[i] as number) > (score[best] as number) || ((score[i] as number) === (score[best] as number) && i > best)) best = i;
    // Separators between names cost nothing.
    const sep = SEPARATOR.exec(text.slice(i, i + 4));
    let at = i;
    if (sep && i > 0) at = i + sep[0].length;
    for (let len = 2; len <= 4; len++) {
      const s = candidateScore(text, at, len, known);
      if (s < 0) continue;
      const j = at + len;
      const total = (score[i] as number) + s;
      if (total > (score[j] as number)) {
        score[j] = total;
        from[j] = i;
        start[j] = at;
      }
    }
  }
  if (whole) best = (score[n] as number) >= 0 ? n : best;
  const names: string[] = [];
  for (let j = best; j > 0; j = from[j] as number) names.push(text.slice(start[j] as number, j));
  return { names: names.reverse(), end: best };
}

/** text.split(/([、,，;；\n\r\s/]+)/), with the separators inside brackets left in their pieces. */
function piecesOutsideBrackets(text: string): string[] {
  // Each separator inside a bracket is masked by a character no separator is, the same length kept.
  let depth = 0;
  let masked = "";
  for (const c of text) {
    depth = Math.max(0, depth + bracketStep(c));
    masked += depth > 0 && /[、,，;；\n\r\s/]/.test(c) ? "\u0001" : c;
  }
  const out: string[] = [];
  let pos = 0;
  for (const piece of masked.split(/([、,，;；\n\r\s/]+)/)) {
    out.push(text.slice(pos, pos + piece.length));
    pos += piece.length;
  }
  return out;
}

// A post printed before the person who holds it (局长 张三, 县委常委、副县长王五): not a person itself.
// (王局长, 李主任: a surname and a post name a person, and stay one.)
const POST = /^(?:副|常务副|[\u4e00-\u9fa5]{2,6})?(?:常委|书记|局长|县长|市长|区长|镇长|乡长|厅长|主任|科长|部长|处长|所长|站长|主席|组长|队长|秘书长|调研员|校长|院长|行长|馆长|社长)$/;
// A phone number, labelled or not: it belongs to the person before it (李四 023-65432100, 赵六 电话：136…).
const PHONE = /^(?:(?:联系)?电话|手机|固话|tel)?[:\uff1a]?\s*[(\uff08]?[\d-]{7,}[)\uff09]?$/i;

/**
 * Split a contacts cell into people: on separators and line breaks first, then a run of
 * names with no separator (王小明李四) by `readNames`. A piece that does not read as names
 * whole is kept whole. A phone number goes with the person before it, a post with the person
 * after it, each joined with the separator printed between them.
 */
export function splitNames(text: string, known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  // Pieces and the separators between them: [piece, separator, piece, separator, …]; none inside brackets
  // (党政(人大、政协)办公室副主任王凯 is one person's posts and name).
  const parts = piecesOutsideBrackets(text);
  let post = "";
  for (let k = 0; k < parts.length; k += 2) {
    // A two-character name padded to the width of three (吕  乐) is one person.
    if (/^[\u4e00-\u9fa5]$/.test((parts[k] as string).trim()) && /^[ \u3000\u00a0]+$/.test(parts[k + 1] ?? "") && /^[\u4e00-\u9fa5]$/.test((parts[k + 2] ?? "").trim())) {
      parts.splice(k, 3, `${(parts[k] as string).trim()}${parts[k + 1]}${(parts[k + 2] as string).trim()}`);
    }
    const p = (parts[k] as string).trim().replace(/[。.]+$/, "");
    const sepAfter = (parts[k + 1] ?? "").replace(/[\n\r]+/g, " ");
    if (p === "") continue;
    // Posts listed apart (市长, 副市长 in a 牵头领导 cell): a post before a list separator names no one
    // after it, it is a leader of its own.
    if (post !== "" && POST.test(p) && /[、,，;；]\s*$/.test(post)) {
      out.push(postAlone(post));
      post = "";
    }
    if (PHONE.test(p) && out.length > 0 && post === "") {
      out[out.length - 1] += ` ${p}`;
      continue;
    }
    if (POST.test(p) && k + 2 < parts.length) {
      post += `${p}${sepAfter.trim() === "" ? " " : sepAfter.trim()}`;
      continue;
    }
    const people = p.length <= 3 || known.has(p) || !CJK.test(p) ? [p] : readNamesWhole(p, known);
    if (post !== "") {
      out.push(`${post}${people.join("")}`);
      post = "";
      continue;
    }
    out.push(...people);
  }
  if (post !== "") out.push(postAlone(post));
  return out;
}

/** A post kept with no person after it: a leader of its own, without the separator it waited at. */
function postAlone(post: string): string {
  return post.replace(/[\s、,，;；/]+$/, "");
}

/** A piece of names run together (王小明李四) as its names, or whole when it does not read as names. */
function readNamesWhole(p: string, known: ReadonlySet<string>): string[] {
  const parsed = readNames(p, known, true);
  return parsed.end === p.length && parsed.names.length > 1 ? parsed.names : [p];
}
