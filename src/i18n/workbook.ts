import { catalogue } from "./lang.js";

/**
 * The words a workbook adds to the document's own (src/write/xlsx/): sheet names, the legend,
 * the cells' notes, placeholders, the headers breakdown adds, in both languages. Chinese is the
 * default (`--lang`); the document's own headers and text are never translated.
 */
export const WORKBOOK_TEXTS = catalogue(
  {
    taskSheet: "任务分解表",
    unitsSheet: "责任分工",
    issuesSheet: "问题清单",
    legendTitle: "图例：",
    legendRepaired: (p: { word: string }) => `${p.word}：蓝色单元格，批注列出每处修复`,
    legendReview: (p: { word: string }) => `${p.word}：黄色行，原文见行内及批注`,
    legendMissing: (p: { word: string }) => `${p.word}：灰色行，仅为占位，未补写内容`,
    legendGap: "\u3000\u3000",
    // 共 N 项：正常 a，已修复 b，需人工核对 c，原文缺失 d。每处修复与提示见“问题清单”表。
    legendCounts: (p: { total: number; counts: string }) => `\n共 ${p.total} 项：${p.counts}。每处修复与提示见“问题清单”表。`,
    countSep: "，",
    source: (p: { name: string; file: string; sha256: string; tool: string }) => `来源：${p.name}（${p.file}，SHA-256 ${p.sha256}），由 ${p.tool} 转换`,
    repaired: (p: { n: number }) => `已修复 ${p.n} 处：`,
    notes: "提示：",
    reviewFilled: "需人工核对：本行内容取自另一版本，请对照原件核对。",
    reviewUnreadable: "需人工核对：本行无法可靠识别。",
    rawLabel: (p: { place: string }) => `原文${p.place === "" ? "" : `（${p.place}）`}：`,
    rawEmpty: "（空）",
    missingNote: (p: { seq: number }) => `原文缺少第 ${p.seq} 项，此行仅为占位，未补写任何内容。`,
    missingPlaceholder: (p: { seq: number }) => `（原文无第 ${p.seq} 项）`,
    reviewPlaceholder: "（无法可靠识别，原文如下，详见序号单元格批注）",
    severity: (p: { severity: "info" | "warning" | "error" }) => ({ info: "提示", warning: "警告", error: "错误" })[p.severity],
    colon: "：",
    open: "（",
    close: "）",
    // Headers breakdown adds (the 责任分工 sheet, the CSV's added columns).
    section: "所属部分",
    status: "识别状态",
    seq: "序号",
    unit: "单位",
    role: "角色",
    lead: "牵头",
    support: "配合",
    responsible: "责任",
    // A column the document does not print, for values read out of other cells (市民政局 伍泽国 → 伍泽国).
    readColumn: (p: { field: string }) => `${({ contacts: "联系人", leaders: "责任领导", deadline: "完成时限", progress: "进展情况", target: "目标", note: "备注", source: "任务来源" } as Record<string, string>)[p.field] ?? p.field}（取自其他单元格）`,
    footer: "&C第 &P 页，共 &N 页",
    // File → Properties.
    propCategory: "任务分解表",
    propLabels: "标题|发文单位|日期|源文件|原始文件名|SHA-256|转换工具",
  },
  {
    taskSheet: "Tasks",
    unitsSheet: "Units",
    issuesSheet: "Issues",
    legendTitle: "Legend: ",
    legendRepaired: (p: { word: string }) => `${p.word}: blue cell, its note lists each repair`,
    legendReview: (p: { word: string }) => `${p.word}: amber row, the source text in the row and its note`,
    legendMissing: (p: { word: string }) => `${p.word}: grey row, a placeholder, nothing written in`,
    legendGap: "    ",
    legendCounts: (p: { total: number; counts: string }) => `\n${p.total} tasks: ${p.counts}. Every repair and message is on the Issues sheet.`,
    countSep: ", ",
    source: (p: { name: string; file: string; sha256: string; tool: string }) => `Source: ${p.name} (${p.file}, SHA-256 ${p.sha256}), converted by ${p.tool}`,
    repaired: (p: { n: number }) => `${p.n} repair${p.n === 1 ? "" : "s"}:`,
    notes: "Notes:",
    reviewFilled: "Needs review: this row was taken from another version; check it against the original.",
    reviewUnreadable: "Needs review: this row could not be read reliably.",
    rawLabel: (p: { place: string }) => `Source text${p.place === "" ? "" : ` (${p.place})`}:`,
    rawEmpty: "(empty)",
    missingNote: (p: { seq: number }) => `Number ${p.seq} is absent from the source: this row is only a placeholder, nothing was written in.`,
    missingPlaceholder: (p: { seq: number }) => `(no number ${p.seq} in the source)`,
    reviewPlaceholder: "(could not be read reliably; the source text follows, see the number cell's note)",
    severity: (p: { severity: "info" | "warning" | "error" }) => p.severity,
    colon: ": ",
    open: " (",
    close: ")",
    section: "Section",
    status: "Status",
    seq: "No.",
    unit: "Unit",
    role: "Role",
    lead: "lead",
    support: "support",
    responsible: "responsible",
    readColumn: (p: { field: string }) => `${({ contacts: "Contacts", leaders: "Leaders", deadline: "Deadline", progress: "Progress", target: "Target", note: "Note", source: "Source" } as Record<string, string>)[p.field] ?? p.field} (read from other cells)`,
    footer: "&CPage &P of &N",
    propCategory: "Task breakdown table",
    propLabels: "Title|Issuer|Date|Source file|Original name|SHA-256|Converted by",
  },
);

