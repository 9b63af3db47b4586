const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十 → 20, 九十九 → 99; null if not a Chinese numeral below 100. */
export function chineseNumeral(text: string): number | null {
  if (!/^[零〇一二两三四五六七八九十]{1,3}$/.test(text)) return null;
  const ten = text.indexOf("十");
  if (ten < 0) return text.length === 1 ? (DIGITS[text] ?? null) : null;
  const tens = ten === 0 ? 1 : DIGITS[text.slice(0, ten)];
  const onesText = text.slice(ten + 1);
  const ones = onesText === "" ? 0 : DIGITS[onesText];
  if (tens === undefined || ones === undefined || ten > 1 || onesText.length > 1) return null;
  return tens * 10 + ones;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** A task number as printed (`12`, `12.`, `(3)`, `③`, `(一)`) → its value, or null. */
export function seqValue(printed: string): number | null {
  const t = printed.replace(/[\s.．、,，)）\]】]+$/g, "").replace(/^[(（\[【]/, "").trim();
  if (/^\d{1,6}$/.test(t)) return Number(t);
  const c = CIRCLED.indexOf(t);
  if (t.length === 1 && c >= 0) return c + 1;
  return chineseNumeral(t);
}

/** A Chinese numeral as section headings print it (一 … 九十九). */
export const CN_NUMERAL = "[一二三四五六七八九十]{1,3}";
/** 第X部分 / 第X章 / 第X篇: a level-1 heading in documents that do not number them 一、. */
export const PART_WORDS = "部分|章|篇";
