import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, SEED } from "../helpers.js";
import { runCli, tempDir } from "../support/run-cli.js";

const REVISED = fixture("reference", "seed-revised-2024.docx");
const STEM = "qianjiang-linzhangzhi-2023-2027-breakdown";

describe("breakdown parse --reference, run as a user runs it", () => {
  it("fills rows 8 and 11 of the seed from the 2024 revision, flags them for review, and exits 0", async () => {
    const out = tempDir("breakdown-reference-");
    const r = await runCli(["parse", SEED, "--reference", REVISED, "-o", out, "--format", "json,csv"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/17 tasks \(\d+ ok, \d+ repaired, 2 need review, 0 missing\)/);
    const doc = JSON.parse(readFileSync(join(out, `${STEM}.json`), "utf8"));
    const eight = doc.tasks.find((t: { seq: number }) => t.seq === 8);
    expect(eight.title).toBe("统筹推进生态保护修复");
    expect(eight.status).toBe("needs_review");
    expect(eight.repairs.filter((x: { ruleId: string }) => x.ruleId === "reference")).toHaveLength(4);
    expect(readFileSync(join(out, `${STEM}.csv`), "utf8")).toContain("统筹推进生态保护修复");
  });

  it("gives the unrelated reference's warning and exits 0; --strict still exits 3 for the rows that need review", async () => {
    const out = tempDir("breakdown-reference-");
    const r = await runCli(["parse", SEED, "--reference", fixture("docx", "lead-support-sections.docx"), "-o", out, "--format", "json"]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, `${STEM}.json`), "utf8"));
    expect(doc.messages.filter((m: { ruleId: string }) => m.ruleId === "reference-unrelated")).toHaveLength(1);
    expect((await runCli(["parse", SEED, "--reference", REVISED, "-o", out, "--format", "json", "--strict"])).status).toBe(3);
  });

  it("names a reference that cannot be read, with REFERENCE_UNREADABLE, and exits 2", async () => {
    const out = tempDir("breakdown-reference-");
    const r = await runCli(["parse", SEED, "--reference", "no-such-copy.docx", "-o", out, "--format", "json"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("REFERENCE_UNREADABLE");
    expect(r.stderr).toContain("no-such-copy.docx");
  });
});

describe("breakdown parse --reference, where the output would overwrite the reference", () => {
  it("refuses with OUTPUT_OVER_INPUT and leaves the reference as it was", async () => {
    const out = tempDir("breakdown-reference-");
    expect((await runCli(["parse", SEED, "-o", out, "--format", "json"])).status).toBe(0);
    const json = join(out, `${STEM}.json`);
    const before = readFileSync(json, "utf8");
    const r = await runCli(["parse", SEED, "--reference", json, "-o", out, "--format", "json"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("OUTPUT_OVER_INPUT");
    expect(readFileSync(json, "utf8")).toBe(before);
  });
});
