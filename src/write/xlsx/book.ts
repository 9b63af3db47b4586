import { createRequire } from "node:module";
import { appXml, coreXml, type WorkbookProperties } from "./properties.js";
import { SharedStrings } from "./shared-strings.js";
import { SheetWriter, type SheetContext, type SheetLayout } from "./sheet-writer.js";
import { StyleSheet } from "./style-sheet.js";
import { escapeXml, XML_DECLARATION } from "./xml.js";
import { ZipWriter, type ZipEntry } from "./zip.js";

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

// The Office theme Excel writes in every workbook (colours and the Calibri / Cambria fonts the
// default style refers to), as exceljs keeps it: a string module that loads none of exceljs.
const THEME = createRequire(import.meta.url)("exceljs/lib/xlsx/xml/theme1.js") as string;

/**
 * zlib level for the workbook's parts. Level 1 deflates the XML about three times as fast as
 * level 6 (at 1,700 tasks ~5 MB of XML: ~12 against ~40 ms) for a file about a quarter larger,
 * and the XLSX stage's whole budget is a few tens of milliseconds (docs/benchmarks.md).
 */
export const DEFLATE_LEVEL = 1;

/**
 * A workbook written as it is made (SpreadsheetML, ECMA-376 Part 1): sheets are added and written
 * one after another, each row compressed into the archive as soon as it ends; the parts that
 * describe the whole workbook (styles, shared strings, the workbook and its relationships, content
 * types, properties) are written at the end, into entries reserved at the front of the archive.
 */
export class Book implements SheetContext {
  readonly zip: ZipWriter;
  readonly styles = new StyleSheet();
  readonly strings = new SharedStrings();
  private readonly sheets: SheetWriter[] = [];
  private readonly front: Record<"contentTypes" | "rels" | "app" | "core" | "workbook" | "workbookRels" | "styles" | "theme" | "strings", ZipEntry>;

  constructor(date: Date, level = DEFLATE_LEVEL) {
    this.zip = new ZipWriter(date, level);
    this.front = {
      contentTypes: this.zip.open("[Content_Types].xml"),
      rels: this.zip.open("_rels/.rels"),
      app: this.zip.open("docProps/app.xml"),
      core: this.zip.open("docProps/core.xml"),
      workbook: this.zip.open("xl/workbook.xml"),
      workbookRels: this.zip.open("xl/_rels/workbook.xml.rels"),
      styles: this.zip.open("xl/styles.xml"),
      theme: this.zip.open("xl/theme/theme1.xml"),
      strings: this.zip.open("xl/sharedStrings.xml"),
    };
  }

  /** A new sheet after the others; the one before it is closed. */
  addSheet(layout: SheetLayout): SheetWriter {
    this.sheets.at(-1)?.close();
    const sheet = new SheetWriter(this, this.sheets.length + 1, layout);
    this.sheets.push(sheet);
    return sheet;
  }

  /** The archive's bytes, with the workbook's parts and these properties. */
  finish(properties: WorkbookProperties): Uint8Array {
    for (const sheet of this.sheets) sheet.close();
    const write = (entry: ZipEntry, text: string): void => {
      entry.write(text);
      entry.close();
    };
    write(this.front.contentTypes, this.contentTypes());
    write(
      this.front.rels,
      `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        `<Relationship Id="rId3" Type="${NS_REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    );
    write(this.front.app, appXml(properties, this.sheets.map((s) => s.name)));
    write(this.front.core, coreXml(properties));
    write(this.front.workbook, this.workbookXml());
    write(this.front.workbookRels, this.workbookRels());
    write(this.front.styles, this.styles.xml());
    write(this.front.theme, THEME);
    this.strings.writeTo(this.front.strings);
    return this.zip.finish();
  }

  private contentTypes(): string {
    const sheets = this.sheets.map((s) => `<Override PartName="/xl/worksheets/sheet${s.sheetNumber}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`).join("");
    const comments = this.sheets
      .filter((s) => s.hasNotes)
      .map((s) => `<Override PartName="/xl/comments${s.sheetNumber}.xml" ContentType="${CT}.spreadsheetml.comments+xml"/>`)
      .join("");
    return (
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Default Extension="vml" ContentType="${CT}.vmlDrawing"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
      sheets +
      `<Override PartName="/xl/theme/theme1.xml" ContentType="${CT}.theme+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>` +
      comments +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
      "</Types>"
    );
  }

  /** xl/workbook.xml: the sheets, and each sheet's rows printed at the top of every page (18.2.6, _xlnm.Print_Titles). */
  private workbookXml(): string {
    const sheets = this.sheets.map((s) => `<sheet name="${escapeXml(s.name)}" sheetId="${s.sheetNumber}" r:id="rId${s.sheetNumber + 3}"/>`).join("");
    const titles = this.sheets
      .map((s, i) => {
        const [from, to] = s.layout.printTitleRows;
        return `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${escapeXml(s.name.replace(/'/g, "''"))}'!$${from}:$${to}</definedName>`;
      })
      .join("");
    return (
      `${XML_DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_REL}">` +
      '<workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>' +
      `<sheets>${sheets}</sheets><definedNames>${titles}</definedNames><calcPr calcId="171027"/></workbook>`
    );
  }

  /** xl/_rels/workbook.xml.rels: styles, theme and shared strings rId1–3, then the sheets. */
  private workbookRels(): string {
    const sheets = this.sheets.map((s) => `<Relationship Id="rId${s.sheetNumber + 3}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${s.sheetNumber}.xml"/>`).join("");
    return (
      `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${NS_REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId2" Type="${NS_REL}/theme" Target="theme/theme1.xml"/>` +
      `<Relationship Id="rId3" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      sheets +
      "</Relationships>"
    );
  }
}
