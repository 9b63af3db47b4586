import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../src/errors.js";
import { RULE_TEXTS, reasonText, hasOwnShape } from "../../src/i18n/reasons.js";
import { parse } from "../../src/pipeline.js";
import { collectIssues } from "../../src/write/xlsx/issues-sheet.js";
import { groupMessages } from "../../src/write/task-messages.js";
import { ROOT } from "../helpers.js";
import { runBin, runCli, tempDir } from "../support/run-cli.js";

const SEED = "seeds/qianjiang-linzhangzhi-2023-2027-breakdown.txt";
const EDITED = "fixtures/diff/seed-edited.docx";
const ZH = { LC_ALL: "", LC_MESSAGES: "", LANG: "zh_CN.UTF-8" };
const HAN = /\p{Script=Han}/u;

/**
 * The share of a text's lines that are Chinese: a line with a Han character is Chinese; a line
 * with a Latin word and no Han character is English. Codes (UPPER_SNAKE), paths and file names,
 * flags, field keys in backticks, hex and numbers are not words of either language.
 */
function chineseShare(text: string): { chinese: number; latin: number; share: number; english: string[] } {
  let chinese = 0;
  const english: string[] = [];
  for (const raw of text.split("\n")) {
    // A command line in an example is not a sentence of either language.
    if (/^\s*breakdown /.test(raw)) continue;
    const line = raw
      .replace(/\b[0-9a-f]{16,}\b/g, " ")
      .replace(/`[^`]*`/g, " ")
      .replace(/\b[A-Z][A-Z0-9_]{2,}\b/g, " ")
      .replace(/\S*[/\\]\S*|\S+\.(?:docx|txt|json|xlsx|csv|doc|wps|pdf|xml|png)\b/gi, " ")
      .replace(/--?[a-z][\w-]*/gi, " ")
      .replace(/\b(?:sha256|seq|seqPrinted|raw|zip|OCR|UTF-\d+|GB18030|GBK|Big5|MB|MiB|Excel|Word|WPS|JSON|CSV|XLSX|PDF|RTF|DTD|XML|LibreOffice|soffice|breakdown|byte|Ctrl\+C|auto|bar|lines|printed|canonical|zh|en|zip|utf\d*\w*|gb18030|terminal|json|xlsx|csv|file|src|docx)\b/gi, " ");
    if (HAN.test(line)) chinese++;
    else if (/[A-Za-z]{2,}/.test(line)) english.push(raw);
  }
  const latin = english.length;
  return { chinese, latin, share: chinese + latin === 0 ? 1 : chinese / (chinese + latin), english };
}

describe("the command line in the user's language", () => {
  it("every error code has a meaning and a remedy in Chinese and in English", () => {
    for (const [code, entry] of Object.entries(ERROR_CODES)) {
      for (const lang of ["zh", "en"] as const) {
        expect(entry[lang].meaning, `${code} ${lang}`).not.toBe("");
        expect(entry[lang].remedy, `${code} ${lang}`).not.toBe("");
      }
      expect(entry.zh.meaning, code).toMatch(HAN);
      expect(entry.zh.remedy, code).toMatch(HAN);
      expect(entry.en.meaning, code).toBe(entry.meaning);
    }
  });

  it("speaks Chinese under LANG=zh_CN.UTF-8 and English with --lang en, for the seed's per-file line", async () => {
    const zh = await runCli(["parse", SEED, "-o", tempDir(), "--format", "json"], { env: ZH });
    expect(zh.status).toBe(0);
    expect(zh.stdout).toContain("项任务（正常 2，已修复 13，需人工核对 1，原文缺失 1）");
    const en = await runCli(["parse", SEED, "-o", tempDir(), "--format", "json", "--lang", "en"], { env: ZH });
    expect(en.stdout).toContain("17 tasks (2 ok, 13 repaired, 1 need review, 1 missing)");
  });

  it("prints every bad input's error ≥95% in Chinese under zh, and in English under --lang en", { timeout: 120_000 }, async () => {
    const bad = readdirSync(join(ROOT, "fixtures/bad")).filter((f) => statSync(join(ROOT, "fixtures/bad", f)).isFile());
    // 34 runs: in this process (runCli), they take a few seconds; spawned, they were the suite's
    // longest file. Started four files at a time, they run one after another all the same.
    const runs: Array<{ f: string; zh: Awaited<ReturnType<typeof runCli>>; en: Awaited<ReturnType<typeof runCli>> }> = [];
    for (let k = 0; k < bad.length; k += 4) {
      runs.push(
        ...(await Promise.all(
          bad.slice(k, k + 4).map(async (f) => {
            const [zh, en] = await Promise.all([runCli(["parse", `fixtures/bad/${f}`, "-o", tempDir()], { env: ZH }), runCli(["parse", `fixtures/bad/${f}`, "-o", tempDir(), "--lang", "en"], { env: ZH })]);
            return { f, zh, en };
          }),
        )),
      );
    }
    let zhText = "";
    let enText = "";
    for (const { f, zh, en } of runs) {
      expect(zh.status, f).toBe(2);
      expect(zh.stderr, f).toMatch(/^错误 [A-Z_]+：/);
      expect(zh.stderr, f).toContain("处理办法：");
      zhText += zh.stderr;
      expect(en.stderr, f).toMatch(/^error [A-Z_]+: /);
      expect(en.stderr, f).toContain("What to do: ");
      expect(en.stderr, f).not.toContain("处理办法");
      enText += en.stderr;
    }
    const zh = chineseShare(zhText);
    expect(zh.share, zh.english.join("\n")).toBeGreaterThanOrEqual(0.95);
    // English: no line of ours is Chinese; Han characters come only from the documents (a table's header words).
    const en = chineseShare(enText);
    expect(en.english.length).toBeGreaterThan(en.chinese);
  });

  it("says a folder given to diff is a folder, and a fixes file that does not exist does not exist", async () => {
    const folder = await runCli(["diff", "fixtures", SEED], { env: ZH });
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain("错误 INPUT_NOT_FOUND：fixtures");
    expect(folder.stderr).toContain("该路径是一个文件夹，不是文件");
    const folderEn = await runCli(["diff", "fixtures", SEED, "--lang", "en"]);
    expect(folderEn.stderr).toContain("The path is a folder, not a file");
    const fixes = await runCli(["parse", SEED, "--fixes", "no-such-fixes.json", "-o", tempDir(), "--lang", "en"]);
    expect(fixes.status).toBe(2);
    expect(fixes.stderr).toContain("error INPUT_NOT_FOUND: no-such-fixes.json");
    expect(fixes.stderr).toContain("The fixes file does not exist or cannot be read.");
    expect(fixes.stderr).not.toContain("FIXES_INVALID");
  });

  // The program itself (node dist/cli.js), as a user's shell sees its exit status.
  it("prints the help and exits 1 when no command is given, in the chosen language", async () => {
    const zh = await runBin([], { env: ZH });
    expect(zh.status).toBe(1);
    expect(zh.stderr).toContain("用法：");
    expect(zh.stderr).toContain("命令：");
    const en = await runBin([], { env: { LC_ALL: "en_US.UTF-8" } });
    expect(en.status).toBe(1);
    expect(en.stderr).toContain("Usage:");
    expect(en.stderr).toContain("Commands:");
  });

  it("gives --help in Chinese under zh (commander's headings and every description)", async () => {
    const r = await runCli(["parse", "--help"], { env: ZH });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("选项：");
    const share = chineseShare(r.stdout);
    expect(share.share, share.english.join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("prints the terminal diff ≥95% in Chinese under zh and in English with --lang en", async () => {
    const zh = await runCli(["diff", SEED, EDITED], { env: ZH });
    expect(zh.status).toBe(1);
    expect(zh.stdout).toContain("任务：新增 1，删除 1");
    expect(zh.stdout).toContain("旧版第 8 项无法可靠识别");
    const share = chineseShare(zh.stdout);
    expect(share.share, share.english.join("\n")).toBeGreaterThanOrEqual(0.95);
    const en = await runCli(["diff", SEED, EDITED, "--lang", "en"], { env: ZH });
    expect(en.stdout).toContain("Tasks: 1 added, 1 removed");
    expect(en.stdout).toContain("The versions differ.");
    expect(en.stdout).not.toMatch(/任务：|两个版本有差异/);
  });

  it("counts a batch's tasks by status, per status the files and the tasks, in both languages", async () => {
    const inputs = [SEED, "fixtures/text/xx-county-hehuzhangzhi-2024-breakdown.txt", "fixtures/bad/whitespace-only.txt"];
    const zh = await runCli(["parse", ...inputs, "-o", tempDir(), "--format", "json", "--progress", "lines"], { env: ZH });
    const en = await runCli(["parse", ...inputs, "-o", tempDir(), "--format", "json", "--progress", "lines", "--lang", "en"], { env: ZH });
    // The per-file lines give each file's counts; the summary's rows must add them up per status.
    const perFile = [...en.stdout.matchAll(/(\d+) tasks \((\d+) ok, (\d+) repaired, (\d+) need review, (\d+) missing\)/g)].map((m) => m.slice(1).map(Number));
    expect(perFile).toHaveLength(2);
    const row = (label: string): number[] => {
      const m = new RegExp(`^${label}\\s+(\\d+)\\s+(\\d+|-)$`, "m").exec(en.stdout);
      expect(m, label).not.toBeNull();
      return [Number(m?.[1]), Number(m?.[2])];
    };
    const files = (i: number): number => perFile.filter((c) => (c[i] as number) > 0).length;
    const tasks = (i: number): number => perFile.reduce((s, c) => s + (c[i] as number), 0);
    expect(row("Repaired")).toEqual([files(2), tasks(2)]);
    expect(row("Needs review")).toEqual([files(3), tasks(3)]);
    expect(row("Missing in source")).toEqual([files(4), tasks(4)]);
    expect(row("OK")).toEqual([files(1), tasks(1)]);
    expect(en.stdout).toMatch(/^failed\s+1\s+-$/m);
    expect(zh.stdout).toMatch(/^需人工核对\s+\d+\s+\d+$/m);
    expect(zh.stdout).toMatch(/^已修复\s+\d+\s+\d+$/m);
    const share = chineseShare(zh.stdout + zh.stderr);
    expect(share.share, share.english.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
});

/** Every ruleId the source can emit: `ruleId: "x"`, a rule's `id: "x"`, and the ids helpers are called with. */
function ruleIdsInSource(): Set<string> {
  const ids = new Set<string>();
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith(".ts") && !p.includes(`${join("src", "serve")}`) && !p.includes(`${join("src", "i18n")}`)) {
        const text = readFileSync(p, "utf8");
        for (const m of text.matchAll(/\bruleId: "([a-z0-9-]+)"|^\s*id: "([a-z0-9-]+)",$|(?:recordReaderEdits\(doc|docMessage\(|cutMatch\(st, m), "([a-z0-9-]+)"/gm)) ids.add((m[1] ?? m[2] ?? m[3]) as string);
      }
    }
  };
  walk(join(ROOT, "src"));
  return ids;
}

/** The seed and every fixture that parses (text and .docx), for the 说明 column. */
async function fixtureDocuments(): Promise<Awaited<ReturnType<typeof parse>>["document"][]> {
  const files: string[] = [SEED];
  for (const dir of ["fixtures/text", "fixtures/docx", "fixtures/diff", "fixtures/reference", "fixtures/corpus"]) {
    for (const f of readdirSync(join(ROOT, dir))) if (/\.(txt|docx)$/.test(f)) files.push(`${dir}/${f}`);
  }
  const docs = [];
  for (const f of files) {
    try {
      docs.push((await parse(join(ROOT, f))).document);
    } catch {
      // A fixture that is meant to fail (no table) has no 说明 column.
    }
  }
  return docs;
}

describe("every error a throw site raises has a sentence in both languages", () => {
  it("passes a catalogue detail (detail(\"key\", …)), never an English sentence, outside the review page and the library's own type checks", () => {
    const plain: string[] = [];
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) {
          if (f !== "serve") walk(p);
        } else if (f.endsWith(".ts")) {
          const text = readFileSync(p, "utf8");
          for (const m of text.matchAll(/new BreakdownError\(\s*"[A-Z_]+",\s*([`"])/g)) plain.push(`${p.slice(ROOT.length + 1)}:${text.slice(0, m.index).split("\n").length}`);
        }
      }
    };
    walk(join(ROOT, "src"));
    // A library caller passing the wrong types to parse() (the CLI never does): English, for developers.
    expect(plain.map((at) => at.replace(/:\d+$/, ""))).toEqual(["src/pipeline.ts", "src/pipeline.ts", "src/pipeline.ts"]);
  });
});

