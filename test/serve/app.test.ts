import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { diff, parse, renderDocument } from "../../src/index.js";
import { createServeApp } from "../../src/serve/app.js";
import type { ReviewView, TaskRow } from "../../src/serve/review.js";
import { diffToJson } from "../../src/write/json-writer.js";
import { fixture, readBytes, ROOT, SEED } from "../helpers.js";
import { HOSTILE_CONTENT, HOSTILE_TITLE, hostileDocx } from "./documents.js";

const SEED_NAME = "qianjiang-linzhangzhi-2023-2027-breakdown.txt";
const EDITED = fixture("diff", "seed-edited.docx");

const app = createServeApp();

function upload(fields: Record<string, Uint8Array | string | [Uint8Array | string, string]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === "string") form.append(name, value);
    else if (Array.isArray(value)) form.append(name, new Blob([value[0] as BlobPart]), value[1]);
    else form.append(name, new Blob([value as BlobPart]), `${name}.bin`);
  }
  return form;
}

const seedFile = (): [Uint8Array, string] => [readBytes(SEED), SEED_NAME];

/** A request from an English browser: the errors below are checked by their English sentences. */
function post(path: string, form: FormData, target = app, lang = "en-US,en;q=0.9"): Promise<Response> {
  return Promise.resolve(target.request(path, { method: "POST", body: form, headers: { "accept-language": lang } }));
}

async function reviewOf(form: FormData): Promise<{ view: ReviewView; fixes: unknown }> {
  const response = await post("/api/parse", form);
  expect(response.status).toBe(200);
  return (await response.json()) as { view: ReviewView; fixes: unknown };
}

const taskRows = (view: ReviewView): TaskRow[] => view.rows.filter((r): r is TaskRow => r.kind === "task");
const row = (view: ReviewView, seq: number): TaskRow | undefined => taskRows(view).find((r) => r.seq === seq);

async function errorOf(response: Response): Promise<{ status: number; code: string; message: string; file: string | null; remedy: string; text: string }> {
  const text = await response.text();
  const { error } = JSON.parse(text) as { error: { code: string; message: string; file: string | null; remedy: string } };
  return { status: response.status, ...error, text };
}

