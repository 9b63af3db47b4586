import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parse } from "../../../src/index.js";
import { SEED } from "../../helpers.js";

const text = readFileSync(SEED, "utf8");

function tasksOf(doc: Awaited<ReturnType<typeof parse>>["document"]) {
  return doc.tasks.map(({ seq, title, content, units, contacts, status }) => ({ seq, title, content, units, contacts, status }));
}

describe("the seed in each encoding extracted text comes in", async () => {
  const reference = (await parse(SEED)).document;
  const cases: Array<[string, Buffer, string]> = [
    ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]), "utf-8-bom"],
    ["UTF-16LE with a BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf16le")]), "utf-16le"],
    ["UTF-16BE with a BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf16be")]), "utf-16be"],
    ["UTF-16LE without a BOM", iconv.encode(text, "utf16le"), "utf-16le"],
    ["GB18030", iconv.encode(text, "gb18030"), "gb18030"],
    ["GBK", iconv.encode(text, "gbk"), "gb18030"],
  ];
  it.each(cases)("%s reads the same tasks as UTF-8", async (_name, data, encoding) => {
    const { document } = await parse({ data: new Uint8Array(data), fileName: "seed.txt" });
    expect(document.document.source.encoding).toBe(encoding);
    expect(tasksOf(document)).toEqual(tasksOf(reference));
  });
});
