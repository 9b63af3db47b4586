import type { ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { BreakdownError, detail } from "../../errors.js";
import { forkWorker } from "../../workers/child-process.js";
import { serializeError, type FileResult } from "./convert.js";
import type { WorkerData, WorkerJob, WorkerMessage, WorkerReply } from "./worker.js";

export interface PoolEvents {
  /** A worker took a file. */
  start(job: WorkerJob): void;
  /** A file is done (converted, or failed). */
  done(result: FileResult): void;
}

const WORKER_PATH = fileURLToPath(new URL("./worker.js", import.meta.url));

/**
 * The old-generation heap of one worker, in MB. The largest input the limits let through
 * (--max-input-bytes, 32 MB) must fit: the 17,000-row bench .docx (1.4 MB; its text 9.9 MB)
 * with all formats passes at 320 MB and dies at 160; twice that passing figure. A file that
 * exhausts it (the smuggled .docx of issue 14 with 100,000 rows) peaked at 846 MB RSS for the
 * whole run, CLI and worker, under the 1.5 GB the issue allows; each further job adds up to as much.
 */
export const WORKER_HEAP_MB = 640;

/** The failed result of a file whose worker died: out of memory, a crash in a library, a kill. */
export function diedResult(job: WorkerJob, code: number | null, signal: NodeJS.Signals | null, heapMb: number): FileResult {
  const why = signal === "SIGABRT" || code === 134 ? detail("workerOutOfMemory", { heapMb }) : detail("workerStopped", { how: signal ? `signal ${signal}` : `exit code ${code}` });
  const died = new BreakdownError("WORKER_DIED", why, { file: job.input });
  return { input: job.input, stem: job.stem, status: "failed", counts: null, outputs: [], error: serializeError(died, job.input) };
}

/**
 * Convert `jobs` on `size` worker processes, each taking the next file as soon as it is free (the
 * caller puts the largest files first, so one large file does not finish alone at the end).
 * A worker that dies (out of memory, a crash in a library, a kill) fails only the file it had;
 * a new worker takes its place. Resolves with one result per job, in job order.
 */
export function runPool(jobs: readonly WorkerJob[], size: number, data: WorkerData, events: PoolEvents, heapMb: number = WORKER_HEAP_MB): Promise<FileResult[]> {
  const results: FileResult[] = new Array(jobs.length);
  let next = 0;
  let finished = 0;
  const live = new Set<ChildProcess>();

  return new Promise((resolvePool) => {
    const finish = (job: WorkerJob, result: FileResult): void => {
      results[job.index] = result;
      finished++;
      events.done(result);
      if (finished === jobs.length) {
        for (const w of live) w.kill();
        live.clear();
        resolvePool(results);
      }
    };

    const spawn = (): void => {
      if (next >= jobs.length) return;
      const worker = forkWorker(WORKER_PATH, heapMb);
      // V8's out-of-memory report is for a developer, not the user: the file's row says it.
      worker.stderr?.resume();
      live.add(worker);
      let current: WorkerJob | null = null;
      const send = (message: WorkerMessage): void => void worker.send(message);
      const feed = (): void => {
        const job = jobs[next];
        if (job === undefined) {
          current = null;
          live.delete(worker);
          worker.disconnect();
          return;
        }
        next++;
        current = job;
        events.start(job);
        send({ job });
      };
      worker.on("message", (reply: WorkerReply) => {
        const job = current;
        if (!job || reply.index !== job.index) return;
        current = null;
        finish(job, reply.result);
        feed();
      });
      worker.on("exit", (code, signal) => {
        if (!live.has(worker)) return;
        live.delete(worker);
        const job = current;
        current = null;
        if (job) finish(job, diedResult(job, code, signal, heapMb));
        if (finished < jobs.length) spawn();
      });
      worker.on("error", () => worker.kill());
      send({ data });
      feed();
    };

    if (jobs.length === 0) resolvePool(results);
    for (let i = 0; i < Math.min(size, jobs.length); i++) spawn();
  });
}