describe("the review page's files", () => {
  it("are served from this origin with a strict Content-Security-Policy, and the page loads nothing from elsewhere", async () => {
    const response = await app.request("/");
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const html = await response.text();
    const references = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(references.length).toBeGreaterThan(2);
    for (const ref of references) expect(ref).toMatch(/^\/[a-z]/);
    // No inline script: the one script element without src is the page's texts, as data (never run).
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toEqual(['<script type="application/json" id="page-text">']);
    for (const path of ["/app.js", "/dom.js", "/review.js", "/compare.js", "/style.css", "/status.css", "/favicon.svg", "/i18n/zh.json", "/i18n/en.json"]) {
      const asset = await app.request(path);
      expect(asset.status, path).toBe(200);
      // An SVG's xmlns names a namespace; it loads nothing.
      expect((await asset.text()).replace(/xmlns="[^"]*"/g, ""), path).not.toMatch(/https?:\/\//);
    }
  });

  it("answer no path they do not list: a request never names a file on disk", async () => {
    for (const path of ["/package.json", "/../package.json", "/%2e%2e/package.json", "/static/app.js", "/src/serve/static/app.js", "/index.html", "/app.js/..%2f..%2fpackage.json", "/dist/cli.js"]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      expect((await errorOf(response)).code).toBe("NOT_FOUND");
    }
  });

  it("answer only this machine's names, so another site cannot reach the server through DNS rebinding", async () => {
    const refused = await app.request("http://attacker.example/", { headers: { host: "attacker.example:5173" } });
    expect(refused.status).toBe(403);
    for (const host of ["127.0.0.1:5173", "localhost:5173", "[::1]:5173"]) {
      expect((await app.request("/", { headers: { host } })).status, host).toBe(200);
    }
    const open = createServeApp({ host: "0.0.0.0" });
    expect((await open.request("/", { headers: { host: "192.0.2.7:5173" } })).status).toBe(200);
  });

  it("keeps the code in src/serve away from the file system, but for reading its own page files", () => {
    const dir = join(ROOT, "src", "serve");
    const readers: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const source = readFileSync(join(dir, file), "utf8");
      if (/from "node:fs|from "fs|require\("fs/.test(source)) readers.push(file);
      expect(source, file).not.toMatch(/writeFile|createWriteStream|mkdtemp|\batomic\.js/);
    }
    expect(readers).toEqual(["assets.ts"]);
  });
});

describe("POST /api/parse", () => {
  it("shows the seed as read: 17 tasks under 5 section rows, 8 needing review (with its source text) and 11 missing", async () => {
    const { view, fixes } = await reviewOf(upload({ document: seedFile() }));
    expect(taskRows(view).map((r) => r.seq)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(view.rows.filter((r) => r.kind === "section").map((r) => (r.kind === "section" ? r.id : ""))).toEqual(["一", "二", "三", "四", "五"]);
    expect(view.rows[0]).toMatchObject({ kind: "section", id: "一" });
    expect(row(view, 8)).toMatchObject({ status: "needs_review", attention: true, editable: true });
    expect(row(view, 8)?.raw.length).toBeGreaterThan(10);
    expect(row(view, 11)).toMatchObject({ status: "missing", attention: true, editable: true, raw: "" });
    expect(taskRows(view).filter((r) => r.attention).map((r) => r.seq)).toEqual([8, 11]);
    expect(view.counts).toMatchObject({ tasks: 17, needs_review: 1, missing: 1, attention: 2 });
    expect(view.columns.map((c) => [c.header, c.editable])).toEqual([
      ["序号", false],
      ["重点任务", true],
      ["主要内容", true],
      ["责任单位", true],
      ["联系人", true],
    ]);
    expect(fixes).toEqual({ fixes: {} });
  });

  it("shows the people read out of unit cells (市民政局 伍泽国) in a column of their own after the printed ones, editable", async () => {
    const printed = "序号 | 工作任务 | 牵头单位及 主要负责人 | 落实进展情况 |\n1 | 提高城乡低保标准。 | 市民政局 伍泽国 | 已完成。 |\n2 | 提高特困人员供养标准。 | 市财政局 李明 | 已完成。 |\n";
    const { view } = await reviewOf(upload({ document: [new TextEncoder().encode(printed), "people.txt"] }));
    expect(view.columns.at(-1)).toMatchObject({ key: "contacts", header: "Contacts (read from other cells)", editable: true });
    expect(taskRows(view).map((r) => r.cells.find((c) => c.key === "contacts")?.text)).toEqual(["伍泽国", "李明"]);
  });

  it("marks each repaired cell with its rule and the text before and after, as the parse recorded it", async () => {
    const { view } = await reviewOf(upload({ document: seedFile() }));
    const { document } = await parse(SEED);
    for (const task of document.tasks) {
      const shown = row(view, task.seq)?.cells.flatMap((c) => c.repairs.map((r) => `${c.key}:${r.ruleId}:${r.before}→${r.after}`)) ?? [];
      const recorded = task.repairs.map((r) => `${r.field}:${r.ruleId}:${r.before}→${r.after}`);
      expect(shown.sort(), `task ${task.seq}`).toEqual(recorded.sort());
    }
    expect(row(view, 17)?.cells.find((c) => c.key === "units")?.repairs[0]?.ruleId).toBe("interleaved-cells");
  });

  it("applies a person's fixes as manual repairs: row 11 filled in is repaired, and stays editable", async () => {
    const fixes = { fixes: { "11": { title: "推进林业改革试点", units: "区林业局、各乡镇街道" } } };
    const { view, fixes: applied } = await reviewOf(upload({ document: seedFile(), fixes: JSON.stringify(fixes) }));
    const eleven = row(view, 11);
    expect(eleven).toMatchObject({ status: "repaired", attention: true, editable: true });
    expect(eleven?.cells.find((c) => c.key === "title")).toMatchObject({ text: "推进林业改革试点", repairs: [{ ruleId: "manual", manual: true, before: "", after: "推进林业改革试点" }] });
    expect(eleven?.cells.find((c) => c.key === "units")?.text).toBe("区林业局、各乡镇街道");
    expect(applied).toEqual(fixes);
  });

  it("reads a fixes file sent as a file, as `breakdown parse --fixes` reads it (a BOM is allowed)", async () => {
    const file = `\uFEFF${JSON.stringify({ fixes: { "8": { title: "提高森林质量" } } })}`;
    const { view } = await reviewOf(upload({ document: seedFile(), fixes: [file, "seed.fixes.json"] }));
    expect(row(view, 8)?.cells.find((c) => c.key === "title")?.text).toBe("提高森林质量");
  });

  it("keeps a hostile cell's markup as text in the data it sends", async () => {
    const { view } = await reviewOf(upload({ document: [await hostileDocx(), "hostile.docx"] }));
    expect(row(view, 1)?.cells.find((c) => c.key === "title")?.text).toBe(HOSTILE_TITLE);
    expect(row(view, 1)?.cells.find((c) => c.key === "content")?.text).toBe(HOSTILE_CONTENT);
  });
});

describe("coded errors, as readable JSON and never a stack trace", () => {
  const cases: { name: string; form: () => FormData | Promise<FormData>; status: number; code: string; message: RegExp; file?: string }[] = [
    { name: "no document", form: () => upload({}), status: 400, code: "USAGE", message: /Choose a document/ },
    { name: "an empty file", form: () => upload({ document: [new Uint8Array(), "empty.txt"] }), status: 422, code: "INPUT_EMPTY", message: /empty/, file: "empty.txt" },
    { name: "a PDF that is only its first lines", form: () => upload({ document: [new TextEncoder().encode("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n"), "table.pdf"] }), status: 422, code: "PDF_UNREADABLE", message: /./, file: "table.pdf" },
    { name: "a .docx that is not a zip", form: () => upload({ document: [new TextEncoder().encode("PK\u0003\u0004 truncated"), "broken.docx"] }), status: 422, code: "DOCX_UNREADABLE", message: /./, file: "broken.docx" },
    { name: "text with no table", form: () => upload({ document: [new TextEncoder().encode("关于召开会议的通知\n请各单位准时参加。\n"), "notice.txt"] }), status: 422, code: "NO_TABLE_FOUND", message: /./, file: "notice.txt" },
    { name: "fixes that are not JSON", form: () => upload({ document: seedFile(), fixes: "{ fixes: " }), status: 422, code: "FIXES_INVALID", message: /not valid JSON/ },
    { name: "a fix for a task the document does not have", form: () => upload({ document: seedFile(), fixes: JSON.stringify({ fixes: { "42": { title: "x" } } }) }), status: 422, code: "FIXES_INVALID", message: /task 42/ },
    { name: "a fix for a field that does not exist", form: () => upload({ document: seedFile(), fixes: JSON.stringify({ fixes: { "8": { titel: "x" } } }) }), status: 422, code: "FIXES_INVALID", message: /titel/ },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.code}`, async () => {
      const e = await errorOf(await post("/api/parse", await c.form()));
      expect(e.status).toBe(c.status);
      expect(e.code).toBe(c.code);
      expect(e.message).toMatch(c.message);
      expect(e.remedy.length).toBeGreaterThan(10);
      if (c.file) expect(e.file).toBe(c.file);
      expect(e.text).not.toMatch(/\n\s+at |\.ts:\d+|node_modules/);
    });
  }

  it("a file over the upload limit: INPUT_TOO_LARGE (413), whether the file or the whole request is too large", async () => {
    const small = createServeApp({ maxUploadBytes: 4096 });
    const file = await errorOf(await post("/api/parse", upload({ document: seedFile() }), small));
    expect(file).toMatchObject({ status: 413, code: "INPUT_TOO_LARGE", file: SEED_NAME });
    expect(file.message).toMatch(/9027 bytes, over the upload limit of 4096/);
    const huge = new Uint8Array(2 * 4096 + 1024 * 1024 + 1);
    const request = await errorOf(await post("/api/parse", upload({ document: [huge, "huge.txt"] }), small));
    expect(request).toMatchObject({ status: 413, code: "INPUT_TOO_LARGE" });
    expect(request.message).toMatch(/^The upload is over the limit of 4096 bytes per file/);
  });

  it("a request that is not a form upload, or a broken one: USAGE (400)", async () => {
    const json = await errorOf(await app.request("/api/parse", { method: "POST", headers: { "content-type": "application/json", "accept-language": "en" }, body: "{}" }));
    expect(json).toMatchObject({ status: 400, code: "USAGE", message: "Send the files as a form upload (multipart/form-data), got application/json." });
    const broken = await errorOf(await app.request("/api/parse", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x", "accept-language": "en" }, body: "--x\r\nnot a part" }));
    expect(broken).toMatchObject({ status: 400, code: "USAGE" });
    expect(broken.message).toMatch(/^The upload could not be read as a form/);
  });

  it("an unknown download format: USAGE naming the formats", async () => {
    const e = await errorOf(await post("/api/export?format=pdf", upload({ document: seedFile() })));
    expect(e).toMatchObject({ status: 400, code: "USAGE" });
    expect(e.message).toBe("format: expected one of xlsx, csv, units.csv, json, got pdf.");
  });
});

describe("POST /api/export: the current state, by the CLI's writers", () => {
  const fixes = { fixes: { "11": { title: "推进林业改革试点" } } };

  it("answers the same JSON and CSV bytes as renderDocument writes for `parse --fixes`", async () => {
    const { document } = await parse(SEED, { fixes });
    const expected = await renderDocument(document, "qianjiang-linzhangzhi-2023-2027-breakdown", ["json", "csv"], { headers: "printed" });
    for (const [format, name] of [
      ["json", "qianjiang-linzhangzhi-2023-2027-breakdown.json"],
      ["csv", "qianjiang-linzhangzhi-2023-2027-breakdown.csv"],
      ["units.csv", "qianjiang-linzhangzhi-2023-2027-breakdown.units.csv"],
    ] as const) {
      const response = await post(`/api/export?format=${format}`, upload({ document: seedFile(), fixes: JSON.stringify(fixes) }));
      expect(response.status, format).toBe(200);
      expect(response.headers.get("content-disposition")).toContain(`filename="${name}"`);
      expect(Buffer.from(await response.arrayBuffer()).toString("utf8")).toBe(expected.find((f) => f.name === name)?.data);
    }
  });

  it("answers an XLSX whose task sheet has the person's title in row 11", async () => {
    const response = await post("/api/export?format=xlsx", upload({ document: seedFile(), fixes: JSON.stringify(fixes) }));
    expect(response.headers.get("content-type")).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const texts: string[] = [];
    wb.worksheets[0]?.eachRow((r) => texts.push(String(r.values)));
    expect(texts.some((t) => t.includes("推进林业改革试点"))).toBe(true);
  });

  it("names downloads after the uploaded file, a Chinese name included, and never after a path", async () => {
    const response = await post("/api/export?format=json", upload({ document: [readBytes(SEED), "../../etc/任务分解表.txt"] }));
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="_____.json"; filename*=UTF-8''${encodeURIComponent("任务分解表.json")}`);
    const doc = JSON.parse(await response.text()) as { document: { source: { fileName: string } } };
    expect(doc.document.source.fileName).toBe("任务分解表.txt");
  });
});

