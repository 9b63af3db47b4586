import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DOCX_DIR, docxFixtures } from "../../../scripts/fixtures/make-docx.mjs";
import { fixture } from "../../helpers.js";

const sha = (b: Uint8Array): string => createHash("sha256").update(b).digest("hex");

describe("the committed .docx fixtures", async () => {
  const built: { name: string; bytes: Uint8Array }[] = await docxFixtures();

  it("are byte for byte what `npm run fixtures` builds from scripts/fixtures", () => {
    for (const { name, bytes } of built) expect(sha(readFileSync(fixture("docx", name))), name).toBe(sha(bytes));
  });

  it("each have their expected JSON beside them, and nothing else is there", () => {
    const files = readdirSync(DOCX_DIR).sort();
    const expected = built.flatMap(({ name }) => [name, name.replace(/\.docx$/, ".expected.json")]).sort();
    expect(files).toEqual(expected);
  });
});
