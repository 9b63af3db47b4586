import type { ColumnField } from "../model/fields.js";
import { simplified } from "./script.js";

/**
 * Printed column headers of breakdown tables and the field each maps to, gathered from
 * real tables (任务分解表, 责任分工表, 重点工作责任清单, 督查通报). Longer terms are tried
 * first, so 牵头责任单位 wins over 责任单位.
 */
const VOCABULARY: ReadonlyArray<readonly [ColumnField, readonly string[]]> = [
  ["seq", ["序号", "编号", "序"]],
  ["category", ["类别", "考核项目", "工作类别", "项目类别", "板块", "领域", "分类", "事项分类", "任务分类", "工作分类", "实事分类", "项目分类"]],
  [
    "title",
    [
      "重点任务", "工作任务", "重点工作", "主要任务", "任务名称", "工作事项", "重点事项", "考核指标",
      "督查内容", "任务", "目标任务", "工作项目", "重点项目", "项目名称", "事项", "主要工作",
      "整改任务", "反馈问题", "实事内容", "实事项目", "民生实事", "项目", "主要目标", "预期目标", "指标",
      "工作任务和内容", "重点工作任务", "主要工作任务", "任务事项", "指标名称", "重点改革任务", "改革任务",
      "事项名称", "实事名称", "工作名称", "任务名",
      // A headquarters' working groups (工作组 | 牵头单位 | 工作职责): each group is what its row is about.
      "工作组", "工作组别", "组别", "工作小组",
      "工作任务和要求", "具体工作任务和要求", "工作任务及要求", "任务和要求", "任务及要求", "具体工作任务",
      // Tables for a title to win (创建国家园林城市, 创文): the standard each task meets.
      "标准", "创建标准", "标准要求", "考核标准", "测评标准", "测评内容",
      // Rectification lists (整改/整治清单): the problem found is what each row is about.
      // A plan's points in levels (政务公开工作要点分工方案: 一级要点 | 二级要点): the first level is what each row is about.
      "一级要点",
      "问题具体情况", "具体问题", "问题描述", "存在问题", "主要问题", "问题内容", "问题表现", "反馈意见", "督察反馈问题", "问题清单", "问题",
    ],
  ],
  [
    "content",
    [
      "主要内容", "具体措施", "工作措施", "细化措施", "基本措施", "工作内容", "考核内容", "任务内容",
      "具体内容", "主要措施", "推进措施", "具体任务", "工作举措", "任务措施", "落实措施", "内容",
      "建设内容", "主要建设内容", "建设规模及内容", "实施内容", "工作要求", "具体要求", "整改措施", "项目内容", "二级要点", "三级要点",
      "主要工作措施", "工作举措及要求", "工作措施及要求", "具体工作", "具体工作措施",
      // An activity of an event's plan: what is done at it.
      "活动内容",
      // The 三张清单 of a 清单制 table: 任务清单 | 责任清单 | 时限清单.
      "任务清单",
      "整治措施", "具体整治措施", "具体整改措施", "整改要求", "整治要求", "整改方案", "处理措施",
      // A group's member units and their duties (成员单位职责分工).
      "工作职责", "主要职责", "职责任务", "职责",
      // The head words themselves, so a qualified header reads as content (贯彻举措, 保障措施).
      "措施", "举措",
    ],
  ],
  [
    "leadUnits",
    ["牵头责任单位", "牵头单位", "牵头部门", "总牵头单位", "总牵头", "分项牵头单位", "分项牵头", "主办部门", "牵头责任部门", "主责单位", "主办单位", "牵头科室", "责任牵头单位", "主体责任单位", "牵头处室", "整改牵头单位", "牵头负责部门", "牵头负责单位",
      // A random inspection list's initiating body (发起部门 | 配合部门) and a group's lead body (组长单位).
      "发起部门", "发起单位", "组长单位",
      // A rectification's body that answers for the problem itself (主体责任：…, beside 监督责任：…).
      "主体责任", "主体责任部门",
      // A plan's first-responsible body (第一责任单位 | 主要责任单位): it leads, the others work under it.
      "第一责任单位", "第一责任部门", "第一责任人单位",
      // Under a 责任单位 group header, the roles alone: 牵头 | 配合.
      "牵头"],
  ],
  [
    "supportUnits",
    [
      "协同责任单位", "配合单位", "配合部门", "参与单位", "协办单位", "协同单位", "协助单位", "主要协作单位", "协作单位",
      "参与部门", "协助部门", "协办部门", "协同配合部门",
      "参加单位", "协同部门", "责任配合单位", "配合责任单位", "协同配合单位", "配合科室", "配合处室", "配合",
      "副组长单位", "会办单位", "会办部门",
      // …and the body that supervises it (监督责任 / 监管责任单位).
      "监督责任", "监督责任单位", "监督责任部门", "监管责任单位", "监管责任部门",
    ],
  ],
  ["units", ["责任单位", "主要责任单位", "整改责任单位", "问题整改责任单位", "整改责任部门", "整改单位", "责任部门", "负责部门", "负责单位", "主责部门", "承办部门", "实施部门", "责任处室", "工作部门", "承办单位", "实施单位", "落实单位", "责任主体", "责任科室", "责任股室", "监考单位", "部门分工", "责任分工", "责任单位及责任人", "相关部门", "相关单位", "责任清单", "涉及部门", "涉及单位", "职能部门", "办理单位", "办理部门"]],
  ["contacts", ["联系人", "责任人", "项目责任人", "项目负责人", "经办人", "具体责任人", "联络员", "责任人及联系方式", "联系电话", "联系方式", "联系人及电话", "具体负责人", "负责人", "主要负责人", "主要责任人"]],
  ["leaders", ["分管省领导", "牵头省领导", "联系省领导", "责任省领导", "省领导", "分管州领导", "牵头州领导", "分管旗领导", "牵头责任人", "牵头负责人", "牵头市领导", "牵头县领导", "牵头区领导", "分管市领导", "分管县领导", "分管区领导", "责任市领导", "责任区领导", "联系市领导", "联系县领导", "包抓领导", "挂帅领导", "牵头负责领导", "牵头责任领导", "责任领导", "负责领导", "分管领导", "牵头领导", "包保领导", "联系领导", "责任县领导", "责任市领导", "市级责任领导", "县级责任领导", "厅领导", "领导",
    "主管领导", "主管市领导", "主管县领导", "主管区领导", "主管省领导", "督办领导", "领衔领导", "挂点领导", "挂钩领导", "包联领导", "协助领导", "协管领导",
    "市政府分管领导", "区政府分管领导", "县政府分管领导", "政府分管领导", "分管副市长", "分管副区长", "分管副县长",
    // The government office's secretaries-general who follow a task for its leader (责任秘书长：李某).
    "责任秘书长", "分管秘书长", "牵头秘书长", "联系秘书长", "分管副秘书长", "责任副秘书长"]],
  ["deadline", ["完成时限", "时间节点", "时限清单", "完成时间", "时间要求", "时限要求", "时限", "进度安排", "完成期限", "时间安排", "完成节点", "计划完成时间", "推进时限", "时间进度",
    "整改时限", "整治时限", "整改期限", "整改完成时限", "完成整改时限", "计划完成整改时间", "计划完成整治时间", "整改完成时间",
    "办结时限", "办结时间", "办理时限", "截止时间", "截止日期", "完成日期", "完成年限", "计划完成时限", "工作时限", "实施时间", "推进时间",
    "时序安排", "时序进度", "完成时序", "期限",
    // When an activity of an event's plan is held: the date its work is due.
    "活动时间",
    // A project list's span, which ends when the work must be done (建设起止年限 2023.01-2023.12).
    "建设起止年限", "起止年限", "建设年限", "实施年限", "建设期限", "起止时间"]],
  ["progress", ["完成情况", "落实情况", "进展情况", "具体情况", "完成进展", "实际完成情况", "实际进展情况", "实际进展", "完成进度", "工作进度", "进度情况", "办理情形", "执行情形", "执行情况", "办理进度", "执行进度", "办理情形及进度", "办理情况及进度", "工作完成情况", "工作进展情况", "工作落实情况", "工作推进情况", "推进情况", "进展与成效", "整改主要工作及成效", "目前实施情况", "实施情况", "当前进度", "工作进展", "进展", "整改情况", "整改进展", "办理情况",
    // A rectification notice's outcome (整改结果公示).
    "整改结果", "整改效果", "整改成效", "整改完成情况", "完成效果", "整治进展情况", "整治进展", "整治情况", "整改落实情况", "整改推进情况",
    // How far along, as a share (进展比例 20%).
    "进展比例", "完成比例", "进度比例", "完成百分比", "进展百分比",
    "进展成效"]],
  ["target", ["目标进度", "进度目标", "目标要求", "目标及要求", "目标及质量要求", "质量要求", "工作目标", "年度目标", "整改目标", "目标", "年度阶段性工作目标", "阶段性目标", "预期成效", "预期效果", "工作进度安排", "季度目标",
    // What a project list plans for the year (2023年度计划: 完工投用), or a progress report for the month or quarter.
    "年度计划", "月度工作计划", "月度计划", "季度工作计划", "季度计划"]],
  ["source", ["任务来源", "文件依据", "政策依据", "依据", "来源"]],
  ["note", ["备注", "说明"]],
];

