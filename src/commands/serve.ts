import { CLI_TEXTS } from "../i18n/cli.js";
import type { Lang } from "../i18n/lang.js";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { BreakdownError, detail } from "../errors.js";
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
      if (error.code === "EADDRINUSE") reject(new BreakdownError("USAGE", detail("portInUse", { port: String(options.port) }), { cause: error }));
      else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") reject(new BreakdownError("USAGE", detail("noSuchHost", { host: options.host }), { cause: error }));
      else reject(new BreakdownError("USAGE", detail("cannotListen", { where, reason: error.message }), { cause: error }));
    }
    server.once("error", onError);
  });
}

/**
 * `breakdown serve [--port 5173] [--host 127.0.0.1]`: the review page, until Ctrl+C. Prints the
 * address on its first line.
 */
export async function runServe(input: ServeOptions, lang: Lang = "en"): Promise<void> {
  const options = resolveServeOptions(input);
  const running = await startServer(options);
  process.stdout.write(`breakdown serve: ${running.url}\n`);
  if (!isLoopback(options.host)) {
    process.stderr.write(`${CLI_TEXTS[lang].serveExposed({ host: options.host })}\n`);
  }
  process.stdout.write(`${CLI_TEXTS[lang].serveOpen}\n`);
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
