import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/run-cli.js";

// Issue 14, item 7: what a hostile document or file name would make a terminal do. ESC [2J clears
// the screen; ESC ] 0 ; … BEL retitles the window; U+202E reverses the rest of a line.
const CLEAR = "\u001b[2J";
const RETITLE = "\u001b]0;pwned\u0007";
const REVERSE = "\u202e";
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;

/** A small tab-delimited breakdown table whose title and first task carry the escapes. */
function table(firstTask: string): string {
  return [
    `某县2024年重点工作任务分解表${CLEAR}${RETITLE}`,
    "序号\t重点任务\t工作内容\t责任单位\t完成时限",
    "一、优化营商环境",
    `1\t${firstTask}\t完成审批${RETITLE}事项。\t县发改局\t2024年底前`,
    "2\t深化改革\t推行告知承诺制。\t县市场监管局\t2024年底前",
    "3\t拓宽融资\t开展对接活动。\t县金融服务中心\t长期坚持",
    "",
  ].join("\n");
}

function expectClean(text: string): void {
  expect(text, JSON.stringify(text)).not.toMatch(RAW);
}

describe("text from a document or a file name, printed to the terminal", () => {
  it("is escaped in the parse report, while the JSON keeps it as it is", async () => {
    const dir = tempDir();
    const input = join(dir, `evil${CLEAR}name.txt`);
    writeFileSync(input, table(`推进项目${CLEAR}建设`));
    const r = await runCli(["parse", input, "-o", join(dir, "out")]);
    expect(r.status).toBe(0);
    expectClean(r.stdout);
    expectClean(r.stderr);
    expect(r.stdout).toContain("evil\\x1b[2Jname.txt: 3 tasks");
    const json = JSON.parse(readFileSync(join(dir, "out", `evil${CLEAR}name.json`), "utf8"));
    expect(json.document.title).toBe(`某县2024年重点工作任务分解表${CLEAR}${RETITLE}`);
    expect(json.tasks[0].title).toBe(`推进项目${CLEAR}建设`);
  });

  it("is escaped in an error", async () => {
    const dir = tempDir();
    const input = join(dir, `notice${RETITLE}.txt`);
    writeFileSync(input, "关于召开会议的通知\n"); // no table
    const r = await runCli(["parse", input, "-o", join(dir, "out")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("error NO_TABLE_FOUND");
    expect(r.stderr).toContain("notice\\x1b]0;pwned\\x07.txt");
    expectClean(r.stderr);
  });

  it("is escaped in a batch's lines, its errors and its summary", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, `a${CLEAR}.txt`), table("推进项目建设"));
    writeFileSync(join(dir, `b${RETITLE}.txt`), "关于召开会议的通知\n");
    const r = await runCli(["parse", dir, "-o", join(dir, "out"), "--progress", "lines", "--jobs", "1"]);
    expect(r.status).toBe(2);
    expectClean(r.stdout);
    expectClean(r.stderr);
    expect(r.stdout).toContain(`a\\x1b[2J.txt: 3 tasks`);
    expect(r.stdout).toMatch(/failed:\n {2}\S*b\\x1b\]0;pwned\\x07\.txt \(NO_TABLE_FOUND\)/);
  });

  it("is escaped in a batch's bar, which keeps only its own control sequences", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, `a${CLEAR}.txt`), table("推进项目建设"));
    writeFileSync(join(dir, `b${RETITLE}.txt`), table("推进项目建设"));
    const r = await runCli(["parse", dir, "-o", join(dir, "out"), "--progress", "bar", "--jobs", "1"]);
    expect(r.status).toBe(0);
    expectClean(r.stdout);
    // The bar redraws itself with CR and ESC [2K (erase the line), nothing else.
    expectClean(r.stderr.replaceAll("\r\u001b[2K", ""));
  });

  it("is escaped in the diff report: titles, values and the document's own fields", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "old.txt"), table("推进项目建设").replace(`${CLEAR}${RETITLE}`, ""));
    writeFileSync(join(dir, "new.txt"), table(`${REVERSE}推进项目${CLEAR}建设`));
    const r = await runCli(["diff", join(dir, "old.txt"), join(dir, "new.txt")]);
    expect(r.status).toBe(1);
    expectClean(r.stdout);
    expectClean(r.stderr);
    expect(r.stdout).toContain("{+\\u202e+}推进项目{+\\x1b[2J+}建设");
    expect(r.stdout).toContain("title: 某县2024年重点工作任务分解表 → 某县2024年重点工作任务分解表\\x1b[2J\\x1b]0;pwned\\x07\n");
  });
});
