import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { chromium, type Browser, type BrowserContext, type Download, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { pageTexts } from "../../src/i18n/page.js";
import { fixture, ROOT, SEED } from "../helpers.js";
import { HOSTILE_CONTENT, HOSTILE_TITLE, hostileDocx } from "./documents.js";

// Screenshots are taken on every run (the page must render), but they replace the README's own
// pictures under docs/ only when asked: UPDATE_SCREENSHOTS=1 npm test. A plain run leaves the
// working tree as it found it.
const SHOTS = process.env.UPDATE_SCREENSHOTS === "1" ? join(ROOT, "docs") : mkdtempSync(join(tmpdir(), "breakdown-shots-"));

// Debian's Chromium, driven by playwright-core (no browser download). `.ci/run` installs it.
const CHROMIUM = "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) {
  console.warn(`test/serve/browser.test.ts: SKIPPED, ${CHROMIUM} is missing: install the Debian package chromium (apt-get install -y chromium; .ci/run installs it).`);
}

const EDITED = fixture("diff", "seed-edited.docx");

/** Wait for the page to show something: as long as a request may take on a busy machine. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });
const ROW_11_TITLE = "推进林业改革试点";
const SEED_NAME = "qianjiang-linzhangzhi-2023-2027-breakdown.txt";

/** The seed reissued under another title and date: a change to the document's own fields. */
const REISSUED = {
  name: "qianjiang-reissued.txt",
  mimeType: "text/plain",
  buffer: Buffer.from(
    readFileSync(SEED, "utf8").replace("1、重庆市黔江区全面推深做实林长制行动方案(2023-2027年)", "1、重庆市黔江区全面推进林长制行动方案(2023-2027年)").replace("2023年9月28日印发", "2023年10月8日印发"),
  ),
};

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;
/** Texts that are the same in both languages: the product's name and file names. */
const NEUTRAL = /^breakdown$|^[\w.-]+\.(?:docx|txt|json|xlsx|csv)$/;

/** The languages the page speaks, as a browser asks for them (Accept-Language from the locale). */
const LANGS = [
  { lang: "zh", locale: "zh-CN" },
  { lang: "en", locale: "en-US" },
] as const;

/** The share of the page's own visible texts in its language (Chinese: with a Han character; English: Latin, no Han). */
async function shareInLanguage(page: Page, lang: "zh" | "en"): Promise<{ share: number; texts: string[]; other: string[] }> {
  const all = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? "").trim();
      const parent = node.parentElement;
      if (text === "" || !parent) continue;
      // The document's own content (.doc), a name in its own language ([lang]), and the contract's
      // identifiers (rule ids, error codes: English in every language) are not the page's words.
      if (parent.closest(".doc, [lang]:not(html), .rule-id, .error-code, script, style")) continue;
      if (!parent.checkVisibility()) continue;
      out.push(text);
    }
    return out;
  });
  const texts = all.filter((t) => (HAN.test(t) || LATIN.test(t)) && !NEUTRAL.test(t));
  const inLang = (t: string) => (lang === "zh" ? HAN.test(t) : LATIN.test(t) && !HAN.test(t));
  const other = texts.filter((t) => !inLang(t));
  return { share: texts.length === 0 ? 0 : (texts.length - other.length) / texts.length, texts, other };
}

/** A new page of the context, at the server's page once it is ready, with every URL it asks for and every console error recorded. */
async function openWatchedPage(context: BrowserContext, origin: string): Promise<{ page: Page; requests: string[]; consoleErrors: string[] }> {
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  await context.clearCookies();
  const page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  await page.goto(`${origin}/`);
  await page.waitForSelector("body[data-ready=true]");
  return { page, requests, consoleErrors };
}

