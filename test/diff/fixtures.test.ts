import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DIFF_DIR, diffFixtures } from "../../scripts/fixtures/make-diff-versions.mjs";
import { diff, parse } from "../../src/index.js";
import { fixture, SEED } from "../helpers.js";

const sha = (b: Uint8Array): string => createHash("sha256").update(b).digest("hex");
const EXPECTED = "seed-vs-seed-edited.diff.json";

describe("the committed diff fixtures", async () => {
  const built: { name: string; bytes: Uint8Array }[] = await diffFixtures();

  it("are byte for byte what `npm run fixtures` builds from scripts/fixtures/make-diff-versions.mjs", () => {
    expect(built.map((b) => b.name)).toEqual(["seed-edited.docx"]);
    for (const { name, bytes } of built) expect(sha(readFileSync(fixture("diff", name))), name).toBe(sha(bytes));
  });

  it("have the expected diff.json of the seed against the edited version beside them, and nothing else", async () => {
    const { document: seed } = await parse(SEED);
    const { document: edited } = await parse(fixture("diff", "seed-edited.docx"));
    const { tool: _tool, ...result } = diff(seed, edited);
    await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(fixture("diff", EXPECTED));
    expect(readdirSync(DIFF_DIR).sort()).toEqual([EXPECTED, ...built.map((b) => b.name)].sort());
  });
});
