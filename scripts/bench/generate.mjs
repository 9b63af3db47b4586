// Deterministic breakdown tables (任务分解表) for the benchmark and the batch tests: the same
// (rows, seed) always gives the same table, as extracted text in the seed's run-together layout
// (seeds/qianjiang-…-breakdown.txt) and as a .docx built with the `docx` package.
//
// Titles, contents, units and names vary from row to row so the readers' heuristics (title/content
// cut, unit list end, run-together names, page markers glued into sentences) do real work; a few
// rows carry the seed's defects (。 read as `o`, a quote that lost its opening mark, a repeated
// sentence) so the repair rules do too.

/** mulberry32: a small deterministic PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

const COMMA_ASCII = ",";
const COMMA_WIDE = "\uff0c";

// 重点任务: an action and a noun phrase ending like the genre's titles (…体系, …建设, …攻坚战).
const TITLE_VERBS = [
  "巩固提升", "持续完善", "全面加强", "科学推进", "大力发展", "积极开展", "深化", "着力提升", "优化完善",
  "加快推进", "统筹推进", "严格落实", "健全", "扎实推进", "坚决打好", "不断提升", "稳步推进", "创新",
];
const TITLE_OBJECTS = [
  "组织运行体系", "法规制度体系", "督查考核体系", "基层执行体系", "国土绿化", "森林质量", "森林资源保护",
  "自然保护地体系建设", "集体林权制度改革", "生态富民产业", "林业碳汇产品开发", "松材线虫病疫情防控攻坚战",
  "森林防火能力", "湿地保护修复", "野生动植物保护", "林业科技创新", "林区道路建设", "古树名木保护",
  "国有林场改革", "林业执法监管", "河湖长制工作", "农村人居环境整治", "营商环境", "数字政府建设",
  "安全生产责任", "基层治理水平", "养老服务体系", "义务教育质量", "公共文化服务", "就业创业服务",
];
// 主要内容: sentences of clauses, each an action and an object.
const CLAUSE_VERBS = [
  "深入开展", "全面推行", "持续推进", "加快实施", "积极探索", "着力提升", "严格执行", "统筹推进", "切实加强",
  "规范引导", "建立完善", "认真贯彻落实", "大力推广", "扎实开展", "有序推进", "全面落实", "协同开展", "鼓励",
];
const CLAUSE_OBJECTS = [
  "国家储备林建设", "森林抚育和退化林修复", "林长履职跟踪提示机制", "基层林长办标准化建设", "种质资源保护和利用",
  "林地用途管制和定额管理", "湿地生态修复", "自然保护地勘界立标", "林业有害生物监测预警", "森林火灾隐患排查整治",
  "集体林地经营权流转", "木本油料产业", "森林旅游康养", "行政执法与刑事司法衔接", "绩效考核评价细则",
  "网格护林员巡护", "数字化城市运行和治理", "碳汇本底调查和碳储量评估", "防灭火物资装备储备", "林区专项规划编制",
  "乡村振兴重点帮扶", "城乡供水一体化", "农村生活污水治理", "营商环境评价", "一网通办服务",
];
const CLAUSE_TAILS = [
  "", "", "", "工作", "机制", "制度", "体系建设", "能力", "水平",
];
const CLAUSE_EXTRAS = [
  "", "", "", "", "到2025年完成3项任务", "每年开展2次专项检查", "落实第3号市总林长令部署", "确保按时保质完成",
  "纳入年度目标考核", "形成可复制可推广经验", "实现全覆盖",
];
// 责任单位: an administrative prefix, a body, a suffix from the lexicon.
const UNIT_BODIES = [
  "林业局", "公安局", "检察院", "司法局", "发展改革委", "规划自然资源局", "农业农村委", "城市管理局", "水利局",
  "生态环境局", "大数据发展局", "应急局", "财政局", "交通局", "住房城乡建委", "民政局", "卫生健康委",
  "文化旅游委", "科技局", "考核办", "总林长办", "法院", "教委", "商务委", "人力社保局", "市场监管局",
  "税务局", "气象局", "供销社", "融媒体中心", "政务服务中心", "经济信息委",
];
const UNIT_CATCHALL = ["各乡镇街道", "各乡镇(街道)", "各有关单位", "各成员单位"];
const UNIT_GROUPS = ["森防指成员单位", "重大林业有害生物防控指挥部成员单位", "河长制办公室"];
// Common surnames of src/lexicon/surnames.ts (not the rare ones), given-name characters.
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江";
const GIVEN = "海燕小江兴伟文超永洪仁鹏兵芙蓉进明华丽军强勇静敏磊涛杰娟霞秀英建国志刚晓红玉兰德胜春梅";
const SECTION_TOPICS = [
  "夯实“管绿”根基,建立健全林长制“五大体系”", "显化“增绿”质效,筑牢长江上游重要生态屏障", "突出护绿重点,整体提升生态系统多样性稳定性持续性",
  "激发“活绿”动力,加快推动生态美百姓富相统一", "严格“守绿”举措,巩牢安全底线、生态红线", "强化组织保障,压紧压实各级责任",
  "深化改革创新,增强发展动力活力", "聚焦民生实事,提升群众获得感",
];
const PLACES = ["黔江区", "万州区", "涪陵区", "綦江区", "大足区", "璧山区", "铜梁区", "潼南区", "荣昌区", "开州区"];
const CN_DIGITS = "零一二三四五六七八九";

/** 1 → 一, 12 → 十二, 40 → 四十, 99 → 九十九 (the section numbers the readers know: below 100). */
export function chineseNumber(n) {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : CN_DIGITS[tens]}十${ones === 0 ? "" : CN_DIGITS[ones]}`;
}

function personName(r) {
  return r.pick(SURNAMES) + (r.chance(0.35) ? r.pick(GIVEN) : r.pick(GIVEN) + r.pick(GIVEN));
}

/**
 * A table model: title, header, sections and tasks, issuer and date. Section layout follows the
 * size: a few 一、 headings for a small table; 一、 headings with (一) subsections of about eight
 * rows for a large one (sections are numbered below 100 in real tables).
 */
export function makeTable(rows, seed = 1) {
  const r = rng(seed * 7919 + rows);
  const place = r.pick(PLACES);
  const comma = r.chance(0.7) ? COMMA_ASCII : COMMA_WIDE;
  const names = Array.from({ length: Math.max(6, Math.ceil(rows / 40)) }, () => personName(r));
  const title = `重庆市${place}全面推深做实林长制行动方案(2023-2027年)任务分解表`;
  const header = ["序号", "重点任务", "主要内容", "责任单位", "联系人"];
  const perSub = 8;
  const level1Count = rows <= 60 ? Math.max(1, Math.round(rows / 3.4)) : Math.min(99, Math.ceil(rows / (perSub * 40)));
  const items = [];
  let seq = 1;
  for (let s = 1; s <= level1Count && seq <= rows; s++) {
    const left = rows - seq + 1;
    const share = Math.ceil(left / (level1Count - s + 1));
    items.push({ kind: "section", level: 1, number: chineseNumber(s), text: `${chineseNumber(s)}、${r.pick(SECTION_TOPICS)}。`.replace(/,/g, comma) });
    const subs = rows <= 60 ? 1 : Math.min(99, Math.ceil(share / perSub));
    for (let k = 1; k <= subs && seq <= rows; k++) {
      if (subs > 1) items.push({ kind: "section", level: 2, number: `(${chineseNumber(k)})`, text: `(${chineseNumber(k)})${r.pick(TITLE_VERBS)}${r.pick(TITLE_OBJECTS)}` });
      const end = Math.min(rows, seq - 1 + (subs > 1 ? Math.ceil(share / subs) : share));
      for (; seq <= end; seq++) items.push(makeTask(r, seq, comma, names));
    }
  }
  return { title, header, items, issuer: `重庆市${place}总林长办公室`, date: "2023年9月28日", place, rows };
}

function sentence(r, comma) {
  const clauses = Array.from({ length: r.int(1, 3) }, () => {
    const extra = r.pick(CLAUSE_EXTRAS);
    return `${r.pick(CLAUSE_VERBS)}${r.pick(CLAUSE_OBJECTS)}${r.pick(CLAUSE_TAILS)}${extra ? comma + extra : ""}`;
  });
  return `${clauses.join(comma)}。`;
}

function makeTask(r, seq, comma, names) {
  const title = `${r.pick(TITLE_VERBS)}${r.pick(TITLE_OBJECTS)}`;
  const sentences = Array.from({ length: r.int(2, 5) }, () => sentence(r, comma));
  // seed row 9: a sentence printed twice (duplicate-sentence).
  if (r.chance(0.02)) sentences.splice(1, 0, sentences[0]);
  let content = sentences.join("");
  // seed row 1: 。 OCR'd as `o` between two sentences (ocr-period).
  if (r.chance(0.04)) content = content.replace(/。(?=.)/, "o");
  // seed row 1: a quotation that lost its opening mark (quote-pair).
  if (r.chance(0.03)) content = content.replace(/(.)$/, "做好“智慧林长”应用实践$1").replace("做好“智慧林长”", "做好智慧林长”");
  const unitCount = r.int(1, 7);
  const prefix = r.chance(0.85) ? "区" : r.pick(["市", "县"]);
  const units = [];
  const used = new Set();
  for (let i = 0; i < unitCount; i++) {
    const u = r.chance(0.04) ? `${prefix}${r.pick(UNIT_GROUPS)}` : `${prefix}${r.pick(UNIT_BODIES)}`;
    if (!used.has(u)) units.push(u), used.add(u);
  }
  const catchall = r.chance(0.6) ? r.pick(UNIT_CATCHALL) : null;
  const contacts = Array.from({ length: r.int(1, 3) }, () => r.pick(names)).filter((n, i, all) => all.indexOf(n) === i);
  return { kind: "task", seq, title, content, units, catchall, contacts, comma };
}

/** The units cell as printed: 区林业局、区公安局,各乡镇街道. */
export function unitsText(task) {
  return task.units.join("、") + (task.catchall ? task.comma + task.catchall : "");
}

/**
 * The table as a document-sharing site's extracted text (the seed's layout): a banner line,
 * then one line per page beginning `N、`, the page break falling wherever it falls (inside a
 * sentence, a unit name or a number), header terms and cells run together with no separators.
 */
export function toRunTogetherText(table, pageChars = 1000) {
  const parts = [table.title, table.header.join("")];
  for (const item of table.items) {
    if (item.kind === "section") parts.push(item.text);
    else parts.push(`${item.seq}${item.title}${item.content}${unitsText(item)}${item.contacts.join("")}`);
  }
  parts.push(`${table.issuer}${table.date}印发`);
  const body = parts.join("");
  const pages = [];
  for (let at = 0; at < body.length; at += pageChars) pages.push(body.slice(at, at + pageChars));
  const fileName = `${table.title}.docx`;
  const banner = `《${fileName}》由会员分享,可在线阅读,更多相关《${fileName}(${pages.length}页珍藏版)》请在第壹文秘上搜索。`;
  return `${banner}\n${pages.map((p, i) => `${i + 1}、${p}`).join("\n")}`;
}

/**
 * The table as a Word document built with the `docx` package: title paragraph, a table with a
 * header row, section rows merged across all columns, one row per task (contacts one paragraph
 * each), then the issuer and the date.
 */
export async function toDocx(table) {
  const { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } = await import("docx");
  const para = (text) => new Paragraph({ text });
  const cell = (paragraphs) => new TableCell({ children: paragraphs.length ? paragraphs : [para("")] });
  const cols = table.header.length;
  const rows = [new TableRow({ tableHeader: true, children: table.header.map((h) => cell([para(h)])) })];
  for (const item of table.items) {
    if (item.kind === "section") {
      rows.push(new TableRow({ children: [new TableCell({ columnSpan: cols, children: [para(item.text)] })] }));
    } else {
      rows.push(
        new TableRow({
          children: [
            cell([para(String(item.seq))]),
            cell([para(item.title)]),
            cell([para(item.content)]),
            cell([para(unitsText(item))]),
            cell(item.contacts.map(para)),
          ],
        }),
      );
    }
  }
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: table.title, alignment: AlignmentType.CENTER }),
          new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
          new Paragraph({ text: table.issuer, alignment: AlignmentType.RIGHT }),
          new Paragraph({ text: table.date, alignment: AlignmentType.RIGHT }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
