import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BreakdownError, parse, parseBytes, type ErrorCode } from "../../src/index.js";
import { BAD_DIR, badFixtures } from "../../scripts/fixtures/make-bad-inputs.mjs";
import { SEED } from "../helpers.js";
import { filesIn, runCli, tempDir } from "../support/run-cli.js";

/** One real file per way an input can be unusable, and the code it must give. */
const EXPECTED: Record<string, ErrorCode> = {
  "not-a-zip.docx": "DOCX_UNREADABLE",
  "truncated.docx": "DOCX_UNREADABLE",
  // Crafted OLE2 files whose Word stream is filler: LibreOffice converts them to a document with no table.
  "old-binary-word.doc": "NO_TABLE_FOUND",
  "wps-document.wps": "NO_TABLE_FOUND",
  "encrypted.docx": "DOCX_ENCRYPTED",
  "no-document.docx": "DOCX_NO_DOCUMENT",
  "no-breakdown-table.docx": "NO_TABLE_FOUND",
  "no-breakdown-table.txt": "NO_TABLE_FOUND",
  "unknown-encoding-big5.txt": "ENCODING_UNKNOWN",
  "empty.docx": "INPUT_EMPTY",
  "whitespace-only.txt": "INPUT_EMPTY",
  "scanned.pdf": "PDF_NO_TEXT",
  "zip-bomb-declared-size.docx": "DOCX_UNSAFE",
  "zip-bomb-ratio.docx": "DOCX_UNSAFE",
  "zip-bomb-lying-sizes.docx": "DOCX_UNSAFE",
  "xml-entities.docx": "DOCX_UNSAFE",
};

async function codeFromLibrary(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return error instanceof BreakdownError ? error.code : `not a BreakdownError: ${String(error)}`;
  }
  return "no error";
}

describe("fixtures/bad", () => {
  it("holds exactly the files scripts/fixtures/make-bad-inputs.mjs builds, byte for byte", async () => {
    const built: { name: string; bytes: Uint8Array }[] = await badFixtures();
    const committed = readdirSync(BAD_DIR, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name);
    expect(built.map((f) => f.name).sort()).toEqual(committed.sort());
    expect(built.map((f) => f.name).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of built) expect(Buffer.from(f.bytes).equals(readFileSync(join(BAD_DIR, f.name))), f.name).toBe(true);
  });

  describe.each(Object.entries(EXPECTED))("%s", (name, code) => {
    const path = join(BAD_DIR, name);

    it(`is refused by the CLI with ${code}, exit status 2, the file named, a remedy, and no output written`, async () => {
      const out = tempDir();
      const r = await runCli(["parse", path, "-o", out]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`error ${code}: ${path}`);
      expect(r.stderr).toContain("What to do: ");
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(r.stdout).toBe("");
      expect(filesIn(out)).toEqual([]);
    });

    it(`is refused by the library API with a BreakdownError ${code}`, async () => {
      expect(await codeFromLibrary(() => parse(path))).toBe(code);
      expect(await codeFromLibrary(() => parse({ data: new Uint8Array(readFileSync(path)), fileName: name }))).toBe(code);
    });
  });
});

describe("inputs refused whatever they are called", () => {
  it("reads a .doc renamed to .docx as a .doc (converted; the crafted one holds no table), and refuses an encrypted package renamed to .txt as DOCX_ENCRYPTED", async () => {
    const doc = new Uint8Array(readFileSync(join(BAD_DIR, "old-binary-word.doc")));
    expect(await codeFromLibrary(() => parse({ data: doc, fileName: "table.docx" }))).toBe("NO_TABLE_FOUND");
    const encrypted = new Uint8Array(readFileSync(join(BAD_DIR, "encrypted.docx")));
    expect(await codeFromLibrary(() => parse({ data: encrypted, fileName: "table.txt" }))).toBe("DOCX_ENCRYPTED");
  });

  it("refuses a truncated .docx renamed to .txt as DOCX_UNREADABLE (the bytes decide, not the name)", async () => {
    const truncated = new Uint8Array(readFileSync(join(BAD_DIR, "truncated.docx")));
    expect(await codeFromLibrary(() => parse({ data: truncated, fileName: "table.txt" }))).toBe("DOCX_UNREADABLE");
  });

  it("refuses an input over --max-input-bytes with INPUT_TOO_LARGE before reading it, and writes nothing", async () => {
    const out = tempDir();
    const r = await runCli(["parse", SEED, "-o", out, "--max-input-bytes", "1000"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`error INPUT_TOO_LARGE: ${SEED}`);
    expect(r.stderr).toContain("over the limit of 1000 (--max-input-bytes)");
    expect(filesIn(out)).toEqual([]);
    expect(await codeFromLibrary(() => parse(SEED, { limits: { maxInputBytes: 1000 } }))).toBe("INPUT_TOO_LARGE");
    expect(await codeFromLibrary(() => parse({ data: new Uint8Array(readFileSync(SEED)), fileName: "seed.txt" }, { limits: { maxInputBytes: 1000 } }))).toBe("INPUT_TOO_LARGE");
  });

  it("refuses a path that does not exist, or is a folder given to the library, with INPUT_NOT_FOUND", async () => {
    expect(await codeFromLibrary(() => parse(join(BAD_DIR, "no-such-file.docx")))).toBe("INPUT_NOT_FOUND");
    expect(await codeFromLibrary(() => parse(BAD_DIR))).toBe("INPUT_NOT_FOUND");
  });

  it("refuses bad library options with USAGE", async () => {
    expect(await codeFromLibrary(() => parse(SEED, { limits: { maxRows: -1 } }))).toBe("USAGE");
    expect(await codeFromLibrary(() => parse(SEED, { nonsense: true } as never))).toBe("USAGE");
    expect(await codeFromLibrary(() => parse(SEED, { encoding: "klingon" }))).toBe("USAGE");
  });
});

describe("the library API given the wrong kind of input", () => {
  it("refuses with USAGE what is neither a path nor { data: Uint8Array, fileName }", async () => {
    for (const input of [null, undefined, 123, { data: null, fileName: "t.txt" }, { data: "text", fileName: "t.txt" }, { data: new ArrayBuffer(8), fileName: "t.txt" }, { data: new Uint8Array(8) }]) {
      expect(await codeFromLibrary(() => parse(input as never)), JSON.stringify(input)).toBe("USAGE");
    }
  });

  it("resolves parseBytes's options as parse does, limits included", async () => {
    const data = new Uint8Array(readFileSync(SEED));
    expect((await parseBytes(data, "seed.txt")).tasks).toHaveLength(17);
    expect(await codeFromLibrary(() => parseBytes(data, "seed.txt", { limits: { maxRows: 3 } }))).toBe("LIMIT_EXCEEDED");
    expect(await codeFromLibrary(() => parseBytes(data, "seed.txt", { limits: { maxInputBytes: 100 } }))).toBe("INPUT_TOO_LARGE");
    expect(await codeFromLibrary(() => parseBytes("text" as never, "seed.txt"))).toBe("USAGE");
  });
});