describe("POST /api/diff: two versions compared by the diff module", () => {
  const versions = (): FormData => upload({ old: seedFile(), new: [readBytes(EDITED), "seed-edited.docx"] });

  it("reports the tasks after a deleted one as renumbered, as `breakdown diff` does", async () => {
    const response = await post("/api/diff", versions());
    expect(response.status).toBe(200);
    const body = (await response.json()) as { diff: ReturnType<typeof diff>; labels: Record<string, string> };
    const [oldDoc, newDoc] = [(await parse(SEED)).document, (await parse(EDITED)).document];
    expect(body.diff).toEqual(diff(oldDoc, newDoc));
    expect(body.diff.tasks.find((t) => t.old?.seq === 5)).toMatchObject({ kind: "renumbered", new: { seq: 4 } });
    expect(body.labels.title).toBe("重点任务");
  });

  it("downloads diff.json as the CLI writes it, and a diff.xlsx exceljs can read", async () => {
    const [oldDoc, newDoc] = [(await parse(SEED)).document, (await parse(EDITED)).document];
    const json = await post("/api/diff/export?format=json", versions());
    expect(json.headers.get("content-disposition")).toContain('filename="diff.json"');
    expect(await json.text()).toBe(diffToJson(diff(oldDoc, newDoc)));
    const xlsx = await post("/api/diff/export?format=xlsx", versions());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.length).toBeGreaterThan(0);
  });

  it("reads a side given as the JSON `breakdown parse` wrote, and refuses one that is not", async () => {
    const json = await post("/api/export?format=json", upload({ document: seedFile() }));
    const good = await post("/api/diff", upload({ old: [new Uint8Array(await json.arrayBuffer()), "seed.json"], new: [readBytes(EDITED), "seed-edited.docx"] }));
    expect(good.status).toBe(200);
    const bad = await errorOf(await post("/api/diff", upload({ old: ['{"tasks": []}', "old.json"], new: [readBytes(EDITED), "seed-edited.docx"] })));
    expect(bad).toMatchObject({ status: 422, code: "JSON_INVALID", file: "old.json" });
  });

  it("asks for the missing side", async () => {
    const e = await errorOf(await post("/api/diff", upload({ old: seedFile() })));
    expect(e).toMatchObject({ status: 400, code: "USAGE" });
    expect(e.message).toMatch(/later version/);
  });
});
