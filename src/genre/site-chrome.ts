import { DATE_LINE } from "./dates.js";
import { ISSUER_LINE } from "./issuers.js";

// A government page's information block (索引号： | 000014349/2023-91150 | 成文日期： | …), printed
// under the document as often as above it: under the table, the page goes on with its chrome.
const PAGE_META_LABEL = String.raw`(?:索\s*引\s*号|信息索引号|发布机构|发文机关|成文日期|发文字号|主题分类|信息分类|有\s*效\s*性|公开方式|公开范围|公开时限|生成日期|所属机构|体裁分类)`;
const PAGE_META = String.raw`${PAGE_META_LABEL}\s*[:：]`;

/**
 * A page's information label glued to the value before it where the page ran its block on (组配分类: 其他文件发布机构:
 * 亳州市…): what ends so before a colon is the label, no unit's name.
 */
export const ENDS_WITH_PAGE_LABEL = new RegExp(String.raw`${PAGE_META_LABEL}\s*$`);

// A sharing site's lines after the pages it shows (还剩3页未读，继续阅读 / 10 积分 / 下载文档到电脑…).
const SHARING_SITE_TAIL = String.raw`(?:还剩\s*\d+\s*页未读|继续阅读\s*$|\d+\s*积分\s*$|下载文档到电脑|点击(?:查看|下载|阅读)全文|立即下载\s*$|加入\s*VIP)`;

/**
 * How lines open that close a document or a web page rather than belong to its last task: the site's
 * footer (扫一扫在手机打开当前页, 相关新闻, 打印本页, 关闭窗口), the notice's closing marks
 * (（此件公开发布）, 抄送, 附件：…), and the issuer and date signed under the table.
 */
const FOOTER_OPENING = String.raw`(?:扫一扫|【\s*(?:打印|关闭|字体|收藏)|打印(?:本页|此页)?\s*$|关闭(?:窗口|本页)|相关(?:新闻|文章|链接|阅读|文件|附件)|上一篇|下一篇|分享到|责任编辑|文章来源|信息来源|主办单位|版权所有|网站(?:地图|标识码)|[(\uff08]此件公开发布[)\uff09]|抄\s*送|主题词|附件\s*[:\uff1a\d]|附\s*件\s*$|备\s*注\s*[:\uff1a]|(?:相关|政策|法律|法规)?依据\s*[:\uff1a]\s*$|${PAGE_META}|${SHARING_SITE_TAIL})`;
export const FOOTER_LINE = new RegExp(String.raw`^\s*${FOOTER_OPENING}`);

/** Where such a line began in a page that ran its lines on (…新建农贸市场3个。 责任编辑:王某): after a space or a stop. */
export const FOOTER_INSIDE = new RegExp(String.raw`(?<=[ \u3000。；;)）])${FOOTER_OPENING}`, "g");

/** Does a line close the document (footer, closing mark, signature or date) rather than continue a task? */
export function closesDocument(line: string): boolean {
  const t = line.trim();
  return t !== "" && (FOOTER_LINE.test(t) || DATE_LINE.test(t) || ISSUER_LINE.test(t));
}
