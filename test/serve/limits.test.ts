import { connect } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/commands/serve.js";
import { readBytes, SEED } from "../helpers.js";

/** A tab-delimited breakdown table of `rows` tasks, as extracted text (20,000 rows: about 2 MB). */
function largeTable(rows: number): Uint8Array {
  const lines = ["某县2024年重点工作任务分解表", "序号\t重点任务\t主要内容\t责任单位\t联系人"];
  for (let i = 1; i <= rows; i++) lines.push(`${i}\t推进第${i}项重点工作\t围绕年度目标细化工作措施，确保按期完成。\t县发展改革局、县财政局\t张三`);
  return new TextEncoder().encode(`${lines.join("\n")}\n`);
}

const LARGE = largeTable(20_000);
const servers: RunningServer[] = [];

async function start(options: Parameters<typeof startServer>[0]): Promise<string> {
  const server = await startServer({ port: 0, ...options });
  servers.push(server);
  return server.url;
}

afterAll(async () => {
  for (const s of servers) await s.close();
});

/**
 * POST a document to /api/parse as the page does (fetch sends no Origin of its own), from an
 * English browser: the errors are checked by their English sentences.
 */
function upload(url: string, data: Uint8Array, name: string, headers: Record<string, string> = {}): Promise<Response> {
  const form = new FormData();
  form.append("document", new Blob([new Uint8Array(data)]), name);
  return fetch(new URL("/api/parse", url), { method: "POST", body: form, headers: { "accept-language": "en", ...headers } });
}

/** A request written by hand, for headers fetch will not send: the status line's code. */
function rawStatus(url: string, request: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(request));
    let answer = "";
    socket.on("data", (chunk: Buffer) => {
      answer += chunk.toString("latin1");
    });
    socket.on("close", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.on("error", reject);
  });
}

describe("breakdown serve under a hostile or unlucky upload", () => {
  it("answers a file that exhausts its parse worker's memory with WORKER_DIED, and reads the next upload", async () => {
    const url = await start({ workerHeapMb: 40 });
    const died = await upload(url, LARGE, "large-table.txt");
    expect(died.status).toBe(422);
    const body = (await died.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("WORKER_DIED");
    expect(body.error.message).toContain("ran out of memory (a parse worker's heap is limited to 40 MB)");
    const next = await upload(url, readBytes(SEED), "seed.txt");
    expect(next.status).toBe(200);
    expect(((await next.json()) as { view: { counts: { tasks: number } } }).view.counts.tasks).toBe(17);
  });

  it("stops a parse past --parse-timeout with TIME_LIMIT", async () => {
    // A limit shorter than a worker takes to start: the parse is stopped however fast the machine is.
    const url = await start({ parseTimeout: 0.05 });
    const r = await upload(url, LARGE, "large-table.txt");
    expect(r.status).toBe(422);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe("TIME_LIMIT");
  });

  it("answers other requests while a long parse runs", async () => {
    const url = await start({});
    let parsed = false;
    const slow = upload(url, LARGE, "large-table.txt").then((r) => {
      parsed = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The page is answered before the 20,000-row upload is: the parse does not block the server.
    expect((await fetch(url)).status).toBe(200);
    expect(parsed).toBe(false);
    expect((await slow).status).toBe(200);
  }, 60_000);

  it("answers 503 with Retry-After and SERVER_BUSY past the parses it runs and the few that wait", async () => {
    const url = await start({ maxParses: 1, parseTimeout: 2 });
    const answers = await Promise.all([1, 2, 3, 4].map(() => upload(url, LARGE, "large-table.txt")));
    const busy = answers.filter((r) => r.status === 503);
    expect(busy).toHaveLength(1);
    const [refused] = busy as [Response];
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("SERVER_BUSY");
    // The others were read in turn: stopped at the time limit, or read within it on a quiet machine.
    for (const r of answers.filter((a) => a.status !== 503)) {
      const body = (await r.json()) as { error?: { code: string } };
      expect(r.status === 200 || body.error?.code === "TIME_LIMIT", `${r.status} ${JSON.stringify(body.error)}`).toBe(true);
    }
  }, 20_000);

  it("refuses an upload from another site with 403, and takes one from its own page", async () => {
    const url = await start({});
    const own = new URL(url).origin;
    const crossSite: Record<string, string>[] = [{ origin: "http://attacker.example" }, { origin: "null" }, { "sec-fetch-site": "cross-site" }, { "sec-fetch-site": "same-site" }, { origin: own, "sec-fetch-site": "cross-site" }];
    for (const headers of crossSite) {
      const r = await upload(url, readBytes(SEED), "seed.txt", headers);
      expect(r.status, JSON.stringify(headers)).toBe(403);
      expect(((await r.json()) as { error: { message: string } }).error.message).toContain("This server answers only its own page");
    }
    expect((await upload(url, readBytes(SEED), "seed.txt", { origin: own, "sec-fetch-site": "same-origin" })).status).toBe(200);
  });

  it("answers 400, not 500, to a request with an empty or a repeated Host", async () => {
    for (const host of ["127.0.0.1", "0.0.0.0"]) {
      const url = await start({ host });
      const at = new URL(url.replace("0.0.0.0", "127.0.0.1"));
      expect(await rawStatus(at.href, "GET / HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n"), `${host}, empty`).toBe(400);
      expect(await rawStatus(at.href, `GET / HTTP/1.1\r\nHost: ${at.host}\r\nHost: attacker.example\r\nConnection: close\r\n\r\n`), `${host}, repeated`).toBe(400);
      expect(await rawStatus(at.href, `GET / HTTP/1.1\r\nHost: ${at.host}\r\nConnection: close\r\n\r\n`), `${host}, one`).toBe(200);
    }
  });
});
