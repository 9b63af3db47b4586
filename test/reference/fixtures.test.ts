import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REFERENCE_DIR, referenceFixtures } from "../../scripts/fixtures/make-reference-copies.mjs";
import { fixture } from "../helpers.js";

const sha = (b: Uint8Array): string => createHash("sha256").update(b).digest("hex");

describe("the committed reference fixtures", async () => {
  const built: { name: string; bytes: Uint8Array }[] = await referenceFixtures();

  it("are byte for byte what `npm run fixtures` builds from scripts/fixtures/make-reference-copies.mjs, and nothing else is there", () => {
    expect(built.map((b) => b.name)).toEqual(["seed-office-2023.docx", "seed-revised-2024.docx", "seed-site-copy.txt"]);
    for (const { name, bytes } of built) expect(sha(readFileSync(fixture("reference", name))), name).toBe(sha(bytes));
    expect(readdirSync(REFERENCE_DIR).sort()).toEqual(built.map((b) => b.name).sort());
  });
});