describe("the reasons of repairs and messages, in the reader's language", async () => {
  const docs = await fixtureDocuments();

  it("has a Chinese and an English sentence for every ruleId the code can emit", () => {
    const ids = ruleIdsInSource();
    expect(ids.size).toBeGreaterThan(20);
    for (const id of ids) {
      expect((RULE_TEXTS.zh as Record<string, string>)[id], id).toMatch(HAN);
      expect((RULE_TEXTS.en as Record<string, string>)[id], id).toBeTruthy();
    }
  });

  it("says in Chinese every reason the readers give for a row they are not sure of (GridRow.uncertain, GridRow.guessed)", () => {
    const reasons = new Set<string>();
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (f.endsWith(".ts")) {
          const text = readFileSync(p, "utf8");
          for (const m of text.matchAll(/(?:uncertain|guessed)(?: \?\?=| =|:) *"([^"]+)"/g)) reasons.add(m[1] as string);
          for (const m of text.matchAll(/flagLastRow\(table, [^"\n]*"([^"]+)"/g)) reasons.add(m[1] as string);
        }
      }
    };
    walk(join(ROOT, "src", "read"));
    expect(reasons.size).toBeGreaterThan(10);
    for (const why of reasons) {
      const zh = reasonText("row-doubt", `Task 3 was read with doubt: ${why}.`, "zh");
      expect(zh, why).toMatch(/^第 3 项任务的读取有不确定之处：/);
      expect(zh, why).not.toContain("读取有疑问");
      expect(zh.replace(/「[^」]*」/g, ""), why).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it("has the 问题清单's 说明 column ≥95% Chinese under zh on the seed and the fixtures, and the JSON's English reasons under en", () => {
    let total = 0;
    let chinese = 0;
    let ownShape = 0;
    let sentences = 0;
    const seen = new Set<string>();
    for (const doc of docs) {
      const messages = groupMessages(doc);
      const zh = collectIssues(doc, messages, [], "zh");
      const en = collectIssues(doc, messages, [], "en");
      zh.forEach((issue, i) => {
        total++;
        if (HAN.test(issue.reason)) chinese++;
        if (issue.kind !== "leftover") sentences++;
        if (issue.kind !== "leftover" && hasOwnShape(issue.rule, (en[i] as { reason: string }).reason)) ownShape++;
        seen.add(issue.rule);
      });
      // Under English, the JSON's own reasons (English sentences, quoting the document's words).
      for (const issue of en) if (issue.kind !== "leftover") expect(issue.reason).toMatch(/[A-Za-z]{3,} [A-Za-z]{2,}/);
    }
    expect(docs.length).toBeGreaterThan(50);
    expect(total).toBeGreaterThan(500);
    expect(chinese / total).toBeGreaterThanOrEqual(0.95);
    // The finer sentences (a shape of the rule's reason, with its values) cover nearly every repair and message.
    expect(ownShape / sentences).toBeGreaterThan(0.95);
    expect(seen.size).toBeGreaterThan(15);
  });

  it("says a known reason again in Chinese with its values", () => {
    expect(reasonText("ocr-period", "A lone `o` between Chinese characters is 。 misread by OCR.", "zh")).toBe("汉字之间孤立的字母 o 是 OCR 把句号“。”认错了。");
    expect(reasonText("missing-row", "Number 11 is absent from the source (row 10 is followed by 12); a placeholder marks it, nothing was invented.", "zh")).toBe(
      "原文缺少第 11 项（第 10 项之后是第 12 项）；用占位行标出，未补写任何内容。",
    );
    expect(reasonText("ocr-period", "anything", "en")).toBe("anything");
  });
});

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function sheetText(ws: ExcelJS.Worksheet): string {
  const lines: string[] = [];
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      const v = cell.value as unknown;
      const text = typeof v === "string" ? v : v !== null && typeof v === "object" && "richText" in (v as object) ? (v as { richText: { text: string }[] }).richText.map((r) => r.text).join("") : "";
      if (text !== "") lines.push(text.replace(/\n/g, " "));
    });
  });
  return lines.join("\n");
}

describe("the workbooks, read back in both languages", () => {
  it("writes the seed's 问题清单 in Chinese under zh and in English under --lang en", async () => {
    const zhOut = tempDir();
    const enOut = tempDir();
    await runCli(["parse", SEED, "-o", zhOut, "--format", "xlsx"], { env: ZH });
    await runCli(["parse", SEED, "-o", enOut, "--format", "xlsx", "--lang", "en"], { env: ZH });
    const name = "qianjiang-linzhangzhi-2023-2027-breakdown.xlsx";
    const zh = (await readBook(join(zhOut, name))).getWorksheet("问题清单") as ExcelJS.Worksheet;
    const enBook = await readBook(join(enOut, name));
    expect(enBook.worksheets.map((w) => w.name)).toEqual(["Tasks", "Units", "Issues"]);
    const en = enBook.getWorksheet("Issues") as ExcelJS.Worksheet;
    expect(zh.getRow(1).getCell(7).value).toBe("说明");
    expect(en.getRow(1).getCell(7).value).toBe("Reason");
    const reasons = (ws: ExcelJS.Worksheet): string[] => {
      const out: string[] = [];
      ws.eachRow((row, r) => {
        if (r > 1 && typeof row.getCell(7).value === "string") out.push(row.getCell(7).value as string);
      });
      return out;
    };
    const zhReasons = reasons(zh);
    expect(zhReasons.length).toBeGreaterThan(10);
    expect(zhReasons.filter((r) => HAN.test(r)).length / zhReasons.length).toBeGreaterThanOrEqual(0.95);
    expect(reasons(en)).toContain("A lone `o` between Chinese characters is 。 misread by OCR.");
  });

  it("writes the task sheet's legend, notes and footer, and the CSV's added columns, in the chosen language", async () => {
    const zhOut = tempDir();
    const enOut = tempDir();
    await runCli(["parse", SEED, "-o", zhOut, "--format", "xlsx,csv"], { env: ZH });
    await runCli(["parse", SEED, "-o", enOut, "--format", "xlsx,csv", "--lang", "en"], { env: ZH });
    const stem = "qianjiang-linzhangzhi-2023-2027-breakdown";
    const zh = (await readBook(join(zhOut, `${stem}.xlsx`))).getWorksheet("任务分解表") as ExcelJS.Worksheet;
    const en = (await readBook(join(enOut, `${stem}.xlsx`))).getWorksheet("Tasks") as ExcelJS.Worksheet;
    expect(sheetText(zh)).toContain("已修复：蓝色单元格");
    expect(sheetText(en)).toContain("Repaired: blue cell");
    expect(zh.headerFooter.oddFooter).toBe("&C第 &P 页，共 &N 页");
    expect(en.headerFooter.oddFooter).toBe("&CPage &P of &N");
    const notes = (ws: ExcelJS.Worksheet): string => {
      const out: string[] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const note = cell.note as unknown;
          if (typeof note === "string") out.push(note);
          else if (note !== undefined && note !== null) out.push(((note as { texts?: { text: string }[] }).texts ?? []).map((x) => x.text).join(""));
        }),
      );
      return out.join("\n");
    };
    expect(notes(zh)).toContain("需人工核对：本行无法可靠识别。");
    expect(notes(zh)).toContain("汉字之间孤立的字母 o 是 OCR 把句号“。”认错了。");
    expect(notes(en)).toContain("Needs review: this row could not be read reliably.");
    expect(notes(en)).not.toContain("需人工核对");
    const header = (dir: string): string[] => (readFileSync(join(dir, `${stem}.csv`), "utf8").replace(/^\uFEFF/, "").split("\r\n")[0] ?? "").split(",");
    expect(header(zhOut).slice(-2)).toEqual(["所属部分", "识别状态"]);
    expect(header(enOut).slice(-2)).toEqual(["Section", "Status"]);
    // The table's own headers are the document's, in either language.
    expect(header(enOut)[1]).toBe(header(zhOut)[1]);
    expect(readFileSync(join(enOut, `${stem}.units.csv`), "utf8")).toContain(",Unit,Role");
    expect(readFileSync(join(zhOut, `${stem}.units.csv`), "utf8")).toContain(",单位,角色");
  });

  it("writes diff.xlsx landscape, fitted to the page width, its summary in words, ≥95% Chinese under zh", async () => {
    const zhOut = tempDir();
    const enOut = tempDir();
    await runCli(["diff", SEED, EDITED, "-o", zhOut], { env: ZH });
    await runCli(["diff", SEED, EDITED, "-o", enOut, "--lang", "en"], { env: ZH });
    const zh = await readBook(join(zhOut, "diff.xlsx"));
    const summary = zh.getWorksheet("摘要") as ExcelJS.Worksheet;
    const diffSheet = zh.getWorksheet("差异") as ExcelJS.Worksheet;
    for (const ws of [summary, diffSheet]) {
      expect(ws.pageSetup.orientation).toBe("landscape");
      expect(ws.pageSetup.fitToPage).toBe(true);
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.pageSetup.fitToHeight).toBe(0);
    }
    const text = sheetText(summary);
    for (const key of ["minSimilarity", "sameNumberMinSimilarity", "titleWeight", "contentWeight", "normalize", "removed", "not-comparable"]) expect(text).not.toContain(key);
    for (const ws of [summary, diffSheet]) {
      const share = chineseShare(sheetText(ws));
      expect(share.share, share.english.join("\n")).toBeGreaterThanOrEqual(0.95);
    }
    // Rows are as tall as their wrapped text: a row of the 差异 sheet with a long cell is taller than one line.
    let tallest = 0;
    diffSheet.eachRow((row) => {
      tallest = Math.max(tallest, row.height ?? 0);
    });
    expect(tallest).toBeGreaterThan(30);
    const en = await readBook(join(enOut, "diff.xlsx"));
    const enSummary = en.getWorksheet("Summary") as ExcelJS.Worksheet;
    expect(sheetText(enSummary)).toContain("The versions differ");
    expect(en.getWorksheet("Differences")).toBeDefined();
  });
});
