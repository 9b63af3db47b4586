import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, parseBytes } from "../../../src/index.js";
import { CORPUS, fixture, textInput } from "../../helpers.js";
import { readConserved } from "../../support/read-conserved.js";

// Small tables in layouts and columns the seed does not have, written for these tests (fixtures/text).
const read = readConserved;

describe("other layouts and columns", () => {
  it("reads a page flattened to one line, its line breaks printed as spaces: sections and tasks numbered after a space", async () => {
    const doc = await read("xx-county-zfgzbg-2023-flattened-one-line.txt");
    expect(doc.sections.map((s) => s.number)).toEqual(["一", "二"]);
    expect(doc.tasks.map((t) => [t.section, t.units])).toEqual([
      ["一", ["县发改局", "县财政局", "县统计局"]],
      ["一", ["县财政局"]],
      ["二", ["县自然资源局", "县农业农村局"]],
      ["二", ["县行政审批局", "县市场监管局"]],
      ["二", ["县住建局", "县综合执法局"]],
      ["二", ["县交通运输局"]],
      ["二", ["县卫生健康局", "县医保分局"]],
      ["二", ["县民政局"]],
    ]);
  });

  it("reads a pipe table whose header and rows a page ran on in one line: rows found again by their numbers, a merged category carried", async () => {
    const doc = await read("xx-city-minsheng-2020-pipe-rows-one-line.txt");
    expect(doc.tasks.map((t) => [t.seq, t.section, t.title, t.leaders, t.units, t.contacts, t.progress])).toEqual([
      [1, "一", "将城乡低保补差水平提高到每人每月600元、300元。", ["张明"], ["市民政局"], ["李华"], "已完成。 从1月1日起执行新标准。"],
      [2, "一", "特困供养人员基本生活标准不低于低保标准的1.6倍。", ["张明"], ["市民政局"], ["李华"], "已完成。"],
      [3, "二", "新建公办幼儿园3所。", ["王刚"], ["市教育局"], ["赵强"], "2所已开工,1所完成选址。"],
      [4, "二", "新增学位2000个。", ["王刚"], ["市教育局"], ["赵强"], "正在推进。"],
    ]);
  });

  it("reads a pipe table run on in one line with no spaces, the table's title glued to its 序号 (…任务分解表序号 |): the title stays outside", async () => {
    const doc = await read("xx-county-minsheng-2024-pipe-rows-glued-title.txt");
    expect(doc.tasks.map((t) => [t.seq, t.title, t.leaders, t.units, t.progress])).toEqual([
      [1, "新增义务教育学位5000个。", ["王明"], ["县教体局"], "已完成。"],
      [2, "完成县妇幼保健院主体工程建设。", ["李强"], ["县卫健委"], "主体已封顶。"],
      [3, "改造农村公路50公里。", ["王明"], ["县交通运输局"], "完成42公里。"],
    ]);
    expect(doc.tasks.map((t) => t.title).join("")).not.toContain("分解表");
  });

  it("reads a pipe table run on in one line with no 序号 column and no pipes at its rows' ends: rows found by the numbers their task opens with, the page's information block left out", async () => {
    const doc = await read("xx-city-minsheng-2022-pipe-rows-one-line-numbers-in-title.txt");
    expect(doc.tasks.map((t) => [t.seq, t.category, t.title, t.units, t.leaders, t.progress])).toEqual([
      [14, "四、教育文化", "改扩建城南学校", ["教育体育局"], ["王明"], "主体结构完工。"],
      [15, "四、教育文化", "推进塑胶运动场地建设", ["教育体育局"], ["王明"], "完成基础施工。"],
      [16, "四、教育文化", "推进义务教育课后服务", ["教育体育局"], ["王明"], "已全面开展。"],
    ]);
    expect(doc.leftovers.map((l) => l.text).join("")).toContain("索引号");
  });

  it("reads two unit columns run together with a space between them (责任单位 then 牵头单位, a line break printed as a space)", async () => {
    const text = "2023年XX区政府工作报告重点工作责任分解 序号 事项 责任单位 牵头单位 1 地区生产总值增长6.5%以上。 区农业农村局、区经商局、区发改局 区发改局 2 区本级固定资产投资增长25%。 区发改局 区发改局 3 区本级规上工业增加值增长10%。 区经商局、莲都经开区管委会 区经商局\n";
    const { document: doc } = await parse(textInput(text, "two-unit-columns.txt"));
    expect(doc.tasks.map((t) => [t.seq, t.units, t.leadUnits])).toEqual([
      [1, ["区发改局", "区农业农村局", "区经商局"], ["区发改局"]],
      [2, ["区发改局"], ["区发改局"]],
      [3, ["区经商局", "莲都经开区管委会"], ["区经商局"]],
    ]);
  });

  it("reads the list a news report announces with its count (这八件民生实事分别是：…；…), one flagged task per piece", async () => {
    const doc = await read("xx-county-shijian-news-semicolon-list.txt");
    expect(doc.tasks.map((t) => t.title)).toEqual(["改造城区老旧小区12个", "新建农村公路80公里", "新增公办幼儿园学位600个", "为60岁以上老年人免费体检", "建成乡镇污水处理站5座", "改造农村危房300户", "新建城市公厕20座", "实现行政村5G网络全覆盖。"]);
    expect(doc.tasks.every((t) => t.status === "needs_review")).toBe(true);
  });

  it("reads the lines after a count a report announces (办好5件民生实事。/ 一是… / 二是…), not the reporter's closing lines", async () => {
    const doc = await read("xx-city-shijian-news-ordinal-lines.txt");
    expect(doc.tasks.map((t) => [t.seq, t.title])).toEqual([
      [1, "新增公共停车位3000个，缓解老城区停车难。"],
      [2, "改造背街小巷40条，提升群众出行条件。"],
      [3, "为中小学生免费开展视力筛查，实现全覆盖。"],
      [4, "新建社区养老服务站15个。"],
      [5, "开通城乡公交线路6条。"],
    ]);
    expect(doc.tasks.every((t) => t.status === "needs_review")).toBe(true);
  });

  it("reads a counted list announced with its results (政见及成果如下): the sentence after an item's own says what was done, its unit first", async () => {
    const doc = await read("xx-county-pledges-results-news.txt");
    expect(doc.tasks.map((t) => [t.seq, t.title, t.units, t.progress])).toEqual([
      [1, "推动老旧市场改建，提升商圈环境。", ["建设处"], "建设处办理市场改建规划设计已完成。"],
      [2, "增设长照据点，照顾长者生活。", ["卫生局"], "卫生局新设据点二处已开办。"],
      [3, "改善偏乡道路，确保行车安全。", [], ""],
    ]);
  });

  it("reads the units a counted list's items give their work to (一是由区运输管理所负责…, 二是由X负责、Y配合…, 四是X要…), the sentence kept whole, each item flagged", async () => {
    const doc = await read("xx-district-chunyun-ordinals-given-by.txt");
    expect(doc.tasks.map((t) => [t.seq, t.units, t.leadUnits, t.supportUnits])).toEqual([
      [1, ["区运输管理所"], [], []],
      [2, ["区公安分局", "区运输管理所"], ["区公安分局"], ["区运输管理所"]],
      [3, ["区交警大队"], [], []],
      [4, ["区信访局"], [], []],
      [5, [], [], []],
    ]);
    expect(doc.tasks[0]?.title).toBe("由区运输管理所负责做好道路运输工作，对班车客运、旅游包车等工作提出具体措施。");
    expect(doc.tasks.every((t) => t.status === "needs_review")).toBe(true);
  });

  it("reads a heading that names the unit leading the task on the lines under it ((二)省审计厅牵头的工作 / 全面加强审计工作。) as that task's section, its unit the lead, as it is over numbered tasks", async () => {
    const doc = await read("xx-province-lead-headings-one-task-each.txt");
    expect(doc.tasks.map((t) => [t.content, t.leadUnits, t.supportUnits])).toEqual([
      ["加强行政监察工作，全面落实政府系统党风廉政建设责任制。", ["省监察厅"], []],
      ["全面加强审计工作。", ["省审计厅"], ["省直各部门", "各市人民政府"]],
      ["深化行政管理体制改革，优化政府机构设置。", ["省编办"], []],
      ["严格控制机构编制。", ["省编办"], []],
    ]);
  });

  it("reads a numbered pipe row whose cells moved left past a merged unit cell, its closer printed at the end (2 | … | … | 已完成。… | |): its unit carried down from the row above, the row flagged; 月度工作计划 is the target", async () => {
    const doc = await read("xx-county-minsheng-progress-merged-lead-pipes.txt");
    expect(doc.tasks.map((t) => [t.seq, t.leadUnits, t.progress, t.target, t.status])).toEqual([
      [1, ["县卫生健康局"], "已完成。已制定并下发工作方案。", "4月:制定接种工作方案。", "ok"],
      [2, ["县卫生健康局"], "已完成。完成筛查3495人。", "4月:完成筛查1480人。", "needs_review"],
      [3, ["县红十字会"], "已完成。培训188人。", "4月:完成培训65人。", "ok"],
    ]);
  });

  it("reads an event plan's activities whose fields are numbered label lines (1、时 间：… / 3、承办单位：… / 4、活动内容：…) as one task each, the lines its labels", async () => {
    const doc = await read("xx-county-festival-activities-numbered-labels.txt");
    expect(doc.tasks.map((t) => [t.seqPrinted, t.title, t.units, t.deadline, t.content, t.extra.地点])).toEqual([
      ["（一）", "樱花旅游节开幕式", ["县委宣传部", "县旅游发展局"], "3月27日9:30-11:00", "领导致辞，文艺表演", "县文化广场"],
      ["（二）", "“美丽乡村”摄影比赛", ["县文联", "县旅游发展局"], "3月27日", "组织摄影采风，评选优秀作品。", "樱花园"],
      ["（三）", "地方戏曲汇演", ["县文化馆"], "3月27日下午", "组织各乡镇戏曲队伍汇演。", "县文化广场"],
    ]);
  });

  it("reads a sharing site's preview cut into chunks of a few hundred characters, its outline's headings run in after sentences (…制定本方案。一、指导思想…二、…): its duties opened on lines again", async () => {
    const doc = await read("xx-town-straw-ban-preview-chunks.txt");
    expect(doc.tasks.map((t) => [t.units, t.content.slice(0, 6)])).toEqual([
      [["农业办"], "要积极引导农"],
      [["派出所"], "对蓄意露天焚"],
      [["各村委会"], "负责本村秸秆"],
    ]);
  });

  it("reads an agency's sections each named in a sentence of its own before its duties ((二)规划财务科。拟订…), the stop standing for the colon, a name of a kind of body (综合设置行政机构。) none", async () => {
    const doc = await read("xx-district-bureau-sections-stop-named.txt");
    expect(doc.tasks.map((t) => [t.units, t.content.slice(0, 8), t.status])).toEqual([
      [["办公室（综合执法科）"], "负责机关日常运转", "ok"],
      [["规划财务科"], "拟订民政事业发展", "ok"],
      [["社会事务科（行政审批科）"], "贯彻执行社会组织", "ok"],
      [["社会救助科"], "贯彻执行城乡居民", "needs_review"],
    ]);
    const kinds = await read("xx-county-township-bodies-kind-heading.txt");
    expect(kinds.tasks.map((t) => [t.title, t.units])).toEqual([
      ["综合设置行政机构", []],
      ["规范设置事业站所", []],
      ["严格控制编制", []],
    ]);
  });

  it("reads duties written unit first whose verb is 要 (区委农办要结合…) among those with 负责, each unit its line's", async () => {
    const doc = await read("xx-district-duties-yao.txt");
    expect(doc.tasks.map((t) => [t.units, t.title + t.content])).toEqual([
      [["区住建局"], "负责全区整治总协调工作，指导督查农村生活污水处理设施建设。"],
      [["区委农办"], "要结合全区乡村振兴任务，负责指导新社区建设。"],
      [["区财政局"], "负责整治专项经费的落实，监督资金使用情况。"],
      [["区生态环境局"], "要加强工业污染源的环境管理，确保达标排放。"],
    ]);
  });

  it("reads a completion report: a heading restating its sub-items heads them, the status and the paragraph after a task's units are its progress", async () => {
    const doc = await read("xx-city-shijian-2019-completion-report.txt");
    expect(doc.tasks.map((t) => [t.content, t.units, t.progress])).toEqual([
      ["新建农村公路200公里", ["市交通局", "各县区"], "此项工作已完成。截至2019年12月底，全市新建农村公路213公里。"],
      ["改造危桥10座。", ["市交通局", "甲县", "乙县"], "此项工作已完成。截至2019年12月底，全市改造危桥11座。"],
      ["新增城区停车位2000个。", ["市住建局", "各县区政府〈管委会〉"], "该件实事已全面完成\n此项工作已完成。截至2019年12月底，全市新增停车位2350个。"],
    ]);
    expect(doc.sections.map((s) => s.number)).toContain("一");
  });

  it("reads measures that open with their units' roles (市农业农村局负责，市市场监管局、市生态环境局配合，开展…): lead and support, the rest the measure", async () => {
    const doc = await read("xx-city-shipin-measures-units-first.txt");
    expect(doc.tasks.map((t) => [t.seq, t.content, t.leadUnits, t.supportUnits, t.units])).toEqual([
      [1, "开展农药兽药残留专项整治，严厉打击违法使用禁用药物行为。", ["市农业农村局"], ["市市场监管局", "市生态环境局"], ["市农业农村局", "市市场监管局", "市生态环境局"]],
      [2, "加强食品生产经营许可管理，年底前完成全部许可证换发。", ["市市场监管局"], ["市公安局", "市商务局"], ["市市场监管局", "市公安局", "市商务局"]],
      [3, "做好食品安全风险监测工作。", ["市卫生健康委"], [], ["市卫生健康委"]],
      [4, "推进生猪定点屠宰企业标准化建设。", ["市商务局"], ["市农业农村局"], ["市商务局", "市农业农村局"]],
    ]);
  });

  it("reads the stop OCR printed as o before a label (…全覆盖o责任单位：…) as the stop it is, and restores it, recorded", async () => {
    const text = "XX县2023年重点工作任务分解\n1.完成农村公路提质改造50公里，实现建制村通硬化路全覆盖o责任单位：县交通运输局\n2.新建乡镇污水处理站5座o责任单位：县住建局、县生态环境分局\n3.改造城区老旧小区8个o责任单位：县住建局\n";
    const { document: doc } = await parse(textInput(text, "ocr-stops.txt"));
    expect(doc.tasks.map((t) => [t.title + t.content, t.units])).toEqual([
      ["完成农村公路提质改造50公里，实现建制村通硬化路全覆盖。", ["县交通运输局"]],
      ["新建乡镇污水处理站5座。", ["县住建局", "县生态环境分局"]],
      ["改造城区老旧小区8个。", ["县住建局"]],
    ]);
    expect(doc.tasks.every((t) => t.repairs.some((r) => r.ruleId === "ocr-period"))).toBe(true);
  });

  it("cuts a short heading sentence off by the stop OCR printed as o (1、一面国旗o室外悬挂国旗o), as it would by its 。", async () => {
    // The fixture of the list above, each 。 between Chinese characters printed o as OCR reads it.
    const printed = readFileSync(fixture("text", "xx-community-2011-kaohe-items-headed.txt"), "utf8");
    const text = printed.replace(/(?<=[\u4e00-\u9fa5])。(?=[\u4e00-\u9fa5])/g, "o");
    expect(text).not.toBe(printed);
    const { document: doc } = await parse(textInput(text, "ocr-stops.txt"));
    expect(doc.tasks.map((t) => [t.title, t.content.slice(0, 6)])).toEqual([
      ["一面国旗", "室外悬挂国旗"],
      ["一个公开栏", "公开栏设在办"],
      ["一个文体活动场地", "辖区内有文体"],
      ["一个卫生服务站", "辖区内有卫生"],
    ]);
  });

  it("reads a counted list whose lines the page wrapped (实 / 事, 一是…, its sentence going on on the next line), each item whole", async () => {
    const text = "记者从市人代会上获悉，今年市政府将办好3件民生实\n事。\n一是新增公共停车位3000个，缓解老\n城区停车难。\n二是改造背街小巷40条，提升群众出\n行条件。\n三是新建社区养老服务站15个。\n（记者 李强）\n";
    const { document: doc } = await parse(textInput(text, "wrapped-list.txt"));
    expect(doc.tasks.map((t) => t.title)).toEqual(["新增公共停车位3000个，缓解老城区停车难。", "改造背街小巷40条，提升群众出行条件。", "新建社区养老服务站15个。"]);
  });

  it("reads a page from inside a numbered list (19、… 20、…) flattened into one line: a fragment's numbers start where a line began", async () => {
    const printed = readFileSync(join(CORPUS, "xinyu_undated_shipinanquan_chuangjian_p3_mirror.txt"), "utf8");
    const [first, ...rest] = printed.split("\n");
    const text = `${first}\n${rest.join("\n").replace(/\r?\n\s*/g, "")}`;
    const { document: doc } = await parse(textInput(text, "flat-fragment.txt"));
    expect(doc.tasks.map((t) => t.seq).slice(0, 3)).toEqual([19, 20, 21]);
    expect(doc.tasks[0]?.units).toEqual(["市环保局", "市建设局", "市农业局", "市水利局"]);
  });

  it("reads a plan a page ran into one line after its notice (…通知如下:一、…三、…分解方案一、2023年…(一)…增长7%以上责任单位:区发展和改革局(二)…): the plan's 一、 starts the numbering again, each label glued to the wording before it", async () => {
    const printed = readFileSync(join(CORPUS, "caidian_2023_zfgzbg_zerenfenjie_gov.txt"), "utf8");
    const [first, ...rest] = printed.split("\n");
    const text = `${first}\n${rest.join("\n").replace(/\r?\n\s*/g, "")}`;
    const { document: doc } = await parse(textInput(text, "plan-run-on.txt"));
    expect(doc.tasks.slice(0, 3).map((t) => [t.content, t.units, t.status])).toEqual([
      ["地区生产总值增长7%以上", ["区发展和改革局"], "ok"],
      ["规上工业增加值增长12%以上", ["区科技和经信局"], "ok"],
      ["固定资产投资增长10%以上", ["区发展和改革局"], "ok"],
    ]);
  });

  it("reads units under a colon whose label the page lost (… / :市市容局、市财政局) as the task's units, each task flagged", async () => {
    const doc = await read("xx-city-minsheng-2010-units-label-lost.txt");
    expect(doc.tasks.map((t) => [t.seq, t.units, t.status])).toEqual([
      [1, ["市市容局", "市财政局"], "needs_review"],
      [2, ["市交通运输局"], "needs_review"],
    ]);
  });

  it("reads a counted list run on in its paragraph (办好3件实事：一是…；二是…；三是…。, or a page flattened into one line)", async () => {
    for (const text of [
      "记者获悉，今年县政府将办好3件民生实事：一是新增公共停车位3000个；二是改造背街小巷40条；三是新建社区养老服务站15个。（记者 李强）\n",
      "记者获悉，今年县政府将办好3件民生实事。 一是新增公共停车位3000个。 二是改造背街小巷40条。 三是新建社区养老服务站15个。 （记者 李强）\n",
    ]) {
      const { document: doc } = await parse(textInput(text, "run-on-list.txt"));
      expect(doc.tasks.map((t) => [t.seq, t.title.replace(/。$/, "")])).toEqual([
        [1, "新增公共停车位3000个"],
        [2, "改造背街小巷40条"],
        [3, "新建社区养老服务站15个"],
      ]);
    }
  });

  it("reads duties a page ran on in one line (…任务作如下明确:区住建局负责…。区委农办要…。), each from where its sentence begins", async () => {
    const printed = readFileSync(join(CORPUS, "anonqu_undated_cunzhuang_huanjing_zhengzhi_renwu_mingque_essaysite.txt"), "utf8");
    const [first, ...rest] = printed.split("\n");
    const text = `${first}\n${rest.join("\n").replace(/\r?\n\s*/g, "")}`;
    const { document: doc } = await parse(textInput(text, "duties-run-on.txt"));
    expect(doc.tasks.map((t) => t.units[0])).toEqual(["区住建局", "区委农办", "规划分局", "区城管局", "区财政局", "区环保局", "区水利农机局"]);
  });

  it("reads two bodies' duties on lines one after the other, each a whole sentence after its units and a colon (a page from inside a list of members' duties)", async () => {
    const text = "市农业局:结合农业和农村经济发展规划,做好畜禽粪便和农业废物的无害化处理。推广有机肥,做好农田灭鼠。\n市林业局:搞好林区自然生态环境保护,组织开展林区灭鼠和白蚁防治工作。\n";
    const { document: doc } = await parse(textInput(text, "two-duties.txt"));
    expect(doc.tasks.map((t) => [t.units, t.content.slice(0, 8)])).toEqual([
      [["市农业局"], "结合农业和农村经"],
      [["市林业局"], "搞好林区自然生态"],
    ]);
    // Two such lines after a list's item of another shape (1.农业部门。 over its sub-items) are not a list alone.
    const under = "1.农业部门。\n(1)做好疫情的监测、报告,开展流行病学调查。\n(2)调集动物防疫人员参加疫情的控制和扑灭工作。\n2.财政部门:负责筹集、划拨紧急防疫储备金,负责监督储备金的使用。\n3.计划部门:负责紧急防疫物资储备、调运等基础设施建设的计划安排。\n";
    const read = await parse(textInput(under, "under-other.txt")).then((r) => r.document.tasks.map((t) => t.units.join("、")), () => []);
    expect(read).not.toEqual(["财政部门", "计划部门"]);
  });

  it("reads duties whose units are a heading sentence of their own (县环保局。负责… / 县交通局、公路局。负责…), on lines or run on", async () => {
    const lines = "三、职责分工\n各组成单位及其职责如下:\n县环保局。负责对全县秸秆禁烧工作实施统一监督，并承担日常工作。\n县交通局、公路局。负责对公路两侧燃烧秸秆情况的巡查。\n县农委。负责全县农作物秸秆综合利用工作的督导。\n";
    const runOn = `${"为认真做好我县农作物秸秆禁烧工作，进一步改善环境质量，制订本方案。".repeat(20)}${lines.replace(/\n/g, "")}`;
    for (const text of [lines, runOn]) {
      const { document: doc } = await parse(textInput(text, "duties-stop.txt"));
      expect(doc.tasks.map((t) => t.units)).toEqual([["县环保局"], ["县交通局", "公路局"], ["县农委"]]);
      expect(doc.tasks[0]?.title + (doc.tasks[0]?.content ?? "")).toBe("负责对全县秸秆禁烧工作实施统一监督，并承担日常工作。");
    }
  });

  it("keeps a labelled paragraph after a problem's units (… (牵头单位:…) / 整改措施:…) as that problem's, not a task of its own", async () => {
    const doc = await read("xx-township-2018-zhenggai-measures-labelled-after-units.txt");
    expect(doc.tasks.map((t) => [t.title, t.content, t.leadUnits, t.supportUnits])).toEqual([
      ["脱贫人口指标集中安排给当年计划退出村。", "科学确定脱贫人口指标，避免简单将脱贫人口计划安排给退出村。", ["扶贫办"], ["各村支部"]],
      ["部分贫困户住房安全保障不到位。", "全面排查贫困户住房安全情况，年底前完成危房改造。", ["村建所"], ["各村支部"]],
    ]);
  });

  it("keeps a report's sub-heading opened by a double dash (——在推进“放管服”改革上精准发力) out of the task above it", async () => {
    const doc = await read("xx-district-zfgzbg-2019-dash-subheadings.txt");
    expect(doc.tasks.map((t) => t.title + t.content)).toEqual([
      "加快推进新两园建设，提高工业用地节约集约利用水平。",
      "加快开放型经济建设，鼓励企业开辟国际市场。",
      "大力推进“四办”改革，不断提高审批服务效能。",
    ]);
  });

  it("reads a target sheet: its leader and contact printed once above (分管领导:… 责任人:…) every row's, a period merged down before the tasks (第 一 季 度), short rows closed by extra pipes (… | |||) one merged cell to the right, and a last row the page cut flagged", async () => {
    const doc = await read("xx-bureau-2015-target-sheet-merged-periods.txt");
    expect(doc.tasks.map((t) => [t.deadline?.replace(/\s/g, ""), t.title, t.target, t.leaders, t.contacts, t.status])).toEqual([
      ["全年", "污染减排", "主要污染物排放量下降2%。", ["张明"], ["李强"], "ok"],
      ["第一季度", "大气污染防治(35分)", "制定并印发年度行动计划(12分)。", ["张明"], ["李强"], "ok"],
      ["第一季度", "农牧废弃物治理(10分)", "完成有机肥项目实施方案编制(10分)。", ["张明"], ["李强"], "ok"],
      ["第一季度", "环境安全(7分)", "开展辐射环境安全整治(7分)。", ["张明"], ["李强"], "ok"],
      ["第二季度", "污染减排(12分)", "主要污染物排放同比下降(12分)。", ["张明"], ["李强"], "ok"],
      ["第二季度", "大气污染防治(28分)", "推进工地扬尘治理监控平台建设(10分);上半年空气优良天数不少于", ["张明"], ["李强"], "needs_review"],
    ]);
  });

  it("reads a name, the clauses of its roles and its text (…专项整治,由公安、交通部门负责,有关部门配合。要…), a leader named with a post", async () => {
    const doc = await read("xx-city-anquan-zhengzhi-roles-in-clauses.txt");
    expect(doc.tasks.map((t) => [t.seq, t.title, t.content.slice(0, 8), t.leaders, t.leadUnits, t.supportUnits])).toEqual([
      [3, "道路交通安全专项整治", "要加大违法行为整", [], ["公安", "交通部门"], ["有关部门"]],
      [4, "建筑领域安全专项整治", "以预防建筑事故为", [], ["建设部门"], ["有关部门"]],
      [5, "招商引资重大项目推进", "尽快完成项目报批", ["王明副市长"], ["市商务局"], ["相关部门"]],
    ]);
  });

  it("reads a line that says who carries the task out (此项工作由A牵头,B负责实施。 / …负责组织实施。) as its units", async () => {
    const doc = await read("xx-city-baozhang-2011-unit-sentences-implement.txt");
    expect(doc.tasks.map((t) => [t.seq, t.units])).toEqual([
      [1, ["市城管局", "各区人民政府"]],
      [2, ["市水务局"]],
      [3, ["各区人民政府"]],
    ]);
  });

  it("refuses a notice that issues a table and gives its own points, on a page that printed its line breaks as spaces", async () => {
    // Real notices of the corpus (盘锦 2021: 现将…印发给你们…通知如下：一、…; 三水 2007: …附件：…任务分解表),
    // their line breaks printed as spaces as a web mirror prints them.
    for (const name of ["panjin_2021_zfgzbg_fenjie_notice_tradmirror", "foshan_sanshui_2007_zfgzbg_fenjie_notice_mirror"]) {
      const printed = readFileSync(join(CORPUS, `${name}.txt`), "utf8");
      const first = printed.indexOf("\n");
      const spaced = `${printed.slice(0, first + 1)}${printed.slice(first + 1).replace(/\r?\n\s*/g, " ")}`;
      await expect(parseBytes(new TextEncoder().encode(spaced), `${name}-spaced.txt`), name).rejects.toMatchObject({ code: "NO_TABLE_FOUND" });
    }
  });

  it("refuses a notice whose counted points instruct its addressees (以下三项措施：一是各乡镇要…；二是各部门要…)", async () => {
    await expect(parse(fixture("text", "xx-county-notice-three-requirements.txt"))).rejects.toMatchObject({ code: "NO_TABLE_FOUND" });
  });

  it("reads a pipe table whose header and rows a page wrapped over several lines, each line ending with its pipe", async () => {
    const doc = await read("xx-county-shuiyuandi-2019-pipe-rows-wrapped.txt");
    expect(doc.tasks.map((t) => [t.seq, t.title, t.content, t.deadline, t.progress])).toEqual([
      [1, "一级保护区内有农家乐两家,污水直排。", "关停拆除", "2019年6月", "两家农家乐已停业,设施拆除过半。"],
      [2, "二级保护区有乡道穿越,未设防护栏。", "设置防撞护栏和警示标志", "2019年9月", "护栏已安装完成。"],
    ]);
  });

  it("reads a 工作要点 whose tasks open with their deadline (1.2018年3月底前，…: the number glued to the year), the sentence kept whole", async () => {
    const doc = await read("xx-county-hezhang-2018-work-points-opening-deadlines.txt");
    expect(doc.tasks.map((t) => t.deadline || null)).toEqual(["2018年3月底前", "6月底前", "2018年底前", null]);
    expect(`${doc.tasks[0]?.title ?? ""}${doc.tasks[0]?.content ?? ""}`).toContain("2018年3月底前,调整县级河长名单");
  });

  it("reads a plan by its numbering alone: the innermost items under heading lines are tasks, each flagged; its aims and safeguards are not", async () => {
    const doc = await read("xx-city-shuzi-2024-plan-outline.txt");
    expect(doc.tasks.map((t) => [t.section, t.seqPrinted, t.title])).toEqual([
      ["二(一)", "1.", "加快5G网络建设"],
      ["二(一)", "2.", "建设城市算力中心"],
      ["二(二)", "1.", "实施企业上云行动"],
      ["二(二)", "2.", "培育智能工厂"],
    ]);
    expect(doc.tasks.every((t) => t.status === "needs_review")).toBe(true);
    expect(doc.sections.map((s) => s.title)).toEqual(["重点任务", "夯实数字基础设施", "推动产业数字化转型"]);
    // 一、总体要求 and 三、保障措施 frame the plan: their (一)(二) stay in the text around the table.
    expect(doc.leftovers.map((l) => l.text)).toEqual(expect.arrayContaining(["(一)加强组织领导。成立工作专班,统筹推进各项任务。", "(二)工作目标"]));
  });

  it("reads a numbered line printed over a longer text as the task's title, and a numbered paragraph as text alone", async () => {
    const doc = await read("xx-city-minsheng-2024-title-lines-over-text.txt");
    expect(doc.tasks.map((t) => [t.title, t.content.slice(0, 8), t.units])).toEqual([
      ["城东第二实验小学新建项目", "新建一所36个班", ["市教育局", "城东区政府"]],
      ["县级医院提标扩能工程（票决项目）", "完成3家县级医院", ["市卫生健康委", "各县（市、区）政府"]],
      ["", "推进全市中小学校", ["市教育局", "市公安局"]],
    ]);
  });

  it("reads a problem stated in one sentence on its own line as the task's title, its rectification under it as the text", async () => {
    const doc = await read("xx-city-shenji-2023-zhenggai-letter-problem-lines.txt");
    expect(doc.tasks.map((t) => [t.title, t.content.slice(0, 9), t.units])).toEqual([
      ["部分年度空气质量约束性指标任务未完成。", "该问题已完成整改。", ["市生态环境局"]],
      ["扬尘污染防治监管不到位。", "该问题正在整改。一", ["市住建局", "市城管局"]],
    ]);
  });

  it("refuses a progress announcement: counts in a sentence (有3(…)), a time (14:54) and a contact line are no rows", async () => {
    await expect(parse(fixture("text", "xx-city-minsheng-2023-progress-announcement-no-table.txt"))).rejects.toMatchObject({ code: "NO_TABLE_FOUND" });
  });

  it("reads a row whose number and project are merged over sub-rows, one per unit, as one task per sub-row", async () => {
    const doc = await read("xx-district-minsheng-2023-subrows-per-unit.txt");
    expect(doc.tasks.map((t) => [t.seq, t.title, t.units, t.content, t.target])).toEqual([
      [1, "完善交通基础设施", ["区交通运输局"], "实施城北路提升改造工程。", "一季度开工，年内完成工程量的50%。"],
      [1, "完善交通基础设施", ["区住建局"], "实施寺前线路面提升及危桥改造工程。", "6月开工，年内完工。"],
      [2, "提升区域防洪能力", ["区农业农村局"], "实施城中河道整治工程。", "6月开工。"],
      [3, "加大安居保障力度", ["区住建局"], "新建保障性租赁住房500套。", "2月开工，年内完成主体结构。"],
    ]);
    // The page's footer under the last row is no cell of it.
    expect(doc.leftovers.map((l) => l.text)).toContain("扫一扫在手机上查看当前页面");
  });

  it("refuses a notice numbered in an outline that names no plan (关于做好防汛工作的通知: 一、提高思想认识 / （一）…)", async () => {
    await expect(parse(fixture("text", "xx-county-notice-2024-outline-no-plan.txt"))).rejects.toMatchObject({ code: "NO_TABLE_FOUND" });
  });

  it("reads the projects listed under a heading line of a notice ((一)…(四) under 一、民生实事项目), not the notice's requirements after them", async () => {
    const doc = await read("xx-city-minsheng-2024-projects-under-heading.txt");
    expect(doc.tasks.map((t) => t.seqPrinted)).toEqual(["(一)", "(二)", "(三)", "(四)"]);
    expect(doc.tasks[3]?.content).toBe("新增城镇就业5万人,帮助就业困难人员再就业3000人。");
    expect(doc.tasks.every((t) => t.status === "needs_review" && t.units.length === 0)).toBe(true);
  });

  it("refuses a notice that issues its plan (《…》已经市政府同意，现印发给你们) and goes on with its own points naming offices", async () => {
    await expect(parse(fixture("text", "xx-city-minsheng-2023-notice-issued-points-only.txt"))).rejects.toMatchObject({ code: "NO_TABLE_FOUND" });
    // …the same with its lines hard-wrapped, the issuing sentence cut by a line's end (…印发 / 给你们).
    const wrapped = readFileSync(fixture("text", "xx-city-minsheng-2023-notice-issued-points-only.txt"), "utf8")
      .split("\n")
      .map((l) => l.replace(/(.{20})/g, "$1\n"))
      .join("\n");
    await expect(parse(textInput(wrapped, "wrapped.txt"))).rejects.toMatchObject({ code: "NO_TABLE_FOUND" });
  });

  it("reads a policy explainer's points that say who leads (1.扩大有效需求。由…牵头，…配合。), not its background and requirements", async () => {
    const doc = await read("xx-city-zfgzbg-2024-policy-explainer-points.txt");
    expect(doc.tasks.map((t) => [t.content, t.leadUnits, t.supportUnits])).toEqual([
      ["扩大有效需求。", ["市发展改革委"], ["市财政局", "市商务局"]],
      ["推进产业升级。", ["市工业和信息化局"], []],
      ["深化改革开放。", ["市委改革办", "市商务局"], []],
    ]);
    expect(doc.leftovers.map((l) => l.text).join("")).toContain("工作要求");
  });

  it("flags the row an excerpt ends inside, its unprinted cells left empty rather than filled from the row above", async () => {
    for (const name of ["xx-city-minsheng-2023-cell-per-line-cut-last-row.txt", "xx-county-zfgzbg-2024-pipe-rows-cut-last-row.txt"]) {
      const doc = await read(name);
      const last = doc.tasks[doc.tasks.length - 1];
      expect(doc.tasks.map((t) => t.status), name).toEqual(["ok", "needs_review"]);
      expect(last?.units, name).toEqual([]);
      expect(last?.deadline, name).toBe("");
      expect(doc.messages.some((m) => m.ruleId === "row-ends-text" && m.seq === 2), name).toBe(true);
    }
  });

  it("reads a one-task notice set out in labelled lines (整改任务：… 整改目标：… 整改完成情况：) as one task, its numbered measures its progress", async () => {
    const doc = await read("xx-district-huanbao-2019-zhenggai-labelled-lines.txt");
    expect(doc.tasks).toHaveLength(1);
    expect(doc.tasks[0]).toMatchObject({ title: "部分河道沿岸仍有生活垃圾堆放，清理不及时。", target: "河道沿岸垃圾全部清理，建立长效保洁机制。" });
    expect(doc.tasks[0]?.progress).toMatch(/^1、组织开展.*2、落实河道保洁人员15名/s);
  });

  it("reads a problem list grouped by place as one task per place, its problems (1)(2) its text, under a 问题整改责任单位 label", async () => {
    const doc = await read("xx-city-chuangwen-2023-problem-list-by-place.txt");
    expect(doc.tasks.map((t) => [`${t.title}${t.content}`.replace(/\s+/g, ""), t.units, t.deadline])).toEqual([
      ["市图书馆(1)院内电动车未按指定区域停放；(2)灭火器过期未更换。", ["市图书馆"], "3天"],
      ["市中心医院(1)院内禁烟标识数量不达标；(2)宣传牌内容不规范；(3)卫生间通道有小广告。", ["市卫生健康委员会"], "5天"],
    ]);
  });

  it("refuses a plan's explainer (…分工方案》政策解读): its numbered points name the plan's parts, not tasks", async () => {
    await expect(parse(fixture("text", "xx-city-zfgzbg-2024-explainer-no-table.txt"))).rejects.toMatchObject({ code: "NO_TABLE_FOUND" });
  });

  it("reads each target's labelled lines once (分管省领导：… / 部门分工：…牵头，…配合。): a leader, a lead and its support", async () => {
    const doc = await read("xx-province-zfgzbg-2021-leader-and-division-lines.txt");
    expect(doc.tasks.map((t) => [t.leaders, t.leadUnits, t.supportUnits])).toEqual([
      [["张明"], ["省发展改革委"], ["各地", "各部门"]],
      [["李华"], ["省财政厅"], ["省税务局"]],
    ]);
  });

  it("reads a list whose cells close with a pipe after a notice printed without pipes, its part numbered 一、 a section and its merged task carried down", async () => {
    const doc = await read("xx-city-anquan-2021-pipe-cells-after-notice.txt");
    expect(doc.sections.map((s) => s.title)).toEqual(["加强安全生产专项整治三年行动安排部署"]);
    expect(doc.tasks.map((t) => [t.title, t.units, t.deadline])).toEqual([
      ["制定工作任务清单。", ["市安委办 (工作专班办公室)"], "1月20日前"],
      ["制定工作任务清单。", ["市级各专委会办公室", "市生态环境局"], "2月10日前"],
      ["制定工作任务清单。", ["各县区(开发区) 安委会"], "2月5日前"],
    ]);
  });

  it("reads a pipe alone as an empty cell in a table whose cells close with their pipe", async () => {
    const doc = await read("xx-district-minsheng-2017-pipe-cells-empty.txt");
    expect(doc.tasks.map((t) => [t.title, t.units, t.target, t.progress, t.note])).toEqual([
      ["农村饮用水安全巩固提升", ["农林水务局"], "1300人", "已解决700人的饮水问题", ""],
      ["新增城镇就业", ["人社局"], "8950人", "", "统计口径调整"],
      ["新增养老服务床位", ["民政局"], "71个", "已建成55个", ""],
    ]);
  });

  it("reads a list whose every item opens with a short heading sentence as title and text, a short text too (1、一面国旗。室外悬挂国旗。)", async () => {
    const doc = await read("xx-community-2011-kaohe-items-headed.txt");
    expect(doc.tasks.map((t) => [t.title, t.content.slice(0, 6)])).toEqual([
      ["一面国旗", "室外悬挂国旗"],
      ["一个公开栏", "公开栏设在办"],
      ["一个文体活动场地", "辖区内有文体"],
      ["一个卫生服务站", "辖区内有卫生"],
    ]);
  });

  it("reads units printed one a line under 牵头单位 | 配合单位 as one lead and its support, by the genre's way, without flagging it", async () => {
    const doc = await read("xx-district-zfgzbg-2024-cell-per-line-units-one-per-line.txt");
    expect(doc.tasks.map((t) => [t.leaders, t.leadUnits, t.supportUnits, t.deadline, t.status])).toEqual([
      [["王 东"], ["区发改局"], ["区财政局", "区自然资源局", "各街道办事处"], "2024年12月底", "ok"],
      [["李 明"], ["区政务服务中心"], ["区市场监管局"], "2024年6月底", "ok"],
      [["王 东"], ["区住建局"], ["区城管局", "区交通局"], "长期坚持", "ok"],
    ]);
  });

  it("reads a bracket of roles after a sentence's stop inside a paragraph as the task's units, the text going on after it", async () => {
    const doc = await read("xx-city-lantian-2019-bracket-mid-paragraph.txt");
    expect(doc.tasks.map((t) => [t.leadUnits, t.supportUnits])).toEqual([
      [["市生态环境局"], ["市发展和改革局", "市工业和信息化局"]],
      [["市生态环境局", "市工业和信息化局"], ["市自然资源局"]],
    ]);
    expect(`${doc.tasks[0]?.title}${doc.tasks[0]?.content}`).toContain("按省的要求");
    expect(`${doc.tasks[0]?.title}${doc.tasks[0]?.content}`).not.toContain("牵头");
  });

  it("refuses a statistics table printed transposed (items as columns, a row of figures per area), saying so", async () => {
    await expect(parse(fixture("text", "xx-city-minsheng-2019-transposed-statistics.txt"))).rejects.toMatchObject({ code: "NO_TABLE_FOUND", message: expect.stringMatching(/transposed/) });
  });

  it("reads a table whose quarters repeat their sub-headers (目标 / 进度) over rows of tasks: not a transposed one", async () => {
    const doc = await read("xx-county-2024-quarterly-sub-headers.txt");
    expect(doc.tasks.map((t) => t.title)).toEqual(["推进项目建设", "改造老旧小区"]);
  });

  it("refuses a notice whose only numbered points are its own requirements (一、高度重视，… run into their paragraphs)", async () => {
    await expect(parse(fixture("text", "xx-county-zfgzbg-2024-notice-points-only.txt"))).rejects.toMatchObject({ code: "NO_TABLE_FOUND" });
  });

  it("keeps a notice's own points (1.提高认识，压实责任。各牵头单位要…) out of the table it issues (现将《…》印发给你们), printed after its signature", async () => {
    const doc = await read("xx-county-zfgzbg-2024-notice-points-then-table.txt");
    expect(doc.tasks.map((t) => t.content)).toEqual(["全年地区生产总值增长6.5%左右。", "新开工亿元以上项目30个。", "新增城镇就业3000人。", "完成农村公路提档升级100公里。"]);
    expect(doc.leftovers.map((l) => l.text).join("\n")).toContain("县政府督查室要定期通报任务进展情况");
  });

  it("keeps a notice's own sections and questions out of the list attached under it (附件： over the list's title)", async () => {
    const doc = await read("xx-city-rd-2024-call-for-comments-attached-list.txt");
    expect(doc.tasks.map((t) => [t.section, t.leadUnits, t.supportUnits, t.status])).toEqual([
      ["一", ["市教育局"], ["市发改委", "市财政局", "各县区", "功能板块"], "repaired"],
      ["一", ["市教育局"], ["各县区", "功能板块"], "repaired"],
      ["二", ["市卫生健康委"], ["各县区"], "repaired"],
    ]);
  });

  it("refuses a notice whose table is attached (附件：…任务分解表), its own points not read as tasks", async () => {
    await expect(parse(fixture("text", "xx-district-zfgzbg-2024-notice-attached-table.txt"))).rejects.toMatchObject({ code: "NO_TABLE_FOUND" });
  });

  it("reads a section heading met alone in an excerpt (二、… with no 一、 before it), and the task numbered on after it, cut by the excerpt's end", async () => {
    const doc = await read("xx-city-zfgzbg-2024-numbering-across-sections.txt");
    expect(doc.sections.map((s) => [s.number, s.title])).toEqual([["二", "推动制造业高质量发展,全面打造实体经济新优势"]]);
    expect(doc.tasks.map((t) => [t.seq, t.section, t.status])).toEqual([
      [1, null, "ok"],
      [2, null, "ok"],
      [3, null, "ok"],
      [4, "二", "ok"],
      [5, "二", "needs_review"],
    ]);
    expect(doc.tasks[2]?.content).toBe("居民人均可支配收入增长与经济增长同步。");
  });

  it("reads a labelled unit list that goes on whole on the next line as one list, and leaves the issuer signing below the last task alone", async () => {
    const doc = await read("xx-county-shuiwuran-2024-unit-list-next-line.txt");
    expect(doc.tasks.map((t) => [t.content, t.supportUnits])).toEqual([
      ["年底前县城建成区全面消除黑臭水体,建立长效机制。", ["县发改委", "县生态环境局", "县水利局", "县农业农村局", "各乡镇(街道)", "县城建管委"]],
      ["园区污水管网实现全覆盖。", ["县生态环境局"]],
    ]);
    expect(doc.document.issuer).toBe("某县人民政府办公室");
  });

  it("reads a pipe row under a merged category printed with its closer twice (… | |) one column to the right, and stops at the page's information block", async () => {
    const doc = await read("xx-city-minsheng-2024-pipes-merged-category-meta-after.txt");
    expect(doc.tasks.map((t) => [t.category, t.title, t.units, t.leaders, t.progress])).toEqual([
      ["一、教育文化", "改扩建城东实验学校", ["市教育局"], ["王某某"], "教学楼主体已封顶,正在进行内部装修。"],
      ["一、教育文化", "推进中小学塑胶运动场建设", ["市教育局"], ["王某某"], "已完成8所学校基础施工。"],
      ["一、教育文化", "建设城市书房", ["市文化和旅游局"], ["李某某"], "已建成6处并对外开放。"],
    ]);
    expect(doc.leftovers.map((l) => l.text)).toEqual(["索引号: | 000000000/2024-00001 | 成文日期: | 2024-07-10", "发布机构: | 某市人民政府办公室"]);
  });

  it("reads a numbered table whose rows a page ran into one line (序号 … 1 地区生产总值… 序时推进 … 区发展改革局 2 …): rows cut at their numbers standing alone, cells at the spaces, one piece a column", async () => {
    const doc = await read("xx-district-zhongdian-2024-h1-numbered-rows-run-together.txt");
    expect(doc.sections.map((s) => s.title)).toEqual(["稳定经济增长", "保障改善民生"]);
    expect(doc.tasks.map((t) => [t.seq, t.section, t.title, t.extra.完成状态, t.progress, t.leadUnits])).toEqual([
      [1, "一", "地区生产总值增长6%左右。", "序时推进", "上半年地区生产总值同比增长6.2%,增速居全市第二位。", ["区发展改革局"]],
      [2, "一", "社会消费品零售总额增长7%以上。", "序时推进", "上半年实现社会消费品零售总额85亿元,同比增长7.4%。", ["区商务局"]],
      [3, "二", "城镇新增就业5000人。", "已完成", "上半年城镇新增就业5120人,提前完成全年任务。", ["区人力社保局"]],
      [4, "二", "新建幼儿园3所。", "滞后", "2所幼儿园主体完工,1所尚在办理用地手续。", ["区教育局"]],
    ]);
    // Each row's pieces one a column, as a table printed a row a line with spaces between its cells is read.
    expect(doc.tasks.every((t) => t.status === "ok")).toBe(true);
  });

  it("flags the rows of a page from inside a table with no header when a column had to be named by guess (people: 联系人 or 责任领导?)", async () => {
    const doc = await read("xx-county-minsheng-2024-fragment-people-column.txt");
    expect(doc.columns.map((c) => c.header)).toEqual(["序号", "工作任务", "责任单位", "联系人"]);
    expect(doc.tasks.map((t) => [t.seq, t.units, t.contacts, t.status])).toEqual([
      [12, ["县住房城乡建设局"], ["张某某"], "needs_review"],
      [13, ["县城市管理局"], ["李某某"], "needs_review"],
      [14, ["县水利局"], ["王某某"], "needs_review"],
      [15, ["县教育局"], ["赵某某"], "needs_review"],
    ]);
  });

  it("reads the printed header after the table's title glued before it (…任务分解表| 序号 | …), and stops at the sharing site's lines after the table", async () => {
    const doc = await read("xx-county-zhongdian-2024-title-glued-to-header.txt");
    expect(doc.document.title).toBe("某县2024年重点工作任务分解表");
    expect(doc.tasks.map((t) => [t.title, t.units, t.deadline, t.status])).toEqual([
      ["优化政务服务", ["县行政审批局"], "2024年6月底前", "ok"],
      ["改善农村人居环境", ["县农业农村局"], "2024年10月底前", "ok"],
      ["提升城市品质", ["县住房城乡建设局"], "2024年12月底前", "ok"],
    ]);
    expect(doc.leftovers.map((l) => l.text)).toEqual(expect.arrayContaining(["10 积分", "还剩3页未读，继续阅读"]));
  });

  it("reads a header one cell per paragraph whose 市政府 / 分管领导 is one column, and takes the sentence after it for the first section, not a column", async () => {
    const doc = await read("xx-city-zfgzbg-2024-cell-blocks-leader-header.txt");
    expect(doc.columns.map((c) => [c.header, c.field])).toEqual([
      ["序号", "seq"],
      ["重点工作", "title"],
      ["市政府分管领导", "leaders"],
      ["牵头单位", "leadUnits"],
      ["配合单位", "supportUnits"],
    ]);
    expect(doc.sections.map((s) => s.title)).toEqual(["强化科技创新支撑能力。"]);
    expect(doc.tasks.map((t) => [t.title, t.leaders, t.leadUnits, t.supportUnits])).toEqual([
      ["加快建设科技创新走廊。", ["张 某"], ["市科技局"], ["市发展改革委", "各区政府"]],
      ["推进实验室体系建设。", ["张 某"], ["市科技局"], ["市财政局", "市教育局"]],
    ]);
  });

  it("reads a table one cell per line whose header is printed again under each leader's line: one table, each leader's line a section", async () => {
    const doc = await read("xx-city-zhongdian-2024-h1-repeated-header-groups.txt");
    expect(doc.columns.map((c) => c.header)).toEqual(["序号", "目标任务", "牵头单位", "推进情况"]);
    expect(doc.tasks.map((t) => [t.seq, t.section, t.leadUnits, t.progress])).toEqual([
      [1, "张某某市长主抓重点工作", ["市发展改革委"], "上半年全市地区生产总值增长6.1%。"],
      [2, "张某某市长主抓重点工作", ["市人力社保局"], "上半年新增城镇就业1.6万人。"],
      [3, "李某某副市长主抓重点工作", ["市交通运输局"], "已完成120公里。"],
      [4, "李某某副市长主抓重点工作", ["市农业农村局"], "已完成3200户。"],
    ]);
    expect(doc.leftovers.map((l) => l.text)).toEqual(["序号\n目标任务\n牵头单位\n推进情况"]);
  });

  it("cuts rows run together at numbers of five figures too (9999 … 10000 …)", async () => {
    const doc = await read("xx-district-zhongdian-2024-run-together-five-digit-numbers.txt");
    expect(doc.tasks.map((t) => [t.seq, t.title, t.progress, t.leadUnits])).toEqual([
      [9999, "建成城市书房5处。", "5处城市书房已开放。", ["区文化旅游局"]],
      [10000, "新增停车泊位800个。", "已建成停车泊位420个。", ["区城管局"]],
    ]);
  });

  it("reads units written at the end of the task's cell (…。责任单位：A、B) in a table with no unit column: moved to the units, recorded", async () => {
    const doc = await read("xx-city-zhongdian-2024-h1-units-in-task-cell.txt");
    expect(doc.document.source.layout).toBe("cell-per-line");
    expect(doc.tasks.map((t) => [t.section, t.title, t.units])).toEqual([
      ["张某某市长主抓重点工作", "实施为民办实事长效机制,确保新增财力的三分之二以上用于民生。", ["市政府办公室", "市财政局", "各区县政府<经开区、高新区管委会>"]],
      ["李某某副市长主抓重点工作", "地区生产总值增长6%左右。", ["市发展改革委", "市统计局"]],
    ]);
    expect(doc.tasks.every((t) => t.repairs.some((r) => r.ruleId === "units-in-text"))).toBe(true);
  });

  it("takes the document's title glued before the first task on a page's first line (…工作要点 加强…) for the title, not the task's words", async () => {
    const doc = await read("xx-city-anquan-2024-page-title-glued.txt");
    expect(doc.document.title).toBe("某市安全生产工作要点");
    expect(doc.tasks.map((t) => t.title)).toEqual(["加强应急预案的培训和演练", "深化重点行业领域专项整治"]);
  });

  it("reads a task printed as a table of labels and values (重点工作： | 12.… |): the border pipes are no part of the values, the number opening the text is the task's", async () => {
    const doc = await read("xx-city-zhongdian-2024-key-value-pipes.txt");
    expect(doc.tasks.map((t) => [t.seqPrinted, t.title, t.leadUnits, t.supportUnits, t.deadline])).toEqual([
      ["12.", "统筹违法建设治理与城市更新。", ["市城市管理综合执法局"], ["市规划和自然资源局", "各区政府"], "2024年12月底"],
    ]);
  });

  it("does not take a notice's list of attachments (附件：1.…任务分解表) for tasks", async () => {
    await expect(parse(fixture("text", "xx-district-notice-2018-attachments-only.txt"))).rejects.toMatchObject({ code: "NO_TABLE_FOUND" });
  });

  it("reads a 督查 problem list grouped by town: each problem a task, the town its unit (recorded), a misnumbered sub-item kept in its problem", async () => {
    const doc = await read("xx-city-chuangwen-2023-problem-list-by-town.txt");
    expect(doc.tasks.map((t) => [t.seqPrinted?.replace(/\D/g, ""), t.units])).toEqual([
      ["1", ["青石镇"]],
      ["2", ["青石镇"]],
      ["3", ["青石镇"]],
      ["1", ["白沙街道"]],
      ["2", ["白沙街道"]],
    ]);
    expect(doc.tasks[0]?.repairs.map((r) => r.ruleId)).toContain("section-unit");
    expect(doc.tasks.some((t) => t.content.includes("督查共检查"))).toBe(false);
  });

  it("reads a short list of duties led in by the sentence that names whose they are (区政府要…主要承担以下工作：)", async () => {
    const doc = await read("xx-city-shipin-2024-duties-led-in.txt");
    expect(doc.tasks.map((t) => t.units)).toEqual([["区政府"], ["区政府"]]);
    expect(`${doc.tasks[1]?.title ?? ""}${doc.tasks[1]?.content ?? ""}`.replace(/\s/g, "")).toContain("集体性食物中毒");
  });

  it("reads cells each closed by a pipe with no row closers (序号 | / 重点任务 | / …), a wrapped cell going on over its lines", async () => {
    const doc = await read("xx-county-zfgzbg-2024-trailing-pipes.txt");
    expect(doc.columns.map((c) => c.field)).toEqual(["seq", "title", "leadUnits", "supportUnits", "deadline"]);
    expect(doc.tasks.map((t) => [t.seq, t.leadUnits, t.deadline])).toEqual([
      [1, ["县教育局"], "2024年12月底"],
      [2, ["县住房城乡建设局"], "2024年10月底"],
      [3, ["县文化旅游局"], "2024年11月底"],
    ]);
    expect(doc.tasks[0]?.title.replace(/\s/g, "")).toBe("新增托位数400个以上，公办园在园幼儿占比达到60%。");
  });

  it("reads a two-column header of units and wording (相关部门 | 职责分工) one cell per line, and flags a row that only took the units above", async () => {
    const doc = await read("xx-county-fangxun-2024-boundary-two-columns.txt");
    expect(doc.columns.map((c) => c.field)).toEqual(["units", "content"]);
    expect(doc.tasks.slice(0, 4).map((t) => [t.units, t.status])).toEqual([
      [["县应急管理局"], "ok"],
      [["县水利局"], "ok"],
      [["县气象局"], "ok"],
      [["县自然资源局"], "ok"],
    ]);
    // After the table, the page's next block (相关依据 | …) has no unit of its own: never an ok task.
    expect(doc.tasks.slice(4).every((t) => t.status === "needs_review")).toBe(true);
  });

  it("reads names then a deadline run together (责任人 | 完成时限), the names ending where the deadline begins", async () => {
    const doc = await read("xx-district-anquan-2024-run-together-deadline.txt");
    expect(doc.columns.map((c) => c.field)).toEqual(["seq", "title", "content", "units", "contacts", "deadline"]);
    expect(doc.tasks.map((t) => [t.contacts, t.deadline])).toEqual([
      [["王小明"], "2024年6月底前"],
      [["张伟", "刘洋"], "2024年12月底前"],
      [["陈静"], "持续推进"],
      [["赵磊"], "2024年10月底前"],
    ]);
    expect(doc.document).toMatchObject({ issuer: "XX区安全生产委员会办公室", issuedDate: "2024-03-15" });
  });

  it("reads one cell per line with section headings on lines of their own between the rows", async () => {
    const doc = await read("xx-city-yingshang-2023-cell-per-line-sections.txt");
    expect(doc.columns.map((c) => c.header)).toEqual(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]);
    expect(doc.sections.map((s) => s.title)).toEqual(["提升政务服务效能", "优化市场环境"]);
    expect(doc.tasks.map((t) => [t.seq, t.section, t.status, t.deadline])).toEqual([
      [1, "一", "ok", "2023年12月"],
      [2, "一", "ok", "2023年9月"],
      [3, "二", "ok", "2023年6月"],
    ]);
    expect(doc.tasks[2]?.supportUnits).toEqual(["市司法局", "各县区政府"]);
  });

  it("reads a header cell wrapped over two lines (牵头 / 市领导) as one, and a two-character name padded with spaces as one person", async () => {
    const doc = await read("xx-city-minsheng-2025-cell-per-line-split-header.txt");
    expect(doc.columns.map((c) => [c.header, c.field])).toEqual([
      ["序号", "seq"],
      ["目标任务", "title"],
      ["牵头市领导", "leaders"],
      ["责任单位", "units"],
      ["进展情况", "progress"],
      ["形象进度(%)", "extra"],
    ]);
    expect(doc.tasks.map((t) => [t.title, t.leaders, t.units, t.progress, t.status])).toEqual([
      ["新建公共充电桩200个", ["王  明"], ["市发改局"], "已建成充电桩80个。", "ok"],
      ["改造老旧小区12个", ["李  强"], ["市住建局"], "已完成设计招标。", "ok"],
    ]);
  });

  it("reads pipe rows whose merged first column is printed only in its first row, and a row that goes on over the next line", async () => {
    const doc = await read("xx-city-yuanlin-2024-pipes-merged-first-column.txt");
    expect(doc.columns.map((c) => c.field)).toEqual(["category", "title", "content", "leadUnits", "supportUnits", "deadline"]);
    expect(doc.tasks.map((t) => [t.category, t.title.slice(0, 8), t.leadUnits, t.supportUnits, t.deadline, t.status])).toEqual([
      ["综 合 管 理", "城市园林绿化管理", ["市住建局"], ["市编办", "市财政局"], "2024年6月底前", "ok"],
      ["综 合 管 理", "园林绿化规划编制", ["市自然资源局"], ["市住建局"], "2024年9月底前", "ok"],
      ["绿 地 建 设", "建成区绿地率达到", ["市住建局"], ["各区政府"], "2024年12月底前", "ok"],
      ["绿 地 建 设", "公园绿地服务半径", ["市城管局"], ["各区政府"], "2024年12月底前", "ok"],
    ]);
  });

  it("reads a run-together header with joined words (内容与要求), cuts each row's progress where a report begins, and keeps a row the text ends inside", async () => {
    const doc = await read("xx-city-zhongdian-2024-run-together-progress-cut.txt");
    expect(doc.columns.map((c) => c.field)).toEqual(["seq", "content", "progress", "units"]);
    expect(doc.tasks.map((t) => [t.seq, t.content, t.progress, t.units, t.status])).toEqual([
      [1, "新建城市公园5个,提升改造口袋公园20个。", "截至11月底,已建成城市公园4个,改造口袋公园22个。", ["市住建局"], "ok"],
      [2, "完成老旧小区改造30个,惠及居民1.2万户。", "1-11月,已完工老旧小区26个,其余4个完成主体工程。1.完成规划;2.完成招标。", ["市住建局", "市财政局"], "ok"],
      [3, "推进城乡供水一体化,新增农村供水人口3万人。", "前三季度,已完成管网铺设", [], "needs_review"],
    ]);
  });

  it("splits units printed with nothing between them when the document names each on its own (文化宣传股文化馆)", async () => {
    const doc = await read("xx-county-wenlv-2019-tabs-glued-units.txt");
    expect(doc.tasks.map((t) => t.units)).toEqual([["文化宣传股", "文化馆"], ["文化宣传股", "文化馆"], ["非遗保护中心"]]);
  });

  it("reads rows one per line with single spaces between cells under a header whose words are spaced out (牵头  领导)", async () => {
    const doc = await read("xx-county-zhongdian-2023-spaced-rows.txt");
    expect(doc.columns.map((c) => c.field)).toEqual(["seq", "title", "leaders", "leadUnits", "supportUnits", "progress", "note"]);
    expect(doc.tasks.filter((t) => t.status !== "missing").map((t) => [t.seq, t.leaders, t.leadUnits, t.supportUnits, t.progress])).toEqual([
      [12, ["李  明"], ["县住建局"], ["县公安局", "县城管局"], "新建停车泊位860个,完成年度任务。"],
      [13, ["王  强", "赵小兵"], ["县水利局"], ["各乡镇", "县财政局"], "完成管网铺设42公里,新增受益人口1.1万人。"],
      [15, ["张建国"], ["县教体局"], ["县发改委"], "3所学校主体工程全部完工。"],
    ]);
    expect(doc.tasks.find((t) => t.seq === 14)?.status).toBe("missing");
  });

  it("reads rows with single spaces between cells whose cells hold spaces too (各区教育局、 市局直属单位; a word printed with a space after it), each piece in the cell it reads like", async () => {
    const doc = await read("xx-city-jiaoyu-2020-spaced-remarks.txt");
    expect(doc.columns.map((c) => c.field)).toEqual(["seq", "title", "units", "note"]);
    expect(doc.tasks.map((t) => [t.seq, t.units, t.note])).toEqual([
      [1, ["基教科"], "各区教育局、市局直属单位"],
      [2, ["人秘科"], "各区教育局、市局直属单位"],
      [3, ["体卫艺安全稳定科"], "各区教育局、市局直属单位"],
      [4, ["体卫艺安全稳定科"], "各区教育局、市局直属单位"],
    ]);
    expect(doc.tasks[2]?.title).toBe("坚决贯彻落实疫情防控的有关安排部署,完成XX应对疫情工作领导小组下达的各项工作任务。");
  });

  it("reads a rectification list whose problems are numbered in words (问题一：…) as one task each, its numbered measures (整改措施：1.…2.…) its content", async () => {
    const doc = await read("xx-county-duchazhenggai-2023-problem-list.txt");
    expect(doc.tasks.map((t) => [t.seq, t.title, t.target, t.leaders, t.leadUnits, t.supportUnits, t.deadline, t.status])).toEqual([
      [1, "部分乡镇污水处理设施运行不正常，出水水质不稳定。", "2023年底前，全县乡镇污水处理设施正常运行率达到95%以上。", ["李某某"], ["县住建局"], ["县生态环境局", "各乡镇人民政府"], "2023年12月底前", "ok"],
      [2, "部分矿山生态修复进度滞后。", "2024年6月底前完成历史遗留矿山生态修复。", ["王某某"], ["县自然资源局"], ["县财政局", "相关乡镇"], "2024年6月底前", "ok"],
    ]);
    expect(doc.tasks[0]?.content).toBe("1.开展乡镇污水处理设施运行情况专项排查；2.建立第三方运维考核机制；3.加快配套管网建设。");
  });

  it("reads a header over two rows (责任单位 over 牵头单位 | 配合单位), in pipes or one cell per line: the lower row names the columns, the group name none", async () => {
    for (const name of ["xx-district-zhongdian-2023-two-row-pipe-header.txt", "xx-district-zhongdian-2023-two-row-cell-header.txt"]) {
      const doc = await read(name);
      expect(doc.columns.map((c) => c.field), name).toEqual(["seq", "title", "leadUnits", "supportUnits", "deadline"]);
      expect(doc.tasks.map((t) => [t.seq, t.leadUnits, t.supportUnits, t.deadline, t.status]), name).toEqual([
        [1, ["区卫健局"], ["区发改局", "区住建局"], "2023年12月", "ok"],
        [2, ["区教育局"], ["区财政局"], "2023年9月", "ok"],
      ]);
      expect(doc.leftovers.map((l) => l.text), name).toEqual(["责任单位"]);
    }
  });

  it("reads a progress column divided by quarter (进展情况 over 一季度 / 二季度), one cell per line, as one column per quarter, the task's progress both", async () => {
    const doc = await read("xx-district-minsheng-2023-progress-by-quarter.txt");
    expect(doc.columns.map((c) => [c.field, c.header])).toEqual([
      ["seq", "序号"],
      ["title", "项目名称"],
      ["units", "责任单位"],
      ["progress", "进展情况（一季度）"],
      ["progress", "进展情况（二季度）"],
    ]);
    expect(doc.tasks.map((t) => [t.title, t.units, t.progress, t.status])).toEqual([
      ["新建社区养老服务中心3个", ["区民政局"], "完成选址\n已开工建设", "ok"],
      ["改造农村公路20公里", ["区交通局"], "完成设计\n完成改造8公里", "ok"],
    ]);
  });

  it("reads sub-items on their task's own line (1.…，其中：①…；②…；③…。（责任单位：…）) as that task's text, not as tasks", async () => {
    const doc = await read("xx-town-nongcun-2023-inline-sub-items.txt");
    expect(doc.tasks.map((t) => [t.seq, t.title, t.content, t.units, t.deadline])).toEqual([
      [1, "", "新发展特色种植1000亩，其中：①茶叶500亩；②中药材300亩；③蔬菜200亩。", ["镇农业服务中心"], "2023年10月底"],
      [2, "", "培育农民专业合作社5家。", ["镇经济发展办"], null],
      [3, "", "完成农村户厕改造200户。", ["镇村建办", "各村"], null],
    ]);
    expect(doc.sections.map((s) => s.title)).toEqual(["产业发展", "人居环境"]);
  });

  it("reads a labelled unit whose bracket closes on the next line (…政府(管委会 / )) as one unit, written once", async () => {
    const doc = await read("xx-city-zfgzbg-2020-unit-bracket-wrapped.txt");
    expect(doc.tasks.map((t) => t.units)).toEqual([["市疫情防控指挥部办公室", "市卫生健康委", "各县(市、区)政府(管委会)"], ["市卫生健康委"]]);
  });

  it("reads a bracket of labels that the page's lines wrapped, even inside a label (〔牵 / 头单位：…〕), as on one line", async () => {
    const doc = await read("xx-district-yingshang-2021-wrapped-brackets.txt");
    expect(doc.tasks.map((t) => [t.content, t.leadUnits, t.supportUnits, t.status])).toEqual([
      ["及时承接落实省、市政府取消、下放和改变管理方式的行政权力事项，组织开展评估工作。", ["区政府办公室"], ["区政府有关部门", "各街道（功能区）"], "repaired"],
      ["严格落实行政许可设定审查制度，开展行政许可实施情况监督。", ["区司法局"], ["区政府有关部门"], "repaired"],
      ["规范行政备案事项管理，编制并公布行政备案事项清单。", ["区政府办公室"], ["区司法局"], "repaired"],
    ]);
  });

  it("reads cells separated by blank lines whose long cells the page wrapped over several full lines, under a page's information block", async () => {
    const doc = await read("xx-city-zfgzbg-2023-wrapped-cells-blank-separated.txt");
    expect(doc.tasks.map((t) => [t.seq, t.title.slice(-12), t.units, (t.progress ?? "").slice(0, 8)])).toEqual([
      [1, "坚持勤俭办一切事情,继续压减一般性支出15%以上。".slice(-12), ["市政府办公室", "市财政局"], "1-6月,全市一"],
      [2, "居民人均可支配收入增长快于经济增长。".slice(-12), ["市发展改革委", "市财政局"], "今年以来,全市经"],
    ]);
  });

  it("reads the unit that checks an item, said at its end with 由 glued to the words before it (…扣2分由市统计局考评), as its units", async () => {
    const doc = await read("xx-city-kaoping-2008-checked-by-glued.txt");
    expect(doc.tasks.map((t) => [t.content, t.units])).toEqual([
      ["农林牧副渔业总产值比上年度增长12%完成任务计10分不完成任务扣2分", ["市统计局"]],
      ["完成秋冬菜种植任务计10分;不完成任务扣2分", ["市农业局"]],
      ["完成桑园种植面积任务计10分;每小项不完成任务扣1分", ["市桑蚕办", "市农业局"]],
    ]);
  });

  it("reads items numbered with the figure glued to their words at a line's start (1优化就业创业服务) over labelled lines, 具体情况 a report", async () => {
    const doc = await read("xx-city-minsheng-2017-glued-numbers-labelled.txt");
    expect(doc.tasks.map((t) => [t.seq, t.title + t.content, t.leadUnits, t.progress])).toEqual([
      [1, "优化就业创业服务", ["市人社局"], "达到序时进度\n截至5月底,新增城镇就业2.76万人,完成年度任务的46%"],
      [2, "加快市场主体培育", ["市工商局"], "达到序时进度\n全市新发展私营企业5172户,完成全年目标的51.7%"],
      [3, "加强职业技能培训", ["市人社局", "农委", "农机局"], "未达序时进度\n5月底前开展城乡劳动者技能培训10.8万人次"],
    ]);
  });

  it("reads the bullet lines (▲, ★) under a numbered item's bracket of units as that item's text, not as tasks", async () => {
    const doc = await read("xx-district-2008-targets-as-bullets.txt");
    expect(doc.tasks.map((t) => [t.seq, t.content, t.leadUnits])).toEqual([
      [1, "加强经济运行分析,确保完成主要指标。\n▲增加值可比增长14%左右,其中,第三产业增加值增长15%。\n▲区级财政收入增长12%。", ["发改委", "统计局"]],
      [2, "推进重大项目建设。\n★全年完成固定资产投资200亿元。", ["发改委"]],
    ]);
  });

  it("reads a plan that is one flat list (十件民生实事 …公布如下：一、… 二、… 三、…) as one flagged task per item, and refuses a notice whose flat points instruct its addressees (各有关部门要…)", async () => {
    const doc = await read("xx-city-minsheng-2023-flat-list.txt");
    expect(doc.tasks.map((t) => [t.seq, t.content, t.status])).toEqual([
      [1, "新建改扩建中小学校15所，新增学位1.2万个。", "needs_review"],
      [2, "改造老旧小区120个，惠及居民3.5万户。", "needs_review"],
      [3, "新建社区养老服务中心20个，提供家庭养老床位1000张。", "needs_review"],
      [4, "新增城市停车泊位5000个。", "needs_review"],
      [5, "完成农村公路提档升级200公里。", "needs_review"],
    ]);
    await expect(parse(fixture("text", "xx-city-minsheng-2022-notice-instructions-unsigned.txt"))).rejects.toMatchObject({ code: "NO_TABLE_FOUND" });
  });

  it("flags a last task whose every field is filled but whose wording the excerpt ends in the middle of (…其中,第三产业)", async () => {
    const doc = await read("xx-district-2008-cut-inside-wording.txt");
    expect(doc.tasks.map((t) => [t.seq, t.status])).toEqual([
      [1, "repaired"],
      [2, "needs_review"],
    ]);
    expect(doc.messages.find((m) => m.ruleId === "row-ends-text")?.reason).toMatch(/^The text ends inside the last row \(2\), in the middle of its 「.+」/);
  });

  it("reads items whose figures a mirror dropped (.地区生产总值… / 、全年实施…) as items, numbered from their neighbours and said so", async () => {
    const doc = await read("xx-city-zfgzbg-lost-figures.txt");
    expect(doc.tasks.map((t) => [t.seq, t.seqPrinted, t.content, t.leadUnits])).toEqual([
      [1, ".", "地区生产总值增长%左右。", ["市发改委"]],
      [2, ".", "第一产业增加值增长%。", ["市农业农村局"]],
      [3, ".", "社会消费品零售总额增长%。", ["市商务局"]],
      [4, "、", "全年实施市级重大项目个,完成投资亿元。", ["市发改委"]],
      [5, "、", "争取专项债券额度亿元以上。", ["市财政局"]],
    ]);
    expect(doc.messages.filter((m) => m.ruleId === "seq-inferred")).toHaveLength(5);
    // A line the page wrapped that happens to begin with 、 is no item.
    const wrapped = await parse({ data: new Uint8Array(Buffer.from("1.推进重点项目建设,加快市住建局、市交通局牵头的道路改造项目建设进度\n、市财政局配合。(牵头单位:市住建局)\n2.新建学校。(牵头单位:市教育局)\n", "utf8")), fileName: "wrapped.txt" });
    expect(wrapped.document.tasks.map((t) => t.seq)).toEqual([1, 2]);
  });

  it("reads labelled items of a page run together with no space at all, a number glued to the heading before it (…预期目标1.地区生产总值…)", async () => {
    const doc = await read("xx-city-zfgzbg-2022-run-together-no-spaces.txt");
    expect(doc.tasks.map((t) => [t.seq, t.leadUnits])).toEqual([
      [1, ["市发改委"]],
      [2, ["市农业农村局"]],
      [3, ["市经信局"]],
      [4, ["市商务局"]],
      [5, ["市发改委"]],
      [6, ["市经信局"]],
      [7, ["市商务局"]],
      [8, ["市政务服务管理和网络理政办"]],
      [9, ["市住建局"]],
      [10, ["市生态环境局"]],
    ]);
    expect(doc.tasks[0]?.content).toBe("地区生产总值增长7%左右。");
    expect(doc.tasks[2]?.content).toBe("第二产业增加值增长6.5%。");
  });

  it("reads items of a page whose line breaks were printed as spaces, the first after a date (2008-12-18 1、…(民政局) 2、…)", async () => {
    const doc = await read("xx-county-caishi-2008-spaced-one-line.txt");
    expect(doc.tasks.map((t) => t.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(doc.tasks.map((t) => t.units[0])).toEqual(["民政局", "民政局", "民政局", "財政局", "財政局", "教育局", "教育局", "建設局", "建設局", "建設局", "建設局", "工務局", "工務局"]);
    expect(doc.tasks[5]?.content).toBe("98年元旦升旗活動相關事宜,應事先做好規劃辦理。");
  });

  it("reads a page of a plan flattened with spaces whose items go on from an earlier page (… 19、… 责任部门:… 20、…)", async () => {
    const doc = await read("xx-city-shipin-p3-spaced-fragment.txt");
    expect(doc.tasks.map((t) => [t.seqPrinted, t.units])).toEqual([
      ["19、", ["市环保局", "市水利局"]],
      ["20、", ["市农业局", "市林业局"]],
      ["21、", ["市质监局", "市工商局"]],
      ["22、", ["市食品药品监管局", "市教育局"]],
      ["23、", ["市工商局", "市商务局"]],
      ["24、", ["市商务局", "市畜牧局"]],
      ["25、", ["市委宣传部", "市食品药品监管局"]],
    ]);
  });

  it("reads units printed in 【】 before a task's text (1.【市发改委】牵头开展…) as its units, not its title", async () => {
    const doc = await read("xx-city-yingshang-2023-units-in-brackets-first.txt");
    expect(doc.tasks.map((t) => [t.title, t.units, t.deadline])).toEqual([
      ["", ["市发改委"], "2023年10月底"],
      ["", ["市市场监管局", "市行政审批局"], "2023年12月底"],
      ["", ["市税务局"], "全年"],
    ]);
    expect(doc.tasks[0]?.content).toBe("牵头开展营商环境评价，形成评价报告。");
  });

  it("reads member units' duties written one per line, units first (X局负责… / (一)X局:负责…), as units and wording", async () => {
    const doc = await read("xx-city-pucha-2024-duty-lines.txt");
    expect(doc.sections.map((s) => s.title)).toEqual(["成员单位职责", "其他单位职责"]);
    expect(doc.tasks.map((t) => [t.units, t.content])).toEqual([
      // The leading group's own duty, said as the members' are (领导小组负责…), is a task too.
      [["领导小组"], "负责研究决定普查工作中的重大事项,领导小组办公室设在市应急管理局。"],
      [["市应急管理局"], "负责普查的日常组织协调工作,牵头做好普查成果汇总。"],
      [["市财政局"], "负责落实普查经费保障。"],
      [["市自然资源局", "市住建局"], "负责提供地质灾害和房屋建筑调查底图,配合做好调查数据的审核工作。"],
      [["市气象局"], "负责气象灾害风险调查评估。"],
      [["市水利局"], "负责水旱灾害风险调查评估。"],
    ]);
  });

  it("reads one task set out under numbered headings that are its fields' labels (一、…整改任务 / 二、整改目标 …), the notice's closing left out", async () => {
    const doc = await read("xx-county-zhenggai-2019-labelled-sections.txt");
    expect(doc.columns.map((c) => c.field)).toEqual(["title", "target", "content", "progress"]);
    expect(doc.tasks).toHaveLength(1);
    expect(doc.tasks[0]).toMatchObject({
      title: "XX河入河排污口未完成规范整治,部分排污口存在私设暗管问题。",
      target: "2019年10月底前,完成全部入河排污口规范整治。",
      content: "1.2019年6月底前,完成排污口排查建档。\n2.2019年9月底前,封堵私设暗管12处。",
      progress: "已完成全部38个入河排污口规范整治,封堵暗管12处,整改任务已完成。",
      units: [],
      contacts: [],
    });
  });

  it("reads a line that only says who does the task above (由市发改委、市工信局负责。) as its units, and one the text ends inside as units so far", async () => {
    const doc = await read("xx-city-zhongdian-2024-unit-sentences.txt");
    expect(doc.tasks.map((t) => [t.title, t.units, t.leadUnits, t.supportUnits, t.status])).toEqual([
      ["抓好工业重点项目", ["市发改委", "市工信局"], [], [], "repaired"],
      ["完善基础设施", ["市住建局", "市财政局"], ["市住建局"], ["市财政局"], "repaired"],
      ["优化营商环境", ["市行政审批局、市"], [], [], "needs_review"],
    ]);
  });

  it("reads roles said at a sentence's start (由省农业厅承办,…协办。 / (一)由…负责,…配合,加强…) and a qualified label (治理工作目标：)", async () => {
    const doc = await read("xx-province-shipin-2024-by-clauses.txt");
    expect(doc.tasks.map((t) => [t.title, t.content, t.target, t.leadUnits, t.supportUnits, t.units])).toEqual([
      ["治理农产品污染", "", "农产品抽检合格率达98%以上。", ["省农业厅"], ["省卫生厅", "省市场监管局"], ["省农业厅", "省卫生厅", "省市场监管局"]],
      ["", "加强产地环境监测,建立农产品产地档案。", "", ["省农业厅"], ["省生态环境厅"], ["省农业厅", "省生态环境厅"]],
      // One unit that 负责 alone, where the document says its leads so: it leads.
      ["", "加强农贸市场快速检测,每月公布抽检结果。", "", ["省市场监管局"], [], ["省市场监管局"]],
    ]);
  });

  it("reads sub-items (1) (2) glued to their heading on one run-on line, each with its bracket of labels", async () => {
    const doc = await read("xx-district-chengguan-2024-run-on-subitems.txt");
    expect(doc.tasks.map((t) => [t.seqPrinted, t.leadUnits, t.supportUnits, t.deadline])).toEqual([
      ["(1)", ["区住建局"], ["各街道办事处"], "2024年6月底前"],
      ["(2)", ["各街道办事处"], [], "2024年9月底前"],
    ]);
  });

  it("reads a page from inside a table printed one cell per line with no header: rows at their numbers, flagged", async () => {
    const doc = await read("xx-county-minsheng-2024-headerless-page.txt");
    expect(doc.tasks.filter((t) => t.status !== "missing").map((t) => [t.seqPrinted, t.title, t.units, t.progress, t.status])).toEqual([
      [null, "推进城乡供水一体化,新增农村供水人口3万人。", ["县水利局", "县财政局", "各乡镇"], "已完成管网铺设42公里,新增受益人口2.6万人。", "needs_review"],
      ["5", "建成城区停车泊位800个。", ["县住建局", "县公安局"], "截至6月底,已建成停车泊位520个。", "needs_review"],
      ["6", "改造农村公路100公里,完成危桥改造", [], "", "needs_review"],
    ]);
  });

  it("reads tasks numbered after the word for them (任务1：) and headings numbered 第一项", async () => {
    const tasks = await read("xx-city-zhongdian-2024-task-word-numbers.txt");
    expect(tasks.tasks.map((t) => [t.seqPrinted, t.title, t.leadUnits, t.leaders])).toEqual([
      ["任务1:", "加快产业转型升级", ["市工信局"], ["张三"]],
      ["任务2:", "深化改革开放", ["市国资委"], ["李四"]],
    ]);
    const parts = await read("xx-city-zhongdian-2024-di-xiang-headings.txt");
    expect(parts.sections.map((s) => s.title)).toEqual(["实施乡村振兴战略", "推进城市更新"]);
    expect(parts.tasks.map((t) => t.section)).toEqual(["第一项", "第一项", "第二项"]);
  });

  it("reads labels printed in 【】 instead of before a colon (【牵头单位】…【完成时限】…)", async () => {
    const doc = await read("xx-city-yingshang-2024-bracketed-labels.txt");
    expect(doc.tasks.map((t) => [t.content, t.leadUnits, t.supportUnits, t.deadline])).toEqual([
      ["压缩企业开办时间至1个工作日以内。", ["市市场监管局"], ["市税务局", "市人社局"], "2024年6月底"],
      ["推行工程建设项目审批告知承诺制。", ["市住建局"], [], "2024年9月底"],
    ]);
  });

  it("reads a labelled list of units cut by the line's end inside a name (市地方金融监 / 管局,…) as one list", async () => {
    const doc = await read("xx-city-zhongdian-2024-label-wrapped-units.txt");
    expect(doc.tasks.map((t) => [t.leadUnits, t.supportUnits])).toEqual([
      [["市发展改革委"], ["市农业农村局", "市住建局", "市地方金融监管局", "滁州经开区管委会", "各县、市、区人民政府"]],
      [["市财政局"], ["市税务局"]],
    ]);
  });

  it("reads a labelled list of units cut inside a name whose first part reads as a unit too (…管委 / 会、…) as one list, and a standing note in brackets on the line under a list as the list's", async () => {
    const doc = await read("xx-city-zhongdian-2024-label-wrapped-inside-name.txt");
    expect(doc.tasks.map((t) => [t.content, t.leadUnits, t.supportUnits])).toEqual([
      ["固定资产投资增长10%以上。", ["市发展改革委"], ["市经信局", "市住建局", "市交通局", "市水利局", "滁州经开区管委会", "中新苏滁高新区管委会", "各县、市、区政府"]],
      ["一般公共预算收入增长6%。", ["市财政局"], ["市税务局", "市人行"]],
      ["城镇新增就业3万人。", ["市人力资源社会保障局"], ["市财政局"]],
    ]);
  });

  it("reads a labelled sentence cut by the line's end (工作目标:…使用量 / 保持负增长;…) as one value", async () => {
    const doc = await read("xx-province-shipin-2024-label-wrapped-target.txt");
    expect(doc.tasks.map((t) => [t.content, t.target, t.deadline])).toEqual([
      ["治理农产品污染", "农产品抽检合格率达98%以上,主要农作物化肥农药使用量保持负增长;规模养殖场粪污处理设施配套率100%。", "2024年12月"],
      ["治理水产品污染", "水产品抽检合格率达97%以上。", ""],
    ]);
  });

  it("reads a run-together header wrapped inside a term (主要内 / 容)", async () => {
    const doc = await read("xx-county-zhongdian-2024-run-together-header-wrapped.txt");
    expect(doc.columns.map((c) => c.field)).toEqual(["seq", "title", "content", "units"]);
    expect(doc.tasks.map((t) => [t.title, t.units])).toEqual([
      ["推进农村公路建设", ["县交通运输局"]],
      ["完善城乡供水设施", ["县水利局"]],
    ]);
  });

  it("reads tab-delimited rows with Windows line ends", async () => {
    const doc = await read("xx-county-gengdi-2024-tabs-crlf.txt");
    expect(doc.document.source.layout).toBe("delimited");
    expect(doc.tasks.map((t) => [t.title, t.leadUnits, t.supportUnits, t.deadline])).toEqual([
      ["严守耕地红线", ["县自然资源局"], ["县农业农村局", "各乡镇"], "2024年底"],
      ["建设高标准农田", ["县农业农村局"], ["县财政局"], "2024年11月"],
    ]);
    expect(doc.sections[0]?.title).toBe("加强耕地保护");
  });

  it("reads section rows printed between pipes, and a wrapped line into the cell it continues", async () => {
    const doc = await read("xx-city-yingshang-2025-pipes-sections.txt");
    expect(doc.document.source.layout).toBe("delimited");
    expect(doc.sections.map((s) => [s.id, s.title, s.parent])).toEqual([
      ["一", "提升政务服务效能", null],
      ["二", "优化市场环境", null],
      ["二\uff08一\uff09", "加强信用监管", "二"],
    ]);
    expect(doc.tasks.map((t) => [t.seq, t.section, t.leaders, t.deadline])).toEqual([
      [1, "一", ["王某某"], "2025年12月底"],
      [2, "一", ["王某某"], "2025年10月底"],
      [3, "二", ["李某某"], "持续推进"],
      [4, "二\uff08一\uff09", ["李某某"], "2025年6月底"],
    ]);
    // The line without pipes goes on with 具体措施, which stopped on a comma; inside a sentence, the break is only wrapping.
    expect(doc.tasks[0]?.content).toBe("围绕企业和群众全生命周期\uff0c梳理高频事项清单\uff0c年底前实现20项集成办理。");
    expect(doc.tasks.every((t) => t.status === "ok")).toBe(true);
  });

  it("reads one cell per line with no blank lines, tasks numbered (1) (2), and project columns (项目名称, 建设内容)", async () => {
    const doc = await read("xx-county-xiangmu-2024-cell-per-line-paren-numbers.txt");
    expect(doc.columns.map((c) => c.field)).toEqual(["seq", "title", "content", "leadUnits", "leaders", "deadline"]);
    expect(doc.tasks.map((t) => [t.seq, t.seqPrinted, t.title, t.content, t.leadUnits, t.leaders, t.deadline, t.status])).toEqual([
      [1, "\uff081\uff09", "县城污水处理厂扩建", "新增日处理能力2万吨。", ["县住房城乡建设局"], ["张副县长"], "2024年12月", "ok"],
      [2, "\uff082\uff09", "城南路网改造", "改造道路5公里\uff0c同步建设雨污管网。", ["县交通运输局"], ["李副县长"], "2024年9月", "ok"],
    ]);
  });

  it("reads cells separated by ideographic spaces (U+3000) as delimited rows", async () => {
    const doc = await read("xx-district-anquan-2024-ideographic-spaces.txt");
    expect(doc.document.source.layout).toBe("delimited");
    expect(doc.tasks.map((t) => [t.title, t.content, t.leadUnits, t.deadline])).toEqual([
      ["开展隐患排查", "全面排查重点行业领域安全隐患\uff0c建立台账。", ["区应急管理局"], "2024年6月"],
      ["强化宣传教育", "组织\u201c安全生产月\u201d活动。", ["区应急管理局", "区委宣传部"], "2024年6月"],
    ]);
    expect(doc.leftovers).toEqual([]);
  });

  it("reads labelled tasks whose title is printed in 【】 before the text", async () => {
    const doc = await read("xx-county-yingshang-2024-labelled-bracket-titles.txt");
    expect(doc.document.source.layout).toBe("labelled");
    expect(doc.tasks.map((t) => [t.title, t.content.slice(0, 8), t.leadUnits, t.supportUnits, t.deadline])).toEqual([
      ["优化审批流程", "全面推行并联审批", ["县行政审批局"], ["县发展改革局"], "2024年6月底"],
      ["加强要素保障", "建立重点项目用地", ["县自然资源局"], [], "2024年12月底"],
      ["规范涉企检查", "推行\u201c综合查一次", ["县司法局"], ["县市场监管局", "县应急管理局"], "长期坚持"],
    ]);
  });

  it("reads run-together rows with no content column: the units glued to the title are cut off it, name by name", async () => {
    const doc = await read("xx-county-zhongdian-2024-run-together-no-content.txt");
    expect(doc.document.source.layout).toBe("run-together");
    expect(doc.tasks.map((t) => [t.seq, t.section, t.title, t.leadUnits, t.supportUnits, t.deadline, t.status])).toEqual([
      [1, "一", "推动工业经济稳增长", ["县经济和信息化局"], ["县发展改革局", "县财政局"], "2024年12月底", "ok"],
      // 县 in the title (县域) is not where the units begin.
      [2, "一", "推进县域医共体建设", ["县卫生健康局"], ["县医保局"], "2024年12月底", "ok"],
      // 市 in the title (市场) neither; the unit's name keeps its level (县市场监管局).
      [3, "一", "规范市场秩序", ["县市场监管局"], ["县公安局"], "持续推进", "ok"],
      // 市民服务中心 reads as a unit, but 建设 alone is no title.
      [4, "二", "建设市民服务中心", ["县政务服务中心"], ["各乡镇人民政府"], "2024年9月底", "ok"],
      // 布局 ends like 局 but is no unit.
      [5, "二", "优化产业布局", ["县发展改革局"], ["县自然资源局", "县住房城乡建设局"], "2024年11月底", "ok"],
    ]);
  });

  it("reads a 责任单位 cell that labels its units' roles (牵头单位：…；配合单位：…) into lead and support units", async () => {
    const doc = await read("xx-county-yingshang-2024-tabs-unit-roles.txt");
    expect(doc.tasks.map((t) => [t.seq, t.units, t.leadUnits, t.supportUnits, t.status])).toEqual([
      [1, ["县发展改革局", "县市场监管局", "县行政审批局"], ["县发展改革局"], ["县市场监管局", "县行政审批局"], "repaired"],
      [2, ["县自然资源局", "县农业农村局", "各乡镇人民政府"], ["县自然资源局"], ["县农业农村局", "各乡镇人民政府"], "repaired"],
      [3, ["县政务服务中心"], [], [], "ok"],
    ]);
    expect(doc.tasks[0]?.repairs.map((r) => r.ruleId)).toEqual(["unit-roles"]);
  });

  it("reads tasks numbered 1、 at the start of their rows as numbers, not as a sharing site's page markers", async () => {
    const doc = await read("xx-county-jiaoyu-2024-tabs-numbered-dun.txt");
    expect(doc.tasks.map((t) => [t.seq, t.seqPrinted, t.title, t.leadUnits, t.supportUnits, t.deadline, t.status])).toEqual([
      [1, "1\u3001", "推进学前教育普惠发展", ["县教育局"], ["县财政局"], "2024年9月底", "ok"],
      [2, "2\u3001", "实施义务教育强校工程", ["县教育局"], ["各乡镇人民政府"], "2024年12月底", "ok"],
      [3, "3\u3001", "加强教师队伍建设", ["县教育局"], ["县人力资源社会保障局"], "2024年8月底", "ok"],
    ]);
    expect(doc.tasks.flatMap((t) => t.repairs)).toEqual([]);
  });

  it("reads labelled tasks numbered ① ② …", async () => {
    const doc = await read("xx-county-nongye-2024-labelled-circled.txt");
    expect(doc.tasks.map((t) => [t.seq, t.seqPrinted, t.section, t.leadUnits, t.deadline])).toEqual([
      [1, "\u2460", "一", ["县农业农村局"], "2024年10月底"],
      [2, "\u2461", "一", ["县农业农村局"], "2024年12月底"],
      [3, "\u2462", "二", ["县交通运输局"], "2024年11月底"],
      [4, "\u2463", "二", ["县农业农村局"], "2024年9月底"],
    ]);
  });

  it("reads the issuer and date printed under the table as such, not as the last task's cells", async () => {
    const doc = await read("xx-county-hezhang-2024-tabs-issuer-after.txt");
    expect(doc.document).toMatchObject({ issuer: "XX县河长制办公室", issuedDate: "2024-03-01" });
    const last = doc.tasks[doc.tasks.length - 1];
    expect([last?.deadline, last?.status]).toEqual(["2024年11月底", "ok"]);
  });

  it("reads columns aligned with runs of spaces, a cell's own space kept inside it", async () => {
    const doc = await read("xx-district-yingshang-2024-aligned-spaces.txt");
    expect(doc.document.source.layout).toBe("delimited");
    expect(doc.tasks.map((t) => [t.title, t.leadUnits, t.supportUnits, t.deadline, t.status])).toEqual([
      ["推进企业开办全程网办", ["区市场监管局"], ["区政务服务中心"], "2024年6月", "ok"],
      ["压缩工程建设项目审批时间", ["区住房城乡建设局"], ["区自然资源局", "区发改局"], "2024年9月", "ok"],
      ["落实减税降费政策", ["区税务局"], ["区财政局"], "长期坚持", "ok"],
      ["开展涉企收费专项检查", ["区发改局"], ["区市场监管局"], "2024年12月", "ok"],
    ]);
  });

  it("cuts a sharing site's notice on a line of its own between pages, and splits titles whose content repeats them", async () => {
    const doc = await read("xx-district-minsheng-2024-run-together-notice-mid.txt");
    expect(doc.leftovers.filter((l) => l.reason === "site-boilerplate").map((l) => l.text.slice(0, 9))).toEqual(["\u300aXX区2024年", "本文档由人人文库网"]);
    expect(doc.tasks.map((t) => t.content).join("")).not.toContain("人人文库");
    // 改造 ends the title and starts the content again.
    expect([doc.tasks[1]?.title, doc.tasks[1]?.content.slice(0, 6)]).toEqual(["实施老旧小区改造", "改造老旧小区"]);
  });

  it("reads labelled tasks whose text has a label of its own (工作措施：), under 第一部分 headings", async () => {
    const doc = await read("xx-district-wenming-2024-labelled-parts.txt");
    expect(doc.columns.map((c) => c.header)).toEqual(["序号", "重点工作", "工作措施", "牵头单位", "配合单位", "完成时限"]);
    expect(doc.sections.map((s) => [s.number, s.title])).toEqual([["第一部分", "基础设施建设"], ["第二部分", "社会文明建设"]]);
    expect(doc.tasks.map((t) => [t.seq, t.section, t.title, t.content.slice(0, 6), t.deadline])).toEqual([
      [1, "第一部分", "背街小巷整治", "完成30条背", "2024年8月底"],
      [2, "第一部分", "公共厕所提升", "新建改建公共", "2024年10月底"],
      [3, "第二部分", "志愿服务活动", "开展\u201c文明实", "长期坚持"],
    ]);
  });

  it("reads one cell per paragraph, blank lines between: a cell wrapped over two adjacent lines is one cell", async () => {
    const doc = await read("xx-city-yingshang-2024-cell-per-line-wrapped.txt");
    expect(doc.tasks.map((t) => [t.title, t.content, t.leadUnits, t.supportUnits, t.deadline, t.status])).toEqual([
      ["深化商事制度改革", "推行经营主体登记确认制\uff0c实现企业开办1个工作日办结。", ["市市场监管局"], ["市政务服务局"], "2024年6月底", "ok"],
      ["优化纳税服务", "推行\u201c非接触式\u201d办税\uff0c网上办税率达到98%。", ["市税务局"], ["市财政局"], "2024年12月底", "ok"],
      ["加强知识产权保护", "建立知识产权快速维权中心。", ["市市场监管局"], ["市司法局", "市公安局"], "2024年10月底", "ok"],
    ]);
  });

  it("places the lines of a cell-per-line row the text ends inside in its first columns, nothing carried down from above", async () => {
    const doc = await read("xx-city-minsheng-2025-cell-per-line-cut-last-row.txt");
    expect(doc.tasks.map((t) => [t.seq, t.title.slice(0, 8), t.leaders, t.units, t.progress, t.status])).toEqual([
      [1, "新建公用充电桩3", ["王 明"], ["市发改局"], "已建成充电桩120个。", "ok"],
      [2, "建设老年食堂20", ["王 明"], ["市民政局"], "已完成选址15家,开工8家。", "ok"],
      // Not the progress of a row whose task, leader and units were merged from row 2.
      [3, "新建社区托育点1", [], [], "", "needs_review"],
    ]);
  });

  it("places a short pipe row whose first cell goes on with a column's numbering (2、 under 1、) in that column, under a merged first column", async () => {
    const doc = await read("xx-county-chuangjian-2024-pipe-merged-first-cut-last-row.txt");
    expect(doc.tasks.map((t) => [t.seq, t.title.slice(0, 6), t.leadUnits, t.status])).toEqual([
      // Flagged with the row below: half the table's rows are doubtful.
      [1, "城区绿化扎实", ["县自然资源局"], "needs_review"],
      [2, "按照卫生、安", [], "needs_review"],
    ]);
    expect(doc.messages.find((m) => m.ruleId === "row-cells")?.reason).toContain("numbering of the column 「创建 标准或要求」");
  });

  it("prefers the reading whose cut last row says its task first to one that puts the row's only text under 完成情况", async () => {
    const doc = await read("xx-city-zfgzbg-2020-pipe-cut-last-row.txt");
    expect(doc.columns.map((c) => c.header)).toEqual(["序号", "内容与要求", "完成情况", "责任单位"]);
    expect(doc.tasks.map((t) => [t.seq, t.content.slice(0, 6), t.progress === null ? null : t.progress.slice(0, 6), t.status])).toEqual([
      [1, "加强经济运行", "全年地区生产", "ok"],
      [2, "持续推进重大", "35个市县长", "ok"],
      [3, "聚焦重点领域", "", "needs_review"],
    ]);
  });

  it("reads a page from inside a cell-per-line table with no header under one inferred from its rows, the row begun on the page before in its last columns", async () => {
    const doc = await read("xx-city-minsheng-2024-cell-per-line-page2-no-header.txt");
    expect(doc.columns.map((c) => `${c.field}:${c.header}`)).toEqual(["seq:序号", "title:工作任务", "leaders:责任领导", "units:责任单位", "progress:进展情况", "extra:第6列"]);
    expect(doc.tasks.map((t) => [t.seq, t.title.slice(0, 6), t.leaders, t.units, t.progress?.slice(0, 6) ?? null, t.extra["第6列"], t.status])).toEqual([
      [1, "", [], ["市消防大队"], "已完成方案制", "30%", "needs_review"],
      [2, "新建社区老年", ["王  明"], ["市民政局"], "已建成老年食", "60%", "needs_review"],
      [3, "改造提升农贸", ["李  强"], ["市市场监管局"], "已完成4个市", "35%", "needs_review"],
      [4, "新增公共停车", ["李  强"], ["市城管局"], "已新增泊位8", "40%", "needs_review"],
      [5, "建设口袋公园", [], [], "", "", "needs_review"],
    ]);
    expect(doc.messages.some((m) => m.ruleId === "headerless" && m.reason.includes("序号 | 工作任务 | 责任领导 | 责任单位 | 进展情况 | 第6列"))).toBe(true);
  });

  it("names a headerless pipe page's columns as a cell-per-line page's are (a leader before the units, lead and support, a report after), its cut last row kept", async () => {
    const doc = await read("xx-county-zfgzbg-2024-pipe-page2-no-header.txt");
    expect(doc.columns.map((c) => `${c.field}:${c.header}`)).toEqual(["seq:序号", "title:工作任务", "leaders:责任领导", "leadUnits:牵头单位", "supportUnits:配合单位", "progress:进展情况"]);
    expect(doc.tasks.map((t) => [t.seq, t.title.slice(0, 6), t.leaders, t.leadUnits, t.supportUnits, t.progress?.slice(0, 4) ?? null, t.status])).toEqual([
      [7, "推进城乡供水", ["张某某"], ["县水利局"], ["县住建局"], "已完成3", "needs_review"],
      [8, "改造提升农贸", ["李某某"], ["县市场监管局"], ["县商务局"], "2个市场", "needs_review"],
      [9, "新建城市书房", ["王某某"], ["县文广旅局"], ["县财政局"], "已完成选", "needs_review"],
      [10, "建设口袋公园", [], [], [], "", "needs_review"],
    ]);
    expect(doc.messages.some((m) => m.ruleId === "row-ends-text" && m.seq === 10)).toBe(true);
  });

  it("reads a heading that names only leaders as a section whose leaders lead its tasks, a 责任秘书长 as a leader, and a heading with a note in brackets as a section", async () => {
    const doc = await read("xx-city-yanhai-2010-section-leaders-bracket-labels.txt");
    expect(doc.sections.map((s) => s.title.replace(/\n/g, " "))).toEqual(["四项保障措施(牵头领导:王某某、李某某)", "重点争取推进事项 (2010年2月,成立专门工作班子)"]);
    expect(doc.tasks.map((t) => [t.content, t.leaders, t.units])).toEqual([
      ["建立强有力的推进工作体系。", ["王某某", "李某某", "赵某"], ["市政府办公室"]],
      ["编制8个专项规划。", ["王某某", "李某某", "各分管秘书长"], ["市政府办公室", "市各相关单位"]],
      ["推进区划调整。", ["王某某", "李某某", "钱某"], ["市民政局"]],
      // Under a heading of their own, each with its own 牵头领导.
      ["建设石油炼化一体化项目。", ["王某某", "孙某"], ["新区管委会", "市发改委"]],
      ["建设精品钢铁基地项目。", ["李某某", "周某"], ["市发改委"]],
    ]);
  });

  it("reads rows cut at single spaces under a short header every cell of which is known (序号 工 作 任 务 牵头负责部门)", async () => {
    const doc = await read("xx-province-zfgzbg-2016-spaced-two-columns.txt");
    expect(doc.columns.map((c) => c.field)).toEqual(["seq", "title", "leadUnits"]);
    expect(doc.tasks.map((t) => [t.seq, t.title, t.leadUnits])).toEqual([
      [1, "居民消费价格涨幅3%左右", ["省发展改革委"]],
      [2, "城镇新增就业80万人以上", ["省人力资源社会保障厅"]],
      [3, "新建改造农村公路5000公里", ["省交通运输厅"]],
    ]);
  });

  it("reads tasks said in a news report's sentences with who does them (N项由X牵头，分别是…；…, …，由X等分工负责。, X、Y等分工负责A；B), each flagged", async () => {
    const doc = await read("xx-province-zfgzbg-2019-sentence-duties-news.txt");
    expect(doc.tasks.map((t) => [t.title, t.leadUnits, t.units, t.status])).toEqual([
      ["抓好传染病防治", ["省卫生健康委"], ["省卫生健康委"], "needs_review"],
      ["抓好青少年近视防治", ["省卫生健康委"], ["省卫生健康委"], "needs_review"],
      ["加强妇幼保健服务", ["省卫生健康委"], ["省卫生健康委"], "needs_review"],
      // 例如， leads the sentence in; 等 ends the list.
      ["完善药品集中采购机制", [], ["省医保局", "省卫生健康委"], "needs_review"],
      ["支持中医药事业传承发展", [], ["省卫生健康委", "省中医药局"], "needs_review"],
      ["深化公立医院综合改革", [], ["省卫生健康委", "省财政厅", "省发展改革委"], "needs_review"],
      ["促进社会办医", [], ["省卫生健康委", "省财政厅", "省发展改革委"], "needs_review"],
    ]);
    expect(doc.messages.some((m) => m.ruleId === "sentence-duties")).toBe(true);
  });

  it("reads the numbered items under headings that are only a unit's name as that unit's duties, on a page that starts inside the list", async () => {
    const doc = await read("xx-school-2023-welcome-duties-by-office.txt");
    expect(doc.tasks.map((t) => [t.content || t.title, t.units])).toEqual([
      // The duties before the first heading are the page before's unit's: tasks with no units on this page, flagged.
      ["负责新生体格复查工作；", []],
      ["负责迎新现场接待站点的电源接入。", []],
      ["负责新生银行卡的制作；", ["财务处"]],
      ["及时统计新生交费情况，提供欠费新生名单。", ["财务处"]],
      ["负责迎新期间的宣传工作；", ["宣传部"]],
      ["负责在迎新期间营造良好的校园文化氛围。", ["宣传部"]],
      ["负责校内安全保卫工作；", ["保卫处"]],
      ["协助做好迎新现场的交通疏导。", ["保卫处"]],
    ]);
    expect(doc.tasks.slice(0, 2).map((t) => t.status)).toEqual(["needs_review", "needs_review"]);
    expect(doc.tasks.slice(2).every((t) => t.status === "ok")).toBe(true);
  });

  it("reads offices' duties under their headings with the heading's contact (联系人：… and a name on the line under it), and an office printed over one paragraph beside them", async () => {
    const doc = await read("xx-school-2024-sports-meet-duties-by-office.txt");
    expect(doc.tasks.map((t) => [t.content.slice(0, 6), t.units, t.contacts])).toEqual([
      ["负责起草校领", ["学院办公室"], ["郑大远"]],
      ["负责主席台座", ["学院办公室"], ["郑大远"]],
      ["负责看台的人", ["学生工作部"], ["樊继福", "荆 昊"]],
      ["做好开幕式的", ["学生工作部"], ["樊继福", "荆 昊"]],
      ["在主席台南边", ["卫生所"], []],
      ["保证供应食品", ["后勤集团"], ["王彪"]],
      ["清理田径场周", ["后勤集团"], ["王彪"]],
      ["协助安排比赛", ["后勤集团"], ["王彪"]],
    ]);
    expect(doc.tasks.every((t) => t.title === "")).toBe(true);
  });

  it("reads the items under a heading that says whose duties they are (县级林长主要履行以下职责) as that post's, and no hotline after them as a task", async () => {
    const doc = await read("xx-county-2025-linzhang-duties-sign.txt");
    expect(doc.tasks.filter((t) => t.section === "二").map((t) => [t.content.slice(0, 6), t.leaders, t.units])).toEqual([
      ["审定并组织实", ["县级林长"], []],
      ["组织研究责任", ["县级林长"], []],
      ["对本级相关部", ["县级林长"], []],
    ]);
    expect(doc.tasks.some((t) => /12369|12345/.test(t.title + t.content))).toBe(false);
  });

  it("reads an item's first sentence on a line of its own as its title when a blank line stands between it and its text (第一项：…工程。 / / 包括…)", async () => {
    const doc = await read("xx-town-2023-minsheng-items-title-blank-line.txt");
    expect(doc.tasks.map((t) => [t.title, t.content.slice(0, 6), t.units])).toEqual([
      ["校舍维修建设及设施设备提升工程。", "包括完成中心", ["街道教育办"]],
      ["农村公路大中修工程。", "包括张庄至董", ["街道建设办"]],
      ["社区爱心食堂建设工程。", "包括在江北方", ["街道民政办"]],
    ]);
  });

  it("reads a numbered row whose units each print their own report under it (单位 / 完成情况 / 单位 / 完成情况) as one task, its units and reports joined", async () => {
    const doc = await read("xx-county-2022-work-done-units-reporting-under-one-task.txt");
    expect(doc.tasks.map((t) => [t.seq, t.title.slice(0, 8), t.units])).toEqual([
      [1, "地区生产总值增长", ["县发改委"]],
      [2, "居民人均可支配收", ["县农业农村局", "县人社局"]],
      [3, "单位生产总值能耗", ["县生态环境局"]],
    ]);
    expect(doc.tasks[1]?.progress).toBe("截至目前，全县农村常住居民人均可支配收入19792元，增速7.2%。\n前三季度，全县城镇居民人均可支配收入39455元，同比增长6.4%。");
  });

  it("reads pipe rows printed without the number and unit merged over them (新增托位500个。 | 新增托位600个。 | ||) as tasks under the number above, with its unit", async () => {
    const doc = await read("xx-district-2022-minsheng-progress-pipe-merged-number.txt");
    expect(doc.tasks.map((t) => [t.seq, t.title || t.content, t.progress, t.units])).toEqual([
      [1, "新建成公办中小学、幼儿园5所。", "已建成5所，新增学位4800个。", ["教育局"]],
      [2, "新建成婴幼儿照护服务驿站7家。", "已新建驿站9家。", ["卫生健康局"]],
      [2, "新增婴幼儿照护服务托位500个。", "新增托位600个。", ["卫生健康局"]],
      [2, "开展胃肠癌联合筛查1万例以上。", "完成筛查10111例。", ["卫生健康局"]],
      [3, "实施农村公路大中修100公里。", "完成50公里，剩余11月底前完成。", ["交通运输局"]],
    ]);
    expect(doc.tasks[2]?.merged).toEqual(["seq", "units"]);
    // A number merged over its rows repeats by design: no message says the numbers go backwards.
    expect(doc.messages.filter((m) => m.ruleId === "seq-order")).toEqual([]);
  });

  it("reads a plan's points in levels (工作要求 | 一级要点 | 二级要点 | 责任科室): the first level the title, the second the content, its number the task's (both numbers kept as printed)", async () => {
    const doc = await read("xx-bureau-2022-zhengwu-gongkai-yaodian-levels-pipe.txt");
    expect(doc.columns.map((c) => c.field)).toEqual(["category", "title", "content", "units"]);
    expect(doc.tasks.map((t) => [t.seqPrinted, t.title, t.content.slice(0, 8), t.leadUnits, t.supportUnits])).toEqual([
      ["(一)1.", "深化规范性文件集中公开。", "规范行政法规使用", ["法规科"], ["办公室"]],
      ["2.", "深化规范性文件集中公开。", "摸清本单位规范性", ["办公室"], ["各科室"]],
      ["(二)3.", "持续推进基层政务公开标准化规范化。", "推动政府信息主动", ["办公室"], ["各科室"]],
    ]);
  });

  it("reads an inspection bulletin's places, each a line before its labels (存在问题：… / 责任单位：…), as the titles of their records, the reporter's line after them kept out", async () => {
    const doc = await read("xx-county-2024-inspection-bulletin-named-places.txt");
    expect(doc.tasks.map((t) => [t.title, t.content, t.units])).toEqual([
      ["东城农贸市场", "市场内杂物乱堆乱放，垃圾桶未及时清洗。", ["城东街道", "县市场监管局"]],
      ["人民路公交站台", "电动车乱停放，占据人行道。", ["县交通运输局", "县公安局"]],
      ["滨河公园", "公益广告破损，绿化带内有垃圾。", ["县住建局"]],
    ]);
  });

  it("reads a news paragraph of clauses that each open with the unit that leads, the article around them kept out", async () => {
    const doc = await read("xx-county-2019-hezhang-news-lead-clauses.txt");
    expect(doc.tasks.map((t) => [t.title, t.leadUnits, t.status])).toEqual([
      ["组织开展河道采砂专项整治。", ["县水利局"], "needs_review"],
      ["督促乡镇污水处理设施建设和运营管理。", ["县生态环境局"], "needs_review"],
      ["组织开展非法码头清理", ["县交通运输局"], "needs_review"],
      ["组织开展河道集中清漂。", ["县城市管理局"], "needs_review"],
      ["严控河库管理范围内畜禽养殖。", ["县农业农村局", "畜牧中心"], "needs_review"],
    ]);
    // The slogan after the last action and the site's line are no task's text.
    expect(doc.tasks.some((t) => /围绕|扫一扫/.test(t.title))).toBe(false);
    expect(doc.messages.some((m) => m.ruleId === "clause-duties")).toBe(true);
  });

  it("reads a meeting's decisions said task first (…由王光明牵头，城北镇落实；), the leader who leads and the unit that carries it out", async () => {
    const doc = await read("xx-county-2023-headquarters-meeting-decisions.txt");
    expect(doc.tasks.map((t) => [t.title, t.leaders, t.units, t.leadUnits])).toEqual([
      ["北区环境整治", ["王光明"], ["城北镇"], []],
      ["南区环境整治", ["李建国"], ["城南镇"], []],
      ["干渠绿化提升", ["张华"], ["县林业局"], []],
      ["停车场建设", [], ["县住建局", "县交通运输局"], ["县住建局"]],
    ]);
    expect(doc.tasks.every((t) => t.status === "needs_review")).toBe(true);
  });

  it("reads a meeting's demands said unit by unit in one paragraph (X要…，Y要…；Z等部门，要…), each keeping its joining word", async () => {
    const doc = await read("xx-county-2023-dispatch-meeting-unit-clauses.txt");
    expect(doc.tasks.map((t) => [t.title, t.units])).toEqual([
      ["要抢抓施工黄金期，加快推进项目建设。", ["各乡镇"]],
      ["要加强质量监管，严格落实工程验收制度", ["县交通运输局"]],
      ["要及时拨付项目资金", ["县财政局"]],
      ["要加快办理用地审批手续。", ["县自然资源局", "县林业局"]],
      ["负责项目资金使用情况的审计监督。", ["县审计局"]],
    ]);
    expect(doc.tasks.every((t) => t.status === "needs_review")).toBe(true);
  });

  it("reads a speech's points (一是…二是…三是…) as tasks, each with the units its sentences charge", async () => {
    const doc = await read("xx-county-2022-mayor-survey-points.txt");
    expect(doc.tasks.map((t) => [t.title.slice(0, 8), t.units, t.status])).toEqual([
      ["加大清障力度。城", ["城关镇", "东城办"], "needs_review"],
      ["强化施工推进。县", ["县住建局"], "needs_review"],
      ["加强部门协作。县", ["县住建局", "县自然资源局"], "needs_review"],
    ]);
    // The point's second sentence is its own; the site's line after the last point is not.
    expect(doc.tasks[0]?.title).toContain("东城办一周内完成建设路东延清表任务。");
    expect(doc.tasks[2]?.title.endsWith("高效处置遇到的各类问题。")).toBe(true);
    expect(doc.messages.some((m) => m.ruleId === "duty-points")).toBe(true);
  });

  it("reads a meeting's three charges, two of them to bodies by name and one to a collective (各乡镇及相关单位要…)", async () => {
    const doc = await read("xx-county-2021-land-meeting-two-bodies.txt");
    expect(doc.tasks.map((t) => [t.title.slice(0, 6), t.units])).toEqual([
      ["要抢抓耕种时", ["各乡镇及相关单位"]],
      ["要做好项目投", ["县财政局"]],
      ["要及时跟进已", ["县自然资源和规划局"]],
    ]);
  });

  it("refuses a notice whose only charges are to collectives and roles (各牵头单位要…；各配合单位要…), and its points that name no body", async () => {
    await expect(parse(fixture("text", "xx-county-2021-notice-closing-charges.txt"))).rejects.toMatchObject({ code: "NO_TABLE_FOUND" });
  });

  it("reads a target sentence followed by 这项工作由X负责 and what was done as a task, its unit and its progress", async () => {
    const doc = await read("xx-county-zfgzbg-2017-this-work-by-news.txt");
    expect(doc.tasks.map((t) => [t.title, t.units, t.progress])).toEqual([
      ["地区生产总值增长7%左右。", ["县发展改革局"], "去年地区生产总值增长7.2%。"],
      ["城镇新增就业3000人以上。", ["县人力资源社会保障局"], "去年城镇新增就业3150人。"],
      ["单位生产总值能耗下降3%以上。", ["县发展改革局"], "去年单位生产总值能耗下降3.5%。"],
    ]);
  });

  it("reads a paragraph of tasks each closed by a bracket of its leaders and units under its item's short title, the unit listed first leading where the document says so", async () => {
    const doc = await read("xx-province-zfgzbg-2016-paragraph-of-bracketed-tasks.txt");
    expect(doc.sections.map((s) => [s.id, s.title])).toEqual([
      ["一", "努力保持经济平稳健康发展"],
      ["一(一)", "增强创新驱动发展能力"],
    ]);
    expect(doc.tasks.map((t) => [t.title || t.content.slice(0, 8), t.leaders, t.leadUnits, t.supportUnits])).toEqual([
      ["推进自主创新示范", ["分管副省长", "协管副秘书长"], ["省科技厅"], []],
      ["在高端装备、新材", ["分管副省长", "协管副秘书长"], ["省科技厅"], ["省发改委", "省财政厅"]],
      ["建设一批众创空间", ["分管副省长", "协管副秘书长"], ["省科技厅"], []],
      // One bracket under (二): the item is the task; 列第一位的为牵头部门，下同 holds for it too.
      ["扩大有效投资", ["分管副省长", "协管副秘书长"], ["省发改委"], ["省自然资源厅"]],
    ]);
    expect(doc.tasks.slice(0, 3).map((t) => t.section)).toEqual(["一(一)", "一(一)", "一(一)"]);
    expect(doc.tasks[1]?.repairs.map((r) => r.ruleId)).toContain("first-leads");
  });

  it("reads a cell-per-line table whose rows print no number under its 序号 header by what their lines hold", async () => {
    const doc = await read("xx-city-zfgzbg-2020-cell-per-line-seq-column-empty.txt");
    // 责任单位 beside 牵头责任单位 are the units that help.
    expect(doc.columns.map((c) => c.field)).toEqual(["seq", "title", "leadUnits", "supportUnits"]);
    expect(doc.tasks.map((t) => [t.seq, t.title.slice(0, 6), t.leadUnits, t.supportUnits])).toEqual([
      [1, "加快推进国土", ["市自然资源和规划局"], ["各县(市)区政府", "开发区管委会"]],
      [2, "扎实打好污染", ["市生态环境局"], ["各县(市)区政府"]],
      [3, "深化“放管服", ["市数据资源局"], ["市直各部门"]],
    ]);
  });

  it("reads rows that open with their number on a line of its own under a header printed without 序号", async () => {
    const doc = await read("xx-city-zhongdian-2025-cell-per-line-numbers-no-seq-header.txt");
    expect(doc.columns.map((c) => c.field)).toEqual(["seq", "title", "leadUnits", "progress"]);
    expect(doc.tasks.map((t) => [t.seq, t.title.slice(0, 6), t.leadUnits, t.progress?.slice(0, 4) ?? null])).toEqual([
      [1, "地区生产总值", ["市发展改革委"], "一季度全"],
      [2, "居民人均可支", ["市人社局", "市农业农村局"], "一季度全"],
      [3, "规上工业增加", ["市工业和信息化局"], "一季度全"],
    ]);
  });

  it("reads a last row as short as the row before it as whole, though the text ends with it: its lines placed as the others'", async () => {
    const doc = await read("xx-town-2024-cell-per-line-whole-last-row.txt");
    expect(doc.tasks.map((t) => [t.title, t.content, t.target, t.progress])).toEqual([
      ["水库工程政策处理", "推进坟墓迁移工作。", "完成项目政策处理工作,推进大坝及配套设施建设。", "库区内坟墓迁移进度达60%。"],
      ["现代化美丽城镇", "按照时间节点开展项目建设。", "成功创建省级美丽城镇。", "19个项目完成投资3000万元。"],
    ]);
  });

  it("reads a headerless pipe page whose rows open with their number in brackets ((6) | …)", async () => {
    const doc = await read("xx-city-zhongdian-2025-pipe-page2-bracketed-numbers.txt");
    expect(doc.columns.map((c) => c.field)).toEqual(["seq", "title", "leadUnits", "supportUnits"]);
    expect(doc.tasks.map((t) => [t.seq, t.leadUnits, t.supportUnits])).toEqual([
      [6, ["市人社局", "市农业农村局"], ["各县市区政府", "开发区管委会"]],
      [7, ["市发展改革委"], ["各县市区政府"]],
      [8, ["市商务局"], ["市财政局"]],
    ]);
  });

  it("reads a labelled plan whose page lost every line break: items glued to the words before them, sections after a closing bracket", async () => {
    const doc = await read("xx-county-fengong-2024-flattened-no-breaks.txt");
    expect(doc.sections.map((s) => [s.number, s.title])).toEqual([
      ["一", "着力扩大有效投资推动经济持续向好"],
      ["二", "着力提升民生保障水平"],
    ]);
    expect(doc.tasks.map((t) => [t.section, t.title, t.leadUnits, t.supportUnits, t.deadline])).toEqual([
      ["一", "抓好重大项目建设", ["县发展改革局"], ["县财政局", "县自然资源局"], "12月底前完成"],
      ["一", "强化要素保障", ["县自然资源局"], ["县财政局", "县行政审批局"], null],
      ["二", "稳定和扩大就业", ["县人力资源社会保障局"], ["各乡镇人民政府"], null],
      ["二", "办好教育民生实事", ["县教育体育局"], ["县财政局", "县住房城乡建设局"], "9月底前完成"],
      ["二", "提升医疗服务能力", ["县卫生健康局"], ["县医疗保障局"], null],
    ]);
    expect(doc.tasks.every((t) => !t.content.includes("二、"))).toBe(true);
  });

  it("reads a short news page whose line breaks became spaces: its counted list found after the spaces, the site's footer kept out of the last item", async () => {
    const doc = await read("xx-city-minsheng-shishi-2024-spaced-short.txt");
    expect(doc.tasks.map((t) => t.content)).toEqual([
      "解决农村5万人安全饮水问题。",
      "新建改造城乡社区综合服务站20个。",
      "完善12个乡镇卫生院急救站。",
      "改造城区老旧小区30个。",
      "新建公办幼儿园5所。",
      "维修改造城区内街小巷40条。",
      "新建公交候车亭50个。",
      "新建农贸市场3个。",
    ]);
    expect(doc.tasks.every((t) => t.status === "needs_review")).toBe(true);
    expect(doc.leftovers.map((l) => l.text)).toContain("责任编辑:王某");
  });

  it("refuses a notice run on in one line whose numbered list is its attachments' names, the last run on into the signature", async () => {
    await expect(parse(fixture("text", "xx-district-fenjie-notice-2024-flattened-attachments.txt"))).rejects.toMatchObject({ code: "NO_TABLE_FOUND" });
  });

  it("reads the duties under a plan's 工作分工 heading, each opening with its unit, and leaves the plan's theme, time, contents and requirements out", async () => {
    const doc = await read("xx-district-activity-plan-2024-duty-section.txt");
    expect(doc.sections.map((s) => s.title)).toEqual(["工作分工"]);
    expect(doc.tasks.map((t) => [t.seq, t.units, t.content])).toEqual([
      [1, ["区文化体育局"], "负责活动的总体策划和组织协调,制定活动方案,邀请新闻媒体进行宣传报道。"],
      [2, ["区卫生健康局"], "安排2辆救护车及医护人员在现场值守,做好应急医疗保障。"],
      [3, ["区城市管理局"], "做好活动场地周边的环境卫生保洁工作。"],
      [4, ["区公安分局"], "负责现场安全保卫和交通秩序维护工作。"],
    ]);
    expect(doc.leftovers.map((l) => l.text)).toContain("1.高度重视,精心组织。各有关单位要充分认识开展全民健身活动的重要意义,确保活动顺利开展。");
  });

  it("reads a plan hard-wrapped at one width as its paragraphs: a wrap before a stop or inside a bracket is no break, the paragraph's title heads its tasks", async () => {
    const doc = await read("xx-province-fengong-2024-hard-wrapped.txt");
    expect(doc.tasks.map((t) => [t.title, t.content.slice(0, 8), t.leaders, t.leadUnits, t.supportUnits])).toEqual([
      ["", "推进省级自主创新", ["分管副省长", "协管副秘书长"], ["省科技厅"], []],
      ["", "在高端装备、新材", ["分管副省长"], ["省工业和信息化厅"], ["省财政厅"]],
      ["扩大有效投资", "实施重大项目建设", ["分管副省长"], ["省发展改革委"], []],
    ]);
    expect(doc.tasks.every((t) => !t.content.startsWith("。"))).toBe(true);
  });

  it("reads numbered headings that only name units, each over its duty on lines of its own ((1)县水利局。 / 负责…): one duty per heading, its lines joined", async () => {
    const doc = await read("xx-county-flood-plan-2024-unit-heading-duties.txt");
    expect(doc.tasks.map((t) => [t.seq, t.units, t.content.replace(/\n/g, "")])).toEqual([
      [1, ["县水利局"], "负责全县防汛抗旱的组织、协调和水利工程的调度工作。"],
      [2, ["县人武部"], "负责组织民兵参加抢险救灾，协调驻县部队参加抗洪抢险。"],
      [3, ["县气象局"], "负责监测天气形势，及时提供天气预报和雨情信息。按要求报送雨情、水情简报。"],
      [4, ["县卫生健康局", "县疾控中心"], "负责灾区的伤病救治及卫生防疫工作。县防汛指挥部其他成员单位按照各自职责做好有关工作。"],
    ]);
    // Nothing marks where the last duty ends (its second line may be the text after the list): flagged.
    expect(doc.tasks.map((t) => t.status)).toEqual(["ok", "ok", "ok", "needs_review"]);
    expect(doc.leftovers.map((l) => l.text).join("\n")).toContain("3.1预防。");
  });

  it("reads two duties numbered from the first, each with its units before a colon (一、市委办公室：… / 二、市委组织部：…), as a list", async () => {
    const doc = await read("xx-city-civilization-duties-2024-two-numbered-colon.txt");
    expect(doc.tasks.map((t) => [t.seq, t.units, t.content.slice(0, 8)])).toEqual([
      [1, ["市委办公室", "市政府办公室"], "将文明城市创建工"],
      [2, ["市委组织部"], "把文明创建工作纳"],
    ]);
  });

  it("reads a member units' duties a page ran on in one paragraph after the notice's own points (… 三、成员单位工作职责 市环保局:负责…。 市监察局:负责…), the points and the heading no tasks", async () => {
    const doc = await read("xx-city-dust-meeting-duties-run-on.txt");
    expect(doc.tasks.map((t) => t.units)).toEqual([["市环保局"], ["市监察局"], ["市住建委"], ["市交通运输局"], ["市国土资源局"], ["市市容局"], ["市公安局"], ["市林业局"]]);
    expect(doc.tasks.map((t) => t.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // 办公室设在市环保局，负责日常工作 and 科室负责人担任联络员 say where a body sits and who fills a post: no duties.
    expect(doc.tasks.every((t) => t.content.startsWith("负责"))).toBe(true);
  });

  it("reads a regulation's articles that each give a unit's duties (第十二条 监察机关职责 / (一)负责…), with no heading over them, and ends at an article of another kind (第十五条 附则)", async () => {
    const doc = await read("xx-county-road-safety-rules-article-duties.txt");
    expect(doc.tasks.map((t) => t.units)).toEqual([["监察机关"], ["监察机关"], ["监察机关"], ["财政部门"], ["建设", "规划", "城管部门"], ["建设", "规划", "城管部门"]]);
    expect(doc.leftovers.map((l) => l.text).join("\n")).toContain("本办法自印发之日起施行。");
  });

  it("reads a working group's duty after its name and colon (道路运输保障组：负责…), the labels after the duty (责任人：…) in columns of their own", async () => {
    const doc = await read("xx-county-spring-travel-working-groups-duties.txt");
    expect(doc.tasks.map((t) => [t.units, t.content.slice(0, 4), t.contacts])).toEqual([
      [["道路运输保障组"], "负责陆上", ["黄某", "杨某"]],
      [["公路桥梁保障组"], "负责保障", ["张某", "涂某"]],
      [["水上运输保障组"], "负责水上", ["刘某"]],
    ]);
    // 各单位接到通知后，要… is the notice's instruction, no unit's duty.
    expect(doc.leftovers.map((l) => l.text).join("\n")).toContain("各单位接到通知后");
  });

  it("reads leaders' duties written leader first with their post (常务副市长王某某：负责…) under 责任领导, the name the leader", async () => {
    const doc = await read("xx-city-leaders-division-of-work-2024.txt");
    expect(doc.columns.map((c) => c.header)).toEqual(["责任领导", "工作职责"]);
    expect(doc.tasks.map((t) => [t.leaders, t.units, t.content.slice(0, 4)])).toEqual([
      [["王某某"], [], "负责市政"],
      [["李某"], [], "负责工业"],
      [["赵某某"], [], "负责农业"],
    ]);
  });

  it("reads a task's first sentence as its title where the page printed its line breaks as spaces (1.生产总值增长12%。 抓好…)", async () => {
    const doc = await read("xx-city-2004-tasks-lines-printed-as-spaces.txt");
    expect(doc.tasks.map((t) => [t.title, t.units])).toEqual([
      ["生产总值增长12%。", ["市计委"]],
      ["财政一般预算收入增长12%。", ["市财政局"]],
      ["新增就业岗位10万个以上。", ["市劳动保障局"]],
    ]);
    expect(doc.tasks[0]?.content.trim()).toBe("抓好宏观经济调控,第一产业增长4%,第二产业增长14%。");
  });

  it.each([
    ["a pipe table whose 序号 cells are Chinese numerals (| 一 | … | / | 二 | …) one row a line", "xx-city-pipe-table-2024-chinese-numeral-rows.txt"],
    ["a table printed one cell per line whose rows open with a Chinese numeral alone on its line (一 / 二 / 三)", "xx-city-cell-per-line-2024-chinese-numeral-rows.txt"],
  ])("reads %s", async (_layout, file) => {
    const doc = await read(file);
    expect(doc.tasks.map((t) => [t.seqPrinted, t.title, t.units, t.deadline])).toEqual([
      ["一", "推进老旧小区改造12个", ["市住建局"], "2024年12月"],
      ["二", "新建公办幼儿园2所", ["市教育局"], "2024年8月"],
      ["三", "改造农村公路50公里", ["市交通运输局"], "2024年11月"],
    ]);
  });

  it("reads a task's first line as its title over its sub-items ((1)…, (2)…), however short the sub-items' lines", async () => {
    const doc = await read("xx-city-emergency-2024-tasks-over-sub-items.txt");
    expect(doc.tasks.map((t) => [t.seq, t.title, t.units, t.deadline])).toEqual([
      [1, "完善应急预案体系。", ["市应急局"], "2024年6月底"],
      [2, "健全应急管理体制。", ["市应急局", "市委编办"], "2024年12月底"],
    ]);
    expect(doc.tasks[1]?.content).toMatch(/^（1）理顺应急管理职能。\n（2）完善应急联动机制。$/);
  });

  it("reads a rectification list whose first column is headed 问题 alone (序号 | 问题 | 整改措施 | 责任单位 | 整改时限), the problem its title", async () => {
    const doc = await read("xx-district-rectification-2024-problem-column-tabs.txt");
    expect(doc.tasks.map((t) => [t.seq, t.title, t.units, t.deadline])).toEqual([
      [1, "部分路段占道经营现象反弹", ["区城管局", "各街道"], "2024年5月底"],
      [2, "农贸市场环境卫生较差", ["区市场监管局"], "立行立改、长期坚持"],
    ]);
  });

  it("reads a header spaced on one line (序号 涉及部门 职责分工) over rows printed one cell per line", async () => {
    const doc = await read("xx-city-school-food-duties-spaced-header.txt");
    expect(doc.tasks.map((t) => [t.seq, t.units, t.content.slice(0, 6)])).toEqual([
      [1, ["市教育局"], "负责校园食品"],
      [2, ["市市场监督管理局"], "负责学校集中"],
      [3, ["市卫生健康委"], "负责组织开展"],
    ]);
  });

  it("reads a pipe table whose first column the vocabulary does not know (专项整治行业 | 时间安排 | 责任单位) with it as the rows' titles", async () => {
    const doc = await read("xx-town-safety-campaign-2024-unknown-first-column.txt");
    expect(doc.tasks.map((t) => [t.title, t.deadline, t.units])).toEqual([
      ["烟花爆竹", "1月份", ["安监站"]],
      ["危险化学品", "2月份", ["安监站", "派出所"]],
      ["电力设施", "3月份", ["电管所"]],
      ["养老机构", "4月份", ["民政所"]],
    ]);
  });

  it("keeps a sharing site's numbered rules (原创力文档…, 本站所有内容均由…网友上传, 成为VIP…) as leftovers, never as tasks", async () => {
    const doc = await read("xx-town-health-2024-sharing-site-rules.txt");
    expect(doc.tasks.map((t) => [t.seq, t.units])).toEqual([
      [1, ["镇社会事务办"]],
      [2, ["镇市场监管所", "城管中队"]],
      [3, ["镇农业服务中心"]],
    ]);
    const left = doc.leftovers.map((l) => l.text).join("\n");
    for (const rule of ["本文档共11页", "原创力文档", "网友上传", "成为VIP会员"]) expect(left).toContain(rule);
  });

  it("keeps a site's footer after the last numbered task (扫一扫在手机打开当前页) as a leftover, and makes no empty task of it", async () => {
    const doc = await read("xx-city-key-work-2024-bracket-units-footer.txt");
    expect(doc.tasks.map((t) => [t.seq, t.units])).toEqual([
      [1, ["市工信局"]],
      [2, ["市大数据局"]],
    ]);
    expect(doc.leftovers.map((l) => l.text)).toContain("扫一扫在手机打开当前页");
  });

  it("reads two unnumbered duties, each with its units before a colon and a duty's verb after it (县住建局：负责…), as a list, the page cut inside the second", async () => {
    const doc = await read("xx-county-flood-plan-2024-two-colon-duties-cut.txt");
    expect(doc.tasks.map((t) => [t.units, t.content.slice(0, 6)])).toEqual([
      [["县住房城乡建设局"], "负责城镇建成"],
      [["县自然资源局"], "负责因暴雨引"],
    ]);
  });

  it("reads a body's duties introduced by its name (综合组职责。主要负责…), a working group or office being their unit", async () => {
    const doc = await read("xx-county-campaign-office-2024-named-duties.txt");
    expect(doc.tasks.map((t) => [t.units, t.content.slice(0, 6)])).toEqual([
      [["办公室"], "承担全县活动"],
      [["综合组"], "主要负责情况"],
      [["宣传组"], "主要负责活动"],
      [["督导组"], "主要负责督促"],
    ]);
  });

  it("reads duties grouped under headings that only name units inside a plan's 分工 section: each line under a heading is its units' duty", async () => {
    const doc = await read("xx-city-publicity-plan-2024-duties-under-unit-headings.txt");
    expect(doc.tasks.map((t) => [t.units, t.content])).toEqual([
      [["市卫生健康委"], "基层卫生科负责本次活动的统筹协调和全程跟踪落实工作。"],
      [["市卫生健康委"], "宣传科负责宣传资料的准备和宣传报道等工作。"],
      [["市医保局"], "负责医保政策的资料、物品准备和发放工作。"],
      [["XX区卫生健康局"], "负责制作宣传横幅、板报,落实本次活动场地、桌椅等有关工作。"],
    ]);
    expect(doc.tasks.every((t) => t.repairs.some((r) => r.ruleId === "section-unit"))).toBe(true);
    expect(doc.leftovers.map((l) => l.text)).toContain("2、开展义诊咨询活动。");
  });

  it("reads cells each closed by a pipe whose rows open with their number between two pipes (| 1 | / 区民政局 | / …)", async () => {
    const doc = await read("xx-district-pipe-closed-cells-row-opened.txt");
    expect(doc.columns.map((c) => c.header)).toEqual(["序号", "责任单位", "考核指标", "分月序时进度", "监督方式", "实施部门", "实施步骤", "完成时限"]);
    expect(doc.tasks.map((t) => [t.seq, t.units, t.deadline])).toEqual([
      [1, ["区民政局", "救助中心"], "2025年12月底"],
      [2, ["区民政局", "低保中心"], "2025年12月底"],
      [3, ["区民政局", "养老服务中心"], "2025年10月底"],
    ]);
  });

  it("reads a part's title on a line of its own ((一)约束性指标) as the heading of the lines of tasks under it, each closed by its bracket", async () => {
    const doc = await read("xx-city-plan-2024-part-title-over-task-lines.txt");
    expect(doc.sections.map((s) => s.title)).toEqual(["主要目标和任务分工安排", "约束性指标", "预期性指标"]);
    expect(doc.tasks.map((t) => [t.section, t.title, t.content, t.units])).toEqual([
      ["二(一)", "", "耕地保有量保持在200万亩以上。", ["市自然资源局"]],
      ["二(一)", "", "单位工业增加值用水量达到省要求标准。", ["市水利局", "市发展改革委", "市工信局"]],
      ["二(一)", "", "森林覆盖率达到45%。", ["市林业局"]],
      ["二(二)", "", "地区生产总值年均增长6%左右。", ["市发展改革委", "市统计局"]],
      ["二(二)", "", "城镇调查失业率控制在5.5%以内。", ["市人力资源社会保障局"]],
    ]);
  });

  it("reads a line that only names a unit, just above a list numbered from 1, as the section whose unit the list's tasks are given (recorded)", async () => {
    const doc = await read("xx-city-kaohe-mubiao-2024-unit-line-over-list.txt");
    expect(doc.sections.map((s) => s.title)).toEqual(["XX县政府"]);
    expect(doc.tasks.map((t) => [t.seq, t.units])).toEqual([1, 2, 3, 4, 5].map((n) => [n, ["XX县政府"]]));
    expect(doc.tasks.every((t) => t.repairs.some((r) => r.ruleId === "section-unit"))).toBe(true);
  });
  it("reads a cell-per-line table without 序号 whose header cells are broken over lines (项目 / 名称, 进展情况 / (6月)), the first row's name (…项目) not a second title column", async () => {
    const doc = await read("xx-district-minsheng-2024-no-seq-split-header-cells.txt");
    expect(doc.columns.map((c) => [c.header, c.field])).toEqual([
      ["项目名称", "title"],
      ["建设内容", "content"],
      ["牵头单位", "leadUnits"],
      ["进展情况(6月)", "progress"],
      ["进展情况(9月)", "progress"],
    ]);
    expect(doc.tasks.map((t) => [t.title, t.leadUnits, t.progress])).toEqual([
      ["教育提质项目", ["区教育局"], "1所主体完工。\n2所均已开园。"],
      ["养老服务项目", ["区民政局"], "已选址6家。\n已建成4家。"],
      ["城市更新工程", ["区住房城乡建设委"], "已开工9个。\n已完工7个。"],
    ]);
  });
  it("leaves the labels that close the task before a page (牵头单位 / 责任单位 / 完成时限 above the first task) out of every task: the list has unit labels of its own", async () => {
    const doc = await read("xx-city-dianzizhengwu-2009-p2-labels-of-task-before.txt");
    expect(doc.tasks.map((t) => [t.leadUnits, t.supportUnits, t.deadline])).toEqual([
      [["市信息化办"], ["各县(市、区)政府"], "2009年10月底"],
      [["市信息化办"], ["市司法局", "市审计局", "市体育局"], "2009年10月底"],
      [["市信息化办"], ["各县(市、区)政府", "有关通信公司"], "2009年12月底"],
    ]);
  });
  it("does not cut a task's title at a colon inside the quotation it opens (代表提出的“关于:…的建议”), nor pair the quotation anew", async () => {
    const doc = await read("xx-city-rd-2024-suggestions-quoted-colon.txt");
    expect(doc.tasks.map((t) => [t.title, t.content, t.leadUnits])).toEqual([
      ["", "王明代表提出的“关于:加强我市‘菜篮子’保供体系建设的建议”", ["市农业农村局"]],
      ["", "李华代表提出的“关于:构建劳动关系监测预警体系的建议”", ["市人力资源和社会保障局"]],
      ["", "赵强等13名代表提出的“关于:强化乡村‘两委’法治素养的议案”", ["市司法局"]],
    ]);
    expect(doc.tasks.flatMap((t) => t.repairs.map((r) => r.ruleId))).not.toContain("quote-pair");
  });
  it("reads a task's heading over its labels as its title and the task labelled 主要任务 as its content, with the items the label's line goes on to", async () => {
    const doc = await read("xx-city-chuangwei-2008-heading-then-task-label.txt");
    expect(doc.tasks.map((t) => [t.title, t.content, t.leadUnits])).toEqual([
      ["农贸市场卫生管理", "1、对农贸市场的卫生进行整治,重点整治占道经营;\n2、由市商务局组织市场管理人员组成保洁队进行保洁。", ["市商务局"]],
      ["城区废品收购站清理", "在10月20日前将城区的废品收购站清理到选定的郊区地段,对无证站点进行取缔。", ["城东区", "城西区"]],
      ["垃圾填埋场升级改造", "市环卫局负责监督垃圾填埋场的改造工程。", ["市创卫办"]],
    ]);
  });
  it("takes a task's number printed as a Chinese numeral in its title cell (一、违章建筑) where there is no 序号 column as its number", async () => {
    const doc = await read("xx-city-chuangwei-2004-tabs-numbered-items-no-seq.txt");
    expect(doc.tasks.map((t) => [t.seqPrinted, t.title])).toEqual([
      ["一、", "违章建筑"],
      ["二、", "环境污染治理"],
      ["三、", "市容市貌"],
    ]);
  });
  it("reads a pipe table whose rows under merged first columns print their closers at the end (… | 县农业农村局 | 2025年11月底前,并长期坚持 | ||): the numbered group over numbered measures is the rows' category, a measure's number the task's", async () => {
    const doc = await read("xx-county-shipin-2025-pipes-merged-groups-numbered-measures.txt");
    expect(doc.tasks.map((t) => [t.seqPrinted, t.category, t.title, t.units, t.deadline])).toEqual([
      ["1.", "(一)强化源头治理", "", ["县生态环境分局"], "2025年11月底前,并长期坚持"],
      ["2.", "(一)强化源头治理", "", ["县农业农村局"], "2025年11月底前,并长期坚持"],
      ["3.", "(二)严控农兽药残留超标", "", ["县农业农村局"], "2025年11月底前,并长期坚持"],
      ["4.", "(三)加大校园食品安全整治力度", "", ["县教育体育局", "县市场监管局"], "2025年9月底前,并长期坚持"],
      ["5.", "(三)加大校园食品安全整治力度", "", ["县教育体育局"], "2025年12月底前"],
    ]);
    expect(doc.tasks[1]?.content).toBe("持续开展农药科学施用增效行动,稳步提高受污染耕地安全利用水平。");
  });
  it("reads a task list's part written per district (东城区:实施…) as each place's duty, the place its unit", async () => {
    const doc = await read("xx-city-aiwei-2009-district-tasks-by-place.txt");
    expect(doc.tasks.map((t) => [t.units, t.content])).toEqual([
      [["东城区"], "实施PCO服务模式街道2个,达到市级考核验收要求。"],
      [["西城区"], "实施街道服务站模式1个,达到市级考核验收要求。"],
      [["南湖区"], "新增无害化卫生户厕1000座。"],
      [["北山县"], "新增无害化卫生户厕8000座。"],
    ]);
  });
});

describe("a page from inside a table printed with one space between its cells, no header", () => {
  it("reads 4 市供销社 负责… as number, units and duty, the columns named by what they hold, and the notes after it left over", async () => {
    const text = [
      "4 市供销社 负责加强对本系统企业烟花爆竹经营活动的管理。",
      "5 市行政审批局 负责生产、储存烟花爆竹建设项目安全设施设计审查事项的受理、审查、决定。",
      "6 市交通运输局 按照职责分工,组织查处非法运输、邮寄烟花爆竹的违法行为。",
      "",
      "相关依据:",
    ].join("\n");
    const { document: doc } = await parse(textInput(text, "spaced-fragment.txt"));
    expect(doc.tasks.map((t) => [t.seq, t.units, (t.title + t.content).slice(0, 6)])).toEqual([
      [4, ["市供销社"], "负责加强对本"],
      [5, ["市行政审批局"], "负责生产、储"],
      [6, ["市交通运输局"], "按照职责分工"],
    ]);
    expect(doc.leftovers.map((l) => l.text)).toContain("相关依据:");
  });
});

describe("a table printed a cell a line with no row numbers, two leaders in a row's cell", () => {
  it("keeps a leader's line out of the unit after it (陈夏林 / 未来科技城): both leaders under 牵头领导, the unit alone", async () => {
    const text = [
      "2018年《政府工作报告》工作任务分解表",
      "重点工作任务",
      "牵头领导",
      "牵头单位",
      "未来科技城要深化与高校的合作,扎实推进创新载体建设。",
      "祝振伟",
      "陈夏林",
      "未来科技城(海创园)",
      "临平新城要启动建设数字商贸城,设立大学生创业园。",
      "祝振伟",
      "李敏华",
      "临平新城",
      "良渚新城要加快推进梦栖小镇建设,打造文化新地标。",
      "张建华",
      "良渚新城",
    ].join("\n");
    const { document: doc } = await parse(textInput(text, "leaders-lines.txt"));
    expect(doc.tasks.map((t) => [t.leaders, t.leadUnits])).toEqual([
      [["祝振伟", "陈夏林"], ["未来科技城(海创园)"]],
      [["祝振伟", "李敏华"], ["临平新城"]],
      [["张建华"], ["良渚新城"]],
    ]);
  });
});

describe("duties of bodies, written each after its body", () => {
  it("reads the members' duties under their heading when the plan's organisation before them charges bodies too (各县人民政府应设立…)", async () => {
    const text = [
      "某市防汛应急预案",
      "2.1.3县防汛指挥部",
      "各县人民政府应设立防汛指挥部,由政府首长担任指挥,在市防汛指挥部的领导下,组织本县的防汛工作。",
      "2.1.4专家组",
      "市防汛指挥部成立专家组,由水利行业的高级专业技术人员组成,为防汛行动提供决策咨询。",
      "2.2职责分工",
      "2.2.1市防汛指挥部职责",
      "负责领导、组织全市的防汛工作,组织实施抗洪抢险措施。",
      "2.2.2市防汛指挥部成员单位职责",
      "市发展和改革委员会:负责防汛重点工程建设及投资计划的协调工作。",
      "市财政局:负责防汛资金的筹集、安排和监督管理工作。",
    ].join("\n");
    const { document: doc } = await parse(textInput(text, "restart.txt"));
    expect(doc.tasks.map((t) => [t.units, t.content])).toEqual([
      [["市发展和改革委员会"], "负责防汛重点工程建设及投资计划的协调工作。"],
      [["市财政局"], "负责防汛资金的筹集、安排和监督管理工作。"],
    ]);
    expect(doc.leftovers.map((l) => l.text).join("\n")).toContain("各县人民政府应设立防汛指挥部");
  });

  it("reads a regulation's articles: each paragraph that opens with a body and what it ought to do (应当, 负责, 是…主管部门) is a task, the items it announces (履行以下职责：) its wording", async () => {
    const doc = await read("xx-province-2024-regulation-article-duties.txt");
    expect(doc.tasks.slice(0, 5).map((t) => [t.units, t.content.slice(0, 6)])).toEqual([
      [["县级以上人民政府"], "应当加强对燃"],
      [["乡镇人民政府", "街道办事处"], "负责本辖区燃"],
      [["住房城乡建设主管部门"], "负责燃气行业"],
      [["市场监管部门"], "是燃气器具质"],
      [["应急管理部门"], "应当将燃气事"],
    ]);
    // The announced items are the third task's, not tasks or sections of their own.
    expect(doc.tasks[2]?.content).toContain("（三）指导燃气经营企业做好应急演练。");
    expect(doc.sections).toEqual([]);
    // The article that says what the regulation is for is no task and no section.
    expect(doc.leftovers.map((l) => l.text)).toContain("第一条 为了预防燃气安全事故，保障人民群众生命财产安全，结合本省实际，制定本规定。");
    // A body's duties announced under its name (燃气安全管理站的职责是：) over numbered items: a task of their own,
    // flagged, as the article before them (…设立燃气安全管理站，负责…) may say more of them; that article is kept.
    expect(doc.tasks[5]).toMatchObject({ units: ["燃气安全管理站"], content: "的职责是：（一）巡查燃气设施；（二）受理燃气安全投诉。", status: "needs_review" });
    expect(doc.leftovers.map((l) => l.text)).toContain("第六条 市、县设立燃气安全管理站，负责本辖区燃气安全的日常监督。");
    // An article's caption (【宣传教育】) is printed with its number, not read as part of the units.
    expect(doc.tasks[6]).toMatchObject({ seqPrinted: "第七条 【宣传教育】", units: ["教育主管部门"], content: "应当将燃气安全知识纳入学校安全教育内容。" });
  });

  it("reads a working group's people in the bracket after its duty: its head (组长) as leader, its deputy and members under their own words", async () => {
    const doc = await read("xx-town-2021-working-groups-people-bracket.txt");
    expect(doc.tasks.map((t) => [t.units, t.leaders, t.extra])).toEqual([
      // A column of the table the list is read as: empty where a group prints no deputy.
      [["综合协调组"], ["李明"], { 副组长: "", 成员: "党政办全体人员" }],
      [["物资保障组"], ["王强"], { 副组长: "赵红", 成员: "财政所工作人员" }],
      [["宣传引导组"], ["陈静"], { 副组长: "", 成员: "宣传委员、各村宣传员" }],
    ]);
    expect(doc.tasks[0]?.content).toBe("负责全镇疫情防控工作的统筹协调，收集各组工作进展，组织召开工作例会。");
    // A group set up for the work is a unit's name: nothing flags it.
    expect(doc.tasks.map((t) => t.status)).toEqual(["ok", "ok", "ok"]);
  });

  it("keeps a numbered list's closing charge to all departments out of its duties", async () => {
    const doc = await read("xx-city-2006-emergency-plan-duties-closing-charge.txt");
    expect(doc.tasks.map((t) => t.units)).toEqual([["市农业局"], ["市卫生局"], ["市公安局"], ["市财政局"]]);
    expect(doc.leftovers.map((l) => l.text)).toContain("各部门应当按照各自职责制定相应的应急工作方案。");
  });

  it("reads groups named before their verb (裁判组负责…), the items each announces (具体包括：) its wording", async () => {
    const doc = await read("xx-association-race-groups-subitems.txt");
    expect(doc.tasks.map((t) => [t.units, t.content])).toEqual([
      [["裁判组"], "负责比赛的组织和裁判工作。具体包括：（1）运动员资格审查和号码编排；（2）比赛全程的执法；（3）比赛成绩的确认。"],
      [["宣传组"], "负责比赛的宣传工作。具体包括：（1）制作横幅；（2）邀请和接待记者。"],
      // The last duty's items too, though nothing follows them.
      [["后勤组"], "负责比赛的后勤保障工作。具体包括：（1）饮用水准备；（2）药品准备。"],
    ]);
  });

  it("reads a project's closing sentence of who carries it out (由…共同组织实施。) as its units; the same words mid-sentence stay its wording", async () => {
    const doc = await read("xx-county-2006-projects-closing-carried-out.txt");
    expect(doc.tasks.map((t) => [t.title, t.content, t.units])).toEqual([
      ["道路硬化项目", "安排乡镇街道硬化8个项目，共投资160万元。", ["县交通局", "各乡镇政府"]],
      ["饮水项目", "安排人畜饮水工程5个项目，共投资90万元。", ["县水利局"]],
      ["文化下乡项目", "全年送戏下乡30场，此项活动由县文化局组织实施，各乡镇做好场地保障。", ["县文化局"]],
      // A clause of units alone before the one that says their role (县财政局、县农业局,各乡镇人民政府负责落实).
      ["农业补贴项目", "继续实施种粮农民直接补贴，确保补贴总额高于上年。", ["县财政局", "县农业局", "各乡镇人民政府"]],
    ]);
  });

  it("reads a report's items that quote the task they report on (关于“…”事项。) on a line of their own: the matter its wording, the paragraph under it its progress", async () => {
    const doc = await read("xx-city-2022-h1-report-quoted-matters.txt");
    expect(doc.tasks.map((t) => [t.content, t.progress, t.leadUnits])).toEqual([
      ["关于“全年新增城镇就业1.2万人”事项。", "2022年上半年，全市新增城镇就业6300人，完成年度计划52.5%。", ["市人社局"]],
      ["关于“新建改建农村公路120公里”事项。", "今年上半年完成农村公路建设41公里，完成年度计划34%，进度滞后。", ["市交通运输局", "市财政局"]],
      ["关于“完成老旧小区改造30个”事项。", "截至6月底，已开工改造小区18个。", ["市住建局"]],
    ]);
  });

  it("reads a sentence that sets a working group up (成立X领导小组，由校长担任组长，…，负责…): the group its units, its head its leader, who else is in it kept, flagged", async () => {
    const doc = await read("xx-school-2023-safety-groups-setup.txt");
    expect(doc.tasks.map((t) => [t.units, t.leaders, t.content, t.extra.组成, t.status])).toEqual([
      [["校园安全工作领导小组"], ["校长"], "负责统筹全校安全工作，审定安全制度。", "由校长担任组长，副校长、德育处主任担任副组长", "needs_review"],
      [["校园安全巡查工作小组"], ["保卫处主任"], "负责日常安全巡查，记录并上报隐患。", "由保卫处主任担任组长，各年级主任为成员", "needs_review"],
    ]);
    expect(doc.sections.map((s) => s.title)).toEqual(["组织机构和职责"]);
  });

  it("reads a working group's labelled people beside its labelled duties (组织协调组组长:张明成员:…主要职责:负责…): the head as leader, deputies and members under their own words, a name glued before the duties' label kept the name's", async () => {
    const doc = await read("xx-school-2020-epidemic-groups-labelled-people.txt");
    expect(doc.tasks.map((t) => [t.title, t.leaders, t.content, t.extra])).toEqual([
      ["组织协调组", ["张明"], "负责具体指挥、组织疫情处置工作;负责综合协调工作。", { 成员: "李华、王强", 副组长: "" }],
      ["紧急救护组", ["赵丽"], "负责师生体温检测,第一时间隔离和看护疑似发病师生。", { 成员: "", 副组长: "" }],
      ["后勤保障组", ["陈刚"], "负责车辆保障和防疫物资的采购发放。", { 成员: "", 副组长: "刘洋" }],
    ]);
    // The heading over the division of work (分工负责机构) names no unit, though it ends as one does.
    expect(doc.tasks.every((t) => t.units.length === 0)).toBe(true);
  });

  it("reads news clauses that each open with the body that leads a group (市公安局牵头治安保障组，开展…), 牵头 kept in the wording, the words before the first body the page's", async () => {
    const doc = await read("xx-city-2018-news-lead-groups-clauses.txt");
    expect(doc.tasks.map((t) => [t.title, t.units, t.status])).toEqual([
      ["牵头治安保障组，开展重点区域巡逻防控", ["市公安局"], "needs_review"],
      ["牵头交通保障组，优化公交线路和站点设置", ["市交通局"], "needs_review"],
      ["牵头市容保障组，集中整治占道经营。", ["市城管局"], "needs_review"],
    ]);
    expect(doc.leftovers.map((l) => l.text)).toContain("根据总体方案，");
  });

  it("reads the bodies' headings under a sentence that announces how powers are divided (…之权责划分如下：) over their numbered matters, a wrapped matter joined, the site's line after them kept out", async () => {
    const doc = await read("xx-county-2008-road-rules-powers-divided.txt");
    expect(doc.tasks.map((t) => [t.units, t.content])).toEqual([
      [["主管机关"], "有关道路管理之监督事项。"],
      [["主管机关"], "有关道路新辟、修筑及养护计划之审议与其他事项。"],
      [["管理机关"], "有关道路之维护事项。"],
      [["管理机关"], "有关道路交通流量资料之统计事项。"],
    ]);
    expect(doc.leftovers.map((l) => l.text)).toContain("相关令函 (0) 相关判解 (0)");
  });

  it("reads a group's heading over lines of its head, members and duties (组长：… / 成员：… / 职责：…): a bare 职责 label after the head is the duties', a label spaced to width (组 长：) the same word", async () => {
    const doc = await read("xx-town-earthquake-groups-head-lines.txt");
    expect(doc.tasks.map((t) => [t.title, t.content, t.leaders, t.extra.成员])).toEqual([
      ["综合协调组", "负责应急期间的综合协调，及时上报灾情。", ["孙黎明（镇党委副书记）"], "党政办全体人员"],
      ["抢险救援组", "负责组织抢险队伍开展人员搜救。", ["王军"], ""],
    ]);
  });

  it("reads an announced division whose text runs on for 150,000 lines after it without overflowing the stack (the list's end is found line by line)", async () => {
    const lines = ["主管机关与管理机关之权责划分如下：", "一、主管机关：", "（一）有关道路管理之监督事项。", "二、管理机关：", "（一）有关道路之维护事项。"];
    for (let i = 0; i < 150_000; i++) lines.push("一段没有编号的说明文字。");
    const input = textInput(lines.join("\n"));
    const doc = await parseBytes(input.data, input.fileName);
    expect(doc.tasks.map((t) => t.units)).toEqual([["主管机关"], ["管理机关"]]);
  }, 180_000);
});
