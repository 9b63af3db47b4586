// The page's words: every text it shows comes from the server's catalogue (src/i18n/page.ts),
// given inline in index.html for the language the server chose, or fetched when the person
// switches language on the page. Nothing the page says is written in its scripts or HTML.

const LANG_COOKIE = "breakdown-lang";
const LANG_COOKIE_SECONDS = 365 * 24 * 60 * 60;

let current = JSON.parse(document.getElementById("page-text").textContent);
const listeners = [];

/** The page's language: "zh" or "en". */
export function lang() {
  return current.lang;
}

/** The text for a key, its `{name}`s filled from params. */
export function t(key, params = {}) {
  const template = current.texts[key];
  if (template === undefined) throw new Error(`page text ${key} is not in the catalogue`);
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** The word for a task status, the same as in the workbooks and the terminal. */
export function statusWord(status) {
  return t(`status.${status}`);
}

/** Fill the texts the HTML names by key: data-t (text), data-t-label (aria-label), data-t-title (title). */
export function applyTexts(root = document) {
  for (const el of root.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
  for (const el of root.querySelectorAll("[data-t-label]")) el.setAttribute("aria-label", t(el.dataset.tLabel));
  for (const el of root.querySelectorAll("[data-t-title]")) el.setAttribute("title", t(el.dataset.tTitle));
  document.documentElement.lang = current.htmlLang;
  document.title = t("page.title");
  for (const button of document.querySelectorAll("[data-lang]")) button.setAttribute("aria-pressed", String(button.dataset.lang === current.lang));
}

/** Run `render` again whenever the language changes (what the views drew from data). */
export function onLangChange(render) {
  listeners.push(render);
}

/**
 * Switch the page to another language in place (what the person loaded stays), and remember the
 * choice: the server answers in it too, and the page opens in it next time.
 */
export async function switchLang(next) {
  if (next === current.lang) return;
  const response = await fetch(`/i18n/${encodeURIComponent(next)}.json`);
  if (!response.ok) return;
  current = await response.json();
  document.cookie = `${LANG_COOKIE}=${current.lang}; path=/; max-age=${LANG_COOKIE_SECONDS}; samesite=strict`;
  const url = new URL(location.href);
  if (url.searchParams.has("lang")) {
    url.searchParams.delete("lang");
    history.replaceState(null, "", url);
  }
  applyTexts();
  for (const render of listeners) render();
}