/**
 * Columns the genre prints that have no field of their own (kept under `extra` by their header):
 * the money, years and places of a 项目 table (民生实事 实施计划, 重点项目 清单), the points of a
 * 考核 table. Known so that a header printed in pieces joins them as the table does (资金 / 来源,
 * 2023年度 / 计划, 总投资 / (万元)), never into a field.
 */
const EXTRA_TERMS: ReadonlySet<string> = new Set([
  "资金来源", "总投资", "当年投资", "年度投资", "计划投资", "累计投资", "投资估算", "估算投资", "年度计划", "计划", "年度投资计划",
  "建设起止年限", "起止年限", "建设年限", "建设地点", "建设性质", "项目类别", "项目类型", "分值", "考核分值", "评分标准", "计分方法",
]);

/** Whether a printed header is a column the genre prints with no field of its own (资金来源, 总投资). */
export function isExtraTerm(printed: string): boolean {
  const h = normalizeHeader(printed);
  return EXTRA_TERMS.has(h) || EXTRA_TERMS.has(withoutPeriod(h));
}

/** Terms that name a column only when they are the whole header: 牵头 and 配合 under a 责任单位 group. */
const EXACT_ONLY = new Set(["牵头", "配合",
  // Short words that begin longer headers of other fields (目标完成情况, 项目进度): only whole.
  "目标", "项目", "依据", "来源", "进展"]);

