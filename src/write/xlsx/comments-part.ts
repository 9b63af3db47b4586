import { fontProperties } from "./style-sheet.js";
import { bodyFont, NOTE_SIZE } from "./styles.js";
import { cellRef, textElement, XML_DECLARATION } from "./xml.js";
import type { ZipEntry } from "./zip.js";

const NOTE_FONT = fontProperties(bodyFont({ size: NOTE_SIZE }), "rFont");

const VML_HEAD =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/**
 * The notes of one sheet, written as they come: the comments part (ECMA-376 Part 1, 18.7), which
 * holds each note's text, and the legacy VML drawing Excel needs to show a note's box (Part 4,
 * 19.4 and 14.1.2.1: hidden until the cell is pointed at, anchored beside the cell, in the shape
 * Excel itself writes).
 */
export class CommentsPart {
  private count = 0;

  constructor(
    private readonly comments: ZipEntry,
    private readonly vml: ZipEntry,
  ) {
    comments.write(`${XML_DECLARATION}<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Author</author></authors><commentList>`);
    vml.write(XML_DECLARATION + VML_HEAD);
  }

  /** A note on the cell at `row`, `column` (from 1), its text already ST_Xstring-encoded. */
  add(row: number, column: number, text: string): void {
    this.comments.write(`<comment ref="${cellRef(row, column)}" authorId="0"><text><r><rPr>${NOTE_FONT}</rPr>${textElement(text)}</r></text></comment>`);
    // x:Anchor: left column, offset, top row, offset, right column, offset, bottom row, offset (0-based).
    const top = Math.max(row - 2, 0);
    this.vml.write(
      `<v:shape id="_x0000_s${1025 + this.count}" type="#_x0000_t202" style="position:absolute;margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden" fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto">` +
        '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>' +
        '<v:textbox style="mso-direction-alt:auto" inset="1.3mm,1.3mm,2.5mm,2.5mm"><div style="text-align:left"/></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${column}, 6, ${top}, 14, ${column + 2}, 2, ${top + 4}, 16</x:Anchor>` +
        `<x:Locked>True</x:Locked><x:AutoFill>False</x:AutoFill><x:LockText>True</x:LockText><x:Row>${row - 1}</x:Row><x:Column>${column - 1}</x:Column></x:ClientData></v:shape>`,
    );
    this.count++;
  }

  close(): void {
    this.comments.write("</commentList></comments>");
    this.comments.close();
    this.vml.write("</xml>");
    this.vml.close();
  }
}
