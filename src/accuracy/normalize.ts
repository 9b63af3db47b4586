/**
 * How a truth and a reading are compared (fixtures/corpus/truth/README.md): whitespace, line
 * breaks and full-width/half-width punctuation do not matter; every other character does.
 */

const QUOTES: Record<string, string> = { "“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"' };

export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\s+/gu, "")
    .replace(/[\u201c\u201d\u2018\u2019\u300c\u300d]/gu, (q) => QUOTES[q] ?? q)
    .replace(/\u3002/gu, ".")
    .replace(/\u3001/gu, ",");
}

/** A wording's end punctuation is not part of it (a title printed with or without its 。). */
export function normalizeWording(text: string): string {
  return normalizeText(text).replace(/[.,;:]+$/u, "");
}

/** A list compared as a multiset of normalized names. */
export function sameList(expected: readonly string[], actual: readonly string[]): boolean {
  const a = expected.map(normalizeWording).filter((s) => s !== "").sort();
  const b = actual.map(normalizeWording).filter((s) => s !== "").sort();
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** A list whose split is a matter of taste (contacts: 张三 138… one entry or two): compared joined. */
export function sameJoined(expected: readonly string[], actual: readonly string[]): boolean {
  return expected.map(normalizeWording).join("") === actual.map(normalizeWording).join("");
}
