import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../helpers.js";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const SRC = join(ROOT, "src");

describe("pdf.js", () => {
  it("is imported only by src/read/pdf/pdfjs.ts, and there only when a PDF is read (a dynamic import)", () => {
    const importers = sourceFiles(SRC).filter((f) => /["']pdfjs-dist/.test(readFileSync(f, "utf8")));
    expect(importers.map((f) => relative(SRC, f))).toEqual([join("read", "pdf", "pdfjs.ts")]);
    const code = readFileSync(join(SRC, "read", "pdf", "pdfjs.ts"), "utf8");
    expect(code).not.toMatch(/^import\s[^;]*from\s+["']pdfjs-dist/m);
    expect(code).toMatch(/await import\("pdfjs-dist\/legacy\/build\/pdf\.mjs"\)/);
  });

  it("is reached from the reader only through a dynamic import of src/read/pdf", () => {
    const importers = sourceFiles(SRC)
      .filter((f) => !relative(SRC, f).startsWith(join("read", "pdf")))
      .filter((f) => /^(?:import|export)\s[^;]*from\s+["'][^"']*\/pdf\//m.test(readFileSync(f, "utf8")));
    expect(importers).toEqual([]);
    expect(readFileSync(join(SRC, "read", "index.ts"), "utf8")).toContain('await import("./pdf/index.js")');
  });

  it("reads its character maps and fonts from the package on disk, never from the network", () => {
    const code = readFileSync(join(SRC, "read", "pdf", "pdfjs.ts"), "utf8");
    expect(code).toMatch(/cMapUrl: `\$\{join\(root, "cmaps"\)\}\/`/);
    expect(code).toMatch(/standardFontDataUrl: `\$\{join\(root, "standard_fonts"\)\}\/`/);
    expect(code).not.toMatch(/https?:\/\//);
  });
});
