import { perText } from "../genre/memo.js";

/**
 * How two texts are compared. The same table reaches us as extracted text and as Word: the text
 * path has ASCII `,` `(` `:` where Word has \uff0c \uff08 \uff1a, and a Word cell may wrap
 * with a line break where the text runs on. Neither is a change a reader of the table cares
 * about, so by default texts are compared after NFKC (full-width forms → ASCII) with all
 * whitespace removed (Chinese text carries no meaning in it). `exact` compares them as printed.
 */
export type Normalizer = (text: string) => string;

const WHITESPACE = /[\s\u200b\ufeff]+/g;

export function normalizeText(text: string): string {
  return text.normalize("NFKC").replace(WHITESPACE, "");
}

export function exactText(text: string): string {
  return text;
}

/** The normalizer for one diff; NFKC is not free and each text is compared several times, so results are kept. */
export function normalizerFor(normalize: boolean): Normalizer {
  return normalize ? perText(normalizeText) : exactText;
}
