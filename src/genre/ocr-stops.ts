/**
 * 。 read as o by OCR: an o (or O) standing alone between Chinese characters (the seed: 标准化建设o细化落实),
 * or after a percentage (配套率保持100%o), before a Chinese character, an opening mark or the end.
 */
export const OCR_PERIOD = /(?<=[\u4e00-\u9fa5”’)\uff09」』%‰])[oO](?=[\u4e00-\u9fa5“‘(\uff08「『]|$)/g;

// The same, at a line's end too: the view a reader reads is whole texts, not one field.
const OCR_PERIOD_LINES = new RegExp(OCR_PERIOD.source, "gm");

/**
 * The text with each such o read as the 。 it stands for, offset for offset: a reader finds the
 * sentences and labels the stop begins (…体系o责任单位：…), and gives the cells back as printed,
 * where the ocr-period rule restores the 。 and records it.
 */
export function withOcrStops(text: string): string {
  if (!text.includes("o") && !text.includes("O")) return text;
  return text.replace(OCR_PERIOD_LINES, "。");
}
