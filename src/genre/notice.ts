import { closesDocument } from "./site-chrome.js";

/**
 * How a public notice (公示, 通报) goes on after what it reports: the call for objections, the
 * period of display, where to write or call, then the issuer and the date. None of it is a task's.
 */
const NOTICE_TAIL = /^\s*(?:现将|以上|特此|如有异议|如对|在公示期|公示期|公示时间|受理(?:部门|单位|时间)|联系(?:电话|人|方式|地址)|举报电话|监督电话|邮寄地址|通讯地址|电子邮箱|邮\s*编)/;

/** Does a line begin the notice's own closing (现将整改情况向社会公示…, 联系电话：…, the issuer, the date)? */
export function closesNotice(line: string): boolean {
  return NOTICE_TAIL.test(line) || closesDocument(line);
}

/**
 * The sentence that introduces a list of duties (…区政府要全面实施…，主要承担以下工作： / 重点抓好以下
 * 任务： / 具体任务分工如下：): what follows is the list, however short the excerpt of it. A notice's
 * own 通知如下 / 要求如下 introduces the notice's points, not duties.
 */
export const DUTY_LEAD_IN = /(?:以下(?:几(?:个方面|项))?(?:主要|重点|重要)?(?:工作|任务|职责|事项)|(?:任务|职责|工作|分工|责任)(?:分解|分工|清单|安排)?如下)\s*[:：]\s*$/;

/**
 * An item of a notice's list of attachments (附件：1.2018年…任务分解表 / 2.…清单.docx): the name of a
 * document, not a task — short, no sentence in it, ending with the kind of document it is.
 */
export const ATTACHMENT_NAME = /^[^。；;，,:：\n]{2,60}?(?:表|清单|方案|办法|细则|意见|通知|目录|名单|\.(?:docx?|xlsx?|wps|pdf))[》」"]?\s*$/i;

/**
 * The last attachment's name where a page ran on what follows it (…任务分解表银川市…人民政府办公室2018年8月16日):
 * the name, then no sentence's punctuation before the issuer or date that closes the notice.
 */
export const ATTACHMENT_NAME_OPENING = /^[^。；;，,:：\n]{2,60}?(?:表|清单|方案|办法|细则|目录|名单)[》」"]?(?=[^。；;，,:：\n]*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}))/;

/**
 * The sentence of a notice that issues a document to its addressees (现将《…任务分解表》印发给你们):
 * the table is that document, printed after the notice or attached (现将《…》印发给你们, 《…》已经市政府同意，
 * 现印发给你们, 现将…分工方案印发给你们); the notice's own numbered points
 * that follow the sentence (一、高度重视… 二、…) are instructions, not its tasks.
 */
// A line the page wrapped may fall anywhere in it (…印发 / 给你们).
export const ISSUES_DOCUMENT = /(?:现将)?《[^》]{2,120}》[^。]{0,60}?(?:印\s*发|下\s*达|转\s*发)\s*给?\s*你\s*们|现将[^。《]{2,80}?(?:印\s*发|下\s*达|转\s*发)\s*给\s*你\s*们|(?:同意|批准)\s*[,，]\s*现\s*(?:予以)?(?:印\s*发|下\s*达|转\s*发)\s*给\s*你\s*们|现将[^。《]{2,80}?予以(?:分解|细化|明确)[^。]{0,30}?(?:有关事项)?通知如下/;

/**
 * A notice's point instructs its addressees (各责任单位要…, 牵头单位要…, 请各…); a task says what is to
 * be done. (要 of 重要, 主要, 需要, 要求 is no instruction.)
 */
export const INSTRUCTS = /(?:各|单位|部门|领导|政府|办公室)[^。；;]{0,20}(?<![重主需必只])要(?![求点素件])|(?:^|[。；;])\s*要(?![求点素件])|请各|务必/;
