import { availableParallelism } from "node:os";

/**
 * Cores one job keeps busy: its worker thread, and V8's garbage collector and compiler threads
 * beside it. Measured at 1.19–1.40 on the 500-document bench batch (docs/benchmarks.md, "Batch").
 */
const CORES_PER_JOB = 1.4;

/**
 * Files a job must have for one more worker to pay for itself: each worker is a V8 isolate that
 * loads and compiles the reader and the writers again (about 0.3 s of CPU; measured in the
 * README's "Batch runs and speed"), which a small file takes about 0.04 s to read.
 */
const MIN_FILES_PER_JOB = 20;

/**
 * How many files are converted at once when `--jobs` is not given: never slower than one job.
 * On a machine of two cores or fewer, one: a job already keeps 1.2–1.4 cores busy, and two
 * were measured slower than one (issue 14: 17 against 27 documents a second on 200 small .docx
 * files). With more cores, as many jobs as the cores hold at 1.4 cores each, but no more than
 * the batch has files for (20 a job).
 */
export function defaultJobs(files: number, cores: number = availableParallelism()): number {
  const byCores = Math.floor(cores / CORES_PER_JOB);
  const byFiles = Math.floor(files / MIN_FILES_PER_JOB);
  return Math.max(1, Math.min(byCores, byFiles));
}
