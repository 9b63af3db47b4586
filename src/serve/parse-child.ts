import { doWork, serializeWorkError, type ServeWork, type WorkReply } from "./work.js";

// A parse worker of `breakdown serve`: a child process that does one request's work at a time,
// under the server's memory limit (--max-old-space-size) and killed past its time limit.
process.on("message", (work: ServeWork) => {
  void doWork(work)
    .then((value): WorkReply => ({ ok: true, value }))
    .catch((error: unknown): WorkReply => ({ ok: false, error: serializeWorkError(error) }))
    .then((reply) => process.send?.(reply));
});
