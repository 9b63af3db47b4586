import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pageTexts } from "../../src/i18n/page.js";
import { STATUS_COLOURS, STATUS_WORDS } from "../../src/i18n/status.js";
import { createServeApp } from "../../src/serve/app.js";
import { ROOT } from "../helpers.js";

const app = createServeApp();
const STATIC = join(ROOT, "src", "serve", "static");
const HAN = /\p{Script=Han}/u;

async function pageOf(headers: Record<string, string>, path = "/"): Promise<{ html: string; lang: string; texts: Record<string, string>; cookie: string | null }> {
  const response = await app.request(path, { headers });
  const html = await response.text();
  const data = /<script type="application\/json" id="page-text">([^<]*)<\/script>/.exec(html)?.[1] ?? "null";
  const { lang, texts } = JSON.parse(data) as { lang: string; texts: Record<string, string> };
  return { html, lang, texts, cookie: response.headers.get("set-cookie") };
}

async function errorIn(acceptLanguage: string | undefined) {
  const form = new FormData();
  form.append("document", new Blob([new Uint8Array()]), "empty.txt");
  const response = await app.request("/api/parse", { method: "POST", body: form, headers: acceptLanguage === undefined ? {} : { "accept-language": acceptLanguage } });
  return ((await response.json()) as { error: { code: string; message: string; details: string[]; remedy: string; file: string } }).error;
}

describe("the review page's language", () => {
  it("is Chinese when the browser names no language or Chinese, English for an English browser", async () => {
    for (const [header, lang, htmlLang] of [
      [undefined, "zh", "zh-CN"],
      ["zh-CN,zh;q=0.9,en;q=0.8", "zh", "zh-CN"],
      ["en-US,en;q=0.9", "en", "en"],
      ["fr-FR,en;q=0.5", "en", "en"],
    ] as const) {
      const page = await pageOf(header === undefined ? {} : { "accept-language": header });
      expect(page.lang, header).toBe(lang);
      expect(page.html, header).toContain(`<html lang="${htmlLang}">`);
      expect(page.html).toContain(`<title>${page.texts["page.title"]}</title>`);
    }
  });

  it("follows ?lang= over the browser, and remembers it in a cookie the next requests carry", async () => {
    const chosen = await pageOf({ "accept-language": "zh-CN" }, "/?lang=en");
    expect(chosen.lang).toBe("en");
    expect(chosen.cookie).toMatch(/^breakdown-lang=en; Max-Age=\d+; Path=\/; SameSite=Strict$/);
    const next = await pageOf({ "accept-language": "zh-CN", cookie: "breakdown-lang=en" });
    expect(next.lang).toBe("en");
    expect(next.cookie).toBeNull();
  });

  it("gives the page the same texts in both languages, key for key, with the status words every other place uses", async () => {
    const zh = pageTexts("zh");
    const en = pageTexts("en");
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [status, word] of Object.entries(STATUS_WORDS.zh)) expect(zh[`status.${status}`]).toBe(word);
    for (const [status, word] of Object.entries(STATUS_WORDS.en)) expect(en[`status.${status}`]).toBe(word);
    const switched = (await (await app.request("/i18n/en.json")).json()) as { lang: string; texts: Record<string, string> };
    expect(switched).toMatchObject({ lang: "en", texts: en });
    expect((await app.request("/i18n/fr.json")).status).toBe(404);
  });

  it("has a text for every key the page's files name, and no words of its own in them", () => {
    const zh = pageTexts("zh");
    const files = ["index.html", "app.js", "dom.js", "review.js", "compare.js"].map((f) => readFileSync(join(STATIC, f), "utf8"));
    const keys = new Set<string>();
    for (const text of files) {
      for (const m of text.matchAll(/data-t(?:-label|-title)?="([^"]+)"/g)) keys.add(m[1] as string);
      for (const m of text.matchAll(/\b(?:t|text)\("([^"]+)"/g)) keys.add(m[1] as string);
    }
    expect(keys.size).toBeGreaterThan(60);
    for (const key of keys) expect(zh[key], key).toBeDefined();
    // Keys made from data: a status, a change's kind, a side, a document's or a section's field.
    for (const status of Object.keys(STATUS_COLOURS)) expect(zh[`status.${status}`]).toBeDefined();
    for (const kind of ["added", "removed", "moved", "renumbered", "modified", "renamed", "not-comparable", "unchanged"]) expect(zh[`kind.${kind}`], kind).toBeDefined();
    for (const field of ["title", "issuer", "issuedDate", "issuedDateText", "columns"]) expect(zh[`docField.${field}`], field).toBeDefined();
    for (const field of ["number", "title"]) expect(zh[`sectionField.${field}`], field).toBeDefined();

    // What index.html says itself: the product's name, the languages by their own names, file names.
    const html = files[0] as string;
    const words = html
      .replace(/<script[^>]*>[^<]*<\/script>/g, "")
      .replace(/<[^>]+>/g, "\n")
      .split("\n")
      .map((s) => s.trim())
      .filter((s) => s !== "" && s !== "×");
    expect(words.sort()).toEqual(["English", "breakdown", "breakdown", "diff.json", "diff.xlsx", "中文"].sort());
    // And the scripts: no string literal holding a word meant for a person.
    for (const [i, text] of files.slice(1).entries()) {
      // Comments, and a programmer's error (a bug in the page, never shown to a person), aside.
      const code = text.replace(/^\s*(\/\/.*|\/\*\*.*|\*.*)$/gm, "").replace(/^.*throw new Error\(.*$/gm, "");
      const literals = [...code.matchAll(/"([^"\\\n]*)"|`([^`\\\n]*)`/g)].map((m) => m[1] ?? m[2] ?? "");
      const sentences = literals.filter((s) => /[A-Za-z]{3,} [A-Za-z]{3,}/.test(s) || HAN.test(s));
      expect(sentences, `static file ${i + 1}`).toEqual([]);
    }
  });

  it("colours statuses from the one palette, as CSS variables the page's style uses", async () => {
    const response = await app.request("/status.css");
    expect(response.headers.get("content-type")).toMatch(/^text\/css/);
    const css = await response.text();
    for (const [status, colour] of Object.entries(STATUS_COLOURS)) {
      expect(css).toContain(`--status-${status}-fill: #${colour.fill};`);
      expect(css).toContain(`--status-${status}-line: #${colour.line};`);
    }
    const style = readFileSync(join(STATIC, "style.css"), "utf8");
    for (const status of ["repaired", "needs_review", "missing"]) expect(style).toContain(`var(--status-${status}-fill)`);
  });

  it("answers errors in the page's language, the code in English and the error's own sentence said in it", async () => {
    const zh = await errorIn(undefined);
    expect(zh.code).toBe("INPUT_EMPTY");
    expect(zh.file).toBe("empty.txt");
    expect(zh.message).toMatch(HAN);
    expect(zh.remedy).toMatch(HAN);
    // The error's own sentence, from the catalogue, in Chinese (the English one says "empty").
    expect(zh.details[0]).toMatch(HAN);
    expect(zh.details[0]).toMatch(/0/);
    const en = await errorIn("en-US");
    expect(en.code).toBe("INPUT_EMPTY");
    expect(en.message).not.toMatch(HAN);
    expect(en.message).toMatch(/empty/);
    expect(en.remedy).toBe("Download or export the document again.");
    const missing = await app.request("/nothing-here", { headers: { "accept-language": "zh-CN" } });
    expect(((await missing.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(HAN) });
  });
});
