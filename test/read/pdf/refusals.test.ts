import { describe, expect, it } from "vitest";
import { BreakdownError, parse } from "../../../src/index.js";
import { fixture } from "../../helpers.js";
import { filesIn, runCli, tempDir } from "../../support/run-cli.js";

async function refusal(path: string, limits: Record<string, number> = {}): Promise<BreakdownError> {
  const error = await parse(path, { limits }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BreakdownError);
  return error as BreakdownError;
}

async function refusedByCli(args: string[], code: string, says: string): Promise<void> {
  const out = tempDir();
  const r = await runCli(["parse", ...args, "-o", out]);
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toContain(`error ${code}: ${args[0]}`);
  expect(r.stderr).toContain(says);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(filesIn(out)).toEqual([]);
}

describe("a PDF that cannot be read", () => {
  it("a scan (a page holding only an image): PDF_NO_TEXT, with the remedy to OCR it or ask for the .docx", async () => {
    const error = await refusal(fixture("pdf", "scanned.pdf"));
    expect(error.code).toBe("PDF_NO_TEXT");
    expect(error.message).toBe("The PDF has no text layer: its page holds 1 image and no text (a scan, or a PDF with no pages).");
    expect(error.remedy).toMatch(/OCR/);
    expect(error.remedy).toMatch(/\.docx/);
    await refusedByCli([fixture("pdf", "scanned.pdf")], "PDF_NO_TEXT", "What to do: Ask the issuing office for the .docx, or run OCR");
  });

  it("a notice typed as text with its table attached as a scan: NO_TABLE_FOUND, naming the page that is only images", async () => {
    const error = await refusal(fixture("pdf", "notice-with-scanned-table.pdf"));
    expect(error.code).toBe("NO_TABLE_FOUND");
    expect(error.details).toEqual(["the document has no tables", "page 2 is only images, with no text: the table may be scanned (OCR it, or ask the office for the .docx)"]);
  });

  it("a password-protected export: PDF_ENCRYPTED", async () => {
    expect((await refusal(fixture("pdf", "encrypted.pdf"))).code).toBe("PDF_ENCRYPTED");
    await refusedByCli([fixture("pdf", "encrypted.pdf")], "PDF_ENCRYPTED", "password-protected");
  });

  it("a PDF cut short: PDF_UNREADABLE, naming what pdf.js found wrong", async () => {
    const error = await refusal(fixture("pdf", "truncated.pdf"));
    expect(error.code).toBe("PDF_UNREADABLE");
    expect(error.message).toMatch(/^The PDF cannot be read \(damaged or truncated\); got: .+\.$/);
  });

  it("a stream that inflates a thousandfold: PDF_UNSAFE before pdf.js inflates it, unless --max-zip-ratio is raised", async () => {
    const error = await refusal(fixture("pdf", "ratio-bomb.pdf"));
    expect(error.code).toBe("PDF_UNSAFE");
    expect(error.message).toMatch(/inflates more than 200× \(--max-zip-ratio\)/);
    await refusedByCli([fixture("pdf", "ratio-bomb.pdf")], "PDF_UNSAFE", "(--max-zip-ratio)");
    // Raised, the page is read: a page of spaces has no text.
    expect((await refusal(fixture("pdf", "ratio-bomb.pdf"), { maxZipRatio: 5000 })).code).toBe("PDF_NO_TEXT");
  });

  it("streams inflating past --max-unzipped-bytes in all, and more pages than --max-pages: PDF_UNSAFE", async () => {
    const seed = fixture("pdf", "seed-clean.pdf");
    const big = await refusal(seed, { maxUnzippedBytes: 100_000 });
    expect(big.code).toBe("PDF_UNSAFE");
    expect(big.message).toBe("The PDF's streams inflate to more than 100000 bytes in all (--max-unzipped-bytes).");
    await refusedByCli([seed, "--max-pages", "3"], "PDF_UNSAFE", "The PDF has 7 pages, over the limit of 3 (--max-pages).");
    expect((await parse(seed, { limits: { maxPages: 7 } })).document.tasks.length).toBe(17);
  });
});
