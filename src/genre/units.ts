import { CONTENT_START_WORDS, startWord } from "./policy-words.js";
import { memoize } from "./memo.js";
import { simplified } from "./script.js";

/**
 * How the name of a responsible unit ends (县水利局, 县河长办, 各乡镇人民政府, 防指成员单位…).
 * Used to find where a run-together unit list ends and the contact names begin.
 */
export const UNIT_SUFFIXES: readonly string[] = [
  "成员单位", "有关单位", "相关单位", "责任单位", "各单位", "单位",
  "办公室", "办公厅", "管委会", "委员会", "指挥部", "领导小组", "工作组", "专班", "小组",
  "人民政府", "政府", "党委", "党工委", "纪委", "监委",
  "街道", "乡镇", "镇街", "乡(镇)", "社区", "村", "功能区", "开发区", "高新区", "示范区", "园区",
  // Platforms run by a management committee, listed as units in their own names (临平新城, 未来科技城, 滨海新区, 度假区, 嘉兴港区).
  "新城", "科技城", "新区", "度假区", "保税区", "试验区", "合作区", "港区",
  "检察院", "法院", "学院", "研究院", "医院", "院",
  "公司", "集团", "中心", "分局", "支队", "大队", "总队", "海关", "银行", "支行", "分行", "人行",
  "局", "委", "办", "厅", "部", "处", "科", "室", "所", "站", "队", "会", "社", "署", "馆", "场", "行", "台", "团", "校",
  // A county bureau's sections (文化宣传股, 旅游股): 股 and 股室. A ministry's departments (政法司, 水资源司).
  "股", "股室", "司",
  // Towns and townships named one by one (孝顺镇, 源东乡) under a 配合单位 header.
  "镇", "乡",
  // People's organisations: 妇联, 残联, 侨联, 文联, 工商联, 科协, 红十字会.
  "妇联", "残联", "侨联", "文联", "社科联", "工商联", "科协",
  "部门", "各部门", "机构", "企业",
].sort((a, b) => b.length - a.length);

const SUFFIX_SET = new Set(UNIT_SUFFIXES);
const MAX_SUFFIX = Math.max(...UNIT_SUFFIXES.map((s) => s.length));

// Words that end in 镇 or 乡 and name no place that acts (城乡, 特色小镇, 返乡).
const NOT_A_TOWN = /(?:城乡|城镇|小镇|家乡|故乡|下乡|返乡|回乡|入乡|老乡|水乡|异乡)$/;
// …or in 行 and name no bank: a verb (施行, 执行, 进行, 运行, 实行, 推行, 试行, 履行).
const NOT_A_BANK = /(?:施|执|进|运|实|推|发|试|旅|同|可|履|并|流|盛|先|践|步|航|飞|游|奉|暂|另|遵|例|通)行$/;

/** Does `text` end like a unit name? Returns the length of the matching suffix, or 0. */
export const unitSuffixLength = memoize(function unitSuffixLength(printed: string): number {
  const text = simplified(printed);
  if (NOT_A_TOWN.test(text) || NOT_A_BANK.test(text)) return 0;
  for (let n = Math.min(MAX_SUFFIX, text.length); n >= 1; n--) {
    if (SUFFIX_SET.has(text.slice(text.length - n))) return n;
  }
  return 0;
});

/** How unit names begin: an administrative level (区/市/县/省), 各, or a Party body. */
export const UNIT_PREFIX = /^(?:各|区|市|县|省|州|镇|乡|中共|共青团|国家|国网|人行|团)/;

/**
 * Does a piece hold two unit names with nothing between them (市经贸委市规划建设局, a table's cells or a list's
 * separator lost)? Each part a name of its own, two characters at least before its suffix (县委县政府督查室,
 * 市政府各有关部门 and 各乡镇人民政府 are one body each); a bracket's piece is left alone.
 */
