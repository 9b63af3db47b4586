// Building the page from data, safely: every text goes into a text node, never into HTML.
// (The Content-Security-Policy also requires Trusted Types, so an innerHTML string would throw.)
import { t } from "./i18n.js";

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
  const e = error && error.code ? error : { code: "INTERNAL", message: t("error.network", { message: String(error && error.message ? error.message : error) }), details: [], remedy: "" };
  fill(
    box,
    what ? h("p", { class: "what-failed" }, what) : null,
    h("strong", {}, e.code),
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
