/**
 * Words that begin the 主要内容 of a breakdown-table row, and words that end its 重点任务.
 * In text where the cells run together (重点任务 glued to 主要内容) the boundary is where a
 * noun phrase ends and an action begins: 完善考核评价办法 | 将河湖长制工作纳入…
 * Collected from the genre's stock phrases (政府工作报告, 任务分解表), not from one document.
 */
export const CONTENT_START_WORDS: readonly string[] = [
  "全面贯彻落实", "认真贯彻落实", "深入贯彻落实", "贯彻落实", "全面推行", "全面推进", "全面落实", "全面加强",
  "全面开展", "全面提升", "全面实施", "全面深化", "全面建立", "深入推进", "深入开展", "深入实施", "深入推广",
  "持续落实", "持续推进", "持续开展", "持续深化", "持续加强", "持续巩固", "持续提升", "常态化开展", "常态化",
  "加快推进", "加快实施", "加快建设", "加快推动", "加快", "进一步", "积极开展", "积极推进", "积极探索", "积极",
  "大力推进", "大力发展", "大力实施", "大力", "扎实推进", "扎实开展", "着力", "切实", "坚持", "坚决", "牢牢",
  "强化", "加强", "加大", "完善", "健全", "建立", "建立健全", "推进", "推动", "推广", "推行", "推荐",
  "落实", "实施", "实行", "开展", "组织", "制定", "编制", "出台", "探索", "深化", "巩固", "提升", "提高",
  "优化", "统筹", "规范", "严格", "严控", "依法", "围绕", "聚焦", "按照", "根据", "结合", "对标", "到20",
  "力争", "确保", "争取", "实现", "做好", "抓好", "突出", "鼓励", "支持", "引导", "指导", "督促", "配合",
  "牵头", "负责", "研究", "启动", "召开", "举办", "培育", "打造", "构建", "改善",
  "完成", "新建", "建设", "改造", "新增", "清理", "清除", "清查", "整合", "利用", "聘请", "设立", "公开", "公布", "压实", "细化",
  "有序推进", "有序", "及时", "定期", "逐步", "全力", "严厉", "严肃", "主动", "认真", "广泛", "重点", "分类", "统一",
  "以", "由", "在", "对", "将", "每年", "年内", "全年",
].filter((w, i, all) => all.indexOf(w) === i)
  .sort((a, b) => b.length - a.length);

export const TITLE_END_WORDS: readonly string[] = [
  "攻坚战", "体系", "体制", "机制", "制度", "建设", "改革", "产业", "保护", "质量", "开发", "成果", "绿化",
  "发生", "工作", "能力", "水平", "管理", "服务", "环境", "安全", "治理", "发展", "创新", "行动", "工程",
  "项目", "任务", "目标", "示范", "规划", "监管", "整治", "防控", "防治", "生态", "经济", "保障", "责任",
  "考核", "队伍", "宣传", "基础", "利用", "修复", "资源", "效能", "作用", "格局", "品牌", "平台", "设施",
  "网络", "标准", "覆盖", "问题", "风险", "秩序", "活力", "动力", "成效", "转型", "升级", "振兴", "融合",
  "提升", "提质", "增效", "落实", "推进", "执法", "监督", "监测", "检查", "评估", "红线", "底线",
  "办法", "方案", "细则", "规定", "清单", "台账", "信息", "名录", "公示", "宣传", "教育", "培训", "人才",
  "屏障", "长制", "建设年", "活动", "试点", "创建", "运行", "应用", "支撑", "增收",
  "培养", "培育", "领导", "卫生", "保洁", "收运", "处置", "督查", "考评", "联动", "革命",
].sort((a, b) => b.length - a.length);

// Each list as sets of words by length, longest first: a lookup per length instead of a scan of
// the list. splitTitle asks about 40 times per row; the scans were a third of the text reader's
// time at 1,700 rows (npm run bench, read stage).
const byLength = new WeakMap<readonly string[], Array<[number, Set<string>]>>();

function lengthSets(words: readonly string[]): Array<[number, Set<string>]> {
  let sets = byLength.get(words);
  if (!sets) {
    const map = new Map<number, Set<string>>();
    for (const w of words) map.set(w.length, (map.get(w.length) ?? new Set()).add(w));
    sets = [...map].sort((a, b) => b[0] - a[0]);
    byLength.set(words, sets);
  }
  return sets;
}

/** Longest listed word that `text` starts with, or "". */
export function startWord(text: string, words: readonly string[]): string {
  for (const [length, set] of lengthSets(words)) {
    if (length > text.length) continue;
    const head = text.slice(0, length);
    if (set.has(head)) return head;
  }
  return "";
}

/** Longest listed word that `text` ends with, or "". */
export function endWord(text: string, words: readonly string[]): string {
  for (const [length, set] of lengthSets(words)) {
    if (length > text.length) continue;
    const tail = text.slice(text.length - length);
    if (set.has(tail)) return tail;
  }
  return "";
}