export function namesRunTogether(printed: string): boolean {
  const piece = simplified(printed.trim());
  if (/[(（]/.test(piece)) return false;
  for (let i = 2; i <= piece.length - 2; i++) {
    const head = piece.slice(0, i);
    const rest = piece.slice(i);
    const suffix = unitSuffixLength(head);
    if (suffix === 0 || suffix > head.length - 2 || !UNIT_PREFIX.test(rest) || /^各/.test(rest) || unitSuffixLength(rest) > rest.length - 2) continue;
    if (looksLikeUnit(head) && looksLikeUnit(rest)) return true;
  }
  return false;
}

// Where a body sits or who fills a post (办公室设在市环保局, 由副秘书长担任), or what a unit is
// (公安部门是…的主管机关): a sentence about units, no name.
// …or sets one up, or says what one is (市、县设立殡葬管理所, 区政府办公室为总协调机构).
const ABOUT_UNITS = /设在|设于|担任|是|设立|成立|组建|下设|(?<=[局委办室府部会])为(?=[\u4e00-\u9fa5]{2})/;

/** Does a token look like one unit's name? */
export const looksLikeUnit = memoize(function looksLikeUnit(token: string): boolean {
  const t = simplified(token.trim());
  if (t.length < 2 || t.length > 40) return false;
  if (/[。!！?？:：;；]/.test(t)) return false;
  if (ABOUT_UNITS.test(t)) return false;
  if (unitSuffixLength(t.replace(/[)）]$/, "")) > 0) return true;
  // A name with a bracket after it (各乡镇(街道), 区委政法委(平安办), 各县(市、区)): the name before it or the
  // bracket's own words end as a unit's do; 扶贫攻坚和小康建设(40分) is a heading with its score.
  const bracket = /^(.*?)[(（]([^()（）]*)[)）]$/.exec(t);
  return bracket !== null && (unitSuffixLength(bracket[1] as string) > 0 || unitSuffixLength(bracket[2] as string) > 0 || UNIT_PREFIX.test(bracket[1] as string));
});

/** Separators between units in a list. */
export const UNIT_SEPARATOR = /[、,，;；]+|\s{2,}|\n+/;

// Actions a task's wording begins with, that no unit's name does (建设美丽牧场 is a task, not a 场).
// (Unless it ends as an office does: 建设局 and 发展改革委 are units.)
const ACTION_START = /^(?:建设|新建|改造|改扩建|改建|扩建|创建|打造|培育|引进|开展|实施|推进|推动|完成|落实|制定|建立|健全|完善|加强|提升|提高|实现|确保|推广|整治)/;
const OFFICE_END = /(?:局|委|办|厅|院|中心|政府|公司|银行|部门|部|处|科|股|司|室|所|站|队|会|社|署|馆|行|团|校|办公室|妇联|残联|侨联|文联|工商联|科协)$/;

const PREPOSITION_START = /^(?:对(?!外)|在|按照?|将|把|通过|围绕|针对|结合|根据|依托|依照|加快)[\u4e00-\u9fa5(（]{3,}/;
// Counting words: a name never counts what it builds (新建一批中小学校, 建设两个中心).
const COUNTED = /\d+\s*(?:家|个|项|次|万|亿|%)|一批|一系列|若干|[一二两三四五六七八九十]+(?:个|座|家|项|批|条)/;

/** An office named for the action its name opens with (建设局, 建设银行, 新建办): a unit, not a clause. */
function officeNamedFor(t: string, action: string): boolean {
  return OFFICE_END.test(t) && t.length - action.length <= MAX_OFFICE_AFTER_ACTION;
}

/** A clause that opens with an action on a thing (新建村卫生室, 打造…); 建设局 and 建设银行 are offices so named. */
function actsOn(t: string): boolean {
  const action = ACTION_START.exec(t);
  return action !== null && !officeNamedFor(t, action[0]);
}
const MAX_OFFICE_AFTER_ACTION = 3;

/** How a list of units is said to be open (县财政局等, 各县区政府等有关单位) or to reach further. */
// 机关 of a kind of office (公安机关, 监察机关, 税务机关); alone it is BARE_WORD.
const COLLECTIVE_END = /(?:政府|部门|单位|机构|机关|企业|街道|乡镇|镇街|管委会|社区|村|园区|板块|平台|专班|成员单位)$/;

const BARE_WORD = /^(?:单位|部门|机构|机关|政府|企业)$/;
// A collective named by 各 / 市直… alone, not ending in a unit's word (各县区, 各县(市、区)), is short.
const MAX_BARE_COLLECTIVE = 10;
// …and says no time or manner (各单位接到通知后, 各地按照…): that is a clause's opening.
const CLAUSE_AFTER_COLLECTIVE = /后|时|接到|收到|按照|根据|结合|对照|围绕|要|应/;

/**
 * Words that make a unit's name a collective (各乡镇, 有关部门, 涉及单位) or a role (牵头单位, 成员单位,
 * 相关责任单位), not one body of its own: such a name says no one body whose duty a text would be.
 */
export const COLLECTIVE_OR_ROLE = /各|有关|相关|涉及|其他|其余|全体|所有|成员|牵头|责任|配合|协作|协办|参与/;

/** Does a piece of a unit list read as units (a name, or a collective: 各县区政府, 市直有关部门)? */
export const readsAsUnit = memoize(function readsAsUnit(piece: string): boolean {
  const t = simplified(piece.trim().replace(/等$/, ""));
  if (t.length < 2 || t.length > 40) return false;
  if (/[。!！?？:：;；]/.test(t)) return false;
  // A unit's word alone (单位, 部门: 本部门(单位)) names no one.
  if (BARE_WORD.test(t) || ABOUT_UNITS.test(t)) return false;
  // A clause that opens with a preposition (对乡镇专职消防队…, 按照…, 通过…) is a sentence's start; 对外… is a name.
  if (PREPOSITION_START.test(t)) return false;
  // A clause that begins with an action (推动…, 引进…) or counts things (8家, 3个) is a sentence, not a name.
  // 新(改、扩)建… : an action with its variants in brackets is still the action.
  const plain = t.replace(/[(（][^)）]{0,6}[)）]/g, "");
  const start = startWord(t, CONTENT_START_WORDS);
  if ((start.length >= 2 && !officeNamedFor(t, start)) || actsOn(plain) || COUNTED.test(t)) return false;
  // 各… and 市直… are collectives of units (各县区, 市直各单位); 有关…/相关… only when a unit's word ends them
  // (有关部门 is a collective, 相关依据 a document's heading).
  // A long run after 各 that ends in no unit's word is a clause (各级各部门在本级政府的领导下).
  // (Its brackets aside: 各县〔市、区〕政府〔管委会〕 ends in 政府.)
  const bare = t.replace(/[(（〔<〈［[][^)）〕>〉］\]]*[)）〕>〉］\]]/g, "");
  return looksLikeUnit(t) || COLLECTIVE_END.test(t) || (/^(?:各|市直|县直|区直|省直)/.test(t) && ((bare.length <= MAX_BARE_COLLECTIVE && !CLAUSE_AFTER_COLLECTIVE.test(bare)) || COLLECTIVE_END.test(bare) || looksLikeUnit(bare)));
});

