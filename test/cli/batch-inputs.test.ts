import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandInputs } from "../../src/commands/batch/inputs.js";

function folder(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "breakdown-inputs-"));
  for (const f of files) {
    mkdirSync(join(dir, f, ".."), { recursive: true });
    writeFileSync(join(dir, f), "x");
  }
  return dir;
}

describe("what a run's inputs expand to", () => {
  it("takes a folder's documents of every format read, in subfolders too, sorted, skipping hidden files, Word's lock files and the output folder", async () => {
    const dir = folder(["b.txt", "a.DOCX", "sub/c.txt", "~$a.docx", ".hidden.txt", ".git/d.txt", "e.json", "f.doc", "h.pdf", "i.xlsx", "j.htm", "k.md", "out/g.xlsx"]);
    const { files, problems, expanded } = await expandInputs([dir], { skipFolders: [join(dir, "out")] });
    expect(files).toEqual([join(dir, "a.DOCX"), join(dir, "b.txt"), join(dir, "f.doc"), join(dir, "h.pdf"), join(dir, "i.xlsx"), join(dir, "j.htm"), join(dir, "sub", "c.txt")]);
    expect(problems).toEqual([]);
    expect(expanded).toBe(true);
  });

  it("takes a file named on its own whatever its extension, and each file once", async () => {
    const dir = folder(["table.doc", "a.txt"]);
    const { files, expanded } = await expandInputs([join(dir, "table.doc"), dir, join(dir, "a.txt")]);
    expect(files).toEqual([join(dir, "table.doc"), join(dir, "a.txt")]);
    expect(expanded).toBe(true);
    expect((await expandInputs([join(dir, "a.txt")])).expanded).toBe(false);
  });

  it("expands a pattern, and reports a pattern, a folder or a path that gives nothing", async () => {
    const dir = folder(["x/1.txt", "x/2.docx", "y/3.txt", "empty/readme.md"]);
    const { files, problems } = await expandInputs([join(dir, "*/*.txt"), join(dir, "none-*.txt"), join(dir, "empty"), join(dir, "missing.docx")]);
    expect(files).toEqual([join(dir, "x", "1.txt"), join(dir, "y", "3.txt")]);
    expect(problems.map((p) => [p.input, p.error.code])).toEqual([
      [join(dir, "none-*.txt"), "INPUT_NOT_FOUND"],
      [join(dir, "empty"), "INPUT_NOT_FOUND"],
      [join(dir, "missing.docx"), "INPUT_NOT_FOUND"],
    ]);
    expect(problems[1]?.error.message).toMatch(/^The folder has no file breakdown reads \(\.docx, \.txt, \.pdf/);
  });
});