/** No request left the machine (each went to the server's own origin, or was a blob: download the page made), and nothing was logged as an error. */
function expectStayedLocal(origin: string, requests: readonly string[], consoleErrors: readonly string[]): void {
  for (const url of requests) expect(url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`), url).toBe(true);
  expect(consoleErrors).toEqual([]);
}

/** What `trigger` makes the page download, saved under `folder` with `prefix` before its name. */
async function saveDownload(page: Page, folder: string, prefix: string, trigger: () => Promise<void>): Promise<{ download: Download; path: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), trigger()]);
  const path = join(folder, `${prefix}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { download, path };
}

describe.skipIf(!HAS_CHROMIUM)("the review page in Chromium, served by `breakdown serve`", () => {
  let server: ChildProcess;
  let origin: string;
  let browser: Browser;
  let downloads: string;

  beforeAll(async () => {
    server = spawn(process.execPath, [join(ROOT, "dist", "cli.js"), "serve", "--port", "0"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    origin = await new Promise<string>((resolve, reject) => {
      let out = "";
      server.stdout?.on("data", (chunk: Buffer) => {
        out += chunk.toString("utf8");
        const m = /^breakdown serve: (http:\/\/127\.0\.0\.1:\d+)\/$/m.exec(out);
        if (m) resolve(m[1] as string);
      });
      server.once("exit", (code) => reject(new Error(`breakdown serve exited with ${code}: ${out}`)));
    });
    downloads = mkdtempSync(join(tmpdir(), "breakdown-downloads-"));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // Without the background-networking flags Chromium calls home, which this test also forbids.
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill("SIGTERM");
    if (downloads) rmSync(downloads, { recursive: true, force: true });
    if (process.env.UPDATE_SCREENSHOTS !== "1") rmSync(SHOTS, { recursive: true, force: true });
  });

  for (const { lang, locale } of LANGS) {
    describe(`for a browser asking for ${locale}`, () => {
      const T = pageTexts(lang);
      /** A text of the page, as the catalogue gives it, its `{name}`s filled. */
      const tx = (key: string, params: Record<string, string | number> = {}): string => {
        const template = T[key];
        if (template === undefined) throw new Error(`no page text ${key}`);
        return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
      };
      let context: BrowserContext;
      let page: Page;
      /** Every URL the browser asked for, and every console error, during one test. */
      let requests: string[];
      let consoleErrors: string[];

      beforeAll(async () => {
        context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 }, acceptDownloads: true });
      });

      afterAll(async () => {
        await context?.close();
      });

      beforeEach(async () => {
        ({ page, requests, consoleErrors } = await openWatchedPage(context, origin));
      });

      afterEach(async () => {
        await page.close();
        expect(requests.length).toBeGreaterThan(0);
        expectStayedLocal(origin, requests, consoleErrors);
      });

      async function chooseDocument(path: string | { name: string; buffer: Buffer; mimeType: string }): Promise<void> {
        await page.setInputFiles("#document-input", path);
      }

      const download = (trigger: () => Promise<void>) => saveDownload(page, downloads, lang, trigger);

      /** Drop files on the review view's zone, as a person drags them from a folder. */
      async function dropFiles(files: { name: string; base64: string }[]): Promise<void> {
        const dataTransfer = await page.evaluateHandle((list) => {
          const dt = new DataTransfer();
          for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.base64), (ch) => ch.charCodeAt(0))], f.name));
          return dt;
        }, files);
        await page.dispatchEvent("#review-drop", "drop", { dataTransfer });
      }

      const taskRow = (seq: number) => page.locator(`tr.task[data-seq="${seq}"]`);
      const cell = (seq: number, key: string) => taskRow(seq).locator(`td.cell[data-key="${key}"]`);
      const shot = (name: string) => join(SHOTS, `serve-${name}-${lang}.png`);

      it(`speaks ${lang === "zh" ? "Chinese" : "English"}: the page's own texts, before and after the seed is read, are at least 95% in it`, async () => {
        expect(await page.getAttribute("html", "lang")).toBe(locale === "zh-CN" ? "zh-CN" : "en");
        expect(await page.title()).toBe(T["page.title"]);
        const empty = await shareInLanguage(page, lang);
        expect(empty.texts.length).toBeGreaterThan(5);
        expect(empty.other).toEqual([]);
        await page.screenshot({ path: shot("upload"), clip: { x: 0, y: 0, width: 1280, height: 360 } });

        await chooseDocument(SEED);
        await poll(() => page.locator("tr.task").count()).toBe(17);
        const loaded = await shareInLanguage(page, lang);
        console.info(`browser.test.ts (${lang}): ${loaded.texts.length - loaded.other.length} of ${loaded.texts.length} visible texts in the page's language (${(loaded.share * 100).toFixed(1)}%); others: ${JSON.stringify(loaded.other)}`);
        expect(loaded.texts.length).toBeGreaterThan(40);
        expect(loaded.share).toBeGreaterThanOrEqual(0.95);
        expect(await page.locator("#counts").textContent()).toContain(tx("count.tasks", { n: 17 }));
        expect(await taskRow(8).locator(".status-badge").textContent()).toBe(T["status.needs_review"]);
        expect(await taskRow(11).locator(".status-badge").textContent()).toBe(T["status.missing"]);
      });

      it("takes the seed dropped on the upload view and shows its 17 rows, sections as group rows, 8 and 11 marked", async () => {
        // A real drop: a DataTransfer holding the file, dropped on the zone.
        await dropFiles([{ name: SEED_NAME, base64: readFileSync(SEED).toString("base64") }]);

        await poll(() => page.locator("tr.task").count()).toBe(17);
        expect(await page.locator("tr.section").allTextContents()).toHaveLength(5);
        expect(await page.locator("tr.section").first().textContent()).toMatch(/^\u4e00\u3001/); // 一、
        expect(await page.locator("tr.task.status-needs_review").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.seq))).toEqual(["8"]);
        expect(await page.locator("tr.task.status-missing").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.seq))).toEqual(["11"]);

        // Row 17's units were put back from interleaved cells: the cell is marked, and says how.
        const units17 = cell(17, "units");
        expect(await units17.getAttribute("class")).toContain("repaired");
        expect(await units17.getAttribute("title")).toMatch(/^interleaved-cells: .+ \u2192 .+/m);
        await units17.click();
        const detail = page.locator("#detail");
        await detail.waitFor({ state: "visible" });
        expect(await detail.textContent()).toContain("interleaved-cells");
        expect(await detail.locator("del").count()).toBeGreaterThan(0);
        expect(await detail.locator("ins").count()).toBeGreaterThan(0);

        // Only rows that need attention.
        await page.getByLabel(T["review.onlyAttention"] as string).check();
        const visible = await page.locator("tr.task:visible").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.seq));
        expect(visible).toEqual(["8", "11"]);
        expect(await page.locator("tr.section:visible").allTextContents()).toHaveLength(2);
        await page.uncheck("#only-attention");
        expect(await page.locator("tr.task:visible").count()).toBe(17);
      });

      it("gives the task and contact columns room: a name never wraps inside, and the status colours are the palette's", async () => {
        await chooseDocument(SEED);
        await poll(() => page.locator("tr.task").count()).toBe(17);
        // Each name or unit of a list is on one line (龙小江, not 龙小/江).
        const broken = await page.locator('td.cell[data-key="contacts"] .item, td.cell[data-key="units"] .item').evaluateAll((items) =>
          items.filter((el) => el.getClientRects().length > 1 || el.getBoundingClientRect().height > 1.6 * parseFloat(getComputedStyle(el).lineHeight || "20")).map((el) => el.textContent),
        );
        expect(await page.locator('td.cell[data-key="contacts"] .item').count()).toBeGreaterThan(10);
        expect(broken).toEqual([]);
        // The title column is at least 9 characters wide.
        const title = await page.locator('th[data-key="title"]').evaluate((th) => th.getBoundingClientRect().width / parseFloat(getComputedStyle(th).fontSize));
        expect(title).toBeGreaterThanOrEqual(9);
        // needs review amber, missing grey, as in the workbooks (src/i18n/status.ts).
        const fills = await page.evaluate(() => ({
          review: getComputedStyle(document.querySelector('tr.task[data-seq="8"] td.status-cell') as Element).backgroundColor,
          missing: getComputedStyle(document.querySelector('tr.task[data-seq="11"] td.status-cell') as Element).backgroundColor,
        }));
        expect(fills).toEqual({ review: "rgb(255, 242, 204)", missing: "rgb(231, 230, 230)" });
      });

      it("keeps a needs-review row needing review, its raw text in view, until the person marks it reviewed", async () => {
        await chooseDocument(SEED);
        await poll(() => page.locator("tr.task").count()).toBe(17);
        expect(await page.locator('tr.raw[data-raw-of="8"]').count()).toBe(1);
        await taskRow(8).getByRole("button", { name: T["row.edit"] as string, exact: true }).click();
        await taskRow(8).locator('textarea[name="title"]').fill("提高森林资源质量");
        await page.getByRole("button", { name: T["row.save"] as string }).click();

        // One cell filled: content, units and contacts are still empty, so the row is not done.
        await poll(() => cell(8, "title").textContent()).toBe("提高森林资源质量");
        expect(await cell(8, "title").getAttribute("class")).toContain("manual");
        expect(await taskRow(8).getAttribute("data-status")).toBe("needs_review");
        expect(await page.locator('tr.raw[data-raw-of="8"]').isVisible()).toBe(true);

        await taskRow(8).getByRole("button", { name: T["row.markReviewed"] as string }).click();
        await poll(() => taskRow(8).getAttribute("data-status")).toBe("repaired");
        expect(await page.locator('tr.raw[data-raw-of="8"]').count()).toBe(0);
        expect(await taskRow(8).locator(".status-badge").textContent()).toBe(T["status.repaired"]);
        expect(await cell(8, "title").textContent()).toBe("提高森林资源质量");

        const fixes = await download(() => page.click("#download-fixes"));
        expect(JSON.parse(readFileSync(fixes.path, "utf8"))).toEqual({ fixes: { "8": { title: "提高森林资源质量" } }, reviewed: [8] });
      });

      it("clears the previous document's table and downloads when another upload fails, and says what failed", async () => {
        await chooseDocument(SEED);
        await poll(() => page.locator("tr.task").count()).toBe(17);
        await chooseDocument({ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
        const alert = page.locator("#review-error");
        await alert.waitFor({ state: "visible" });
        const text = (await alert.textContent()) ?? "";
        expect(text).toContain(tx("error.readFailed", { name: "empty.txt" }));
        expect(text).toContain("INPUT_EMPTY");
        expect(text).toContain(T["error.whatToDo"]);
        expect(text).toMatch(lang === "zh" ? HAN : /^[^\p{Script=Han}]*$/u);
        expect(text).not.toMatch(/\bat \w+ \(|\.js:\d+|Error:/);
        expect(await page.locator("#review").isVisible()).toBe(false);
        expect(await page.locator("tr.task").count()).toBe(0);
        expect(await page.locator("[data-export]:visible, #download-fixes:visible").count()).toBe(0);
        // The browser logs the refused upload's status; that is the only error.
        expect(consoleErrors).toEqual([expect.stringContaining("status of 422")]);
        consoleErrors = [];
      });

      it("compares two versions: renumbered tasks, words inserted and deleted, and the document's own fields by their own names", async () => {
        await page.getByRole("tab", { name: T["tab.compare"] as string }).click();
        await page.setInputFiles("#old-input", SEED);
        await page.setInputFiles("#new-input", EDITED);
        await poll(() => page.locator("tr.diff-row").count()).toBeGreaterThan(10);

        // 4 was deleted, so 5 is now 4: renumbered, and nothing else.
        const five = page.locator('tr.diff-row[data-old="5"]');
        expect(await five.getAttribute("data-kinds")).toBe("renumbered");
        expect(await five.getAttribute("data-new")).toBe("4");
        expect(await five.locator(".badge").allTextContents()).toEqual([T["kind.renumbered"]]);
        const renumbered = await page.locator("tr.diff-row").evaluateAll((rows) =>
          rows.filter((r) => (r as HTMLElement).dataset.kinds?.split(" ").includes("renumbered")).map((r) => `${(r as HTMLElement).dataset.old}\u2192${(r as HTMLElement).dataset.new}`),
        );
        expect(renumbered).toEqual(expect.arrayContaining(["5\u21924", "7\u21926", "13\u219210", "17\u219214"]));
        expect(await page.locator('#diff-summary .count[data-kind="renumbered"]').textContent()).toBe(`${T["kind.renumbered"]} ${renumbered.length}`);

        // 2 retitled: 贯彻 → 健全 (黄物 as printed, repaired by ocr-hanzi), marked inside the cell.
        const two = page.locator('tr.diff-row[data-old="2"]');
        expect(await two.getAttribute("data-kind")).toBe("modified");
        expect(await two.locator("del").allTextContents()).toEqual(["贯彻"]);
        expect(await two.locator("ins").allTextContents()).toEqual(["健全"]);
        expect(await page.locator('tr.diff-row[data-kind="removed"]').getAttribute("data-old")).toBe("4");
        expect(await page.locator('tr.diff-row[data-kind="added"]').count()).toBe(1);
        expect(await page.locator('tr.diff-row[data-kind="moved"]').getAttribute("data-old")).toBe("12");
        // Rows that cannot be compared say why in the page's language.
        const notComparable = (await page.locator('tr.diff-row[data-kind="not-comparable"] .note').allTextContents()).join("\n");
        expect(notComparable).toContain(tx("notComparable.unreadable", { side: T["side.old"] as string, seq: 8 }));
        const compared = await shareInLanguage(page, lang);
        console.info(`browser.test.ts (${lang}, compare): ${(compared.share * 100).toFixed(1)}% of ${compared.texts.length} visible texts; others: ${JSON.stringify(compared.other)}`);
        expect(compared.share).toBeGreaterThanOrEqual(0.95);
        await page.screenshot({ path: shot("compare") });

        const json = await download(() => page.click('[data-diff-export="json"]'));
        expect(json.download.suggestedFilename()).toBe("diff.json");
        const result = JSON.parse(readFileSync(json.path, "utf8")) as { summary: { tasks: { renumbered: number } } };
        expect(result.summary.tasks.renumbered).toBe(renumbered.length);
        const xlsx = await download(() => page.click('[data-diff-export="xlsx"]'));
        expect(xlsx.download.suggestedFilename()).toBe("diff.xlsx");
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(xlsx.path);
        expect(wb.worksheets.length).toBeGreaterThan(0);

        // A reissue under another title and date: those changes are labelled 文件标题 and 印发日期,
        // not by the task column's header (重点任务) or the JSON key (issuedDate).
        await page.setInputFiles("#new-input", REISSUED);
        await poll(() => page.locator("#document-changes .field").count()).toBe(2);
        const labels = await page.locator("#document-changes .field").allTextContents();
        expect(labels).toEqual([`${T["docField.title"]}${T["compare.fieldSep"]}`, `${T["docField.issuedDate"]}${T["compare.fieldSep"]}`]);
        expect(labels.join("")).not.toMatch(/重点任务|issuedDate/);

        // A version that cannot be read: the previous comparison goes, and the page says what failed.
        await page.setInputFiles("#new-input", { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
        await page.locator("#compare-error").waitFor({ state: "visible" });
        expect(await page.locator("#compare-error").textContent()).toContain(T["error.compareFailed"]);
        expect(await page.locator("#compare").isVisible()).toBe(false);
        expect(await page.locator("tr.diff-row").count()).toBe(0);
        expect(consoleErrors).toEqual([expect.stringContaining("status of 422")]);
        consoleErrors = [];
      });
    });
  }

  describe("in Chinese, the default", () => {
    const T = pageTexts("zh");
    let context: BrowserContext;
    let page: Page;
    let requests: string[];
    let consoleErrors: string[];

    beforeAll(async () => {
      context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    });
    afterAll(async () => {
      await context?.close();
    });
    beforeEach(async () => {
      ({ page, requests, consoleErrors } = await openWatchedPage(context, origin));
    });
    afterEach(async () => {
      await page.close();
      expectStayedLocal(origin, requests, consoleErrors);
    });

    const taskRow = (seq: number) => page.locator(`tr.task[data-seq="${seq}"]`);
    const cell = (seq: number, key: string) => taskRow(seq).locator(`td.cell[data-key="${key}"]`);

    const download = (trigger: () => Promise<void>) => saveDownload(page, downloads, "default", trigger);

    it("lets a person fill in row 11's title and mark it reviewed; the XLSX and the fixes file carry it", async () => {
      await page.setInputFiles("#document-input", SEED);
      await taskRow(11).getByRole("button", { name: T["row.fillIn"] as string }).click();
      await taskRow(11).locator('textarea[name="title"]').fill(ROW_11_TITLE);
      await page.getByRole("button", { name: T["row.save"] as string }).click();

      await poll(() => cell(11, "title").textContent()).toBe(ROW_11_TITLE);
      expect(await cell(11, "title").getAttribute("class")).toContain("manual");
      expect(await cell(11, "title").getAttribute("title")).toBe(`${T["repair.byYou"]}: ${T["repair.empty"]} \u2192 ${ROW_11_TITLE}`);
      expect(await taskRow(11).getAttribute("data-status")).toBe("missing");
      await taskRow(11).getByRole("button", { name: T["row.markReviewed"] as string }).click();
      await poll(() => taskRow(11).getAttribute("data-status")).toBe("repaired");

      const xlsx = await download(() => page.click('[data-export="xlsx"]'));
      expect(xlsx.download.suggestedFilename()).toBe("qianjiang-linzhangzhi-2023-2027-breakdown.xlsx");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(xlsx.path);
      const sheet = wb.worksheets[0];
      const rowsWithTitle: string[] = [];
      sheet?.eachRow((row) => {
        const values = (row.values as unknown[]).map((v) => String(v ?? ""));
        if (values.includes(ROW_11_TITLE)) rowsWithTitle.push(values.find((v) => /^\d+$/.test(v)) ?? "");
      });
      expect(rowsWithTitle).toEqual(["11"]);

      const fixes = await download(() => page.click("#download-fixes"));
      expect(fixes.download.suggestedFilename()).toBe("qianjiang-linzhangzhi-2023-2027-breakdown.fixes.json");
      expect(JSON.parse(readFileSync(fixes.path, "utf8"))).toEqual({ fixes: { "11": { title: ROW_11_TITLE } }, reviewed: [11] });

      // The picture of the review: blue repairs, 8 needing review, 11 filled in and reviewed.
      for (const [lang, button] of [["zh", "中文"], ["en", "English"]] as const) {
        await page.getByRole("button", { name: button, exact: true }).click();
        await poll(() => page.getAttribute("html", "lang")).toBe(lang === "zh" ? "zh-CN" : "en");
        await page.setViewportSize({ width: 1280, height: 1700 });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: join(SHOTS, `serve-review-${lang}.png`) });
        await page.setViewportSize({ width: 1280, height: 800 });
      }
    });

    it("switches language in place, keeping the document, and opens in the chosen language next time", async () => {
      await page.setInputFiles("#document-input", SEED);
      await poll(() => page.locator("tr.task").count()).toBe(17);
      const en = pageTexts("en");
      await page.getByRole("button", { name: "English", exact: true }).click();
      await poll(() => page.getAttribute("html", "lang")).toBe("en");
      expect(await page.getByRole("tab", { selected: true }).textContent()).toBe(en["tab.review"]);
      expect(await page.locator("tr.task").count()).toBe(17);
      expect(await taskRow(8).locator(".status-badge").textContent()).toBe(en["status.needs_review"]);
      await page.reload();
      await page.waitForSelector("body[data-ready=true]");
      expect(await page.getAttribute("html", "lang")).toBe("en");
      // The server answers in the chosen language too.
      await page.setInputFiles("#document-input", { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
      await page.locator("#review-error").waitFor({ state: "visible" });
      expect(await page.locator("#review-error .remedy").textContent()).toBe(`${en["error.whatToDo"]}Download or export the document again.`);
      consoleErrors = consoleErrors.filter((e) => !e.includes("status of 422"));
    });

    it("re-applies a fixes file dropped with the document, and shows its values as manual repairs", async () => {
      const fixes = { fixes: { "8": { title: "提高森林资源质量" }, "11": { title: ROW_11_TITLE } } };
      const dataTransfer = await page.evaluateHandle((list) => {
        const dt = new DataTransfer();
        for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.base64), (ch) => ch.charCodeAt(0))], f.name));
        return dt;
      }, [
        { name: SEED_NAME, base64: readFileSync(SEED).toString("base64") },
        { name: "qianjiang-linzhangzhi-2023-2027-breakdown.fixes.json", base64: Buffer.from(JSON.stringify(fixes)).toString("base64") },
      ]);
      await page.dispatchEvent("#review-drop", "drop", { dataTransfer });
      await poll(() => cell(11, "title").textContent()).toBe(ROW_11_TITLE);
      expect(await cell(8, "title").textContent()).toBe(fixes.fixes["8"].title);
      expect(await page.locator("td.cell.manual").count()).toBe(2);
      expect(await page.locator("#fix-count").textContent()).toBe(T["review.fixCount"]?.replace("{n}", "2"));
      // A fixes file written for the CLI, without `reviewed`: the rows it fixes are done.
      expect(await taskRow(11).getAttribute("data-status")).toBe("repaired");

      const json = await download(() => page.click('[data-export="json"]'));
      const doc = JSON.parse(readFileSync(json.path, "utf8")) as { tasks: { seq: number; title: string; status: string }[] };
      expect(doc.tasks.find((t) => t.seq === 11)).toMatchObject({ title: ROW_11_TITLE, status: "repaired" });

      // Another fixes file, chosen with the button, replaces the first: 11 is missing again.
      const only8 = { fixes: { "8": fixes.fixes["8"] } };
      await page.setInputFiles("#fixes-input", { name: "only-8.fixes.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(only8)) });
      await poll(() => taskRow(11).getAttribute("data-status")).toBe("missing");
      expect(await cell(11, "title").textContent()).toBe("");
      expect(await page.locator("td.cell.manual").count()).toBe(1);
    });

    it("shows a .docx cell holding <script> and <img onerror> as text, and runs nothing", async () => {
      const hostile = { name: "hostile.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(await hostileDocx()) };
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.setInputFiles("#document-input", hostile);
      await poll(() => page.locator("tr.task").count()).toBe(2);
      expect(await cell(1, "title").textContent()).toBe(HOSTILE_TITLE);
      expect(await cell(1, "content").textContent()).toBe(HOSTILE_CONTENT);
      expect(await page.locator("#task-table img, #task-table script").count()).toBe(0);

      // The same cells in the compare view.
      await page.getByRole("tab", { name: T["tab.compare"] as string }).click();
      await page.setInputFiles("#old-input", hostile);
      await page.setInputFiles("#new-input", { ...hostile, name: "hostile-again.docx" });
      await poll(() => page.locator("tr.diff-row").count()).toBe(2);
      expect(await page.locator("#diff-table").textContent()).toContain(HOSTILE_TITLE);
      expect(await page.locator("#diff-table img, #diff-table script").count()).toBe(0);

      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      // An <img src=x> that had been made would have asked for /x.
      expect(requests.filter((u) => new URL(u).pathname === "/x")).toEqual([]);
    });
  });
});
