/**
 * The language a person reads: Chinese (zh-CN) by default, English on request. Every
 * user-facing string comes from a catalogue (src/i18n/*.ts) made with `catalogue()`, which
 * fails the build when a key is missing in one language. JSON keys and error codes stay
 * English: they are the contract.
 */
export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "zh";

export function isLang(value: unknown): value is Lang {
  return value === "zh" || value === "en";
}

/**
 * The language of the CLI's locale: LC_ALL, then LC_MESSAGES, then LANG (POSIX order).
 * `zh…` → Chinese; another language named → English; none, `C` or `POSIX` → Chinese, the
 * users' own language.
 */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  if (locale === undefined) return DEFAULT_LANG;
  const name = locale.toLowerCase();
  if (name.startsWith("zh")) return "zh";
  if (name === "c" || name === "posix" || name.startsWith("c.")) return DEFAULT_LANG;
  return "en";
}

/**
 * The language of a browser's Accept-Language header (RFC 9110 §12.5.4): the first of zh/en by
 * quality; Chinese when the header is absent or names neither.
 */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  if (header === undefined || header.trim() === "") return DEFAULT_LANG;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranges) {
    if (tag.startsWith("zh")) return "zh";
    if (tag.startsWith("en")) return "en";
  }
  return DEFAULT_LANG;
}

/** A catalogue entry: a fixed text, or a function of its parameters. */
export type Entry = string | ((params: never) => string);

/** The English side of a catalogue: the same keys, a text for a text, the same parameters for a function. */
export type Same<Zh> = { [K in keyof Zh]: Zh[K] extends string ? string : Zh[K] };

/**
 * A typed catalogue: the Chinese entries define the keys, and the English ones must have exactly
 * the same keys with the same parameters (a key missing or extra in either fails `tsc`).
 */
export function catalogue<Zh extends Record<string, Entry>>(zh: Zh, en: Same<Zh>): Record<Lang, Zh> {
  return { zh, en: en as Zh };
}
