import yazl from "yazl";
import { describe, expect, it } from "vitest";
import { BreakdownError, parseBytes } from "../../src/index.js";
import { denseGrid } from "../../src/read/docx/dense-grid.js";
import type { DocxCell, DocxTable } from "../../src/read/docx/html-tree.js";
import { fitPieces, type Piece } from "../../src/read/text/fit-pieces.js";
import { readLabelled } from "../../src/read/text/labelled.js";
import { Locator } from "../../src/read/text/locator.js";
import { stripSiteBoilerplate } from "../../src/read/text/site-boilerplate.js";
import { toCsv } from "../../src/write/csv-writer.js";

// Issue 14, items 2 and 3: inputs generated here, never committed.

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const tc = (text: string): string => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;

/** A .docx whose only table has these rows of cell texts, under a title. */
function docxOf(rows: readonly string[][]): Promise<Uint8Array> {
  const body = rows.map((cells) => `<w:tr>${cells.map(tc).join("")}</w:tr>`).join("");
  const entries: Array<[string, string]> = [
    [
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    [
      "_rels/.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ],
    ["word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body><w:p><w:r><w:t>甲县任务分解表</w:t></w:r></w:p><w:tbl>${body}</w:tbl></w:body></w:document>`],
  ];
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    for (const [name, data] of entries) zip.addBuffer(Buffer.from(data, "utf8"), name, { mtime: new Date(0) });
    zip.end();
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (c: Buffer) => chunks.push(c));
    zip.outputStream.on("error", reject);
    zip.outputStream.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}

/** Three tasks under a three-cell header, each row `width` cells wide: the columns past the header have none. */
function wideRows(width: number): string[][] {
  const filler = (n: number): string[] => Array.from({ length: width - 3 }, (_, k) => `${n}-${k + 4}`);
  return [["序号", "重点任务", "责任单位"], ...[1, 2, 3].map((n) => [String(n), `第${n}项任务`, "县财政局", ...filler(n)])];
}

// The cells repeat, so the XML compresses past the default ratio limit: that limit is not what is tested.
const WIDE_ZIP = { maxZipRatio: 100_000 };

async function errorOf(run: () => Promise<unknown>): Promise<BreakdownError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof BreakdownError) return error;
    throw error;
  }
  throw new Error("expected a BreakdownError");
}

describe("the column limit (--max-columns)", () => {
  it("refuses a .docx table of 3 rows of 3,000 cells with LIMIT_EXCEEDED, naming the flag", async () => {
    const bytes = await docxOf(wideRows(3000));
    const error = await errorOf(() => parseBytes(bytes, "wide.docx", { limits: WIDE_ZIP }));
    expect(error.code).toBe("LIMIT_EXCEEDED");
    expect(error.message).toBe("The table has 3000 columns, over the limit of 100 (--max-columns).");
  });

  it("refuses text rows of 3,000 tab-separated cells the same way", async () => {
    const text = wideRows(3000).map((cells) => cells.join("\t")).join("\n");
    const error = await errorOf(() => parseBytes(new Uint8Array(Buffer.from(text, "utf8")), "wide.txt"));
    expect(error.code).toBe("LIMIT_EXCEEDED");
    expect(error.message).toContain("over the limit of 100 (--max-columns)");
  });

  it("ends a text line of 100,000 tab-separated cells under a three-cell header in a coded error", async () => {
    const text = `序号\t重点任务\t责任单位\n1\t任务\t县财政局\t${Array.from({ length: 100_000 }, () => "x").join("\t")}\n`;
    const error = await errorOf(() => parseBytes(new Uint8Array(Buffer.from(text, "utf8")), "line.txt"));
    // The cells past the header are joined into the last column, which is then over --max-cell-chars.
    expect(error.code).toBe("LIMIT_EXCEEDED");
  });

  it("checks a .docx row's width before the grid is padded to it", () => {
    const cell = (): DocxCell => ({ blocks: [], colspan: 1, rowspan: 1 });
    const table: DocxTable = { index: 0, parent: null, rows: [[cell(), cell(), cell()], Array.from({ length: 100_000 }, cell)] };
    const seen: number[] = [];
    expect(() =>
      denseGrid(table, (columns) => {
        seen.push(columns);
        if (columns > 100) throw new Error("too wide");
      }),
    ).toThrow("too wide");
    // Checked row by row, the wide row before any of its slots: the first row was never padded to it.
    expect(seen).toEqual([3, 100_000]);
  });

  it("reads a table within a raised limit, each column with no header under its own key (列N)", async () => {
    const bytes = await docxOf(wideRows(300));
    const document = await parseBytes(bytes, "wide.docx", { limits: { ...WIDE_ZIP, maxColumns: 300 } });
    const task = document.tasks[0];
    expect(task?.extra).toMatchObject({ 列4: "1-4", 列300: "1-300" });
    expect(Object.keys(task?.extra ?? {})).toHaveLength(297);
    // Each value is written once: the CSV holds 3 × 297 short values, not 297 columns of every value.
    const text = toCsv(document, { headers: "printed" });
    expect(text.split("2-150").length - 1).toBe(1);
    expect(text.length).toBeLessThan(20_000);
  });
});

