import type { Place } from "../model/place.js";

/**
 * A place in the source as a reviewer reads it. Text sources: `第2页 第5行 字符263–264`
 * (offsets into the decoded text, as in the JSON); .docx sources: `表1 第3行 第2列`, counted
 * from 1 as in Word (the JSON's indexes are 0-based). Empty when the place is unknown.
 */
export function describePlace(where: Place): string {
  const parts: string[] = [];
  if (where.table !== undefined) parts.push(`\u8868${where.table + 1}`); // 表
  if (where.page !== undefined) parts.push(`\u7b2c${where.page}\u9875`); // 第…页
  if (where.row !== undefined) parts.push(`\u7b2c${where.row + 1}\u884c`); // 第…行 (table row)
  else if (where.line !== undefined) parts.push(`\u7b2c${where.line}\u884c`); // 第…行 (text line)
  if (where.column !== undefined) parts.push(`\u7b2c${where.column + 1}\u5217`); // 第…列
  if (where.offset !== undefined) {
    const end = where.end !== undefined && where.end !== where.offset ? `\u2013${where.end}` : "";
    parts.push(`\u5b57\u7b26${where.offset}${end}`); // 字符
  }
  return parts.join(" ");
}
