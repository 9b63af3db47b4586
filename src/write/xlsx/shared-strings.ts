import { encodeXlsxText } from "../cell-guard.js";
import { fontProperties } from "./style-sheet.js";
import type { FontStyle } from "./styles.js";
import { cellTextElement, textElement, XML_DECLARATION } from "./xml.js";
import type { ZipEntry } from "./zip.js";

/** A run of rich text: text in one font. */
export interface RichRun {
  text: string;
  font: FontStyle;
}

/**
 * The shared string table (sharedStrings.xml, ECMA-376 Part 1, 18.4): every distinct text once,
 * cells refer to it by index, as Excel itself writes a workbook. 责任分工 repeats a task's
 * title and section on each of its units' rows; here they are one entry each. Texts are kept as
 * the cells show them and encoded (ST_Xstring, then XML) once each, when the table is written.
 */
export class SharedStrings {
  private readonly indexOf = new Map<string, number>();
  private readonly texts: string[] = [];
  /** Rich-text entries, by index: their `<si>` content. */
  private readonly rich = new Map<number, string>();
  /** References from cells, which Excel keeps as `count`. */
  private references = 0;

  /** The index of a plain text, as the cell shows it. */
  of(text: string): number {
    this.references++;
    let index = this.indexOf.get(text);
    if (index === undefined) {
      index = this.texts.length;
      this.texts.push(text);
      this.indexOf.set(text, index);
    }
    return index;
  }

  /** Count one more reference to a text whose index the caller already has. */
  again(): void {
    this.references++;
  }

  /** The index of a new rich-text entry made of these runs (their texts as the cell shows them). */
  ofRuns(runs: readonly RichRun[]): number {
    this.references++;
    const index = this.texts.length;
    this.texts.push("");
    this.rich.set(index, runs.map((r) => `<r><rPr>${fontProperties(r.font, "rFont")}</rPr>${textElement(encodeXlsxText(r.text))}</r>`).join(""));
    return index;
  }

  /** Write sharedStrings.xml into `entry` and close it. */
  writeTo(entry: ZipEntry): void {
    entry.write(`${XML_DECLARATION}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.texts.length}">`);
    const BATCH = 512;
    for (let start = 0; start < this.texts.length; start += BATCH) {
      let xml = "";
      const end = Math.min(start + BATCH, this.texts.length);
      for (let i = start; i < end; i++) {
        const runs = this.rich.get(i);
        xml += runs === undefined ? `<si>${cellTextElement(this.texts[i] as string, encodeXlsxText)}</si>` : `<si>${runs}</si>`;
      }
      entry.write(xml);
    }
    entry.write("</sst>");
    entry.close();
  }
}
