/**
 * A large breakdown table whose title carries a footnote (issue 14, item 9d): before the fix a
 * note reference kept mammoth from reading the body in pieces, so 49,000 rows took 2 GB. A
 * measurement input, not a fixture: `node scripts/make-noted-docx.mjs OUT.docx [ROWS] [merged]`,
 * then `/usr/bin/time -v node dist/cli.js parse OUT.docx -o DIR -f json`. With `merged`, one
 * unit is merged down every row, so the table cannot be cut into pieces at all.
 */
import { writeFileSync } from "node:fs";
import JSZip from "jszip";
import { breakdownDocument, buildDocx } from "./fixtures/build-docx.mjs";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const FOOTNOTES = `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}><w:footnote w:id="1"><w:p><w:r><w:t>本表由县政府办公室汇总。</w:t></w:r></w:p></w:footnote></w:footnotes>`;

/** `rows` rows of a breakdown table, a footnote reference after the title's first run, word/footnotes.xml beside it. */
export async function notedDocx(rows, { merged = false } = {}) {
  const data = Array.from({ length: rows }, (_, k) => ({ cells: [String(k + 1), `推进第${k + 1}项重点工作`, "围绕年度目标细化工作措施，确保按期完成。", "县发展改革局、县财政局", "张三"] }));
  const built = await buildDocx(breakdownDocument({ title: "某县重点工作任务分解表", issuer: "某县人民政府办公室", columns: ["序号", "重点任务", "主要内容", "责任单位", "联系人"], rows: data }, { mergeRuns: merged ? ["责任单位"] : [] }));
  const zip = await JSZip.loadAsync(built);
  const xml = await zip.file("word/document.xml").async("string");
  // mammoth finds word/footnotes.xml without a relationship (lib/docx/docx-reader.js findPartPath's fallback).
  zip.file("word/document.xml", xml.replace("</w:r>", '</w:r><w:r><w:footnoteReference w:id="1"/></w:r>'));
  zip.file("word/footnotes.xml", FOOTNOTES);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

if (process.argv[2]) writeFileSync(process.argv[2], await notedDocx(Number(process.argv[3] ?? 49_000), { merged: process.argv[4] === "merged" }));
