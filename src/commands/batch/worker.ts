import { convertToResult, serializeError, type ConvertOptions, type FileResult } from "./convert.js";

/** A job for a worker: one file, and where its result goes in the run. */
export interface WorkerJob {
  index: number;
  input: string;
  stem: string;
}

export interface WorkerData {
  options: ConvertOptions;
  allInputs: string[];
}

/** What the pool sends a worker: the run's options once, then one job at a time. */
export type WorkerMessage = { data: WorkerData } | { job: WorkerJob };

export type WorkerReply = { index: number; result: FileResult };

// A worker process of a batch (`breakdown parse DIR`): converts the files it is sent, one at a time.
let data: WorkerData | undefined;
process.on("message", (message: WorkerMessage) => {
  if ("data" in message) {
    data = message.data;
    return;
  }
  const { job } = message;
  const run = data ? convertToResult(job.input, job.stem, data.options, data.allInputs) : Promise.reject(new Error("the worker was sent a job before its options"));
  void run
    .catch((error: unknown): FileResult => ({ input: job.input, stem: job.stem, status: "failed", counts: null, outputs: [], error: serializeError(error, job.input) }))
    .then((result) => process.send?.({ index: job.index, result } satisfies WorkerReply));
});
