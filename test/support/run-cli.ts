import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../helpers.js";

export const CLI = join(ROOT, "dist", "cli.js");
/** The built command line that dist/cli.js runs on its own arguments (src/commands/program.ts). */
const PROGRAM = join(ROOT, "dist", "commands", "program.js");

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

export interface CliOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Run `breakdown …` as a user would: the built command line (dist/), its words on stdout and
 * stderr, its exit status, never throwing. It runs in this process (`runProgram` of
 * dist/commands/program.js, which is all dist/cli.js does with its own arguments), with the
 * environment and working folder the run asks for and stdout and stderr pipes, not a terminal;
 * runs wait for each other. Spawned, the 209 runs of the 33 files that ran the CLI took 102 s of
 * CPU, a quarter of the suite's 404 s (2026-12-06). Tests of the process itself (its exit, a
 * signal, a terminal) use `runBin`.
 */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const run = queue.then(() => runInProcess(args, options));
  queue = run.catch(() => undefined);
  return run;
}

/** `runCli` for a run that must succeed: it throws, with what the CLI said, unless the exit status is 0. */
export async function runCliOk(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const r = await runCli(args, options);
  if (r.status !== 0) throw new Error(`breakdown ${args.join(" ")} exited with ${r.status}: ${r.stderr}`);
  return r;
}

/** Run `node dist/cli.js …` in a process of its own, never throwing: the exit status is part of the result. */
export function runBin(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...options.env }, maxBuffer: 64 * 1024 * 1024, timeout: CLI_TIMEOUT_MS, killSignal: "SIGKILL" }, (error, stdout, stderr) => {
      const status = error ? (typeof (error as { code?: unknown }).code === "number" ? ((error as { code: number }).code) : -1) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

let queue: Promise<unknown> = Promise.resolve();
let program: Promise<typeof import("../../src/commands/program.js")> | undefined;

type Write = typeof process.stdout.write;

/** Set a property of a stream for one run; the function returned puts back what was there. */
function shadow(target: object, key: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true, enumerable: own?.enumerable ?? false });
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<string, unknown>)[key];
  };
}

/** Make process.env hold exactly `next` (an undefined value: the name is not set). */
function replaceEnv(next: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(process.env)) if (!(name in next)) delete process.env[name];
  for (const [name, value] of Object.entries(next)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

async function runInProcess(args: readonly string[], options: CliOptions): Promise<CliRun> {
  program ??= import(pathToFileURL(PROGRAM).href) as Promise<typeof import("../../src/commands/program.js")>;
  const { runProgram } = await program;
  const env = { ...process.env, NO_COLOR: "1", ...options.env };
  const savedEnv = { ...process.env };
  const savedCwd = process.cwd();
  const savedExitCode = process.exitCode;
  const listeners = { out: process.stdout.listeners("error"), err: process.stderr.listeners("error") };
  const captured = { stdout: "", stderr: "" };
  const capture =
    (stream: "stdout" | "stderr"): Write =>
    ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown): boolean => {
      captured[stream] += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      const done = typeof encoding === "function" ? encoding : callback;
      if (typeof done === "function") process.nextTick(done as () => void);
      return true;
    }) as Write;
  // Pipes, as a spawned process's stdout and stderr are: no terminal, no width.
  const restore = [
    shadow(process.stdout, "write", capture("stdout")),
    shadow(process.stderr, "write", capture("stderr")),
    shadow(process.stdout, "isTTY", undefined),
    shadow(process.stderr, "isTTY", undefined),
    shadow(process.stdout, "columns", undefined),
    shadow(process.stderr, "columns", undefined),
  ];
  replaceEnv(env);
  process.chdir(options.cwd ?? ROOT);
  try {
    const status = await runProgram(args, env);
    return { status, ...captured };
  } finally {
    process.chdir(savedCwd);
    replaceEnv(savedEnv);
    for (const undo of restore.reverse()) undo();
    process.exitCode = savedExitCode;
    // The listeners a run added (parse's EPIPE handler) go with it.
    for (const l of process.stdout.listeners("error")) if (!listeners.out.includes(l)) process.stdout.off("error", l as () => void);
    for (const l of process.stderr.listeners("error")) if (!listeners.err.includes(l)) process.stderr.off("error", l as () => void);
  }
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
