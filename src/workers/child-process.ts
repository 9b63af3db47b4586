import { fork, type ChildProcess } from "node:child_process";

/**
 * Where a worker's old generation starts, in MB. Under a heap limit V8 starts it small and
 * collects it again and again: on 166 small .docx, one batch worker at 640 MB spent 9.1–10.1 s of
 * CPU against 5.3–5.9 s read in one process, and 5.0 s with this (the machine's load average 13–15).
 */
export const INITIAL_HEAP_MB = 128;

/** The flags of a worker process: its heap's limit, and where its old generation starts. */
export function heapFlags(heapMb: number): string[] {
  return [`--max-old-space-size=${heapMb}`, `--initial-old-space-size=${Math.min(INITIAL_HEAP_MB, heapMb)}`];
}

/**
 * A worker for one file at a time, the batch's or the review page's: a child process, not a worker
 * thread, under a heap limit. A worker thread over its `resourceLimits` can abort the whole process
 * (V8's "CALL_AND_RETRY_LAST Allocation failed", exit 134; seen here on the 17,000-row .docx at a
 * 160 MB limit, 4 runs in 5; nodejs/node#47224), a child only itself. It talks over IPC with
 * structured clones; its stdout is dropped and its stderr piped, for the caller to read or drain.
 */
export function forkWorker(script: string, heapMb: number): ChildProcess {
  return fork(script, [], { execArgv: heapFlags(heapMb), serialization: "advanced", stdio: ["ignore", "ignore", "pipe", "ipc"] });
}