describe("the row limit, checked while a labelled list is read", () => {
  const list = (tasks: number): string => ["甲县重点工作任务清单", ...Array.from({ length: tasks }, (_, k) => `${k + 1}.做好第${k + 1}项工作。\n工作目标：全面完成`)].join("\n");

  it("stops reading at maxRows + 1 rows", () => {
    const source = list(40);
    const stripped = stripSiteBoilerplate(source);
    const locator = new Locator(source, stripped.edits);
    expect(readLabelled(stripped.stream, locator)?.rows).toHaveLength(40);
    expect(readLabelled(stripped.stream, locator, 10)?.rows).toHaveLength(11);
  });

  it("refuses a labelled list over --max-rows with LIMIT_EXCEEDED", async () => {
    const bytes = new Uint8Array(Buffer.from(list(40), "utf8"));
    expect((await parseBytes(bytes, "list.txt")).document.source.layout).toBe("labelled");
    const error = await errorOf(() => parseBytes(bytes, "list.txt", { limits: { maxRows: 10 } }));
    expect(error.code).toBe("LIMIT_EXCEEDED");
    expect(error.message).toBe("The table has 11 rows, over the limit of 10 (--max-rows).");
  });
});

/** fitPieces as it was, one search of every pair per merge: the reference the queued one must equal. */
function fitPiecesByScan(text: string, pieces: readonly Piece[], want: number, fixed: number): Piece[] {
  const out = [...pieces];
  const look = (p: Piece): string => text.slice(p.start, p.end);
  while (out.length > want) {
    let best = -1;
    let bestLen = Number.POSITIVE_INFINITY;
    for (let i = fixed; i + 1 < out.length; i++) {
      const a = look(out[i] as Piece);
      const b = look(out[i + 1] as Piece);
      if (a === "" || b === "" || /[。;\uff1b]$/.test(a)) continue;
      if (a.length + b.length < bestLen) {
        bestLen = a.length + b.length;
        best = i;
      }
    }
    if (best < 0) break;
    const a = out[best] as Piece;
    const b = out[best + 1] as Piece;
    out.splice(best, 2, { start: a.start, end: b.end, parts: [...(a.parts ?? [a]), ...(b.parts ?? [b])] });
  }
  return out;
}

describe("merging a delimited line's pieces down to the header's width", () => {
  it("merges as the search of every pair did, on 5,000 random lines", () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const words = ["甲", "乙丙", "。", "丁;", "", "戊己庚", "；", "辛"];
    for (let t = 0; t < 5000; t++) {
      let text = "";
      const pieces: Piece[] = [];
      for (let i = 0, n = 1 + random(12); i < n; i++) {
        const start = text.length;
        text += words[random(words.length)];
        pieces.push({ start, end: text.length });
        text += " ".repeat(1 + random(2));
      }
      const want = 1 + random(pieces.length);
      const fixed = random(3);
      expect(fitPieces(text, pieces, want, fixed)).toEqual(fitPiecesByScan(text, pieces, want, fixed));
    }
  });
});
