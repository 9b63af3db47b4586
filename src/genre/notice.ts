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
