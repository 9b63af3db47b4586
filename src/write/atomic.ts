import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { realpathSync } from "node:fs";
import { BreakdownError } from "../errors.js";

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Refuse to write over one of the inputs. */
export function assertNotInput(target: string, inputs: readonly string[]): void {
  const t = real(target);
  for (const input of inputs) {
    if (real(input) === t) {
      throw new BreakdownError("OUTPUT_OVER_INPUT", `Writing ${target} would overwrite the input ${input}.`, { file: input });
    }
  }
}

/**
 * Write a file atomically: to a temporary file in the same folder, then rename it into
 * place, so an interrupted run leaves the previous output whole.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await writeFilesAtomic([{ target, data }]);
}

/**
 * Write several files as one: every temporary file first, then every rename, so that a run
 * interrupted while rendering or writing leaves the previous set of outputs whole (the renames
 * at the end take milliseconds, the writes before them as long as an XLSX takes). A failure
 * removes the temporary files and leaves every target as it was.
 */
export async function writeFilesAtomic(files: ReadonlyArray<{ target: string; data: string | Uint8Array }>): Promise<void> {
  const written: Array<{ tmp: string; target: string }> = [];
  try {
    for (const { target, data } of files) {
      const dir = dirname(target);
      try {
        await mkdir(dir, { recursive: true });
      } catch (error) {
        throw new BreakdownError("OUTPUT_UNWRITABLE", `The output folder ${dir} cannot be created.`, { file: target, cause: error });
      }
      const tmp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
      written.push({ tmp, target });
      try {
        await writeFile(tmp, data);
      } catch (error) {
        throw new BreakdownError("OUTPUT_UNWRITABLE", `${target} cannot be written.`, { file: target, cause: error });
      }
    }
    for (const { tmp, target } of written) {
      try {
        await rename(tmp, target);
      } catch (error) {
        throw new BreakdownError("OUTPUT_UNWRITABLE", `${target} cannot be written.`, { file: target, cause: error });
      }
    }
  } catch (error) {
    await Promise.all(written.map(({ tmp }) => rm(tmp, { force: true }).catch(() => undefined)));
    throw error;
  }
}
