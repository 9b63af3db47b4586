#!/usr/bin/env node
// A stand-in for soffice in the test suite (BREAKDOWN_SOFFICE, set by test/support/global-setup.ts):
// it runs the real LibreOffice (BREAKDOWN_TEST_SOFFICE) once for each distinct input and target
// format in a run of the suite, keeps what it wrote in BREAKDOWN_TEST_SOFFICE_CACHE, and answers
// the same conversion again from there. LibreOffice takes ~3 s to start; the suite converted the
// same few files 32 times. A conversion that writes nothing is never kept: it runs every time.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { fileURLToPath } from "node:url";

const real = process.env.BREAKDOWN_TEST_SOFFICE;
const cache = process.env.BREAKDOWN_TEST_SOFFICE_CACHE;
if (!real || !cache) {
  process.stderr.write("soffice-cache: BREAKDOWN_TEST_SOFFICE and BREAKDOWN_TEST_SOFFICE_CACHE must be set\n");
  process.exit(70);
}
// Never itself: a stand-in that called itself would start copies of itself without end.
if (realpathSync(real) === realpathSync(fileURLToPath(import.meta.url))) {
  process.stderr.write("soffice-cache: BREAKDOWN_TEST_SOFFICE names this stand-in, not LibreOffice\n");
  process.exit(70);
}
const args = process.argv.slice(2);

/** Run the real soffice with these arguments, its output passed through; resolves to its exit status. */
function runReal(capture) {
  return new Promise((resolve) => {
    const child = spawn(real, args, { stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"] });
    let stdout = "";
    child.stdout?.on("data", (d) => {
      stdout += d.toString("utf8");
    });
    child.on("error", (error) => {
      process.stderr.write(`soffice-cache: ${error.message}\n`);
      resolve({ status: 71, stdout });
    });
    child.on("close", (code, signal) => resolve({ status: code ?? (signal ? 128 : 1), stdout }));
  });
}

/** Put `dir` in the cache as `key`, unless another run put it there first. */
function keep(dir, key) {
  try {
    renameSync(dir, join(cache, key));
  } catch {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (args[0] === "--version") {
  const file = join(cache, "version", "stdout");
  if (existsSync(file)) {
    process.stdout.write(readFileSync(file));
    process.exit(0);
  }
  const r = await runReal(true);
  process.stdout.write(r.stdout);
  if (r.status === 0) {
    const tmp = join(cache, `version.${process.pid}`);
    mkdirSync(tmp, { recursive: true });
    writeFileSync(join(tmp, "stdout"), r.stdout);
    keep(tmp, "version");
  }
  process.exit(r.status);
}

const target = args[args.indexOf("--convert-to") + 1];
const outdir = args[args.indexOf("--outdir") + 1];
const input = args.at(-1);
if (args.indexOf("--convert-to") < 0 || args.indexOf("--outdir") < 0 || !target || !outdir || !input) {
  process.exit((await runReal(false)).status);
}
const key = createHash("sha256").update(target).update("\0").update(readFileSync(input)).digest("hex");
const hit = join(cache, key);
if (existsSync(hit)) {
  const [written] = readdirSync(hit);
  mkdirSync(outdir, { recursive: true });
  copyFileSync(join(hit, written), join(outdir, `${basename(input, extname(input))}${extname(written)}`));
  process.exit(0);
}
const r = await runReal(false);
const written = existsSync(outdir) ? readdirSync(outdir) : [];
if (r.status === 0 && written.length === 1) {
  const tmp = join(cache, `${key}.${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  copyFileSync(join(outdir, written[0]), join(tmp, written[0]));
  keep(tmp, key);
}
process.exit(r.status);
