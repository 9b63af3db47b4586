import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { chromium, type BrowserContext, type Download, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
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
  console.warn(`test/serve/browser.test.ts: skipped, ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run installs it).`);
}

const EDITED = fixture("diff", "seed-edited.docx");

/** Wait for the page to show something: as long as a request may take on a busy machine. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });
const ROW_11_TITLE = "推进林业改革试点";

describe.skipIf(!HAS_CHROMIUM)("the review page in Chromium, served by `breakdown serve`", () => {
  let server: ChildProcess;
  let origin: string;
  let context: BrowserContext;
  let profile: string;
  let downloads: string;
  let page: Page;
  /** Every URL the browser asked for, and every console error, during one test. */
  let requests: string[];
  let consoleErrors: string[];

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
    profile = mkdtempSync(join(tmpdir(), "breakdown-chromium-"));
    downloads = mkdtempSync(join(tmpdir(), "breakdown-downloads-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      // Without the background-networking flags Chromium calls home, which this test also forbids.
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
      downloadsPath: downloads,
    });
  });

  afterAll(async () => {
    await context?.close();
    server?.kill("SIGTERM");
    for (const dir of [profile, downloads]) if (dir) rmSync(dir, { recursive: true, force: true });
    if (process.env.UPDATE_SCREENSHOTS !== "1") rmSync(SHOTS, { recursive: true, force: true });
  });

  beforeEach(async () => {
    requests = [];
    consoleErrors = [];
    page = await context.newPage();
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(e.message));
    await page.goto(`${origin}/`);
    await page.waitForSelector("body[data-ready=true]");
  });

  afterEach(async () => {
    await page.close();
    // No request leaves the machine: every one goes to the server's own origin (or is a download
    // the page made itself, a blob: URL).
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`), url).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  async function chooseDocument(path: string | { name: string; buffer: Buffer; mimeType: string }): Promise<void> {
    await page.setInputFiles("#document-input", path);
  }

  async function saveDownload(trigger: () => Promise<void>): Promise<{ download: Download; path: string }> {
    const [download] = await Promise.all([page.waitForEvent("download"), trigger()]);
    const path = join(downloads, download.suggestedFilename());
    await download.saveAs(path);
    return { download, path };
  }

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

  it("takes the seed dropped on the upload view and shows its 17 rows, sections as group rows, 8 and 11 marked", async () => {
    await page.screenshot({ path: join(SHOTS, "serve-upload.png"), clip: { x: 0, y: 0, width: 1280, height: 360 } });
    // A real drop: a DataTransfer holding the file, dropped on the zone.
    await dropFiles([{ name: "qianjiang-linzhangzhi-2023-2027-breakdown.txt", base64: readFileSync(SEED).toString("base64") }]);

    await poll(() => page.locator("tr.task").count()).toBe(17);
    expect(await page.locator("tr.section").allTextContents()).toHaveLength(5);
    expect(await page.locator("tr.section").first().textContent()).toMatch(/^\u4e00\u3001/); // 一、
    expect(await page.locator("tr.task.status-needs_review").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.seq))).toEqual(["8"]);
    expect(await page.locator("tr.task.status-missing").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.seq))).toEqual(["11"]);
    expect(await taskRow(8).textContent()).toContain("needs review");
    expect(await taskRow(11).textContent()).toContain("missing");
    expect(await page.locator("#counts").textContent()).toContain("17 tasks");

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
    await page.check("#only-attention");
    const visible = await page.locator("tr.task:visible").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.seq));
    expect(visible).toEqual(["8", "11"]);
    expect(await page.locator("tr.section:visible").allTextContents()).toHaveLength(2);
    await page.uncheck("#only-attention");
    expect(await page.locator("tr.task:visible").count()).toBe(17);
  });

  it("lets a person fill in row 11's title, marks it as a manual repair, and the XLSX and the fixes file carry it", async () => {
    await chooseDocument(SEED);
    await taskRow(11).locator("button.edit").click();
    await taskRow(11).locator('textarea[name="title"]').fill(ROW_11_TITLE);
    await page.getByRole("button", { name: "Save edits" }).click();

    await poll(() => cell(11, "title").textContent()).toBe(ROW_11_TITLE);
    expect(await cell(11, "title").getAttribute("class")).toContain("manual");
    expect(await cell(11, "title").getAttribute("title")).toBe(`edited by you: (empty) \u2192 ${ROW_11_TITLE}`);
    expect(await taskRow(11).getAttribute("data-status")).toBe("repaired");
    await page.setViewportSize({ width: 1280, height: 1700 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, "serve-review.png") });
    await page.setViewportSize({ width: 1280, height: 800 });

    const xlsx = await saveDownload(() => page.click('[data-export="xlsx"]'));
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

    const fixes = await saveDownload(() => page.click("#download-fixes"));
    expect(fixes.download.suggestedFilename()).toBe("qianjiang-linzhangzhi-2023-2027-breakdown.fixes.json");
    expect(JSON.parse(readFileSync(fixes.path, "utf8"))).toEqual({ fixes: { "11": { title: ROW_11_TITLE } } });
  });

  it("re-applies a fixes file dropped with the document, and shows its values as manual repairs", async () => {
    const fixes = { fixes: { "8": { title: "提高森林资源质量" }, "11": { title: ROW_11_TITLE } } };
    await dropFiles([
      { name: "qianjiang-linzhangzhi-2023-2027-breakdown.txt", base64: readFileSync(SEED).toString("base64") },
      { name: "qianjiang-linzhangzhi-2023-2027-breakdown.fixes.json", base64: Buffer.from(JSON.stringify(fixes)).toString("base64") },
    ]);
    await poll(() => cell(11, "title").textContent()).toBe(ROW_11_TITLE);
    expect(await cell(8, "title").textContent()).toBe(fixes.fixes["8"].title);
    expect(await page.locator("td.cell.manual").count()).toBe(2);
    expect(await page.locator("#fix-count").textContent()).toBe("2 edited cells");

    const json = await saveDownload(() => page.click('[data-export="json"]'));
    const doc = JSON.parse(readFileSync(json.path, "utf8")) as { tasks: { seq: number; title: string; status: string }[] };
    expect(doc.tasks.find((t) => t.seq === 11)).toMatchObject({ title: ROW_11_TITLE, status: "repaired" });

    // Another fixes file, chosen with the button, replaces the first: 11 is missing again.
    const only8 = { fixes: { "8": fixes.fixes["8"] } };
    await page.setInputFiles("#fixes-input", { name: "only-8.fixes.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(only8)) });
    await poll(() => taskRow(11).getAttribute("data-status")).toBe("missing");
    expect(await cell(11, "title").textContent()).toBe("");
    expect(await page.locator("td.cell.manual").count()).toBe(1);
  });

  it("shows an unusable file as its coded error in words, with what to do, and no stack trace", async () => {
    await chooseDocument({ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
    const alert = page.getByRole("alert").first();
    await alert.waitFor({ state: "visible" });
    const text = (await alert.textContent()) ?? "";
    expect(text).toContain("INPUT_EMPTY");
    expect(text).toContain("empty.txt");
    expect(text).toContain("What to do: Download or export the document again.");
    expect(text).not.toMatch(/\bat \w+ \(|\.js:\d+|Error:/);
    // The browser logs the refused upload's status; that is the only error.
    expect(consoleErrors).toEqual([expect.stringContaining("status of 422")]);
    consoleErrors = [];
  });

  it("compares two versions: renumbered tasks reported as renumbered, words inserted and deleted marked in the cell", async () => {
    await page.getByRole("tab", { name: "Compare two versions" }).click();
    await page.setInputFiles("#old-input", SEED);
    await page.setInputFiles("#new-input", EDITED);
    await poll(() => page.locator("tr.diff-row").count()).toBeGreaterThan(10);

    // 4 was deleted, so 5 is now 4: renumbered, and nothing else.
    const five = page.locator('tr.diff-row[data-old="5"]');
    expect(await five.getAttribute("data-kinds")).toBe("renumbered");
    expect(await five.getAttribute("data-new")).toBe("4");
    expect(await five.locator(".badge").allTextContents()).toEqual(["renumbered"]);
    const renumbered = await page.locator("tr.diff-row").evaluateAll((rows) =>
      rows.filter((r) => (r as HTMLElement).dataset.kinds?.split(" ").includes("renumbered")).map((r) => `${(r as HTMLElement).dataset.old}\u2192${(r as HTMLElement).dataset.new}`),
    );
    expect(renumbered).toEqual(expect.arrayContaining(["5\u21924", "7\u21926", "13\u219210", "17\u219214"]));
    expect(await page.locator("#diff-summary").textContent()).toContain(`${renumbered.length} renumbered`);

    // 2 retitled: 贯彻 → 健全 (黄物 as printed, repaired by ocr-hanzi), marked inside the cell.
    const two = page.locator('tr.diff-row[data-old="2"]');
    expect(await two.getAttribute("data-kind")).toBe("modified");
    expect(await two.locator("del").allTextContents()).toEqual(["贯彻"]);
    expect(await two.locator("ins").allTextContents()).toEqual(["健全"]);
    expect(await page.locator('tr.diff-row[data-kind="removed"]').getAttribute("data-old")).toBe("4");
    expect(await page.locator('tr.diff-row[data-kind="added"]').count()).toBe(1);
    expect(await page.locator('tr.diff-row[data-kind="moved"]').getAttribute("data-old")).toBe("12");
    await page.screenshot({ path: join(SHOTS, "serve-compare.png") });

    const json = await saveDownload(() => page.click('[data-diff-export="json"]'));
    expect(json.download.suggestedFilename()).toBe("diff.json");
    const result = JSON.parse(readFileSync(json.path, "utf8")) as { summary: { tasks: { renumbered: number } } };
    expect(result.summary.tasks.renumbered).toBe(renumbered.length);
    const xlsx = await saveDownload(() => page.click('[data-diff-export="xlsx"]'));
    expect(xlsx.download.suggestedFilename()).toBe("diff.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx.path);
    expect(wb.worksheets.length).toBeGreaterThan(0);
  });

  it("shows a .docx cell holding <script> and <img onerror> as text, and runs nothing", async () => {
    const hostile = { name: "hostile.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(await hostileDocx()) };
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await chooseDocument(hostile);
    await poll(() => page.locator("tr.task").count()).toBe(2);
    expect(await cell(1, "title").textContent()).toBe(HOSTILE_TITLE);
    expect(await cell(1, "content").textContent()).toBe(HOSTILE_CONTENT);
    expect(await page.locator("#task-table img, #task-table script").count()).toBe(0);

    // The same cells in the compare view.
    await page.getByRole("tab", { name: "Compare two versions" }).click();
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
