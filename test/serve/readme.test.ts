import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ASSETS } from "../../src/serve/assets.js";
import { DEFAULT_MAX_PARSES, DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_PARSE_TIMEOUT_SECONDS } from "../../src/serve/options.js";
import { ROOT } from "../helpers.js";
import { codeBlocks, readmeSection } from "../support/readme-section.js";

const run = promisify(execFile);
const CLI = join(ROOT, "dist", "cli.js");
const SECTION = readmeSection("serve");

const blocks = (lang: string): string[] => codeBlocks(SECTION, lang);

/** Run `breakdown serve …` until it has printed two lines, then stop it. */
function serveOutput(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      if (out.split("\n").length > 2) child.kill("SIGTERM");
    });
    child.once("exit", () => resolve(out));
    child.once("error", reject);
  });
}

describe("the README's serve section", () => {
  it("runs its second command as written, and it prints the lines shown, on the port it chose", async () => {
    const commands = (blocks("sh")[0] ?? "").trim().split("\n");
    expect(commands).toEqual(["breakdown serve", "breakdown serve --port 0"]);
    const [, ...args] = (commands[1] as string).split(/\s+/);
    const out = await serveOutput(args);
    const port = /127\.0\.0\.1:(\d+)\//.exec(out)?.[1];
    expect(Number(port)).toBeGreaterThan(0);
    expect(out).toBe((blocks("text")[0] as string).replace(":5173/", `:${port}/`));
  });

  it("lists the options `breakdown serve --help` has, with the defaults the code uses", async () => {
    const { stdout } = await run(process.execPath, [CLI, "serve", "--help"], { cwd: ROOT, encoding: "utf8" });
    const documented = [...SECTION.matchAll(/^\| `(--[a-z-]+) <\w+>` \| `([^`]+)`/gm)].map((m) => [m[1], m[2]]);
    expect(documented.map(([flag]) => flag)).toEqual([...stdout.matchAll(/^\s+(--[a-z-]+) </gm)].map((m) => m[1]));
    expect(Object.fromEntries(documented)).toEqual({ "--port": "5173", "--host": "127.0.0.1", "--max-upload-bytes": String(DEFAULT_MAX_UPLOAD_BYTES), "--parse-timeout": String(DEFAULT_PARSE_TIMEOUT_SECONDS), "--max-parses": String(DEFAULT_MAX_PARSES) });
  });

  it("links the screenshots the browser tests take, and counts the page's files right", () => {
    const images = [...SECTION.matchAll(/!\[[^\]]*\]\((docs\/[^)]+)\)/g)].map((m) => m[1] as string);
    expect(images).toEqual(["docs/serve-upload-zh.png", "docs/serve-review-zh.png", "docs/serve-compare-zh.png"]);
    for (const image of images) expect(existsSync(join(ROOT, image)), image).toBe(true);
    // The same pictures of the English page, which the README names.
    expect(SECTION).toContain("docs/serve-*-en.png");
    for (const image of images) expect(existsSync(join(ROOT, image.replace(/-zh\.png$/, "-en.png"))), image).toBe(true);
    const words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    expect(SECTION).toContain(`the page's ${words[Object.keys(ASSETS).length]} files`);
  });
});
