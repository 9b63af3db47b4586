import { parentPort, workerData } from "node:worker_threads";
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

export type WorkerReply = { index: number; result: FileResult };

// A worker thread of `breakdown parse --jobs N`: converts the files it is sent, one at a time.
const data = workerData as WorkerData;
const port = parentPort;
if (port) {
  port.on("message", (job: WorkerJob) => {
    convertToResult(job.input, job.stem, data.options, data.allInputs)
      .catch((error: unknown): FileResult => ({ input: job.input, stem: job.stem, status: "failed", counts: null, outputs: [], error: serializeError(error, job.input) }))
      .then((result) => port.postMessage({ index: job.index, result } satisfies WorkerReply));
  });
}
