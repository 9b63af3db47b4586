// Building the page from data, safely: every text goes into a text node, never into HTML.
// (The Content-Security-Policy also requires Trusted Types, so an innerHTML string would throw.)
//
// The page's words: every text it shows comes from the server's catalogue (src/i18n/page.ts),
// given inline in index.html for the language the server chose, or fetched when the person
// switches language on the page. Nothing the page says is written in its scripts or HTML.

const LANG_COOKIE = "breakdown-lang";
const LANG_COOKIE_SECONDS = 365 * 24 * 60 * 60;

let current = JSON.parse(document.getElementById("page-text").textContent);
const listeners = [];

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

/**
 * h("td", { class: "cell", title: "…", data: { seq: 8 } }, "text", child…)
 * Attributes are set as attributes (never event handlers); children are nodes or text.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`h(): refusing the event attribute ${name}`);
    if (name === "data") {
      for (const [k, v] of Object.entries(value)) el.dataset[k] = String(v);
    } else if (name === "class") {
      el.className = Array.isArray(value) ? value.filter(Boolean).join(" ") : String(value);
    } else {
      el.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replace an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/**
 * Show a coded error from the server (or the network) as a readable message, in the page's
 * language, after `what` (what failed, e.g. which file could not be read).
 */
export function showError(box, error, what = null) {
  const text = String(error && error.message ? error.message : error);
  // fetch rejects with a TypeError when the server cannot be reached; anything else is the page's own fault.
  const unreachable = error instanceof TypeError && /fetch/i.test(text);
  const e = error && error.code ? error : { code: "INTERNAL", message: unreachable ? t("error.network", { message: text }) : text, details: [], remedy: "" };
  fill(
    box,
    what ? h("p", { class: "what-failed" }, what) : null,
    h("strong", { class: "error-code" }, e.code),
    e.file ? h("span", { class: "error-file" }, ` \u2014 ${e.file}`) : null,
    h("p", {}, e.message),
    e.details && e.details.length ? h("ul", {}, e.details.map((d) => h("li", {}, d))) : null,
    e.remedy ? h("p", { class: "remedy" }, t("error.whatToDo"), e.remedy) : null,
  );
  box.hidden = false;
}

export function clearError(box) {
  box.hidden = true;
  box.replaceChildren();
}

/** POST a form; the JSON answer, or throw the server's coded error. */
export async function postForm(url, form) {
  const response = await fetch(url, { method: "POST", body: form });
  if (response.ok) return response;
  let body;
  try {
    body = await response.json();
  } catch {
    throw { code: "INTERNAL", message: t("error.server", { status: response.status, statusText: response.statusText }), details: [], remedy: "" };
  }
  throw body.error;
}

/** The file name in a Content-Disposition header (the UTF-8 form when given). */
function fileNameOf(response, fallback) {
  const header = response.headers.get("Content-Disposition") || "";
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (utf8) return decodeURIComponent(utf8[1]);
  const plain = /filename="([^"]+)"/.exec(header);
  return plain ? plain[1] : fallback;
}

/** Save bytes the browser holds as a file the person downloads. */
export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** POST a form and save the file the server answers with. */
export async function download(url, form, fallbackName) {
  const response = await postForm(url, form);
  saveBlob(await response.blob(), fileNameOf(response, fallbackName));
}

/** Wire a drop zone: files dropped on it, or chosen with its file input, go to `onFiles`. */
export function dropZone(zone, input, onFiles) {
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("dragging");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("dragging");
    if (event.dataTransfer && event.dataTransfer.files.length) onFiles([...event.dataTransfer.files]);
  });
  input.addEventListener("change", () => {
    if (input.files && input.files.length) onFiles([...input.files]);
    input.value = "";
  });
}
