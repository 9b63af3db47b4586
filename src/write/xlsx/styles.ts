import type { Alignment, Border, Borders, Fill, Font } from "exceljs";

/** 宋体 for the table, 黑体 for title and headers: the fonts the printed documents use. */
export const FONT_BODY = "\u5b8b\u4f53"; // 宋体
export const FONT_HEADING = "\u9ed1\u4f53"; // 黑体
export const BODY_SIZE = 11;
export const TITLE_SIZE = 16;

/** Review colours (Excel's own "Neutral", "Bad" and a grey), and their stronger forms for the legend's marks. */
export const COLOURS = {
  repaired: { fill: "FFFFEB9C", mark: "FFFFC000", font: "FF000000" },
  needsReview: { fill: "FFFFC7CE", mark: "FFC00000", font: "FF9C0006" },
  missing: { fill: "FFD9D9D9", mark: "FF808080", font: "FF595959" },
  header: { fill: "FFDDEBF7" },
  section: { fill: "FFF2F7FC" },
  faint: { font: "FF7F7F7F" },
} as const;

export function solidFill(argb: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } };
}

const THIN: Partial<Border> = { style: "thin", color: { argb: "FF808080" } };
export const GRID: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function bodyFont(extra: Partial<Font> = {}): Partial<Font> {
  return { name: FONT_BODY, size: BODY_SIZE, ...extra };
}

export function headingFont(size = BODY_SIZE, extra: Partial<Font> = {}): Partial<Font> {
  return { name: FONT_HEADING, size, bold: true, ...extra };
}

export const WRAP_LEFT: Partial<Alignment> = { wrapText: true, vertical: "middle", horizontal: "left" };
export const WRAP_CENTER: Partial<Alignment> = { wrapText: true, vertical: "middle", horizontal: "center" };

/** A4 landscape, fit to one page wide, as many pages tall as it takes. */
export function printSetup(titleRows: string): Record<string, unknown> {
  return {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: titleRows,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/** Page footer: 第 N 页，共 M 页. */
export const PAGE_FOOTER = "&C\u7b2c &P \u9875\uff0c\u5171 &N \u9875";