/** A term that names a column only alone and begins longer headers (目标 of 目标内容, 项目 of 项目内容). */
export function beginsLongerHeaders(term: string): boolean {
  return EXACT_ONLY.has(term);
}

export interface HeaderTerm {
  term: string;
  field: ColumnField;
}

/** Every term, longest first. */
export const HEADER_TERMS: readonly HeaderTerm[] = VOCABULARY.flatMap(([field, terms]) =>
  terms.map((term) => ({ term, field })),
).sort((a, b) => b.term.length - a.term.length || a.term.localeCompare(b.term));

/** Strip spaces, line breaks and brackets-with-notes a printed header may carry. */
export function normalizeHeader(text: string): string {
  return simplified(text).replace(/[\s\u3000]+/g, "").replace(/[(（][^)）]*[)）]$/, "");
}

// A period or year before a header (一季度工作进展, 上半年落实情况, 2022年预期目标, 全年目标) does not change its field.
const PERIOD_PREFIX = /^(?:目前|当前|截至目前|\d{4}年度?|[一二三四1-4]季度|第[一二三四1-4]季度|上半年|下半年|前三季度|全年|年度|本年度|今年|\d{1,2}[-—~至]\d{1,2}月(?:份)?|\d{1,2}月(?:份)?)/;

const PERIOD_ALONE = new RegExp(`^(?:${PERIOD_PREFIX.source.slice(1)})$`);

/** How many characters of periods open text at `at` (二季度进展情况 → 3, 2023年10-12月份… → 10), or 0. */
export function periodPrefixLength(text: string, at: number): number {
  let len = 0;
  for (let period = PERIOD_PREFIX.exec(text.slice(at + len, at + len + 12)); period && period[0].length > 0; period = PERIOD_PREFIX.exec(text.slice(at + len, at + len + 12))) len += period[0].length;
  return len;
}

/** Is a printed header a period alone (一季度, 上半年, 2023年, 3月)? */
export function isPeriodAlone(printed: string): boolean {
  return PERIOD_ALONE.test(normalizeHeader(printed));
}

