import { STATUS_COLOURS } from "../../i18n/status.js";
/** 宋体 for the table, 黑体 for title and headers: the fonts the printed documents use. */
export const FONT_BODY = "宋体";
export const FONT_HEADING = "黑体";
export const BODY_SIZE = 11;
export const TITLE_SIZE = 16;
export const NOTE_SIZE = 10;

/**
 * Review colours: one palette with the review page and the terminal (src/i18n/status.ts): blue
 * for a repaired cell, amber for a row to review, grey for a placeholder row; `mark` is the
 * stronger form for the legend's marks. Headers and section rows take shades no status uses.
 */
export const COLOURS = {
  repaired: { fill: `FF${STATUS_COLOURS.repaired.fill}`, mark: `FF${STATUS_COLOURS.repaired.line}`, font: "FF000000" },
  needsReview: { fill: `FF${STATUS_COLOURS.needs_review.fill}`, mark: `FF${STATUS_COLOURS.needs_review.line}`, font: "FF7F6000" },
  missing: { fill: `FF${STATUS_COLOURS.missing.fill}`, mark: `FF${STATUS_COLOURS.missing.line}`, font: "FF595959" },
  header: { fill: "FFE2EFDA" },
  section: { fill: "FFF7F7F7" },
  faint: { font: "FF7F7F7F" },
  link: { font: "FF0563C1" },
  grid: "FF808080",
} as const;

/** A font (ECMA-376 Part 1, 18.8.22). Colours are ARGB. */
export interface FontStyle {
  name: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string;
}

/** Horizontal and vertical alignment, wrapping and indent of a cell (18.8.1). */
export interface AlignmentStyle {
  horizontal: "left" | "center" | "right";
  vertical: "center";
  wrap: boolean;
  indent?: number;
}

/**
 * The look of a cell: `font` absent is the workbook's default font (Calibri 11, which Excel
 * measures column widths in); `fill` is the ARGB of a solid fill; `grid` a thin grey border on
 * every side. Whether the cell is formatted as text (`@`) is the sheet writer's decision.
 */
export interface CellStyle {
  font?: FontStyle;
  fill?: string;
  grid?: boolean;
  align?: AlignmentStyle;
}

export function bodyFont(extra: Partial<FontStyle> = {}): FontStyle {
  return { name: FONT_BODY, size: BODY_SIZE, ...extra };
}

export function headingFont(size = BODY_SIZE, extra: Partial<FontStyle> = {}): FontStyle {
  return { name: FONT_HEADING, size, bold: true, ...extra };
}

export const WRAP_LEFT: AlignmentStyle = { wrap: true, vertical: "center", horizontal: "left" };
export const WRAP_CENTER: AlignmentStyle = { wrap: true, vertical: "center", horizontal: "center" };

/** The header row of a table: 黑体, blue-grey, bordered, centred. */
export const HEADER_STYLE: CellStyle = { font: headingFont(), fill: COLOURS.header.fill, grid: true, align: WRAP_CENTER };

/** Print margins in inches: A4 landscape, fit to one page wide, as many pages tall as it takes. */
export const PAGE_MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 } as const;
/** ECMA-376 Part 1, 18.18.43 ST_PaperSize: 9 is A4. */
export const PAPER_A4 = 9;

/** Page footer: 第 N 页，共 M 页. */
export const PAGE_FOOTER = "&C第 &P 页，共 &N 页";
