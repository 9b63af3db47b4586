import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { fixture } from "../helpers.js";

const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

/**
 * Issue 14, item 1: a .docx whose `_rels/.rels` names a main part that does not exist first and
 * `word/real.xml` second, beside the small `word/document.xml` of seed-clean.docx: a guard that
 * takes the first target counts the small part, mammoth reads the first that exists, `rows`
 * rows (300,000 aborted the V8 heap, exit 134). Each row numbered, so that the part compresses
 * like real XML and not like a zip bomb.
 */
export async function smuggledDocx(rows: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(fixture("docx", "seed-clean.docx")));
  const document = await zip.file("word/document.xml")?.async("string");
  const rels = await zip.file("_rels/.rels")?.async("string");
  if (document === undefined || rels === undefined) throw new Error("seed-clean.docx has no word/document.xml or _rels/.rels");
  const rowStart = document.lastIndexOf("<w:tr>") === -1 ? document.lastIndexOf("<w:tr ") : document.lastIndexOf("<w:tr>");
  const rowEnd = document.indexOf("</w:tr>", rowStart) + "</w:tr>".length;
  const row = document.slice(rowStart, rowEnd);
  const many: string[] = [];
  for (let i = 0; i < rows; i++) many.push(row.replace(/<w:t(\s[^>]*)?>([^<]*)<\/w:t>/g, (_m, attrs: string | undefined, text: string) => `<w:t${attrs ?? ""}>${text}${i}</w:t>`));
  zip.file("word/real.xml", document.slice(0, rowStart) + many.join("") + document.slice(rowEnd));
  const twoTargets = `<Relationship Id="rId90" Type="${OFFICE_DOCUMENT}" Target="word/missing.xml"/><Relationship Id="rId91" Type="${OFFICE_DOCUMENT}" Target="word/real.xml"/>`;
  zip.file("_rels/.rels", rels.replace(/<Relationship Id="rId1" [^>]*officeDocument"[^>]*\/>/, twoTargets));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
}
