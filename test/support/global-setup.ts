import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findSoffice, SOFFICE_ENV } from "../../src/read/convert/libreoffice.js";
import { ROOT } from "../helpers.js";

const STAND_IN = join(ROOT, "test", "support", "soffice-cache.mjs");

/**
 * Once per run of the suite, before any test file: LibreOffice conversions go through
 * test/support/soffice-cache.mjs, which runs the real soffice once for each distinct input and
 * target and answers repeats from a folder removed at the end of the run. Without LibreOffice
 * nothing changes (the tests that need it say they are skipped, or expect LEGACY_DOC).
 */
export default function setup(): () => void {
  // Once: vitest calls this for each project of vitest.config.ts, in the same process.
  if (process.env.BREAKDOWN_TEST_SOFFICE_CACHE !== undefined) return () => undefined;
  const real = findSoffice(process.env);
  if (real === null || real === STAND_IN) return () => undefined;
  const cache = mkdtempSync(join(tmpdir(), "breakdown-soffice-cache-"));
  process.env.BREAKDOWN_TEST_SOFFICE = real;
  process.env.BREAKDOWN_TEST_SOFFICE_CACHE = cache;
  process.env[SOFFICE_ENV] = STAND_IN;
  return () => rmSync(cache, { recursive: true, force: true });
}
