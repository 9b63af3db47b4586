import { detailText, ERROR_MEANINGS, ERROR_REMEDIES, type ErrorDetail } from "./i18n/errors.js";
import type { Lang } from "./i18n/lang.js";

export { detail, type ErrorDetail } from "./i18n/errors.js";

type Code = keyof (typeof ERROR_MEANINGS)["en"];
interface CodeText {
  meaning: string;
  remedy: string;
}

/**
 * Every way an input can be unusable, with a stable code (csv-stringify's CsvError style):
 * `meaning` and `remedy` in English (the README's table), and both languages under `zh` / `en`.
 * The codes and their texts are kept in src/i18n/errors.ts (how to add one is said there).
 */
export const ERROR_CODES = Object.fromEntries(
  (Object.keys(ERROR_MEANINGS.en) as Code[]).map((code) => {
    const text = (lang: Lang): CodeText => ({ meaning: ERROR_MEANINGS[lang][code], remedy: ERROR_REMEDIES[lang][code] });
    return [code, { ...text("en"), zh: text("zh"), en: text("en") }];
  }),
) as Record<Code, CodeText & Record<Lang, CodeText>>;

export type ErrorCode = keyof typeof ERROR_CODES;

export class BreakdownError extends Error {
  readonly code: ErrorCode;
  /** The file the error is about, if any. */
  readonly file: string | undefined;
  /** Extra lines for the user (for NO_TABLE_FOUND: the tables that were seen). */
  readonly details: string[];

  /** The sentence about this error from the catalogue, when the throw site gives one (the CLI prints it in the user's language). */
  readonly detail: ErrorDetail | undefined;

  /**
   * `detail` is a catalogue sentence (`detail("inputTooLarge", { size, limit })`), printed in
   * the user's language, or a plain English sentence (a library caller's own); `message` is English.
   */
  constructor(code: ErrorCode, detail: ErrorDetail | string, options: { file?: string; details?: string[]; cause?: unknown } = {}) {
    super(typeof detail === "string" ? detail : detailText(detail, "en"), options.cause === undefined ? undefined : { cause: options.cause });
    this.detail = typeof detail === "string" ? undefined : detail;
    this.name = "BreakdownError";
    this.code = code;
    this.file = options.file;
    this.details = options.details ?? [];
  }

  get remedy(): string {
    return ERROR_CODES[this.code].remedy;
  }

  /** What went wrong, in a language: the catalogue's sentence, else the English message. */
  text(lang: Lang): string {
    return this.detail === undefined ? this.message : detailText(this.detail, lang);
  }
}

export function isBreakdownError(error: unknown): error is BreakdownError {
  return error instanceof BreakdownError;
}
