import type { Lang } from "../i18n/lang.js";
import type { ErrorCode } from "../errors.js";
import { ERROR_MEANINGS, ERROR_REMEDIES } from "../i18n/errors.js";

/** The codes the page can be answered with: the library's, and the server's own two. */
export type PageErrorCode = ErrorCode | "INTERNAL" | "NOT_FOUND";

/**
 * What each error means and what to do, in Chinese, as the review page says it. The English is
 * the error's own sentence and errors.ts's remedy. A code missing here fails `tsc`.
 */
// The server's own two codes; the library's are said by the CLI's catalogue (src/i18n/errors.ts).
const SERVER_ZH: Record<"INTERNAL" | "NOT_FOUND", { message: string; remedy: string }> = {
  INTERNAL: { message: "breakdown 处理这个文件时内部出错。", remedy: "这是 breakdown 的缺陷，请连同输入文件报告问题。" },
  NOT_FOUND: { message: "这个地址上什么也没有。", remedy: "请打开页面 /。" },
};

function zhOf(code: PageErrorCode): { message: string; remedy: string } {
  if (code === "INTERNAL" || code === "NOT_FOUND") return SERVER_ZH[code];
  return { message: ERROR_MEANINGS.zh[code], remedy: ERROR_REMEDIES.zh[code] };
}

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
  const zh = zhOf(error.code);
  return { ...error, message: zh.message, details: [error.message, ...error.details], remedy: zh.remedy };
}
