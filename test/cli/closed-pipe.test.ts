import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const CLI = join(ROOT, "dist", "cli.js");

describe("a reader that closes the pipe early (breakdown schema | head -1)", () => {
  it("ends the program quietly: exit status 0 and no stack trace", async () => {
    const child = spawn(process.execPath, [CLI, "schema"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString("utf8");
    });
    // Closed before the program writes: its first write meets a closed pipe (EPIPE).
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