// The collective word short names before it share (公安、交通部门).
const SHARED_WORD = /(?:部门|单位|机关)$/;

// A place named by its level alone (黄埔区, 桐庐县), printed in a list whose last name gives the level's office.
const PLACE = /^[\u4e00-\u9fa5]{1,4}([区县市镇乡旗])$/;

/** A place named by its level alone (玄武区, 溧水县): three characters or more. */
export function namesPlace(piece: string): boolean {
  const t = simplified(piece.trim());
  return t.length >= 3 && PLACE.test(t);
}

/**
 * Do the pieces of a list read as units, a place named alone counting when the list ends with the
 * same level's office (黄埔区、南沙区政府: the districts' governments)?
 */
export function readsAsUnitList(pieces: readonly string[]): boolean {
  const offices = new Set(pieces.map((p) => /([区县市镇乡旗])(?:人民)?政府$/.exec(simplified(p))?.[1]).filter((x): x is string => x !== undefined));
  // A name printed short before the next one's collective word (公安、交通部门: the police and transport departments).
  // …or several (建设、规划、城管部门: each short name shares the collective word the last one ends with).
  const plain = pieces.map((p) => simplified(p).trim());
  const sharesNext = (k: number): boolean => {
    let j = k;
    while (j < plain.length && /^[\u4e00-\u9fa5]{2,4}$/.test(plain[j] as string) && !SHARED_WORD.test(plain[j] as string)) j++;
    return j > k && j < plain.length && SHARED_WORD.test(plain[j] as string) && readsAsUnit(pieces[j] as string);
  };
  // A level named alone before the next name shares its office (市、县人民政府: the cities' and counties' governments).
  const levelOfNext = (k: number): boolean => /^[省市县区州乡镇]$/.test(plain[k] as string) && k + 1 < plain.length && /^[省市县区州乡镇]/.test(plain[k + 1] as string);
  return pieces.length > 0 && pieces.every((p, k) => readsAsUnit(p) || offices.has(PLACE.exec(simplified(p.trim()))?.[1] ?? "") || sharesNext(k) || levelOfNext(k));
}

// A working body set up for the task: a group, an office, a headquarters (道路运输保障组, 活动办公室).
const WORKING_BODY = /(?:组|办公室|指挥部|专班|工作队)$/;
// Its name is short.
const MAX_BODY_NAME = 14;

/** Does a piece name a working body set up for the task (综合组, 道路运输保障组, 活动办公室)? */
export function namesWorkingBody(piece: string): boolean {
  const t = simplified(piece.trim());
  // Not a sentence about one (办公室设在镇政综合办公室, 领导小组下设办公室).
  return t.length >= 2 && t.length <= MAX_BODY_NAME && WORKING_BODY.test(t) && !/[，,。；;:：\s]/.test(t) && !ABOUT_UNITS.test(t);
}
