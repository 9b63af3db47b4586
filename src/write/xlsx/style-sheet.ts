import { COLOURS, type AlignmentStyle, type CellStyle, type FontStyle } from "./styles.js";
import { escapeXml, XML_DECLARATION } from "./xml.js";

/** ECMA-376 Part 1, 18.8.30: built-in number format 49 is `@`, Text. */
const TEXT_FORMAT = 49;

/** The workbook's default font, as Excel writes it: Calibri 11 from the theme. */
const DEFAULT_FONT = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
const NO_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";
const GRID_SIDE = (side: string): string => `<${side} style="thin"><color rgb="${COLOURS.grid}"/></${side}>`;
const GRID_BORDER = `<border>${GRID_SIDE("left")}${GRID_SIDE("right")}${GRID_SIDE("top")}${GRID_SIDE("bottom")}<diagonal/></border>`;

/**
 * A font's properties as XML elements: in `<font>` (styles.xml) the family name is `<name>`, in
 * a rich-text run's `<rPr>` (shared strings, comments) it is `<rFont>` (18.4.7).
 */
export function fontProperties(font: FontStyle, nameTag: "name" | "rFont"): string {
  let xml = "";
  if (font.bold) xml += "<b/>";
  if (font.italic) xml += "<i/>";
  if (font.underline) xml += "<u/>";
  if (font.color !== undefined) xml += `<color rgb="${font.color}"/>`;
  xml += `<sz val="${font.size}"/><${nameTag} val="${escapeXml(font.name)}"/>`;
  return xml;
}

function alignmentXml(a: AlignmentStyle): string {
  return `<alignment horizontal="${a.horizontal}" vertical="${a.vertical}"${a.wrap ? ' wrapText="1"' : ""}${a.indent ? ` indent="${a.indent}"` : ""}/>`;
}

/**
 * The workbook's styles (styles.xml, 18.8): each distinct cell look becomes one cell format (`xf`),
 * its font and fill listed once. A cell refers to its format by index. Looking a style up by its
 * object is one map access, so the sheets keep their styles in constants or small caches and the
 * cost per cell does not depend on what the style holds.
 */
export class StyleSheet {
  private readonly fonts = new Map<string, number>();
  private readonly fontXml: string[] = [DEFAULT_FONT];
  private readonly fills = new Map<string, number>();
  private readonly fillXml: string[] = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private readonly formats = new Map<string, number>();
  private readonly formatXml: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly byStyle = new Map<CellStyle, number>();
  private readonly byStyleAsText = new Map<CellStyle, number>();

  /** The index of the cell format for this style; `asText` adds the Text number format (`@`). */
  id(style: CellStyle, asText = false): number {
    const cache = asText ? this.byStyleAsText : this.byStyle;
    let id = cache.get(style);
    if (id === undefined) {
      id = this.formatOf(style, asText);
      cache.set(style, id);
    }
    return id;
  }

  /** styles.xml. */
  xml(): string {
    return (
      XML_DECLARATION +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<fonts count="${this.fontXml.length}">${this.fontXml.join("")}</fonts>` +
      `<fills count="${this.fillXml.length}">${this.fillXml.join("")}</fills>` +
      `<borders count="2">${NO_BORDER}${GRID_BORDER}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.formatXml.length}">${this.formatXml.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }

  private formatOf(style: CellStyle, asText: boolean): number {
    const font = style.font === undefined ? 0 : this.fontOf(style.font);
    const fill = style.fill === undefined ? 0 : this.fillOf(style.fill);
    const border = style.grid ? 1 : 0;
    const numFmt = asText ? TEXT_FORMAT : 0;
    const alignment = style.align === undefined ? "" : alignmentXml(style.align);
    const key = `${font},${fill},${border},${numFmt},${alignment}`;
    let id = this.formats.get(key);
    if (id === undefined) {
      id = this.formatXml.length;
      const apply = `${numFmt ? ' applyNumberFormat="1"' : ""}${font ? ' applyFont="1"' : ""}${fill ? ' applyFill="1"' : ""}${border ? ' applyBorder="1"' : ""}${alignment ? ' applyAlignment="1"' : ""}`;
      const head = `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${apply}`;
      this.formatXml.push(alignment ? `${head}>${alignment}</xf>` : `${head}/>`);
      this.formats.set(key, id);
    }
    return id;
  }

  private fontOf(font: FontStyle): number {
    const xml = `<font>${fontProperties(font, "name")}</font>`;
    let id = this.fonts.get(xml);
    if (id === undefined) {
      id = this.fontXml.length;
      this.fontXml.push(xml);
      this.fonts.set(xml, id);
    }
    return id;
  }

  private fillOf(argb: string): number {
    let id = this.fills.get(argb);
    if (id === undefined) {
      id = this.fillXml.length;
      this.fillXml.push(`<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor rgb="${argb}"/></patternFill></fill>`);
      this.fills.set(argb, id);
    }
    return id;
  }
}
