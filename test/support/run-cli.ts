import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers.js";

export const CLI = join(ROOT, "dist", "cli.js");

/**
 * A run of the CLI is killed after this long, before vitest's own 30 s timeout gives up on the
 * test: a test that times out must not leave a process behind it (one that hung once ran on,
 * unseen, for twenty minutes and slowed every later measurement).
 */
export const CLI_TIMEOUT_MS = 28_000;

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run `node dist/cli.js …` as a user would, never throwing: the exit status is part of the result. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...options.env }, maxBuffer: 64 * 1024 * 1024, timeout: CLI_TIMEOUT_MS, killSignal: "SIGKILL" }, (error, stdout, stderr) => {
      const status = error ? (typeof (error as { code?: unknown }).code === "number" ? ((error as { code: number }).code) : -1) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

export function tempDir(prefix = "breakdown-safety-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Every file under a folder (recursively), relative names; [] when it does not exist. */
export function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath ?? (d as unknown as { path: string }).path, d.name).slice(dir.length + 1));
  } catch {
    return [];
  }
}
