import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BreakdownError, parse, type BreakdownDocument } from "../../../src/index.js";
import { pdfjs } from "../../../src/read/pdf/pdfjs.js";
import { unaccounted } from "../../support/conservation.js";
import { fixture } from "../../helpers.js";

// The fields of a task compared between a .docx and its PDF export.
const FIELDS = ["seq", "seqPrinted", "section", "category", "title", "content", "units", "leadUnits", "supportUnits", "contacts", "leaders", "deadline", "progress", "target", "source", "note", "extra"] as const;

/** Fields of the PDF's tasks equal to the .docx's, task by task, over all fields of both. */
function agreement(docx: BreakdownDocument, pdf: BreakdownDocument): { equal: number; total: number; differences: string[] } {
  let equal = 0;
  let total = 0;
  const differences: string[] = [];
  for (let i = 0; i < Math.max(docx.tasks.length, pdf.tasks.length); i++) {
    for (const field of FIELDS) {
      total++;
      const a = JSON.stringify(docx.tasks[i]?.[field]);
      const b = JSON.stringify(pdf.tasks[i]?.[field]);
      if (a === b) equal++;
      else differences.push(`task ${i + 1} ${field}: ${a} ≠ ${b}`);
    }
  }
  return { equal, total, differences };
}

/** The text pdf.js finds on every page, whitespace dropped: what the document must account for. */
async function pdfText(path: string): Promise<string> {
  const lib = await pdfjs();
  const doc = await lib.getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0, cMapUrl: `${fixture("..", "node_modules", "pdfjs-dist", "cmaps")}/`, cMapPacked: true }).promise;
  let text = "";
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent({ disableNormalization: true });
    for (const item of content.items) if ("str" in item) text += item.str;
  }
  await doc.destroy();
  return text;
}

// Each .docx fixture beside its LibreOffice export (scripts/fixtures/make-pdf.mjs).
const EXPORTED = readdirSync(fixture("docx"))
  .filter((f) => f.endsWith(".docx") && f !== "no-breakdown-table.docx")
  .map((f) => ({ docx: fixture("docx", f), pdf: fixture("pdf", f.replace(/\.docx$/, ".pdf")) }));
// Tables with no lines, and tables composed from set-aside corpus truths: .docx and PDF both in fixtures/pdf.
const COMPOSED = readdirSync(fixture("pdf"))
  .filter((f) => /^(?:no-rules|unseen|wrapped|merged)-.*\.docx$/.test(f))
  .map((f) => ({ docx: fixture("pdf", f), pdf: fixture("pdf", f.replace(/\.docx$/, ".pdf")) }));

