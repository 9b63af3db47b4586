import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { formatsTable, MERGED_UNIT_TASKS } from "../../../scripts/fixtures/formats-table.mjs";
import { FORMATS_DIR } from "../../../scripts/fixtures/make-formats.mjs";
import { BreakdownError } from "../../../src/errors.js";
import { parse } from "../../../src/index.js";
import { sniffFormat } from "../../../src/read/sniff.js";
import { fieldAgreement, knownAgreement } from "./compare.js";

// Acceptance of issue 16: a saved web page with colspan section rows and a rowspan unit cell reads to at least 98 %.
const MIN_AGREEMENT = 0.98;

const page = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FORMATS_DIR, name)));

describe("a saved web page", () => {
  it("reads to the table it holds, inside the site's layout table, decoded as its <meta charset> says", async () => {
    const { document: doc } = await parse(join(FORMATS_DIR, "formats-page.html"));
    const agreement = knownAgreement(formatsTable, doc);
    expect(agreement.share, agreement.differing.join("; ")).toBeGreaterThanOrEqual(MIN_AGREEMENT);
    expect(doc.document.source).toMatchObject({ format: "html", layout: "html-table", encoding: "gb2312" });
    for (const seq of MERGED_UNIT_TASKS) expect(doc.tasks.find((t) => t.seqPrinted === seq)?.merged).toContain("units");
  });

  it("reads to the same tasks as the same table in Word", async () => {
    const { document: docx } = await parse(join(FORMATS_DIR, "formats-table.docx"));
    const { document: html } = await parse(join(FORMATS_DIR, "formats-page.html"));
    const agreement = fieldAgreement(docx, html);
    expect(agreement.share, agreement.differing.join("; ")).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  });

  it("keeps the site's navigation, breadcrumbs, search box and footer as site-boilerplate leftovers, never as the title", async () => {
    const { document: doc } = await parse(join(FORMATS_DIR, "formats-page.html"));
    const chrome = doc.leftovers.filter((l) => l.reason === "site-boilerplate").map((l) => l.text);
    for (const text of ["首页\n政务公开\n办事服务\n互动交流", "当前位置：首页 > 政务公开 > 通知公告", "分享到：微信 微博", "【打印本页】 【关闭窗口】"]) expect(chrome).toContain(text);
    expect(chrome.join("\n")).toContain("版权所有 重庆市黔江区人民政府");
    expect(chrome.join("\n")).toContain("重庆市黔江区人民政府");
    // Scripts and styles are not text a reader sees: none of it is anywhere.
    expect(JSON.stringify(doc)).not.toContain("doSearch");
    expect(JSON.stringify(doc)).not.toContain("float: left");
  });

  it("is told from its bytes: a page named .txt, or saved as UTF-8 with the old gb2312 declaration", async () => {
    const gbk = page("formats-page.html");
    expect(sniffFormat(gbk, "page.txt")).toBe("html");
    const utf8 = new Uint8Array(Buffer.from(iconv.decode(Buffer.from(gbk), "gb18030"), "utf8"));
    const { document: doc } = await parse({ data: utf8, fileName: "page.txt" });
    expect(doc.document.source).toMatchObject({ format: "html", encoding: "utf-8" });
    expect(knownAgreement(formatsTable, doc).share).toBeGreaterThanOrEqual(MIN_AGREEMENT);
    // A page that declares utf-8 but was saved as GBK is read from its bytes, not mojibake.
    const lying = new Uint8Array(Buffer.from(Buffer.from(gbk).toString("latin1").replace("charset=gb2312", "charset=utf-8"), "latin1"));
    const { document: fromGbk } = await parse({ data: lying, fileName: "page.html" });
    expect(fromGbk.document.source.encoding).toBe("gb18030");
    expect(knownAgreement(formatsTable, fromGbk).share).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  });

  it("with no table of tasks, is read as text from what the page shows", async () => {
    const { document: doc } = await parse(join(FORMATS_DIR, "formats-page-no-table.html"));
    expect(doc.document.source.format).toBe("html");
    expect(doc.document.source.layout).not.toBe("html-table");
    expect(doc.messages.map((m) => m.ruleId)).toContain("html-as-text");
    expect(doc.tasks.length).toBeGreaterThan(0);
    expect(doc.leftovers.filter((l) => l.reason === "site-boilerplate").map((l) => l.text)).toContain("当前位置：首页 > 政务公开 > 通知公告");
  });

  it("nested deeper than any real page (100,000 nested <div>: parse5 takes time with the square of the depth, the walk overflowed) is refused at once, before it is parsed (DOCX_TOO_DEEP)", async () => {
    const deep = `<html><body>${"<div>".repeat(100_000)}序号 重点任务${"</div>".repeat(100_000)}</body></html>`;
    const started = performance.now();
    const error = await parse({ data: new Uint8Array(Buffer.from(deep)), fileName: "deep.html" }).catch((e: unknown) => e);
    // parse5 alone took 8 s for 20,000 levels; the count before it is linear (about 0.1 s here).
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error).toBeInstanceOf(BreakdownError);
    expect((error as BreakdownError).code).toBe("DOCX_TOO_DEEP");
  });
});
