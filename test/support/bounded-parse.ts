import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { BreakdownDocument } from "../../src/model/document.js";

export type BoundedOutcome =
  | { kind: "document"; document: BreakdownDocument; ms: number }
  | { kind: "error"; breakdown: boolean; code: string | null; message: string; stack: string; ms: number }
  | { kind: "timeout"; ms: number };

const WORKER = fileURLToPath(new URL("./parse-worker.mjs", import.meta.url));

/**
 * `parse({ data, fileName })` of the built library in a worker thread, with a time bound:
 * a parse that does not answer within `timeoutMs` is a hang, and the worker is replaced.
 */
export class BoundedParser {
  private worker: Worker | null = null;
  private next = 0;

  private start(): Worker {
    if (!this.worker) {
      this.worker = new Worker(WORKER);
      this.worker.unref();
    }
    return this.worker;
  }

  async parse(data: Uint8Array, fileName: string, timeoutMs: number): Promise<BoundedOutcome> {
    const worker = this.start();
    const id = this.next++;
    const began = performance.now();
    return new Promise<BoundedOutcome>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
      };
      const onMessage = (m: { id: number; ok: boolean } & Record<string, unknown>): void => {
        if (m.id !== id) return;
        done();
        const ms = performance.now() - began;
        if (m.ok) resolve({ kind: "document", document: m.document as BreakdownDocument, ms });
        else resolve({ kind: "error", breakdown: Boolean(m.breakdown), code: (m.code as string | null) ?? null, message: String(m.message), stack: String(m.stack), ms });
      };
      const onError = (error: Error): void => {
        done();
        this.worker = null;
        reject(error);
      };
      const timer = setTimeout(() => {
        done();
        void worker.terminate();
        this.worker = null;
        resolve({ kind: "timeout", ms: performance.now() - began });
      }, timeoutMs);
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.postMessage({ id, data, fileName });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}