describe("a PDF exported from a .docx", () => {
  it("has fixtures to compare: seven .docx fixtures, tables with no lines, headers that wrap, and three unseen tables with lines and without", () => {
    expect(EXPORTED.length).toBe(7);
    expect(COMPOSED.map((c) => c.pdf.replace(/^.*\//, ""))).toEqual([
      "merged-across-pages.pdf",
      "no-rules-lead-support.pdf",
      "no-rules-seed.pdf",
      "no-rules-spaced-header.pdf",
      "no-rules-unseen-jiangbei-2023.pdf",
      "no-rules-unseen-lueyang-2019.pdf",
      "no-rules-unseen-yueyanglou-2017.pdf",
      "no-rules-wrapped-header.pdf",
      "unseen-jiangbei-2023.pdf",
      "unseen-lueyang-2019.pdf",
      "unseen-yueyanglou-2017.pdf",
      "wrapped-header.pdf",
    ]);
  });

  for (const { docx, pdf } of [...EXPORTED, ...COMPOSED]) {
    const name = pdf.replace(/^.*\//, "");
    it(`${name} reads to the .docx's tasks (at least 98% of fields), title, issuer and date`, async () => {
      const [a, b] = [(await parse(docx)).document, (await parse(pdf)).document];
      expect(b.columns.map((c) => [c.header, c.field])).toEqual(a.columns.map((c) => [c.header, c.field]));
      expect(b.tasks.length).toBe(a.tasks.length);
      const { equal, total, differences } = agreement(a, b);
      expect(equal / total, differences.join("\n")).toBeGreaterThanOrEqual(0.98);
      expect(b.document.title).toBe(a.document.title);
      expect(b.document.issuer).toBe(a.document.issuer);
      expect(b.document.issuedDateText).toBe(a.document.issuedDateText);
      expect(b.sections.map((s) => s.title)).toEqual(a.sections.map((s) => s.title));
      expect(b.document.source.format).toBe("pdf");
      expect(b.document.source.layout).toBe(name.startsWith("no-rules") ? "pdf-stream" : "pdf-lattice");
    });
  }

  for (const { pdf } of [...EXPORTED, ...COMPOSED]) {
    it(`${pdf.replace(/^.*\//, "")}: every letter, digit and CJK character of every page is in a field, a section, the title, issuer or date, or a leftover`, async () => {
      const { document } = await parse(pdf);
      expect(unaccounted(await pdfText(pdf), document)).toEqual([]);
    });
  }

  it("reads a PDF with no breakdown table as the .docx is: NO_TABLE_FOUND, listing the tables drawn", async () => {
    const error = await parse(fixture("pdf", "no-breakdown-table.pdf")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BreakdownError);
    expect((error as BreakdownError).code).toBe("NO_TABLE_FOUND");
    expect((error as BreakdownError).details).toContain("table 1, 2 rows × 3 columns: first row: 序号 | 附件名称 | 备注");
  });
});

describe("a table crossing pages", () => {
  it("joins its pages, records each task's page, and keeps the header printed again on each page as a repeated-header leftover", async () => {
    const { document } = await parse(fixture("pdf", "seed-clean.pdf"));
    const pages = document.tasks.map((t) => t.where.page);
    expect(pages.every((p) => p !== undefined)).toBe(true);
    expect(pages).toEqual([...pages].sort((a, b) => (a as number) - (b as number)));
    expect(new Set(pages).size).toBeGreaterThan(3);
    expect(document.document.source.pageCount).toBe(7);
    const repeated = document.leftovers.filter((l) => l.reason === "repeated-header");
    // The header row is printed again at the top of pages 2 to 7.
    expect(repeated.map((l) => l.where.page)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(repeated.every((l) => l.text.startsWith("序号 | 重点任务"))).toBe(true);
  });

  it("joins a row a page break cut in two, saying so, with the sentence the break cut read as one", async () => {
    const { document } = await parse(fixture("pdf", "seed-clean.pdf"));
    const joined = document.messages.filter((m) => m.ruleId === "pdf-row-continued");
    expect(joined.length).toBeGreaterThan(0);
    // Task 6's 主要内容 goes on from page 2 to page 3 in the export: one paragraph, as in the .docx.
    const docx = (await parse(fixture("docx", "seed-clean.docx"))).document;
    const task6 = (d: BreakdownDocument) => d.tasks.find((t) => t.seq === 6)?.content;
    expect(task6(document)).toBe(task6(docx));
  });

  it("gives a cell merged down across a page break its value on the new page too, as the .docx's one merged cell does, saying so", async () => {
    const { document } = await parse(fixture("pdf", "merged-across-pages.pdf"));
    expect(document.tasks.filter((t) => t.seq <= 7).every((t) => t.units.join("、") === "区林业局、各乡镇街道")).toBe(true);
    const continued = document.messages.filter((m) => m.ruleId === "pdf-merge-continued");
    expect(continued.length).toBeGreaterThanOrEqual(2);
    expect(continued.every((m) => m.where.column === 3 && (m.where.page ?? 0) > 1)).toBe(true);
  });

  it("without lines, drops the header printed again on each page and records each task's page", async () => {
    const { document } = await parse(fixture("pdf", "no-rules-seed.pdf"));
    expect(document.document.source.layout).toBe("pdf-stream");
    expect(document.leftovers.filter((l) => l.reason === "repeated-header").length).toBeGreaterThan(0);
    expect(new Set(document.tasks.map((t) => t.where.page)).size).toBeGreaterThan(3);
  });
});

describe("a page as a viewer shows it", () => {
  it("reads a landscape table on a page turned by /Rotate 90, in a CJK font read through the package's character maps", async () => {
    const { document } = await parse(fixture("pdf", "rotated-cid-font.pdf"));
    expect(document.document.title).toBe("云溪县重点工作任务分解表");
    expect(document.columns.map((c) => c.header)).toEqual(["序号", "重点任务", "责任单位", "完成时限"]);
    expect(document.tasks.map((t) => [t.seq, t.title, t.units, t.deadline])).toEqual([
      [1, "推进政务服务事项全程网上办理", ["县政务服务中心"], "2024年6月底前"],
      [2, "压缩企业开办时间", ["县市场监管局", "县税务局"], "2024年9月底前"],
    ]);
    expect(document.tasks.map((t) => t.where)).toEqual([
      { page: 1, table: 0, row: 1 },
      { page: 1, table: 0, row: 2 },
    ]);
  });
});

describe("ruling lines drawn as Word draws them", () => {
  it("reads a table whose borders are thin filled bars, each cell's edges drawn by itself, as a table with lines", async () => {
    const { document } = await parse(fixture("pdf", "filled-bars.pdf"));
    expect(document.document.source.layout).toBe("pdf-lattice");
    expect(document.tasks.map((t) => [t.seq, t.title, t.units, t.deadline])).toEqual([
      [1, "推进政务服务事项全程网上办理", ["县政务服务中心"], "2024年6月底前"],
      [2, "压缩企业开办时间", ["县市场监管局", "县税务局"], "2024年9月底前"],
    ]);
    expect(document.tasks.map((t) => t.fields.units)).toEqual([
      { page: 1, table: 0, row: 1, column: 2 },
      { page: 1, table: 0, row: 2, column: 2 },
    ]);
  });
});
