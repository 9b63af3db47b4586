import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FORMATS_DIR } from "../../../scripts/fixtures/make-formats.mjs";
import { BreakdownError } from "../../../src/errors.js";
import { parse } from "../../../src/index.js";
import { convertWithLibreOffice, findSoffice, SOFFICE_ENV, TIMEOUT_ENV } from "../../../src/read/convert/libreoffice.js";
import { fixture } from "../../helpers.js";

const CONVERSION_TEST_MS = 120_000;
const dir = mkdtempSync(join(tmpdir(), "breakdown-soffice-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FORMATS_DIR, name)));

async function errorOf(promise: Promise<unknown>): Promise<BreakdownError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof BreakdownError)) throw new Error(`expected a BreakdownError, got ${String(error)}`);
  return error;
}

describe("converting with LibreOffice", () => {
  it("without LibreOffice (BREAKDOWN_SOFFICE names a missing program), a .doc is LEGACY_DOC naming the Debian package", async () => {
    const env = { ...process.env, [SOFFICE_ENV]: join(dir, "no-such-soffice") };
    const doc = await errorOf(convertWithLibreOffice(bytesOf("seed-clean.doc"), "seed-clean.doc", "doc", env));
    expect(doc.code).toBe("LEGACY_DOC");
    expect(doc.message).toContain("apt-get install libreoffice-writer-nogui");
    expect(doc.message).toContain(SOFFICE_ENV);
    const xls = await errorOf(convertWithLibreOffice(bytesOf("formats-table.xls"), "formats-table.xls", "xls", env));
    expect(xls.code).toBe("LEGACY_DOC");
    expect(xls.message).toContain("libreoffice-calc-nogui");
    expect(findSoffice({ PATH: dir })).toBeNull();
  });

  it("through the library, the same: the environment is read when the file is", async () => {
    const saved = process.env[SOFFICE_ENV];
    process.env[SOFFICE_ENV] = join(dir, "no-such-soffice");
    try {
      const error = await errorOf(parse(join(FORMATS_DIR, "seed-clean.doc")));
      expect(error.code).toBe("LEGACY_DOC");
      expect(error.remedy).toContain("libreoffice-writer-nogui");
    } finally {
      if (saved === undefined) delete process.env[SOFFICE_ENV];
      else process.env[SOFFICE_ENV] = saved;
    }
  });

  it("stops a conversion that outlives the time limit, the whole process group with it (CONVERSION_TIMEOUT)", { timeout: CONVERSION_TEST_MS }, async () => {
    // A stand-in soffice that answers --version, then starts a child that outlives it, as soffice starts soffice.bin.
    const pidFile = join(dir, "child.pid");
    const fake = join(dir, "slow-soffice");
    writeFileSync(fake, `#!/bin/sh\nif [ "$1" = "--version" ]; then echo "LibreOffice 0.0.0.0 test"; exit 0; fi\nsleep 300 &\necho $! > ${pidFile}\nwait\n`);
    chmodSync(fake, 0o755);
    const env = { ...process.env, [SOFFICE_ENV]: fake, [TIMEOUT_ENV]: "1500" };
    const error = await errorOf(convertWithLibreOffice(bytesOf("seed-clean.doc"), "seed-clean.doc", "doc", env));
    expect(error.code).toBe("CONVERSION_TIMEOUT");
    expect(error.message).toMatch(/longer than 2 s/);
    const child = Number(readFileSync(pidFile, "utf8"));
    // Killed: gone, or a zombie waiting for whichever process adopted it to reap it (state Z in /proc).
    const alive = (): boolean => existsSync(`/proc/${child}/stat`) && !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${child}/stat`, "utf8"));
    await new Promise((r) => setTimeout(r, 200));
    expect(alive()).toBe(false);
  });

  it("says CONVERSION_FAILED when LibreOffice writes nothing, and removes its temporary directory", { timeout: CONVERSION_TEST_MS }, async () => {
    const fake = join(dir, "failing-soffice");
    writeFileSync(fake, `#!/bin/sh\nif [ "$1" = "--version" ]; then echo "LibreOffice 0.0.0.0 test"; exit 0; fi\necho "Error: source file could not be loaded" >&2\necho "$PWD" > ${join(dir, "cwd")}\nexit 1\n`);
    chmodSync(fake, 0o755);
    const error = await errorOf(convertWithLibreOffice(bytesOf("seed-clean.doc"), "seed-clean.doc", "doc", { ...process.env, [SOFFICE_ENV]: fake }));
    expect(error.code).toBe("CONVERSION_FAILED");
    expect(error.message).toContain("source file could not be loaded");
    expect(existsSync(readFileSync(join(dir, "cwd"), "utf8").trim())).toBe(false);
  });

  it("a crafted .doc or .wps (an OLE2 file whose Word stream is filler) still gets a coded error that says it was converted", { timeout: CONVERSION_TEST_MS }, async () => {
    for (const name of ["old-binary-word.doc", "wps-document.wps"]) {
      const error = await errorOf(parse(fixture("bad", name)));
      expect(["NO_TABLE_FOUND", "CONVERSION_FAILED"]).toContain(error.code);
      expect([error.message, ...error.details].join("\n")).toMatch(/converted|LibreOffice/);
    }
  });

  it("runs soffice with a private profile that turns macros off, and no other flag than --headless, --convert-to and --outdir", async () => {
    const fake = join(dir, "recording-soffice");
    const seen = join(dir, "seen");
    writeFileSync(
      fake,
      `#!/bin/sh\nif [ "$1" = "--version" ]; then echo "LibreOffice 0.0.0.0 test"; exit 0; fi\nprintf '%s\\n' "$@" > ${seen}.args\nprofile=$(printf '%s' "$1" | sed 's|^-env:UserInstallation=file://||')\ncat "$profile/user/registrymodifications.xcu" > ${seen}.xcu\nexit 1\n`,
    );
    chmodSync(fake, 0o755);
    await errorOf(convertWithLibreOffice(bytesOf("seed-clean.doc"), "seed-clean.doc", "doc", { ...process.env, [SOFFICE_ENV]: fake }));
    const args = readFileSync(`${seen}.args`, "utf8").trim().split("\n");
    expect(args[0]).toMatch(/^-env:UserInstallation=file:\/\/.*breakdown-convert-/);
    expect(args.filter((a) => a.startsWith("-")).map((a) => a.replace(/=.*/, ""))).toEqual(["-env:UserInstallation", "--headless", "--convert-to", "--outdir"]);
    const xcu = readFileSync(`${seen}.xcu`, "utf8");
    expect(xcu).toMatch(/name="DisableMacrosExecution" oor:op="fuse"><value>true</);
    expect(xcu).toMatch(/name="MacroSecurityLevel" oor:op="fuse"><value>3</);
  });

  it("converts a WPS .wps and a WPS .et (Word's and Excel's binary formats under WPS's names), the provenance naming them", { timeout: CONVERSION_TEST_MS }, async () => {
    const { document: wps } = await parse({ data: bytesOf("seed-clean.doc"), fileName: "table.wps" });
    expect(wps.document.source.convertedFrom?.format).toBe("wps");
    expect(wps.tasks.length).toBe(17);
    const { document: et } = await parse({ data: bytesOf("formats-table.xls"), fileName: "table.et" });
    expect(et.document.source).toMatchObject({ format: "xlsx", convertedFrom: { format: "et" } });
    expect(et.tasks.length).toBe(17);
  });

  it("refuses an OpenDocument zip bomb before LibreOffice opens it, as a .docx's (DOCX_UNSAFE)", async () => {
    const saved = process.env[SOFFICE_ENV];
    // No LibreOffice at all: the guard must answer first.
    process.env[SOFFICE_ENV] = join(dir, "no-such-soffice");
    try {
      const error = await errorOf(parse(join(FORMATS_DIR, "odt-bomb-ratio.odt")));
      expect(error.code).toBe("DOCX_UNSAFE");
    } finally {
      if (saved === undefined) delete process.env[SOFFICE_ENV];
      else process.env[SOFFICE_ENV] = saved;
    }
  });
});
