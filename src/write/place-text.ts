import type { Place } from "../model/place.js";

/**
 * A place in the source as a reviewer reads it. Text sources: `第2页 第5行 字符263–264`
 * (offsets into the decoded text, as in the JSON); .docx sources: `表1 第3行 第2列`, counted
 * from 1 as in Word (the JSON's indexes are 0-based). Empty when the place is unknown.
 */
export function describePlace(where: Place): string {
  const parts: string[] = [];
  if (where.table !== undefined) parts.push(`表${where.table + 1}`);
  if (where.page !== undefined) parts.push(`第${where.page}页`);
  if (where.row !== undefined) parts.push(`第${where.row + 1}行`); // table row
  else if (where.line !== undefined) parts.push(`第${where.line}行`); // text line
  if (where.column !== undefined) parts.push(`第${where.column + 1}列`);
  if (where.offset !== undefined) {
    const end = where.end !== undefined && where.end !== where.offset ? `–${where.end}` : "";
    parts.push(`字符${where.offset}${end}`);
  }
  return parts.join(" ");
}
