import { inflateRawSync } from "node:zlib";
import { posix } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";
import type { BreakdownDocument, Task } from "../../src/model/document.js";
import { toXlsx } from "../../src/write/xlsx-writer.js";
import { SEED } from "../helpers.js";
import { hostileDocument, sampleDocument } from "./sample-document.js";
import { loadWorkbook, noteOf, sheet, text } from "./xlsx-reading.js";

/** The parts of an archive, read through its central directory (APPNOTE.TXT 4.3.12). */
function parts(bytes: Uint8Array): Map<string, { method: number; text: string }> {
  const b = Buffer.from(bytes);
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = b.readUInt16LE(end + 10);
  let p = b.readUInt32LE(end + 16);
  const out = new Map<string, { method: number; text: string }>();
  for (let i = 0; i < count; i++) {
    const method = b.readUInt16LE(p + 10);
    const size = b.readUInt32LE(p + 20);
    const nameLength = b.readUInt16LE(p + 28);
    const name = b.toString("utf8", p + 46, p + 46 + nameLength);
    const local = b.readUInt32LE(p + 42);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const data = b.subarray(start, start + size);
    out.set(name, { method, text: (method === 8 ? inflateRawSync(data) : data).toString("utf8") });
    p += 46 + nameLength + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return out;
}

const attributes = (xml: string, tag: string): Record<string, string>[] =>
  [...xml.matchAll(new RegExp(`<${tag}\\s([^>]*?)/?>`, "g"))].map((m) => Object.fromEntries([...(m[1] as string).matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));

describe.each([
  ["the seed", async () => (await parse(SEED)).document],
  ["a .docx-shaped document", async () => sampleDocument()],
  ["a document of hostile cells", async () => hostileDocument()],
])("the package of %s's workbook", (_name, make) => {
  const built = (async () => {
    const doc = await make();
    return { doc, files: parts(await toXlsx(doc)) };
  })();

  it("gives every part a content type, and every content type a part", async () => {
    const { files } = await built;
    const types = files.get("[Content_Types].xml")?.text ?? "";
    const defaults = new Set(attributes(types, "Default").map((a) => a.Extension));
    const overrides = attributes(types, "Override").map((a) => a.PartName as string);
    for (const part of overrides) expect(files.has(part.slice(1)), part).toBe(true);
    for (const name of files.keys()) {
      if (name === "[Content_Types].xml") continue;
      // The extension is what follows the last dot (`_rels/.rels` has the extension `rels`).
      expect(overrides.includes(`/${name}`) || defaults.has(name.slice(name.lastIndexOf(".") + 1)), name).toBe(true);
    }
  });

  it("points every internal relationship at a part of the archive, and each sheet's notes and links at their rows", async () => {
    const { files } = await built;
    for (const [name, { text: xml }] of files) {
      if (!name.endsWith(".rels")) continue;
      const from = posix.dirname(posix.dirname(name));
      for (const rel of attributes(xml, "Relationship")) {
        if (rel.TargetMode === "External") {
          expect(rel.Target, `${name} ${rel.Id}`).toMatch(/^#'[^']+'!A\d+$/);
          continue;
        }
        expect(files.has(posix.normalize(posix.join(from, rel.Target as string))), `${name} → ${rel.Target}`).toBe(true);
      }
    }
    for (const [name, { text: xml }] of files) {
      const m = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
      if (!m) continue;
      const rels = files.get(`xl/worksheets/_rels/sheet${m[1]}.xml.rels`)?.text ?? "";
      const ids = new Set(attributes(rels, "Relationship").map((r) => r.Id));
      for (const link of attributes(xml, "hyperlink")) expect(ids.has(link["r:id"]), `${name} ${link.ref}`).toBe(true);
      const drawing = attributes(xml, "legacyDrawing")[0];
      expect(drawing === undefined || ids.has(drawing["r:id"]), name).toBe(true);
    }
  });

  it("deflates every part, and keeps each distinct text once in the shared strings", async () => {
    const { files } = await built;
    for (const [name, { method }] of files) expect(method, name).toBe(8);
    const sst = files.get("xl/sharedStrings.xml")?.text ?? "";
    const items = [...sst.matchAll(/<si>(.*?)<\/si>/gs)].map((m) => m[1]);
    expect(new Set(items).size).toBe(items.length);
    const counts = attributes(sst, "sst")[0] ?? {};
    expect(Number(counts.uniqueCount)).toBe(items.length);
    expect(Number(counts.count)).toBeGreaterThanOrEqual(items.length);
  });
});

describe("texts XML cannot carry as they are", () => {
  it("read back unchanged: edge spaces, line breaks, control characters, U+FFFF, markup and a literal _x0041_", async () => {
    const doc = sampleDocument();
    const t1 = doc.tasks[0] as Task;
    const texts = ["  两端有空格  ", "第一行\n第二行", "tab\there\u0001\u001f\r", "\uffff\ufffe非字符", "<b>&amp;</b> \"q\"", "_x0041_不是 A", "\u3000全角空格\u3000"];
    t1.title = texts[0] as string;
    t1.content = texts.slice(1).join(" | ");
    const extras = doc.columns.filter((c) => c.field === "extra").map((c) => c.header);
    extras.forEach((header, i) => {
      t1.extra[header] = texts[(i + 3) % texts.length] as string;
    });
    const wb = await loadWorkbook(await toXlsx(doc));
    const ws = sheet(wb, "任务分解表");
    const row = findRow(ws, doc, t1);
    // The value as a spreadsheet program reads it: exceljs, like Excel, decodes _xHHHH_ once (the
    // `text` helper decodes again, for the old writer's sake, which would turn _x0041_ into A).
    const valueAt = (field: string, header?: string): unknown =>
      ws.getCell(row, [...doc.columns].sort((a, b) => a.index - b.index).findIndex((c) => c.field === field && (header === undefined || c.header === header)) + 1).value;
    expect(valueAt("title")).toBe(t1.title);
    expect(valueAt("content")).toBe(t1.content);
    for (const header of extras) expect(valueAt("extra", header), header).toBe(t1.extra[header]);
    expect(extras.length).toBeGreaterThan(0);
  });

  it("cuts a note to Excel's 32,767 characters", async () => {
    const doc = sampleDocument();
    const t2 = doc.tasks[1] as Task;
    const repair = t2.repairs[0];
    if (repair === undefined) throw new Error("the sample's task 2 has a repair");
    repair.before = "长".repeat(40_000);
    const wb = await loadWorkbook(await toXlsx(doc));
    const ws = sheet(wb, "任务分解表");
    const columns = [...doc.columns].sort((a, b) => a.index - b.index);
    const column = Math.max(0, columns.findIndex((c) => (c.field === "extra" ? `extra.${c.header}` : c.field) === repair.field)) + 1;
    const note = noteOf(ws.getCell(findRow(ws, doc, t2), column));
    expect(note.length).toBe(32_767);
    expect(note).toMatch(/\u5168\u6587\u89c1 JSON\uff09$/);
  });
});

function findRow(ws: ReturnType<typeof sheet>, doc: BreakdownDocument, task: Task): number {
  for (let r = 4; r <= ws.rowCount; r++) if (text(ws.getCell(r, 1)) === (task.seqPrinted ?? String(task.seq))) return r;
  throw new Error(`task ${task.seq} has no row in ${doc.document.title}`);
}