const UNIT_HEADER_FIELDS: ReadonlySet<ColumnField> = new Set(["units", "leadUnits", "supportUnits"]);

// Fields whose header may go on at length after the known words (进展情况、存在问题及下一步打算).
const OPEN_ENDED: ReadonlySet<ColumnField> = new Set(["progress"]);

// Fields of a task's wording, whose header may be qualified in front by the programme (国家园林城市标准, 创文测评内容).
const WORDING: ReadonlySet<ColumnField> = new Set(["title", "content", "target"]);
const MAX_QUALIFIER = 8;
// A qualifier naming people, units or time belongs to another kind of column (牵头单位联系人).
const NOT_A_QUALIFIER = /单位|部门|领导|人|时间|时限|序号/;

// What kind a task is (指标属性, 任务类型): a column that classifies the rows, not the term's own field.
const KIND_OF = /^(?:属性|性质|类型|级别)$/;

function lookupOne(h: string): ColumnField {
  for (const { term, field } of HEADER_TERMS) if (h === term) return field;
  // 牵头单位(部门), 责任单位及责任人… : a known term at the start, some words after (not a role alone:
  // 牵头责任 is the first half of 牵头责任单位 wrapped over two lines, not a column of its own).
  for (const { term, field } of HEADER_TERMS) {
    if (term.length < 2 || EXACT_ONLY.has(term) || !h.startsWith(term) || KIND_OF.test(h.slice(term.length))) continue;
    if (h.length <= term.length + 4 || (OPEN_ENDED.has(field) && term.length >= 4)) return field;
  }
  // 国家园林城市标准: a wording column's term at the end, the programme it belongs to before it;
  // 落实进展情况, 项目推进情况: a report's term, what was reported on before it.
  for (const { term, field } of HEADER_TERMS) {
    if (!(WORDING.has(field) || (OPEN_ENDED.has(field) && term.length >= 4)) || term.length < 2 || !h.endsWith(term)) continue;
    const qualifier = h.slice(0, h.length - term.length);
    // (目标完成情况 says how far the target is met: a status, not the report.)
    if (OPEN_ENDED.has(field) && /目标|任务|指标/.test(qualifier)) continue;
    if (qualifier.length >= 2 && qualifier.length <= MAX_QUALIFIER && !NOT_A_QUALIFIER.test(qualifier)) return field;
  }
  return "extra";
}

// Units and their people in one column (牵头单位及主要负责人, 责任单位和责任人): a column of units.
const UNITS_AND_PEOPLE = /^(.{2,8}?)(?:及|和|与|、)(.{2,8})$/;

