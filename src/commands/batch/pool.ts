import { Worker } from "node:worker_threads";
import type { FileResult } from "./convert.js";
import type { WorkerData, WorkerJob, WorkerReply } from "./worker.js";

export interface PoolEvents {
  /** A worker took a file. */
  start(job: WorkerJob): void;
  /** A file is done (converted, or failed). */
  done(result: FileResult): void;
}

const WORKER_URL = new URL("./worker.js", import.meta.url);

/**
 * Convert `jobs` on `size` worker threads, each taking the next file as soon as it is free (the
 * caller puts the largest files first, so one large file does not finish alone at the end).
 * A worker that dies (out of memory, a crash in a library) fails only the file it had; a new
 * worker takes its place. Resolves with one result per job, in job order.
 */
export function runPool(jobs: readonly WorkerJob[], size: number, data: WorkerData, events: PoolEvents): Promise<FileResult[]> {
  const results: FileResult[] = new Array(jobs.length);
  let next = 0;
  let finished = 0;
  const live = new Set<Worker>();

  return new Promise((resolvePool) => {
    const finish = (job: WorkerJob, result: FileResult): void => {
      results[job.index] = result;
      finished++;
      events.done(result);
      if (finished === jobs.length) {
        for (const w of live) void w.terminate();
        live.clear();
        resolvePool(results);
      }
    };

    const spawn = (): void => {
      if (next >= jobs.length) return;
      const worker = new Worker(WORKER_URL, { workerData: data });
      live.add(worker);
      let current: WorkerJob | null = null;
      const feed = (): void => {
        const job = jobs[next];
        if (job === undefined) {
          current = null;
          live.delete(worker);
          void worker.terminate();
          return;
        }
        next++;
        current = job;
        events.start(job);
        worker.postMessage(job);
      };
      worker.on("message", (reply: WorkerReply) => {
        const job = current;
        if (!job || reply.index !== job.index) return;
        current = null;
        finish(job, reply.result);
        feed();
      });
      const died = (error: Error): void => {
        if (!live.has(worker)) return;
        live.delete(worker);
        const job = current;
        current = null;
        if (job) {
          finish(job, {
            input: job.input,
            stem: job.stem,
            status: "failed",
            counts: null,
            outputs: [],
            error: { code: "INTERNAL", message: `The worker converting this file stopped: ${error.message}`, stack: error.stack },
          });
        }
        if (finished < jobs.length) spawn();
      };
      worker.on("error", died);
      worker.on("exit", (code) => {
        if (live.has(worker)) died(new Error(`exit code ${code}`));
      });
      feed();
    };

    if (jobs.length === 0) resolvePool(results);
    for (let i = 0; i < Math.min(size, jobs.length); i++) spawn();
  });
}
