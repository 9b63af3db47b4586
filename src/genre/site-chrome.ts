import { DATE_LINE } from "./dates.js";
import { ISSUER_LINE } from "./issuers.js";

/**
 * Lines that close a document or a web page rather than belong to its last task: the site's
 * footer (扫一扫在手机打开当前页, 相关新闻, 打印本页, 关闭窗口), the notice's closing marks
 * (（此件公开发布）, 抄送, 附件：…), and the issuer and date signed under the table.
 */
export const FOOTER_LINE =
  /^\s*(?:扫一扫|【\s*(?:打印|关闭|字体|收藏)|打印(?:本页|此页)?\s*$|关闭(?:窗口|本页)|相关(?:新闻|文章|链接|阅读|文件|附件)|上一篇|下一篇|分享到|责任编辑|文章来源|信息来源|主办单位|版权所有|网站(?:地图|标识码)|[(\uff08]此件公开发布[)\uff09]|抄\s*送|主题词|附件\s*[:\uff1a\d]|附\s*件\s*$|备\s*注\s*[:\uff1a])/;

/** Does a line close the document (footer, closing mark, signature or date) rather than continue a task? */
export function closesDocument(line: string): boolean {
  const t = line.trim();
  return t !== "" && (FOOTER_LINE.test(t) || DATE_LINE.test(t) || ISSUER_LINE.test(t));
}
