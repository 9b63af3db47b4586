import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "cheerio";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { FORMATS_DIR } from "../../../scripts/fixtures/make-formats.mjs";
import { parse } from "../../../src/index.js";
import { unaccounted } from "../../support/conservation.js";

describe("nothing is lost", () => {
  it("every character of every sheet of the workbook is in a field, a leftover or a repair", async () => {
    const path = join(FORMATS_DIR, "formats-table.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const texts: string[] = [];
    for (const sheet of book.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          // A merged range's covered cells repeat its value in exceljs: only the range's own cell is printed.
          if (!cell.isMerged || cell.master === cell) texts.push(cell.text);
        }),
      );
    }
    const { document: doc } = await parse(path);
    expect(texts.join("\n")).toContain("填报说明");
    expect(unaccounted(texts.join("\n"), doc)).toEqual([]);
  });

  it("every character the saved page shows (its <title> included) is in a field, a leftover or a repair", async () => {
    for (const name of ["formats-page.html", "formats-page-no-table.html"]) {
      const path = join(FORMATS_DIR, name);
      const bytes = readFileSync(path);
      const html = name === "formats-page.html" ? iconv.decode(bytes, "gb18030") : bytes.toString("utf8");
      const $ = load(html);
      const title = $("title").text();
      $("script, style, head, input").remove();
      const shown = `${title}\n${$("body").text()}`;
      const { document: doc } = await parse(path);
      expect(unaccounted(shown, doc), name).toEqual([]);
    }
  });
});
