import type { Lang } from "../i18n/lang.js";
import { pageTexts } from "../i18n/page.js";
import { STATUS_COLOURS } from "../i18n/status.js";
import { htmlLang } from "./page-lang.js";

/** JSON that can sit inside a <script> element: no `<` can close it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * index.html in a language: its `lang`, its title, and its texts as a JSON data block (not run:
 * `type="application/json"`), which the page's script reads to fill in every text it shows.
 */
export function renderIndex(template: string, lang: Lang): string {
  const texts = pageTexts(lang);
  return template
    .replace('<html lang="zh-CN">', `<html lang="${htmlLang(lang)}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(texts["page.title"] ?? "")}</title>`)
    .replace('<script type="application/json" id="page-text"></script>', `<script type="application/json" id="page-text">${scriptJson({ lang, htmlLang: htmlLang(lang), texts })}</script>`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The texts of a language, for the page's language switch. */
export function textsJson(lang: Lang): string {
  return JSON.stringify({ lang, htmlLang: htmlLang(lang), texts: pageTexts(lang) });
}

/**
 * The status colours as CSS variables (`--status-<status>-fill`, `--status-<status>-line`): the
 * palette the workbooks and the terminal use, so a status looks the same everywhere.
 */
export function statusCss(): string {
  const lines = Object.entries(STATUS_COLOURS).flatMap(([status, colour]) => [`  --status-${status}-fill: #${colour.fill};`, `  --status-${status}-line: #${colour.line};`]);
  return `/* From src/i18n/status.ts: one palette for the page, the workbooks and the terminal. */\n:root {\n${lines.join("\n")}\n}\n`;
}
