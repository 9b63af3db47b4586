import type { Workbook } from "exceljs";
import type { BreakdownDocument } from "../../model/document.js";
import { P } from "./notes.js";

/**
 * The moment written as the workbook's created and modified dates: the document's issue date
 * (not the time of the run), so that the same input gives the same workbook. Without a date,
 * 1980-01-01, the earliest date a zip archive can hold.
 */
export function workbookDate(doc: BreakdownDocument): Date {
  return new Date(`${doc.document.issuedDate ?? "1980-01-01"}T00:00:00Z`);
}

/**
 * Workbook properties (File → Properties): title, issuer (company and subject), date, the source
 * file and its SHA-256 (keywords and comments), and the tool and version that wrote it (author).
 */
export function setWorkbookProperties(wb: Workbook, doc: BreakdownDocument): void {
  const { title, issuer, issuedDate, issuedDateText, source } = doc.document;
  const tool = `${doc.tool.name} ${doc.tool.version}`;
  wb.title = title ?? source.originalName ?? source.fileName;
  wb.subject = issuer ?? "";
  wb.company = issuer ?? "";
  wb.creator = tool;
  wb.lastModifiedBy = tool;
  wb.category = "\u4efb\u52a1\u5206\u89e3\u8868"; // 任务分解表
  wb.keywords = `sha256:${source.sha256}`;
  wb.created = workbookDate(doc);
  wb.modified = workbookDate(doc);
  const line = (label: string, value: string | null): string => `${label}${P.colon}${value ?? ""}`;
  wb.description = [
    line("\u6807\u9898", title), // 标题
    line("\u53d1\u6587\u5355\u4f4d", issuer), // 发文单位
    line("\u65e5\u671f", issuedDate === null ? issuedDateText : `${issuedDate}${issuedDateText ? ` ${P.open}${issuedDateText}${P.close}` : ""}`), // 日期
    line("\u6e90\u6587\u4ef6", source.fileName), // 源文件
    line("\u539f\u59cb\u6587\u4ef6\u540d", source.originalName), // 原始文件名
    line("SHA-256", source.sha256),
    line("\u8f6c\u6362\u5de5\u5177", tool), // 转换工具
  ].join("\n");
}
