import { join } from "node:path";
import { gzipSync } from "node:zlib";
import CFB from "cfb";
import { describe, expect, it } from "vitest";
import { BreakdownError } from "../../src/errors.js";
import { parse } from "../../src/index.js";
import { sniffFormat } from "../../src/read/sniff.js";
import { CORPUS, readBytes } from "../helpers.js";

function compound(streams: Record<string, Buffer>): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  for (const [path, data] of Object.entries(streams)) CFB.utils.cfb_add(cfb, path, data);
  return new Uint8Array(CFB.write(cfb, { type: "buffer" }) as Buffer);
}

function refusal(bytes: Uint8Array, file: string): string {
  try {
    return `read as ${sniffFormat(bytes, file)}`;
  } catch (error) {
    return error instanceof BreakdownError ? `${error.code}: ${error.message}` : `not a BreakdownError: ${String(error)}`;
  }
}

describe("telling the format from the bytes", () => {
  it("tells the old Office formats apart inside an OLE2 compound file, whatever the name (the name only tells .wps from .doc and .et from .xls)", () => {
    expect(refusal(compound({ "/WordDocument": Buffer.alloc(600) }), "table.docx")).toBe("read as doc");
    expect(refusal(compound({ "/WordDocument": Buffer.alloc(600), "/WpsCustomData": Buffer.alloc(64) }), "table.doc")).toBe("read as wps");
    expect(refusal(compound({ "/WordDocument": Buffer.alloc(600) }), "table.wps")).toBe("read as wps");
    expect(refusal(compound({ "/WpsCustomData": Buffer.alloc(600) }), "table.wps")).toMatch(/^LEGACY_DOC: .*no Word document stream/);
    expect(refusal(compound({ "/Workbook": Buffer.alloc(600) }), "table.docx")).toBe("read as xls");
    expect(refusal(compound({ "/Workbook": Buffer.alloc(600) }), "table.et")).toBe("read as et");
    expect(refusal(compound({ "/PowerPoint Document": Buffer.alloc(600) }), "table.docx")).toMatch(/^UNSUPPORTED_FORMAT: .*PowerPoint/);
    expect(refusal(compound({ "/EncryptionInfo": Buffer.alloc(64), "/EncryptedPackage": Buffer.alloc(600) }), "table.docx")).toMatch(/^DOCX_ENCRYPTED/);
    expect(refusal(compound({ "/Contents": Buffer.alloc(600) }), "table.docx")).toMatch(/^UNSUPPORTED_FORMAT: .*compound file/);
  });

  it("does not take a Word document with a bookmark stream for a workbook", () => {
    expect(refusal(compound({ "/WordDocument": Buffer.alloc(600), "/BookmarkInfo": Buffer.alloc(64) }), "t.doc")).toBe("read as doc");
    expect(refusal(compound({ "/BookmarkInfo": Buffer.alloc(64) }), "t.doc")).toMatch(/^UNSUPPORTED_FORMAT: .*compound file/);
  });

  it("reads a PDF as a PDF, whatever it is named", () => {
    expect(refusal(new Uint8Array(Buffer.from("%PDF-1.7\n")), "t.txt")).toBe("read as pdf");
    expect(refusal(new Uint8Array(Buffer.from("%PDF-1.4\n")), "t.docx")).toBe("read as pdf");
  });

  it("refuses images and compressed archives with UNSUPPORTED_FORMAT", () => {
    expect(refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "t.txt")).toMatch(/^UNSUPPORTED_FORMAT: .*image/);
    expect(refusal(new Uint8Array(gzipSync(Buffer.from("\u5e8f\u53f7"))), "table.txt.gz")).toMatch(/^UNSUPPORTED_FORMAT: .*archive/);
    expect(refusal(new Uint8Array(Buffer.from("Rar!\x1a\x07\x00", "latin1")), "t.rar")).toMatch(/^UNSUPPORTED_FORMAT: .*archive/);
    expect(refusal(new Uint8Array([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), "t.7z")).toMatch(/^UNSUPPORTED_FORMAT: .*archive/);
  });

  it("tells RTF, OpenDocument, workbooks and web pages from their bytes", async () => {
    const { FORMATS_DIR } = await import("../../scripts/fixtures/make-formats.mjs");
    const { readFileSync } = await import("node:fs");
    const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FORMATS_DIR, name)));
    expect(refusal(bytes("seed-merged-split.rtf"), "t.docx")).toBe("read as rtf");
    expect(refusal(bytes("seed-clean.odt"), "t.docx")).toBe("read as odt");
    expect(refusal(bytes("formats-table.ods"), "t.xlsx")).toBe("read as ods");
    expect(refusal(bytes("formats-table.xlsx"), "t.docx")).toBe("read as xlsx");
    expect(refusal(bytes("formats-table.xls"), "t.docx")).toBe("read as xls");
    expect(refusal(bytes("formats-table.docx"), "t.xlsx")).toBe("read as docx");
    expect(refusal(bytes("formats-page.html"), "t.txt")).toBe("read as html");
    expect(refusal(new Uint8Array(Buffer.from("\ufeff  <table><tr><td>\u5e8f\u53f7</td></tr></table>")), "t.txt")).toBe("read as html");
    // A table of text that mentions a tag far down is text, not a page.
    expect(refusal(new Uint8Array(Buffer.from(`${"\u5e8f\u53f7 \u91cd\u70b9\u4efb\u52a1\n".repeat(200)}<table>`)), "t.txt")).toBe("read as text");
  });

  it("reads a zip as .docx and anything else not named .docx as text", () => {
    expect(refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), "t.bin")).toBe("read as docx");
    expect(refusal(new Uint8Array(Buffer.from("\u5e8f\u53f7 \u91cd\u70b9\u4efb\u52a1")), "t.dat")).toBe("read as text");
    expect(refusal(new Uint8Array(Buffer.from("\u5e8f\u53f7")), "t.docx")).toMatch(/^DOCX_UNREADABLE/);
    expect(refusal(new Uint8Array(0), "t.txt")).toMatch(/^INPUT_EMPTY/);
  });

  it("leaves a .doc shown as text (corpus: a download page's bytes) to the text reader, which refuses it as LEGACY_DOC", async () => {
    const bytes = readBytes(join(CORPUS, "longkou_xiangcun_jiaoyu_renwuqingdan_rawdoc_garbage.txt"));
    expect(refusal(bytes, "longkou.txt")).toBe("read as text");
    const error = await parse({ data: bytes, fileName: "longkou.txt" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BreakdownError);
    expect((error as BreakdownError).code).toBe("LEGACY_DOC");
  });
});
