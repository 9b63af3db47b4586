import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DOC_FIXTURES, FORMATS_DIR, ODT_FIXTURES, RTF_FIXTURES } from "../../../scripts/fixtures/make-formats.mjs";
import { parse } from "../../../src/index.js";
import { fixture } from "../../helpers.js";
import { fieldAgreement } from "./compare.js";

// Acceptance of issue 16: each .docx fixture exported to .doc reads to the same tasks, at least 98 % of fields.
const MIN_AGREEMENT = 0.98;
// LibreOffice starts for each file: ~3–5 s on this machine, more when the suite runs beside it.
const CONVERSION_TEST_MS = 120_000;

describe("a .doc, .odt or .rtf exported by LibreOffice from a .docx fixture", () => {
  const cases = [...DOC_FIXTURES.map((n) => [n, "doc"]), ...ODT_FIXTURES.map((n) => [n, "odt"]), ...RTF_FIXTURES.map((n) => [n, "rtf"])] as const;
  // At the same time (each conversion has a folder and a LibreOffice profile of its own): most of
  // a conversion is LibreOffice starting, eleven of them one after another were the suite's tail.
  it.concurrent.for(cases)("%s.%s reads to the same tasks as the .docx", { timeout: CONVERSION_TEST_MS }, async ([name, ext], { expect }) => {
    const { document: docx } = await parse(fixture("docx", `${name}.docx`));
    const { document: other } = await parse(join(FORMATS_DIR, `${name}.${ext}`));
    const agreement = fieldAgreement(docx, other);
    expect(agreement.share, `${name}.${ext}: ${agreement.differing.join("; ")}`).toBeGreaterThanOrEqual(MIN_AGREEMENT);
    expect(other.tasks.length).toBe(docx.tasks.length);
    // The provenance names the file as given and says it was converted, by which LibreOffice.
    expect(other.document.source).toMatchObject({ fileName: `${name}.${ext}`, format: "docx", layout: "docx-table", convertedFrom: { format: ext, converter: expect.stringMatching(/^LibreOffice \d+\.\d+/) } });
    expect(docx.document.source.convertedFrom).toBeUndefined();
  });

  it("is read from its bytes whatever it is called: a .doc named .docx is still converted", { timeout: CONVERSION_TEST_MS }, async () => {
    const { readFileSync } = await import("node:fs");
    const { document: doc } = await parse({ data: new Uint8Array(readFileSync(join(FORMATS_DIR, "seed-clean.doc"))), fileName: "table.docx" });
    expect(doc.document.source.convertedFrom?.format).toBe("doc");
    expect(doc.tasks.length).toBeGreaterThan(0);
  });
});
