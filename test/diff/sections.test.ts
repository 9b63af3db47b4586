import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diff, parse, type BreakdownDocument } from "../../src/index.js";
import { fixture } from "../helpers.js";
import { runCli, tempDir } from "../support/run-cli.js";

const CLEAN = fixture("docx", "seed-clean.docx");
const REPEATED = fixture("docx", "seed-section-repeated.docx");

/**
 * The document as a reader that gave a repeated section row a section of its own wrote it: 三
 * printed again before task 10, tasks 10 and 11 in a second section 三#2 (a JSON from before
 * issue 14, item 10).
 */
function withSecondSection(doc: BreakdownDocument): BreakdownDocument {
  const copy = structuredClone(doc);
  const at = copy.sections.findIndex((s) => s.id === "三");
  const three = copy.sections[at];
  if (!three) throw new Error("no section 三");
  copy.sections.splice(at + 1, 0, { ...three, id: "三#2" });
  for (const t of copy.tasks) if (t.seq === 10 || t.seq === 11) t.section = "三#2";
  return copy;
}

describe("sections are compared by number and title, not by the reader's ids", async () => {
  const { document: clean } = await parse(CLEAN);

  it("finds no difference between a table and the same table split with its section row repeated", async () => {
    const r = await runCli(["diff", CLEAN, REPEATED]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Tasks: 0 added, 0 removed, 0 moved, 0 renumbered, 0 modified, 2 not comparable, 15 unchanged");
    expect(r.stdout).toContain("Sections: 0 added, 0 removed, 0 renamed, 0 renumbered, 0 moved, 5 unchanged");
    expect(r.stdout.endsWith("No differences in the tasks both versions can read.\n")).toBe(true);
    expect(r.status).toBe(0);
  });

  it("never reports a task moved from 三 to the same 三, whichever side has the second 三 (a JSON written before)", () => {
    for (const [a, b] of [
      [clean, withSecondSection(clean)],
      [withSecondSection(clean), clean],
      [withSecondSection(clean), withSecondSection(clean)],
    ] as const) {
      const result = diff(a, b);
      expect(result.summary.tasks.moved).toBe(0);
      expect(result.summary.sections).toEqual({ added: 0, removed: 0, moved: 0, renumbered: 0, renamed: 0, unchanged: 5 });
      expect(result.summary.different).toBe(false);
    }
  });

  it("reads a JSON with the second 三 through the CLI the same way", async () => {
    const dir = tempDir();
    const old = join(dir, "old.json");
    writeFileSync(old, JSON.stringify(withSecondSection(clean)));
    const r = await runCli(["diff", old, REPEATED, "-o", dir, "--format", "json"]);
    expect(r.status).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, "diff.json"), "utf8"));
    expect(written.summary.tasks.moved).toBe(0);
    expect(written.tasks.find((t: { new: { seq: number } | null }) => t.new?.seq === 10)).toMatchObject({ kind: "unchanged", old: { section: "三" }, new: { section: "三" } });
  });

  it("still reports a task moved to another section, and a section only one version has", () => {
    const moved = structuredClone(clean);
    const ten = moved.tasks.find((t) => t.seq === 10);
    if (!ten) throw new Error("no task 10");
    ten.section = "四";
    moved.sections.push({ ...(moved.sections[0] as BreakdownDocument["sections"][number]), id: "六", number: "六", title: "新增部分" });
    const result = diff(withSecondSection(clean), moved);
    expect(result.tasks.find((t) => t.new?.seq === 10)?.kinds).toEqual(["moved"]);
    expect(result.summary.sections).toMatchObject({ added: 1, removed: 0, unchanged: 5 });
  });
});
