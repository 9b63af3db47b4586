import { describe, expect, it } from "vitest";
import { hasDtd, scanXml, XmlScan } from "../../../src/read/docx/xml-scan.js";

const xml = (s: string): Buffer => Buffer.from(s, "utf8");

describe("the scan of an XML part's bytes", () => {
  it("measures how deep elements nest and counts table rows, whatever their prefix", () => {
    const part = '<?xml version="1.0"?><!-- <a><a> --><w:document><w:body><w:tbl><w:tr><w:tc/></w:tr><x:tr/><tr a=">"></tr><w:trPr/></w:tbl><![CDATA[<b><b>]]></w:body></w:document>';
    expect(scanXml(xml(part))).toEqual({ depth: 5, rows: 3, tooDeep: false });
  });

  it("gives the same answer pushed a byte at a time", () => {
    const part = xml('<a><!-- x --><b c="/>"><?pi ?><w:tr/><d/></b><![CDATA[<e>]]></a>');
    const scan = new XmlScan();
    for (let i = 0; i < part.length; i++) scan.push(part.subarray(i, i + 1), i === part.length - 1);
    expect(scan.result).toEqual({ depth: 3, rows: 1 });
    const { tooDeep: _, ...whole } = scanXml(part);
    expect(whole).toEqual(scan.result);
  });

  it("reads a part cut off in the middle of any markup without throwing", () => {
    // A damaged part may end in `<!`, `<!-`, `<![CDA`, `<?` or inside a tag.
    for (const end of ["<", "<!", "<!-", "<![CDA", "<?", "<a b='", "</a", "<!DOC"]) {
      expect(() => scanXml(xml(`<r>${end}`))).not.toThrow();
      expect(hasDtd(xml(`<r>${end}`))).toBe(false);
    }
    expect(hasDtd(xml("<r/><!DOCTYPE"))).toBe(true);
    expect(hasDtd(Buffer.from("<r/><!ENTITY", "utf16le"))).toBe(true);
  });
});
