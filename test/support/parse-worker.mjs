// Runs the built library (dist/) in a worker thread so that a caller can put a time bound on
// one parse and terminate it if it hangs: a synchronous endless loop cannot be timed out in-process.
import { parentPort } from "node:worker_threads";
import { BreakdownError, parse } from "../../dist/index.js";

parentPort.on("message", async ({ id, data, fileName }) => {
  try {
    const { document } = await parse({ data, fileName });
    parentPort.postMessage({ id, ok: true, document });
  } catch (error) {
    parentPort.postMessage({
      id,
      ok: false,
      breakdown: error instanceof BreakdownError,
      code: error?.code ?? null,
      message: String(error?.message ?? error),
      stack: String(error?.stack ?? ""),
    });
  }
});
