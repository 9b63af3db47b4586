import { execFile, spawn } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { startServer } from "../../src/commands/serve.js";
import { ROOT } from "../helpers.js";

const run = promisify(execFile);
const CLI = join(ROOT, "dist", "cli.js");

async function serveFails(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, [CLI, "serve", ...args], { cwd: ROOT, encoding: "utf8", timeout: 10_000 });
    return { code: 0, stderr: "" };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

describe("breakdown serve, run as a user runs it", () => {
  it("listens on 127.0.0.1, serves the page, and stops on SIGTERM with status 0", async () => {
    const child = spawn(process.execPath, [CLI, "serve", "--port", "0"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    const url = await new Promise<string>((resolve) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString("utf8");
        const m = /^breakdown serve: (\S+)$/m.exec(out);
        if (m) resolve(m[1] as string);
      });
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<script type="module" src="/app.js"></script>');
    const exit = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
  });

  it("refuses a port that is in use with USAGE, naming the port", async () => {
    const busy = await startServer({ port: 0 });
    try {
      const port = new URL(busy.url).port;
      const r = await serveFails("--port", port);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("error USAGE");
      expect(r.stderr).toContain(`--port: the port is in use, got ${port}`);
    } finally {
      await busy.close();
    }
  });

  it("refuses option values that are not numbers with USAGE, saying what it expected and what it got", async () => {
    const port = await serveFails("--port", "70000");
    expect(port.code).toBe(2);
    expect(port.stderr).toContain("--port: expected a port number from 0 to 65535, got 70000.");
    const limit = await serveFails("--max-upload-bytes", "lots");
    expect(limit.stderr).toContain("--max-upload-bytes: expected a positive whole number of bytes, got lots.");
    expect(limit.stderr).not.toMatch(/\n\s+at /);
  });

  it("warns when it listens where other machines can reach it, and that the host check is then off", async () => {
    const child = spawn(process.execPath, [CLI, "serve", "--port", "0", "--host", "0.0.0.0"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    const stderr = await new Promise<string>((resolve) => {
      let err = "";
      child.stderr.on("data", (chunk: Buffer) => {
        err += chunk.toString("utf8");
        if (err.includes("\n")) resolve(err);
      });
    });
    child.kill("SIGTERM");
    expect(stderr).toBe("warning: listening on 0.0.0.0: other machines can reach this page and upload to it, and the check that a request names this machine (against DNS rebinding) is off.\n");
  });
});
