import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BAD_DIR } from "../../scripts/fixtures/make-bad-inputs.mjs";
import { fixture, SEED } from "../helpers.js";
import { filesIn, runCli, tempDir } from "../support/run-cli.js";

const BAD: Record<string, string> = {
  "not-a-zip.docx": "DOCX_UNREADABLE",
  "truncated.docx": "DOCX_UNREADABLE",
  // Crafted OLE2 files whose Word stream is filler: LibreOffice converts them to a document with no table.
  "old-binary-word.doc": "NO_TABLE_FOUND",
  "wps-document.wps": "NO_TABLE_FOUND",
  "encrypted.docx": "DOCX_ENCRYPTED",
  "no-document.docx": "DOCX_NO_DOCUMENT",
  "no-breakdown-table.txt": "NO_TABLE_FOUND",
  "unknown-encoding-big5.txt": "ENCODING_UNKNOWN",
  "empty.docx": "INPUT_EMPTY",
  "zip-bomb-lying-sizes.docx": "DOCX_UNSAFE",
  "xml-entities.docx": "DOCX_UNSAFE",
};
const GOOD = [SEED, fixture("docx", "seed-clean.docx")];
const GOOD_OUTPUTS = ["qianjiang-linzhangzhi-2023-2027-breakdown.json", "seed-clean.json"];

describe.each(["1", "2"])("a batch with bad files among good ones (--jobs %s)", (jobs) => {
  const run = (async () => {
    const out = tempDir();
    const bad = Object.keys(BAD).map((n) => join(BAD_DIR, n));
    const missing = join(BAD_DIR, "no-such-file.txt");
    // Bad files first and between the good ones: the run must go on past each.
    const inputs = [bad[0] as string, GOOD[0] as string, ...bad.slice(1, 6), missing, GOOD[1] as string, ...bad.slice(6)];
    return { out, missing, r: await runCli(["parse", ...inputs, "-o", out, "-f", "json", "--jobs", jobs, "--progress", "lines"]) };
  })();

  it("converts every good file, writing nothing for the bad ones", async () => {
    const { out } = await run;
    expect(filesIn(out).sort()).toEqual(GOOD_OUTPUTS);
  });

  it("reports each bad file with its code, file and remedy, and no stack trace", async () => {
    const { r, missing } = await run;
    for (const [name, code] of Object.entries(BAD)) expect(r.stderr).toContain(`error ${code}: ${join(BAD_DIR, name)}`);
    expect(r.stderr).toContain(`error INPUT_NOT_FOUND: ${missing}`);
    expect(r.stderr.match(/What to do: /g)).toHaveLength(Object.keys(BAD).length + 1);
    expect(r.stderr).not.toContain("INTERNAL");
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it("exits with status 2 because some failed", async () => {
    expect((await run).r.status).toBe(2);
  });
});

describe("a batch's exit status", () => {
  it("is 0 when every file was read, 3 under --strict when rows need review, and 2 when one failed even under --strict", async () => {
    const ok = await runCli(["parse", ...GOOD, "-o", tempDir(), "-f", "json", "--jobs", "2"]);
    expect(ok.status).toBe(0);
    const strict = await runCli(["parse", ...GOOD, "-o", tempDir(), "-f", "json", "--jobs", "2", "--strict"]);
    expect(strict.status).toBe(3);
    const failed = await runCli(["parse", ...GOOD, join(BAD_DIR, "truncated.docx"), "-o", tempDir(), "-f", "json", "--jobs", "2", "--strict"]);
    expect(failed.status).toBe(2);
  });
});