/** What each kind of line of the 问题清单 sheet is called (keys: src/write/xlsx/issues-sheet.ts IssueKind). */
export const ISSUE_KIND_WORDS = catalogue(
  { repair: "修复", info: "提示", warning: "警告", error: "错误", leftover: "未入表文本", "cell-limit": "单元格截断" },
  { repair: "repair", info: "info", warning: "warning", error: "error", leftover: "leftover text", "cell-limit": "cell cut" },
);

/** The 问题清单 sheet's words other than the document's: headers, a leftover's reason (keyed by the JSON's leftover reason), a cut cell. */
export const ISSUE_TEXTS = catalogue(
  {
    headers: "序号|字段|规则|类型|修改前|修改后|说明|原文位置|表中位置",
    rowLink: (p: { sheet: string; row: number }) => `${p.sheet} 第${p.row}行`,
    "site-boilerplate": "分享网站添加的文字，不属于原文件",
    "outside-table": "表格之外的文字（非标题、发文单位、日期）",
    unassigned: "表内文字，未归入任何字段",
    "repeated-header": "分页后重复的表头",
    unreadable: "无法解码的字节",
    // 该单元格有 N 个字符，超过 Excel 的上限 32767，表中已截断；全文见 JSON 和 CSV。
    cellLimit: (p: { length: number; limit: number }) => `该单元格有 ${p.length} 个字符，超过 Excel 的上限 ${p.limit}，表中已截断。全文见 JSON 和 CSV。`,
  },
  {
    headers: "No.|Field|Rule|Kind|Before|After|Reason|Where in the source|Where in the table",
    rowLink: (p: { sheet: string; row: number }) => `${p.sheet} row ${p.row}`,
    "site-boilerplate": "text the sharing site added, not part of the original file",
    "outside-table": "text outside the table (not the title, issuer or date)",
    unassigned: "text in the table that no field took",
    "repeated-header": "a header repeated after a page break",
    unreadable: "bytes that could not be decoded",
    cellLimit: (p: { length: number; limit: number }) => `The cell has ${p.length} characters, over Excel's limit of ${p.limit}; it is cut in the workbook. The whole text is in the JSON and the CSV.`,
  },
);