function lookup(h: string): ColumnField {
  const field = lookupOne(h);
  if (field !== "extra") return field;
  const pair = UNITS_AND_PEOPLE.exec(h);
  if (pair) {
    const first = lookupOne(pair[1] as string);
    const second = lookupOne(pair[2] as string);
    if (UNIT_HEADER_FIELDS.has(first) && (second === "contacts" || second === "leaders")) return first;
  }
  // Two names for one column (责任单位或牵头单位, 标准或要求, 牵头单位/责任单位): the first the vocabulary knows.
  for (const part of h.split(/或者|或|\//)) {
    if (part === h || part === "") continue;
    const f = lookupOne(part);
    if (f !== "extra") return f;
  }
  // A level before a term (区责任单位, 县级牵头单位: the district's responsible units): the term's column.
  const level = LEVEL_BEFORE_TERM.exec(h);
  if (level && h.length - level[0].length >= 2) {
    const f = lookupOne(h.slice(level[0].length));
    if (f !== "extra") return f;
  }
  return byHeadWord(h);
}

const LEVEL_BEFORE_TERM = /^(?:省|市|县|区|州|镇|乡)级?/;

// A header the vocabulary does not list is still built as the genre builds them: a role word, then the
// kind of thing the column holds (牵头负责司局, 相关责任部门, 区级责任领导). Only the heads that name a
// responsible party are read this way: a page's own labels (发布机构, 发布时间) end otherwise.
const UNIT_HEAD = /(?:单位|部门|处室|科室|股室|司局|局室|科局|站所)$/;
const LEAD_ROLE = /牵头|主责|主办|主体/;
const SUPPORT_ROLE = /配合|协同|协办|协助|参与|协作|参加/;
// (责任 alone is no role here: a qualified 责任单位 (属地责任单位, 监管责任单位) names one kind of duty among several.)
const RESPONSIBLE_ROLE = /负责|承办|落实|实施|相关|涉及|主管|职能/;
const LEADER_HEAD = /(?:领导|市长|县长|区长|秘书长)$/;
const CONTACT_HEAD = /(?:责任人|负责人|联系人|联络员)$/;
const MAX_HEAD_WORD_HEADER = 8;

function byHeadWord(h: string): ColumnField {
  if (h.length > MAX_HEAD_WORD_HEADER || !/^[\u4e00-\u9fff]+$/.test(h) || FIGURES_HEADER.test(h)) return "extra";
  if (UNIT_HEAD.test(h)) {
    if (LEAD_ROLE.test(h)) return "leadUnits";
    if (SUPPORT_ROLE.test(h)) return "supportUnits";
    if (RESPONSIBLE_ROLE.test(h)) return "units";
    return "extra";
  }
  if (LEADER_HEAD.test(h) && (LEAD_ROLE.test(h) || RESPONSIBLE_ROLE.test(h) || /责任|分管|联系|包保|挂点|督办/.test(h))) return "leaders";
  if (CONTACT_HEAD.test(h)) return "contacts";
  // The name of what each row is (目标名称, 工作名称): the task's title.
  if (/^(?:目标|任务|项目|事项|工作|指标|实事|问题|重点工作|工程)名称$/.test(h)) return "title";
  return "extra";
}

/**
 * The field a header cell must say of itself, where a reader knows its column's field but the header's
 * words alone would not say it (组长: a working group's head, its leaders): `{ field }`, else nothing.
 */
export function unsaidField(header: string, field: ColumnField): { field?: ColumnField } {
  return field !== "extra" && fieldForHeader(header) !== field ? { field } : {};
}

/** Whether a printed header is one of the vocabulary's terms word for word (a period before it aside). */
export function isHeaderTerm(printed: string): boolean {
  const h = normalizeHeader(printed);
  const bare = withoutPeriod(h);
  return HEADER_TERMS.some((t) => t.term === h || t.term === bare);
}

/** A header without the periods before it (2023年10-12月份进展情况 → 进展情况); never empty. */
function withoutPeriod(h: string): string {
  let rest = h;
  for (let period = PERIOD_PREFIX.exec(rest); period && period[0].length > 0 && period[0].length < rest.length; period = PERIOD_PREFIX.exec(rest)) {
    rest = rest.slice(period[0].length);
  }
  return rest;
}

/** The field a printed header maps to, or `extra` when the vocabulary does not know it. */
export function fieldForHeader(printed: string): ColumnField {
  const h = normalizeHeader(printed);
  if (h === "") return "extra";
  const field = lookup(h);
  if (field !== "extra") return field;
  const bare = withoutPeriod(h);
  return bare !== h ? lookup(bare) : "extra";
}

/** How strongly a line looks like a header row: the number of distinct known headers in it. */
export function headerScore(cells: readonly string[]): number {
  const fields = new Set<ColumnField>();
  for (const c of cells) {
    const f = fieldForHeader(c);
    if (f !== "extra") fields.add(f);
  }
  return fields.size;
}

/**
 * The fields of a whole header row, the columns read together: a table that names a lead unit and
 * then its 责任单位, with no 配合单位 of its own (牵头单位 | 责任单位), means by the second the units
 * that work under the lead (support), and a 责任单位 beside 配合单位 with no 牵头单位 leads; two columns of content and none of titles (项目内容 | 工作要求)
 * name their tasks in the first; of two title columns, one of 目标 (项目 | 目标任务) is the target.
 */
export function fieldsForHeader(printed: readonly string[]): ColumnField[] {
  const fields = printed.map((h) => fieldForHeader(h));
  const count = (field: ColumnField): number => fields.filter((f) => f === field).length;
  if (count("leadUnits") >= 1 && count("supportUnits") === 0 && count("units") >= 1) {
    fields.forEach((f, i) => {
      if (f === "units") fields[i] = "supportUnits";
    });
  }
  // Two lead columns (牵头责任单位 | 主体责任单位): the one that says 牵头 leads, the other's units work under it.
  if (count("leadUnits") >= 2) {
    const leading = fields.findIndex((f, i) => f === "leadUnits" && /牵头/.test(normalizeHeader(printed[i] as string)));
    const keep = leading >= 0 ? leading : fields.indexOf("leadUnits");
    fields.forEach((f, i) => {
      if (f === "leadUnits" && i !== keep) fields[i] = "supportUnits";
    });
  }
  // 责任单位 | 配合单位 with no 牵头单位: the units responsible lead the ones that work with them.
  if (count("units") === 1 && count("supportUnits") >= 1 && count("leadUnits") === 0) fields[fields.indexOf("units")] = "leadUnits";
  if (count("title") === 0 && count("content") >= 2) fields[fields.indexOf("content")] = "title";
  // Levels of one scheme (一级指标 | 二级指标 | 指标描述): the last level names the task, the levels above
  // it group the rows, and a wording column that names no level is its content.
  const levelled = fields.map((f, i) => (f === "title" && /^[一二三四]级/.test(normalizeHeader(printed[i] as string)) ? i : -1)).filter((i) => i >= 0);
  if (levelled.length >= 2) {
    const lastLevel = levelled[levelled.length - 1] as number;
    for (const i of levelled.slice(0, -1)) fields[i] = "category";
    fields.forEach((f, i) => {
      if (f === "title" && i !== lastLevel) fields[i] = "content";
    });
  }
  // A column of content before the task's title, with the task's content after it (任务内容 | 标准 |
  // 工作内容及要求): columns go from broad to narrow, so the first groups the rows.
  const firstTitle = fields.indexOf("title");
  if (firstTitle > 0 && fields.slice(firstTitle + 1).includes("content")) {
    fields.forEach((f, i) => {
      if (f === "content" && i < firstTitle) fields[i] = "category";
    });
  }
  // 工作内容 | 目标任务: a column of 目标 after the task's own wording is its target.
  fields.forEach((f, i) => {
    if (f === "title" && /目标/.test(normalizeHeader(printed[i] as string)) && fields.slice(0, i).some((g) => g === "title" || g === "content")) fields[i] = "target";
  });
  if (count("title") >= 2 && count("content") >= 1) {
    // Wording columns broad to narrow before the content (建设任务 | 工作事项 | 工作指标 | 任务清单): the
    // last names the task, the ones before it group the rows.
    const titles = fields.map((f, i) => (f === "title" ? i : -1)).filter((i) => i >= 0);
    const content = fields.indexOf("content");
    const last = titles[titles.length - 1] as number;
    if (last < content) for (const i of titles.slice(0, -1)) fields[i] = "category";
  }
  if (count("title") >= 2) {
    // Of two title columns (指标 | 工作任务, 项目 | 目标任务), the first names the task; a later one of
    // 目标 is its target, any other its content.
    const first = fields.indexOf("title");
    const hasContent = count("content") > 0;
    fields.forEach((f, i) => {
      if (f !== "title" || i === first) return;
      if (/目标/.test(normalizeHeader(printed[i] as string))) fields[i] = "target";
      else if (!hasContent) fields[i] = "content";
    });
  }
  // A column of targets first and one of 指标 after it, with no content (工作目标 | 区责任单位 | 涉及本区工作指标): the
  // targets are the tasks, the 指标 each one's share of them, its target.
  const targetFirst = fields.indexOf("target");
  const share = fields.findIndex((f, i) => f === "title" && i > targetFirst && /指标$/.test(normalizeHeader(printed[i] as string)));
  if (targetFirst >= 0 && share > targetFirst && count("title") === 1 && count("content") === 0 && fields.slice(0, targetFirst).every((f) => f === "seq" || f === "category")) {
    fields[targetFirst] = "title";
    fields[share] = "target";
  }
  // A column of targets first, with no column of wording beside it (责任目标 | 责任主体 | 完成时间): the targets
  // are the tasks themselves. (After columns the vocabulary does not know, one of those may be the wording.)
  const firstTarget = fields.indexOf("target");
  if (firstTarget >= 0 && !fields.includes("title") && !fields.includes("content") && fields.slice(0, firstTarget).every((f) => f === "seq" || f === "category")) fields[firstTarget] = "title";
  // No column of wording at all, but one of units (专项整治行业 | 时间安排 | 责任单位): the first column the
  // vocabulary does not know, before the units, says what each row is about — unless it counts or scores.
  const firstUnits = fields.findIndex((f) => UNIT_HEADER_FIELDS.has(f));
  if (firstUnits > 0 && !fields.some((f) => WORDING.has(f))) {
    const named = fields.findIndex((f, i) => f === "extra" && i < firstUnits && !FIGURES_HEADER.test(normalizeHeader(printed[i] as string)));
    if (named >= 0) fields[named] = "title";
  }
  return fields;
}

// A column of figures, money, scores or phone numbers says nothing of what a row is about.
const FIGURES_HEADER = /万元|金额|投资|资金|数量|数额|分值|得分|分数|电话|比例|%|％|面积|人数/;

// Pieces that join into a term word for word win over a role word and a stray piece.
const WHOLE_TERM = 0.9;
const ROLE_ALONE: ReadonlySet<string> = new Set(["牵头", "配合", "主体", "协办", "责任"]);
const ROLE_ALONE_WEIGHT = 0.3;

/**
 * Partition a header printed in pieces (one per line, or words with spaces: 牵头 领导) into cells: a
 * piece that is a bracketed note or a word cut off (牵头责任 / 单位) joins the one before.
 */
export function groupHeaderWords(texts: readonly string[]): number[][] {
  const n = texts.length;
  // score[i] = best score for the first i lines; a group scores 1 when the vocabulary knows it.
  const score = new Array<number>(n + 1).fill(Number.NEGATIVE_INFINITY);
  const back = new Array<number>(n + 1).fill(-1);
  score[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - 3); j < i; j++) {
      const joined = normalizeHeader(texts.slice(j, i).join(""));
      const single = i - j === 1;
      const parenthetical = /^[(\uff08].*[)\uff09]$/.test(texts[j] ?? "");
      if (parenthetical && j > 0 && single) continue;
      // Periods alone in a row (2023年 / 2025年 / 2027年 / 牵头单位) are columns of their own, a year's figures
      // each: none is the next name's.
      const periods = texts.slice(Math.max(0, j - 1), i).filter((t) => PERIOD_ALONE.test(normalizeHeader(t))).length;
      if (!single && periods > 1) continue;
      // A role word alone (牵头, 配合) names a column only under a group header: it is weak evidence.
      const extra = isExtraTerm(joined);
      const known = fieldForHeader(joined) === "extra" ? (extra ? 1 : 0) : ROLE_ALONE.has(joined) ? ROLE_ALONE_WEIGHT : 1;
      // Joining costs a little, so it only wins when it makes a known header; lines that join into
      // a header word for word (牵头 / 市领导: 牵头市领导) win over a role word and a stray line.
      // A period printed on a line of its own over its column's name (2023年 / 目标进度) is that name's.
      const periodOver = !single && PERIOD_ALONE.test(normalizeHeader(texts[j] ?? "")) && fieldForHeader(joined) !== "extra";
      const whole = !single && (isHeaderTerm(joined) || extra || periodOver) ? WHOLE_TERM : 0;
      const s = (score[j] as number) + known + whole - (single ? 0 : 0.5) + (i - j > 1 && /^[(\uff08]/.test(texts[i - 1] ?? "") ? 0.6 : 0);
      if (s > (score[i] as number)) {
        score[i] = s;
        back[i] = j;
      }
    }
  }
  const groups: number[][] = [];
  for (let i = n; i > 0; i = back[i] as number) {
    const j = back[i] as number;
    groups.push(Array.from({ length: i - j }, (_, k) => j + k));
  }
  return groups.reverse();
}

/** How column headers end (评分部门, 年度目标, 完成状态…), to tell a header the vocabulary does not know from a value. */
/** A header cell is a column's name: at most this many characters, unless the vocabulary knows it. */
export const MAX_HEADER_CELL = 14;

export const HEADER_WORD_END = /(?:部门|单位|内容|指标|目标|情况|时间|时限|要求|措施|任务|领导|人|备注|项目|类别|序号|状态|分值|依据|名称|事项|数量|金额|地点|方式|来源|标准|级别)$/;
