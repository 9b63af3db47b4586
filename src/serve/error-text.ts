import type { Lang } from "../i18n/lang.js";
import type { ErrorCode } from "../errors.js";

/** The codes the page can be answered with: the library's, and the server's own two. */
export type PageErrorCode = ErrorCode | "INTERNAL" | "NOT_FOUND";

/**
 * What each error means and what to do, in Chinese, as the review page says it. The English is
 * the error's own sentence and errors.ts's remedy. A code missing here fails `tsc`.
 */
const ZH: Record<PageErrorCode, { message: string; remedy: string }> = {
  INPUT_NOT_FOUND: { message: "找不到文件，或无法读取。", remedy: "请重新选择文件。" },
  INPUT_EMPTY: { message: "文件是空的（0 字节，或只有空白）。", remedy: "请重新下载或导出该文件。" },
  INPUT_TOO_LARGE: { message: "文件超过了大小上限。", remedy: "如果文件确实是这么大，请用更大的 --max-upload-bytes 重新启动 breakdown serve。" },
  UNSUPPORTED_FORMAT: { message: "这个文件既不是 .docx 也不是文本（例如 PDF 或图片）。", remedy: "请用 Word 或 WPS 打开并另存为 .docx，或把文字复制到 .txt 文件中。" },
  LEGACY_DOC: { message: "这是旧版 Word .doc、WPS .wps、RTF、OpenDocument 或 .xls / .et 文件，需要 LibreOffice 转换，但服务器上没有安装 LibreOffice。", remedy: "请在服务器上安装 LibreOffice（libreoffice-writer-nogui、libreoffice-calc-nogui），或用 Word、WPS 打开并另存为 .docx（.xlsx）。" },
  CONVERSION_FAILED: { message: "LibreOffice 未能转换这个文件：文件可能已损坏，或并非其扩展名所示的格式。", remedy: "请用 Word、WPS 或 LibreOffice 打开；如能打开，请另存为 .docx（.xlsx）再上传。" },
  CONVERSION_TIMEOUT: { message: "LibreOffice 转换这个文件的时间超过了上限，已被终止。", remedy: "请另存为 .docx（.xlsx）再上传。" },
  DOCX_ENCRYPTED: { message: "这个 .docx 设有密码（已加密）。", remedy: "请用密码在 Word 中打开，另存一份不加密的副本。" },
  DOCX_UNREADABLE: { message: "这个 .docx 不是有效的压缩包：文件不完整、已损坏，或是别的文件改了扩展名。", remedy: "请重新下载该文件；如果 Word 能打开，请重新另存为 .docx。" },
  DOCX_NO_DOCUMENT: { message: "压缩包中没有 word/document.xml，不是 Word 文件。", remedy: "请确认这是 Word 文件，而不是其他 Office 文件或压缩包。" },
  DOCX_UNSAFE: { message: "这个压缩包看起来不安全（解压后过大、条目过多、压缩比异常、路径越界，或 XML 声明了 DTD/实体）。", remedy: "请不要用其他工具打开它；如果文件确实正常，请用命令行放宽相应上限。" },
  DOCX_TOO_DEEP: { message: "这个 .docx 的 XML（或网页的 HTML）嵌套层数远超任何真实文件（超过 256 / 512 层）。", remedy: "请在 Word 中打开并重新另存为 .docx；如果文件确实正常，请连同文件报告问题。" },
  ENCODING_UNKNOWN: { message: "无法识别文本的编码（不是 UTF-8、UTF-16 或 GB18030/GBK），或 UTF-8 文字中有损坏。", remedy: "请把文本另存为 UTF-8，或在命令行用 --encoding 指定编码。" },
  NO_TABLE_FOUND: { message: "没有找到任务分解表：既没有含“序号、重点任务、责任单位”等字样的表头，也没有编号的任务。", remedy: "请确认这是任务分解表；下面列出了读到的表格或文字。" },
  LIMIT_EXCEEDED: { message: "表格的行数、列数或单元格字数超过了上限。", remedy: "如果文件确实正常，请在命令行用 --max-rows、--max-columns 或 --max-cell-chars 放宽上限。" },
  FIXES_INVALID: { message: "修改文件不是预期格式的 JSON，或写了不存在的任务或字段。", remedy: "请改正修改文件；breakdown schema --fixes 会打印它的 JSON Schema。" },
  JSON_INVALID: { message: "这个 .json 不是 breakdown parse 写出的文件（不符合其格式）。", remedy: "请改用 .docx 或文本，或重新运行 breakdown parse 写出 JSON。" },
  REFERENCE_UNREADABLE: { message: "无法读取参考文件。", remedy: "请检查参考文件的路径，并确认它是同类表格的 .docx、文本或 JSON。" },
  OUTPUT_OVER_INPUT: { message: "输出文件会覆盖输入文件。", remedy: "请用 -o 选择另一个输出文件夹。" },
  OUTPUT_UNWRITABLE: { message: "无法创建或写入输出文件夹。", remedy: "请检查文件夹权限和磁盘空间。" },
  WORKER_DIED: { message: "读取这个文件的工作进程中断了：内存用尽或崩溃。页面仍可继续使用。", remedy: "这个文件远大于或远复杂于真实的表格；请检查它，如确实正常，请用 breakdown parse 单独读取并报告问题。" },
  TIME_LIMIT: { message: "读取上传的文件超过了页面允许的时间。", remedy: "请改用 breakdown parse 读取，或用更长的 --parse-timeout 重新启动页面。" },
  SERVER_BUSY: { message: "页面正在读取的文件已达到同时处理的上限。", remedy: "请过几秒再试。" },
  USAGE: { message: "请求不完整或无效。", remedy: "请打开 breakdown serve 打印的地址，在页面上选择文件。" },
  INTERNAL: { message: "breakdown 处理这个文件时内部出错。", remedy: "这是 breakdown 的缺陷，请连同输入文件报告问题。" },
  NOT_FOUND: { message: "这个地址上什么也没有。", remedy: "请打开页面 /。" },
};

/** An error as the page shows it: code, file, sentence, details and remedy. */
export interface PageError {
  code: PageErrorCode;
  message: string;
  file: string | null;
  details: string[];
  remedy: string;
}

/**
 * The error in the page's language. Chinese: what the code means and what to do, in Chinese,
 * with the error's own English sentence kept as the first detail (it names the numbers and
 * names that went wrong: nothing is dropped). English: the error as the CLI prints it.
 */
export function errorText(lang: Lang, error: PageError): PageError {
  if (lang === "en") return error;
  const zh = ZH[error.code];
  return { ...error, message: zh.message, details: [error.message, ...error.details], remedy: zh.remedy };
}
