import type { ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { BreakdownError } from "../errors.js";
import { forkWorker } from "../workers/child-process.js";
import { reviveWorkError, type ServeWork, type WorkReply } from "./work.js";

export interface RunnerLimits {
  /** A parse worker's old-generation heap, in MB. */
  heapMb: number;
  /** How long one request's work may take before its worker is killed. */
  timeoutMs: number;
  /** Requests worked on at once, each in its own worker process. */
  maxParses: number;
  /** Requests that may wait for a worker; past that, SERVER_BUSY (503). */
  maxWaiting: number;
}

/**
 * The parse worker's script. Run from the sources (vitest imports src/serve/*.ts), the built one
 * in dist/: a child process cannot load TypeScript (the tests build first: `npm test`'s pretest).
 */
function childScript(): string {
  const here = import.meta.url;
  if (here.endsWith(".ts")) return fileURLToPath(new URL("../../dist/serve/parse-child.js", here));
  return fileURLToPath(new URL("./parse-child.js", here));
}

/**
 * Runs each request's parse in a child process, under a memory limit and a time limit, so that
 * one upload can neither take the server down (a heap abort ends only the child) nor block it
 * (the server's own thread only reads forms and answers). At most `maxParses` at once, and
 * `maxWaiting` waiting; workers are reused while they live.
 */
export class ParseRunner {
  private readonly idle: ChildProcess[] = [];
  private readonly waiting: Array<() => void> = [];
  private running = 0;

  constructor(private readonly limits: RunnerLimits) {}

  async run(work: ServeWork): Promise<unknown> {
    if (this.running < this.limits.maxParses) this.running++;
    else if (this.waiting.length < this.limits.maxWaiting) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else throw new BreakdownError("SERVER_BUSY", `The page is reading ${this.running} files and ${this.waiting.length} more are waiting, the most it takes at once.`);
    try {
      return await this.runOnWorker(work);
    } finally {
      // The slot goes straight to the next request waiting, so none can jump the queue.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  /** Kill every worker (the server is closing). */
  close(): void {
    for (const child of this.idle.splice(0)) child.kill();
  }

  private spawn(): ChildProcess {
    const child = forkWorker(childScript(), this.limits.heapMb);
    // V8's out-of-memory report is for a developer, not the log of a review page.
    child.stderr?.resume();
    child.once("exit", () => {
      const at = this.idle.indexOf(child);
      if (at !== -1) this.idle.splice(at, 1);
    });
    return child;
  }

  private runOnWorker(work: ServeWork): Promise<unknown> {
    const child = this.idle.pop() ?? this.spawn();
    child.ref();
    channelOf(child)?.ref();
    return new Promise((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
      };
      const onMessage = (reply: WorkReply): void => {
        done();
        this.keep(child);
        if (reply.ok) resolve(reply.value);
        else reject(reviveWorkError(reply.error));
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
        done();
        const why = signal === "SIGABRT" || code === 134 ? `it ran out of memory (a parse worker's heap is limited to ${this.limits.heapMb} MB)` : `it stopped (${signal ? `signal ${signal}` : `exit code ${code}`})`;
        reject(new BreakdownError("WORKER_DIED", `The worker reading this file was lost: ${why}. The page goes on working.`, { file: fileOf(work) }));
      };
      const timer = setTimeout(() => {
        done();
        child.kill("SIGKILL");
        reject(new BreakdownError("TIME_LIMIT", `Reading the file took longer than ${this.limits.timeoutMs / 1000} s, the page's limit; it was stopped.`, { file: fileOf(work) }));
      }, this.limits.timeoutMs);
      child.on("message", onMessage);
      child.on("exit", onExit);
      child.send(work);
    });
  }

  /** An idle worker waits for the next request without keeping the server's process alive. */
  private keep(child: ChildProcess): void {
    if (this.idle.length >= this.limits.maxParses) {
      child.kill();
      return;
    }
    child.unref();
    channelOf(child)?.unref();
    this.idle.push(child);
  }
}

function fileOf(work: ServeWork): string {
  return "upload" in work ? work.upload.fileName : `${work.old.fileName}, ${work.new.fileName}`;
}

/** The IPC channel, whose ref keeps the process alive as the child's own does (Node documents both). */
function channelOf(child: ChildProcess): { ref(): void; unref(): void } | undefined {
  return (child as unknown as { channel?: { ref(): void; unref(): void } }).channel;
}
