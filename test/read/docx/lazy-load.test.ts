import { execFile } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { fixture, ROOT, SEED } from "../../helpers.js";

const run = promisify(execFile);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Parse `input` with the built library in a fresh process; say whether mammoth was loaded. */
async function loadsMammoth(input: string): Promise<boolean> {
  const script = `
    import { createRequire } from "node:module";
    const { parse } = await import(${JSON.stringify(join(ROOT, "dist", "index.js"))});
    await parse(${JSON.stringify(input)});
    const cache = Object.keys(createRequire(import.meta.url).cache);
    console.log(cache.some((k) => /node_modules[\\\\/]mammoth[\\\\/]/.test(k)));
  `;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
  return stdout.trim() === "true";
}

describe("the .docx reader's libraries", () => {
  it("are imported only inside src/read/docx and src/read/html (the saved page reader, cheerio), which read/index.ts loads when their format is read", () => {
    const outside = sourceFiles(join(ROOT, "src"))
      .filter((f) => !relative(join(ROOT, "src"), f).startsWith(join("read", "docx")) && !relative(join(ROOT, "src"), f).startsWith(join("read", "html")))
      .filter((f) => /from\s+["'](?:mammoth|cheerio)|import\(\s*["'](?:mammoth|cheerio)/.test(readFileSync(f, "utf8")));
    expect(outside).toEqual([]);
  });

  it("are not loaded when text is read, and are when a .docx is", async () => {
    expect(await loadsMammoth(SEED)).toBe(false);
    expect(await loadsMammoth(fixture("docx", "seed-clean.docx"))).toBe(true);
  });
});
