import type { Lang } from "../../i18n/lang.js";
import { WORKBOOK_TEXTS } from "../../i18n/workbook.js";
import type { BreakdownDocument } from "../../model/document.js";
import { P } from "./notes.js";
import { escapeXml, XML_DECLARATION } from "./xml.js";

/**
 * The moment written as the workbook's created and modified dates: the document's issue date
 * (not the time of the run), so that the same input gives the same workbook. Without a date,
 * 1980-01-01, the earliest date a zip archive can hold.
 */
export function workbookDate(doc: BreakdownDocument): Date {
  return new Date(`${doc.document.issuedDate ?? "1980-01-01"}T00:00:00Z`);
}

/** What File → Properties shows. */
export interface WorkbookProperties {
  title: string;
  subject: string;
  company: string;
  creator: string;
  lastModifiedBy: string;
  category: string;
  keywords: string;
  description: string;
  created: Date;
  modified: Date;
}

/**
 * Workbook properties (File → Properties): title, issuer (company and subject), date, the source
 * file and its SHA-256 (keywords and comments), and the tool and version that wrote it (author).
 */
export function workbookProperties(doc: BreakdownDocument, lang: Lang = "zh"): WorkbookProperties {
  const t = WORKBOOK_TEXTS[lang];
  const [titleLabel = "", issuerLabel = "", dateLabel = "", sourceLabel = "", originalLabel = "", shaLabel = "", toolLabel = ""] = t.propLabels.split("|");
  const { title, issuer, issuedDate, issuedDateText, source } = doc.document;
  const tool = `${doc.tool.name} ${doc.tool.version}`;
  const line = (label: string, value: string | null): string => `${label}${t.colon}${value ?? ""}`;
  return {
    title: title ?? source.originalName ?? source.fileName,
    subject: issuer ?? "",
    company: issuer ?? "",
    creator: tool,
    lastModifiedBy: tool,
    category: t.propCategory,
    keywords: `sha256:${source.sha256}`,
    description: [
      line(titleLabel, title),
      line(issuerLabel, issuer),
      line(dateLabel, issuedDate === null ? issuedDateText : `${issuedDate}${issuedDateText ? ` ${P.open}${issuedDateText}${P.close}` : ""}`),
      line(sourceLabel, source.fileName),
      line(originalLabel, source.originalName),
      line(shaLabel, source.sha256),
      line(toolLabel, tool),
    ].join("\n"),
    created: workbookDate(doc),
    modified: workbookDate(doc),
  };
}

// Core properties can hold any text, but not the characters XML 1.0 cannot carry: dropped here.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const value = (text: string): string => escapeXml(text.replace(NOT_XML, ""));
const w3cdtf = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** docProps/core.xml: the Dublin Core properties (ECMA-376 Part 2, 11). */
export function coreXml(p: WorkbookProperties): string {
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${value(p.creator)}</dc:creator><dc:title>${value(p.title)}</dc:title><dc:subject>${value(p.subject)}</dc:subject>` +
    `<dc:description>${value(p.description)}</dc:description><cp:keywords>${value(p.keywords)}</cp:keywords><cp:category>${value(p.category)}</cp:category>` +
    `<cp:lastModifiedBy>${value(p.lastModifiedBy)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(p.created)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(p.modified)}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

/** docProps/app.xml: the extended properties (ECMA-376 Part 1, 22.2), with the sheets' names and the company. */
export function appXml(p: WorkbookProperties, sheetNames: readonly string[]): string {
  const names = sheetNames.map((n) => `<vt:lpstr>${value(n)}</vt:lpstr>`).join("");
  return (
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>" +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${names}</vt:vector></TitlesOfParts>` +
    `<Company>${value(p.company)}</Company><Manager></Manager><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion>` +
    "</Properties>"
  );
}
