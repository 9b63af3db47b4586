import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { BreakdownError, detail } from "../errors.js";

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
      throw new BreakdownError("OUTPUT_OVER_INPUT", detail("outputOverInput", { target, input }), { file: input });
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

// A temporary file is named `.NAME.PID.HEX.tmp` beside its target NAME: hidden, so no reader takes
// it for an output, and carrying the writer's process id, so a later run can tell a killed run's
// leftovers (issue 14, item 8: a kill during the renames left them for good) from a live writer's.
const TEMPORARY = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

function temporaryName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

/** Whether a process with this id runs now (EPERM: it runs, under another user). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Remove what an earlier, killed run left of these targets: temporary files of our own naming
 * whose target is one of them and whose writer no longer runs. Nothing else in the folder is
 * touched, and a temporary file that cannot be removed is left (the write goes on without it).
 */
function removeStaleTemporaries(dir: string, targets: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMPORARY.exec(name);
    if (!m || !targets.has(m[1] as string) || isRunning(Number(m[2]))) continue;
    const path = join(dir, name);
    try {
      if (lstatSync(path).isFile()) rmSync(path, { force: true });
    } catch {
      // Another run removed it first, or it cannot be removed: either way not this run's concern.
    }
  }
}

/** Write a temporary file and flush it to the disk, so a rename never puts an empty file in place. */
function writeTemporary(tmp: string, target: string, data: string | Uint8Array): void {
  try {
    const fd = openSync(tmp, "wx");
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new BreakdownError("OUTPUT_UNWRITABLE", detail("outputUnwritable", { target }), { file: target, cause: error });
  }
}

/** Flush a folder's entries (the renames) to the disk, where the system allows it (not on Windows). */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // A folder cannot be opened for fsync here; the files themselves were flushed.
  }
}

/** Create each target's folder and clear what a killed run left there of these targets. */
function prepareFolders(files: ReadonlyArray<{ target: string }>): string[] {
  const byFolder = new Map<string, Set<string>>();
  for (const { target } of files) {
    const dir = dirname(target);
    const names = byFolder.get(dir) ?? new Set<string>();
    names.add(basename(target));
    byFolder.set(dir, names);
  }
  for (const [dir, names] of byFolder) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      const target = join(dir, [...names][0] as string);
      throw new BreakdownError("OUTPUT_UNWRITABLE", detail("outputFolderUnwritable", { dir }), { file: target, cause: error });
    }
    removeStaleTemporaries(dir, names);
  }
  return [...byFolder.keys()];
}

/**
 * Write several files as one: every temporary file first (each flushed to the disk), then every
 * rename, so that a run interrupted while rendering or writing leaves the previous set of outputs
 * whole (the renames at the end take milliseconds, the writes before them as long as an XLSX
 * takes). A failure removes the temporary files and leaves every target as it was; temporary
 * files a killed run left of the same targets are removed first.
 *
 * The calls are synchronous: each asynchronous one is a round trip to libuv's thread pool, and on
 * a small virtual machine those round trips, not the disk, were most of the time spent writing
 * (a batch of 500 documents, 2,000 files: 2.8–3.6 s asynchronous, 0.9–1.0 s synchronous; measured
 * before the fsyncs were added). The command converting a file, or a batch worker thread, has
 * nothing else to do meanwhile.
 */
export async function writeFilesAtomic(files: ReadonlyArray<{ target: string; data: string | Uint8Array }>): Promise<void> {
  const written: Array<{ tmp: string; target: string }> = [];
  try {
    const folders = prepareFolders(files);
    for (const { target, data } of files) {
      const tmp = temporaryName(target);
      written.push({ tmp, target });
      writeTemporary(tmp, target, data);
    }
    for (const { tmp, target } of written) {
      try {
        renameSync(tmp, target);
      } catch (error) {
        throw new BreakdownError("OUTPUT_UNWRITABLE", detail("outputUnwritable", { target }), { file: target, cause: error });
      }
    }
    for (const dir of folders) syncFolder(dir);
  } catch (error) {
    for (const { tmp } of written) {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // Left behind: nothing more can be done, and the error that matters is the one thrown.
      }
    }
    throw error;
  }
}
