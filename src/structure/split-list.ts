import { bracketStep } from "../genre/brackets.js";
import { simplified } from "../genre/script.js";
import { looksLikeUnit, readsAsUnit, UNIT_PREFIX, unitSuffixLength } from "../genre/units.js";

// A collective word alone, no name of its own (单位, 企业): the second half of 有关部门、单位.
const BARE_COLLECTIVE = /^(?:单位|企业|机构|部门)$/;

// How a collective of places opens (各县, 相关市, 有关县).
const COLLECTIVE_OPENING = /^(?:各|相关|有关)/;

/** The text from `at` to the next space or list separator. */
function nextWord(text: string, at: number): string {
  const m = /[\s、,，;；\n\r/\uff0f]/.exec(text.slice(at).trimStart());
  const rest = text.slice(at).trimStart();
  return m ? rest.slice(0, m.index) : rest;
}

/** A piece that is a unit's whole name: three characters or more, ending as a unit does (各区政府, 市建委). */
function wholeName(piece: string): boolean {
  return piece.length >= 3 && unitSuffixLength(piece) > 0;
}

/** Two pieces of three characters or more that each read as a unit's name. */
function bothUnits(a: string, b: string): boolean {
  const x = a.trim();
  return x.length >= 3 && b.length >= 3 && readsAsUnit(x) && readsAsUnit(b);
}

/** The text from `at` to the next list separator. */
function nextPiece(text: string, at: number): string {
  const m = /[、,，;；\n\r/\uff0f]/.exec(text.slice(at));
  return text.slice(at, m ? at + m.index : text.length).trim();
}

/**
 * Split a unit list cell into units: on 、,;, line breaks, wide gaps and a space between two
 * names that each read as a unit, but not inside
 * brackets (各县(市、区)政府 is one unit, 各区县政府<南太湖新区、长合区管委会> too). A one-character piece (各县、市、区政府) belongs
 * to its neighbours. A trailing 。 is list punctuation, not part of the last unit. The list is read in
 * its simplified view (各縣市、區政府 as 各县市、区政府) and each unit given back as printed.
 */
// A level named alone after a collective opening (各乡, 相关县): places with no office of their own (各乡镇 is one).
const LEVELS_ALONE = /^(?:各|相关|有关)[县市区镇乡旗州]$/;

export function splitUnits(text: string): string[] {
  return unitSpans(simplified(text)).map(([s, e]) => text.slice(s, e));
}

type Span = [number, number];

