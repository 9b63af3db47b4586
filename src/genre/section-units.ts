import { COLLECTIVE_OR_ROLE, looksLikeUnit, namesWorkingBody, readsAsUnitList } from "./units.js";
import { simplified } from "./script.js";
import { DUTY_LEAD_IN } from "./notice.js";

// The count a problem list prints after the unit it groups by: 鹿城镇(14个), 区城管局(共5项), 某街道 3条.
const COUNT_TAIL = /\s*[(（]?\s*(?:共|计)?\s*\d{1,4}\s*(?:个|项|条|处|件)(?:问题)?\s*[)）]?\s*$/;
// What a heading says of the unit it names: its duties (卫生部门职责、任务, 公安部门的主要职责), or only a stop
// (农业部门。, 市林业局。), the unit printed as a heading sentence of its own.
const DUTIES_TAIL = /(?:的)?(?:主要)?(?:工作)?(?:职责(?:[、和及与]任务)?|任务(?:[、和及与]职责)?)\s*[:：。.]?\s*$|\s*[。.:：]\s*$/;
// Places a list is grouped by, which the unit suffixes do not all cover: 鹿城镇, 城关乡, 东城街道.
const PLACE_END = /(?:镇|乡|街道|街道办|街道办事处|社区|管委会)$/;
// Headings that say what is done, though they end like a unit (成立宣传活动领导小组, 组建工作专班).
const DOING = /^(?:成立|建立|组建|设立|健全|完善|加强|开展|组织|召开|明确)/;
// Words of a heading over the division of work, not of one body's name.
const DIVIDES_WORK = /分工|负责/;
// Headings that name a kind of work, not who does it (组织领导, 工作专班 are a plan's own parts).
const WORK_WORDS = /(?:领导|保障|措施|机制|要求|任务|目标|工作|情况|问题|意见|安排|步骤|原则|思路)$/;

/**
 * The unit a section heading names, when the heading is only a unit's name (with the count a
 * problem list prints after it), or a short list of them: 二、存在问题 / (一)鹿城镇(14个) / 1.… — the
 * group names who must act. Null when the heading says anything else.
 */
export function sectionUnit(title: string): string | null {
  // Matched in the simplified view (鹿城鎮(14個)), offset for offset the printed title's.
  const view = simplified(title);
  if (DUTY_LEAD_IN.test(view)) return leadInSubject(title);
  const name = title.slice(0, view.replace(COUNT_TAIL, "").replace(DUTIES_TAIL, "").length).trim();
  // Or a short list of units' names (区教育体育局、文化局): each of them a unit.
  const names = name.split("、");
  if (names.length > MAX_NAMES || name.length > MAX_NAME * names.length) return null;
  // 建设、规划、城管部门: short names sharing the last one's collective word are units too.
  return names.every(isUnitName) || (names.length > 1 && names.every((n) => n.length <= MAX_NAME && !NAME_BREAK.test(n)) && readsAsUnitList(names)) ? name : null;
}

// A heading of names lists this many at most, each this long at most.
const MAX_NAMES = 3;
const MAX_NAME = 20;

function isUnitName(name: string): boolean {
  if (name.length < 2 || name.length > MAX_NAME) return false;
  if (NAME_BREAK.test(name)) return false;
  const plain = simplified(name);
  // 分工负责机构, 职能部门职责: a heading over the division of work, though it ends as a unit's name does.
  if (WORK_WORDS.test(plain) || DOING.test(plain) || DIVIDES_WORK.test(plain)) return false;
  // 监察机关, 公安机关: an office named by the kind of power it holds.
  return looksLikeUnit(plain) || PLACE_END.test(plain) || OFFICE_OF_POWER.test(plain);
}

