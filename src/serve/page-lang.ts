import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { isLang, langFromAcceptLanguage, type Lang } from "../i18n/lang.js";

/** The cookie that remembers the language a person chose on the page. */
export const LANG_COOKIE = "breakdown-lang";

/** A year: the choice lasts as long as a person keeps using the page. */
const LANG_COOKIE_SECONDS = 365 * 24 * 60 * 60;

/**
 * The language of the page and of the server's answers to it: `?lang=zh|en`, else the
 * language the person chose on the page (remembered in a cookie), else the browser's
 * Accept-Language (Chinese when it names neither).
 */
export function pageLang(c: Context): Lang {
  const query = c.req.query("lang");
  if (isLang(query)) return query;
  const chosen = getCookie(c, LANG_COOKIE);
  if (isLang(chosen)) return chosen;
  return langFromAcceptLanguage(c.req.header("accept-language"));
}

/** A `?lang=` on the page's address is remembered, as the switch on the page remembers it. */
export function rememberLang(c: Context): void {
  const query = c.req.query("lang");
  if (isLang(query)) setCookie(c, LANG_COOKIE, query, { path: "/", maxAge: LANG_COOKIE_SECONDS, sameSite: "Strict", httpOnly: false });
}

/** The `lang` attribute for the page's language (BCP 47). */
export function htmlLang(lang: Lang): string {
  return lang === "zh" ? "zh-CN" : "en";
}