/** The units of a list as [start, end) spans of `text`. */
function unitSpans(text: string): Span[] {
  const tokens: Span[] = [];
  const str = (t: Span): string => text.slice(t[0], t[1]);
  let depth = 0;
  // The piece read so far is text[start, i): a separator ends it and is no piece's.
  let start = 0;
  const flush = (end: number): void => {
    const raw = text.slice(start, end);
    const s = start + (raw.length - raw.trimStart().length);
    const kept = raw.trimEnd().replace(/[。.]+$/, "").trimEnd();
    const e = start + kept.length;
    if (e > s) tokens.push([s, e]);
    start = end + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    // Angle brackets too: a page's text may print a unit's own bracket so (各区县政府<南太湖新区、长合区管委会>).
    const step = bracketStep(ch);
    if (step > 0) depth++;
    else if (step < 0 && depth > 0) depth--;
    if (depth > 0) continue;
    if (ch === "、" || ch === "," || ch === "，" || ch === ";" || ch === "；" || ch === "\n" || ch === "\r") {
      flush(i);
      continue;
    }
    // A slash between two names that each read as a unit (政务司司长办公室/劳工及福利局).
    if ((ch === "/" || ch === "／") && looksLikeUnit(text.slice(start, i).trim()) && looksLikeUnit(nextPiece(text, i + 1))) {
      flush(i);
      continue;
    }
    if ((ch === " " || ch === "\u3000" || ch === "\t") && /^[ \u3000\t]/.test(text[i + 1] ?? "")) {
      flush(i);
      continue;
    }
    // One space between two names that each read as a unit (县城管局 县住房城乡建设局, 市发改委 五县五区政府).
    // Not before a bracket: 市安委办 (工作专班办公室) is one unit with its own words; after one, the
    // name before the bracket counts (市财政局 (市地方金融局) 市工信局: a page's spaces around a note).
    if ((ch === " " || ch === "\u3000") && !/^[ \u3000]*[(（〔【[]/.test(text.slice(i + 1)) && unitSuffixLength(withoutNote(text.slice(start, i).trim())) > 0 && (UNIT_PREFIX.test(text.slice(i + 1).trimStart()) || bothUnits(text.slice(start, i), nextWord(text, i + 1)))) {
      flush(i);
    }
  }
  flush(text.length);
  // 区发改局区统计局: two names of one level glued with no separator, each ending as a unit does.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Span;
    const parts = splitGlued(str(t)).map(([s, e]): Span => [t[0] + s, t[0] + e]);
    if (parts.length > 1) {
      tokens.splice(i, 1, ...parts);
      i += parts.length - 1;
    }
  }
  // 各县、市、区政府, 各县市、区政府, 各区、市政府, 相关市、县政府: a 各… (相关…, 有关…) that is no unit yet goes on to
  // the name that ends it.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = str(tokens[i] as Span);
    const next = str(tokens[i + 1] as Span);
    // Only when the next piece names the levels' offices (区政府, 市政府): 各县区、开发园区 are two.
    const nextName = next.replace(/[(（][^)）]*[)）]/g, "");
    // (A level's own bracket, 各市(县), does not count: 各市(县)、区政府 is one.)
    const bare = t.replace(/[(（][^)）]*[)）]/g, "");
    // A level alone after 各 (各乡、镇人民政府) is no unit either: its office is the next name's.
    if (COLLECTIVE_OPENING.test(t) && bare.length <= 4 && (unitSuffixLength(bare) === 0 || LEVELS_ALONE.test(bare)) && nextName.length <= 6 && unitSuffixLength(nextName) > 0 && !COLLECTIVE_OPENING.test(next) && /^[县市区镇乡旗州]/.test(next)) {
      tokens.splice(i, 2, [(tokens[i] as Span)[0], (tokens[i + 1] as Span)[1]]);
    }
  }
  // 市直有关部门、单位 / 各部门、单位: a bare collective word after a collective is the same name's second half.
  for (let i = 1; i < tokens.length; i++) {
    if (BARE_COLLECTIVE.test(str(tokens[i] as Span)) && /(?:部门|单位)$/.test(str(tokens[i - 1] as Span))) {
      tokens.splice(i - 1, 2, [(tokens[i - 1] as Span)[0], (tokens[i] as Span)[1]]);
      i--;
    }
  }
  // 各县、市、区政府: glue one-character pieces back with their neighbours, as printed.
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Span;
    const last = out[out.length - 1];
    if (t[1] - t[0] === 1 && (last || tokens[i + 1] !== undefined)) {
      const next = tokens[i + 1];
      // After a whole name (各区政府, 市、区城管执法部门) the piece opens the next name, not the last one's.
      if (next !== undefined && (!last || wholeName(str(last)))) {
        out.push([t[0], next[1]]);
        i++;
        continue;
      }
      if (!last) continue;
      last[1] = next !== undefined ? next[1] : t[1];
      if (next !== undefined) i++;
    } else out.push([t[0], t[1]]);
  }
  return out;
}

/** A name without the bracketed note that closes it (市财政局 (市地方金融局) → 市财政局). */
function withoutNote(name: string): string {
  return name.replace(/\s*[(（][^()（）]*[)）]$/, "");
}

// The administrative level a unit's name starts with (区发改局, 县财政局, 市商务局).
const LEVEL = /^[省市县区州镇乡]/;

/**
 * A token of several units of one level glued together (区发改局区统计局, 市海洋渔业局市农业农村局):
 * cut before each repetition of the first name's level where the text before ends as a unit's name.
 */
function splitGlued(token: string): Span[] {
  const whole: Span[] = [[0, token.length]];
  const level = LEVEL.exec(token)?.[0];
  if (!level || token.length < 6 || /[()\uff08\uff09]/.test(token)) return whole;
  const out: Span[] = [];
  let start = 0;
  for (let i = 2; i < token.length - 2; i++) {
    if (token[i] !== level) continue;
    const before = token.slice(start, i);
    if (before.length >= 3 && unitSuffixLength(before) > 0 && unitSuffixLength(token.slice(i)) > 0) {
      out.push([start, i]);
      start = i;
    }
  }
  out.push([start, token.length]);
  return out.length > 1 && out.every(([s, e]) => looksLikeUnit(token.slice(s, e))) ? out : whole;
}