const OFFICE_OF_POWER = /^[\u4e00-\u9fa5]{2,6}机关$/;
// Marks no name holds: a clause's, a list's, a quotation's.
const NAME_BREAK = /[\s，,。:：;；、“”"]/;

// The subject of a lead-in: 2022年，区政府要全面实施… / 市卫健委负责… — the words before 要/应/负责/主要承担.
const LEAD_SUBJECT = /^(?:\d{4}年度?[,，]?\s*)?([^\s,，。:：;；、]{2,20}?)(?:要|应当|应|需要|须|负责|主要承担|承担)/;

/** The unit a sentence introducing a list of duties is about (区政府 in 2022年，区政府要…承担以下工作：). */
function leadInSubject(sentence: string): string | null {
  return nameMatched(sentence, LEAD_SUBJECT, looksLikeUnit);
}

/** The name `pattern` finds in its first group (in the simplified view), as printed, when `accept` takes it; else null. */
function nameMatched(text: string, pattern: RegExp, accept: (name: string) => boolean): string | null {
  const printed = text.trim();
  const m = pattern.exec(simplified(printed));
  const name = m?.[1];
  if (!m || name === undefined || !accept(name)) return null;
  const at = m.index + m[0].indexOf(name);
  return printed.slice(at, at + name.length);
}

// A heading that gives its tasks to the unit that leads them: 省审计厅牵头的工作, 市财政局牵头负责的任务, 由市水利局牵头.
const LEAD_HEADING = /^(?:由)?(.{2,20}?)(?:牵头(?:负责)?|负责牵头|主办)(?:的)?(?:工作|任务|事项)?\s*[:：。]?\s*$/;

/** The unit a section heading says leads the tasks under it (省审计厅 in (二)省审计厅牵头的工作), or null. */
export function sectionLead(title: string): string | null {
  return nameMatched(title, LEAD_HEADING, isUnitName);
}

// A heading that says the items under it are one holder's duties: 县级河湖长主要履行以下职责, 县财政局职责如下：. The holder is a unit or a post that holds duties (河湖长, 林长, 组长).
// Only where it announces them as a list (以下, 下列, 如下): 监察机关职责 alone may head a duty on its own lines.
// …办理事务如下 / 承担下列任务 / 负责以下事项: the items it announces are its work too.
// What it ought to do (市消防安全委员会应当履行下列消防工作职责：), its duties named by their field (消防工作职责).
const DUTY_HEADING = /^(.{2,16}?)(?:的)?(?:主要|具体)?(?:应当|应)?(?:履行|承担|办理|负责)?(?:(?:以下|下列)(?:主要|具体)?(?:[\u4e00-\u9fa5]{1,6}?)?(?:工作)?(?:职责|事务|事项|任务)|(?:主要|具体)?(?:工作)?(?:职责|事务|事项|任务)如下)\s*[:：]?\s*$/;
// A heading that names its holders, then the field of their duties (一、乡(镇)人民政府、街道办事处消防安全工作职责):
// the items under it are theirs.
const FIELD_DUTIES = /^(.{2,36}?)工作职责\s*[:：]?\s*$/;
// …or names its holder's main duties with 的 (交通运输组的主要职责): said of a body, the items under it are its duties.
const MAIN_DUTIES_OF = /^(.{2,16}?)的(?:主要|具体)(?:工作)?职责\s*[:：]?\s*$/;
// Posts that hold duties of their own in the genre's duty lists (县级河湖长, 总林长, 网格长, 组长).
const DUTY_POST = /^[\u4e00-\u9fa5]{0,6}(?:[河湖林田路山网格]长|河湖长|书记|主任|组长|站长|联络员|网格员)$/;

/**
 * Who a heading says the items under it are the duties of (县级河湖长主要履行以下职责 → 县级河湖长, a post,
 * given as leaders; 县财政局职责如下 → 县财政局, units), or null.
 */
export function dutyHolder(title: string): { name: string; field: "units" | "leaders" } | null {
  const post = nameMatched(title, DUTY_HEADING, (n) => !COLLECTIVE_OR_ROLE.test(n) && DUTY_POST.test(n));
  if (post !== null) return { name: post, field: "leaders" };
  const unit = nameMatched(title, DUTY_HEADING, (n) => !COLLECTIVE_OR_ROLE.test(n) && isUnitName(n)) ?? nameMatched(title, MAIN_DUTIES_OF, (n) => !COLLECTIVE_OR_ROLE.test(n) && (isUnitName(n) || namesWorkingBody(n)));
  if (unit !== null) return { name: unit, field: "units" };
  const holders = fieldDutiesHolders(title);
  if (holders !== null) return { name: holders, field: "units" };
  // A sentence that opens with its holder, then announces the holder's duties (自治县常务副县长协助县长做好
  // 全县的安全生产工作。主要职责是：): the holder is the sentence's subject.
  if (!DUTIES_ANNOUNCED.test(simplified(title))) return null;
  const subjectPost = nameMatched(title, POST_SUBJECT, (n) => !COLLECTIVE_OR_ROLE.test(n));
  if (subjectPost !== null) return { name: subjectPost, field: "leaders" };
  const subjectUnit = nameMatched(title, UNIT_SUBJECT, (n) => !COLLECTIVE_OR_ROLE.test(n) && isUnitName(n));
  return subjectUnit === null ? null : { name: subjectUnit, field: "units" };
}

/** The units a heading names before the field of their duties (乡(镇)人民政府、街道办事处|消防安全|工作职责), the longest that reads so, or null. */
function fieldDutiesHolders(title: string): string | null {
  const printed = title.trim();
  const m = FIELD_DUTIES.exec(simplified(printed));
  if (!m) return null;
  const head = m[1] as string;
  for (let k = head.length; k >= Math.max(2, head.length - MAX_FIELD); k--) {
    const name = head.slice(0, k);
    // The field is words of its own (消防安全), not the end of a name cut short.
    if (k < head.length && !/^[\u4e00-\u9fa5]+$/.test(head.slice(k))) continue;
    const names = name.split("、");
    if (!COLLECTIVE_OR_ROLE.test(name) && names.length <= MAX_NAMES && names.every(isUnitName)) return printed.slice(0, k);
  }
  return null;
}
// The field of a holder's duties is a few characters (消防安全).
const MAX_FIELD = 6;

// …。主要职责是： / …，其职责如下： closing a heading: the items under it are its subject's duties.
const DUTIES_ANNOUNCED = /[。；;，,](?:其)?(?:主要|具体)?(?:工作)?职责(?:是|为|如下|主要有|包括)\s*[:：]?\s*$/;
// The words a holder's sentence goes on with after the holder (协助, 对…负责, 负责, 主持).
const HOLDER_VERB = "(?:协助|对|负责|负|承担|履行|主持|分管|全面|领导|统筹|做好|抓好|要|应)";
// A post as a sentence's subject (自治县常务副县长, 分管安全生产工作的副县长).
const POST_SUBJECT = new RegExp(`^([\\u4e00-\\u9fa5]{0,12}?(?:常务)?副?(?:省长|市长|县长|区长|州长|旗长|镇长|乡长|书记|秘书长|主任|局长|组长|河湖长|[河湖林田路]长))(?=${HOLDER_VERB})`);
// A unit as a sentence's subject (县应急管理局负责…).
const UNIT_SUBJECT = new RegExp(`^([^\\s,，。:：;；、]{2,20}?)(?=${HOLDER_VERB})`);
