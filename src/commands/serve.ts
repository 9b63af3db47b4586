import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { BreakdownError } from "../errors.js";
import { createServeApp, stopParseWorkers } from "../serve/app.js";
import { isLoopback, resolveServeOptions, type ServeOptions } from "../serve/options.js";

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

function urlOf(info: AddressInfo): string {
  const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
  return `http://${host}:${info.port}/`;
}

/** Start the review page's server; resolves once it listens, with the address it listens on. */
export function startServer(input: ServeOptions = {}): Promise<RunningServer> {
  const options = resolveServeOptions(input);
  const app = createServeApp(options);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
      server.off("error", onError);
      resolve({
        url: urlOf(info),
        close: () =>
          new Promise<void>((done) => {
            stopParseWorkers(app);
            server.close(() => done());
            // A browser tab keeps its connection open; closing the server must not wait for it.
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
    function onError(error: NodeJS.ErrnoException): void {
      const where = `${options.host}:${options.port}`;
      if (error.code === "EADDRINUSE") reject(new BreakdownError("USAGE", `--port: the port is in use, got ${options.port}; choose another with --port (0: any free port).`, { cause: error }));
      else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") reject(new BreakdownError("USAGE", `--host: this machine has no such address, got ${options.host}.`, { cause: error }));
      else reject(new BreakdownError("USAGE", `Cannot listen on ${where}: ${error.message}.`, { cause: error }));
    }
    server.once("error", onError);
  });
}

/**
 * `breakdown serve [--port 5173] [--host 127.0.0.1]`: the review page, until Ctrl+C. Prints the
 * address on its first line.
 */
export async function runServe(input: ServeOptions): Promise<void> {
  const options = resolveServeOptions(input);
  const running = await startServer(options);
  process.stdout.write(`breakdown serve: ${running.url}\n`);
  if (!isLoopback(options.host)) {
    process.stderr.write(`warning: listening on ${options.host}: other machines can reach this page and upload to it, and the check that a request names this machine (against DNS rebinding) is off.\n`);
  }
  process.stdout.write("Open the address in a browser; press Ctrl+C to stop.\n");
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void running.close().then(resolve);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
