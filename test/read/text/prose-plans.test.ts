import { describe, expect, it } from "vitest";
import { parse } from "../../../src/index.js";
import { textInput } from "../../helpers.js";

describe("a plan grouped by the unit that leads each group", () => {
  it("gives the tasks under (二)省审计厅牵头的工作 that name no lead that unit as their lead, recorded", async () => {
    const text = [
      "某省人民政府关于印发2008年省人民政府工作目标责任分解的通知",
      "一、常务副省长负责的工作",
      "(一)省审计厅牵头的工作",
      "1.全面加强审计工作。",
      "协同单位:省直各部门。",
      "2.深化经济责任审计。",
      "协同单位:各市人民政府。",
      "(二)省编办牵头的工作",
      "3.深化行政管理体制改革,优化政府机构设置。",
      "协同单位:省财政厅、省人事厅。",
      "4.积极稳妥地推进乡镇机构改革。",
      "协同单位:省农业厅。",
    ].join("\n");
    const { document } = await parse(textInput(text));
    const tasks = document.tasks.filter((t) => t.status !== "missing");
    expect(tasks.map((t) => t.leadUnits)).toEqual([["省审计厅"], ["省审计厅"], ["省编办"], ["省编办"]]);
    expect(tasks.every((t) => t.repairs.some((r) => r.ruleId === "section-lead"))).toBe(true);
  });
});

describe("news that runs a plan's duties on in sentences, each opening with who leads", () => {
  it("reads each 「X牵头，负责…。」 as a task led by X, flagged, though the site's numbered rules follow the article", async () => {
    const text = [
      "12月1日开始我市开展十大重点行业领域安全生产专项整治行动",
      "发布时间:2016-12-02 11:59",
      "为确保全市安全生产形势持续稳定,从12月1日开始,我市集中开展专项整治行动。",
      "市安全监管局牵头,负责组织开展对危险化学品和烟花爆竹领域的专项整治工作。市公安局牵头,负责组织开展对道路交通领域的专项整治工作。市住房和城乡建设局牵头,负责组织开展对建筑施工领域的专项整治工作。市教育局牵头,负责组织开展对校园安全领域的专项整治工作。",
      "本网版权与免责声明",
      "1、未经本网许可,任何人不得非法使用本网自有版权作品。",
      "2、本网转载其他媒体之稿件,不代表本网赞同其观点。",
      "3、如因作品版权问题可联系本网。",
    ].join("\n");
    const { document } = await parse(textInput(text));
    const tasks = document.tasks.filter((t) => t.status !== "missing");
    expect(tasks.map((t) => [t.title, t.leadUnits])).toEqual([
      ["组织开展对危险化学品和烟花爆竹领域的专项整治工作。", ["市安全监管局"]],
      ["组织开展对道路交通领域的专项整治工作。", ["市公安局"]],
      ["组织开展对建筑施工领域的专项整治工作。", ["市住房和城乡建设局"]],
      ["组织开展对校园安全领域的专项整治工作。", ["市教育局"]],
    ]);
    expect(tasks.every((t) => t.status === "needs_review")).toBe(true);
  });
});

describe("news that says each body's duty in a clause that opens with it", () => {
  it("reads 县财政局除负责…外，还要… and 县卫健局应当… as clauses of their bodies, each flagged", async () => {
    const text = [
      "我县部署人口抽样调查工作",
      "近日,我县出台调查工作通知。各乡镇人民政府要按照分级负责的原则,做好调查的组织和实施工作。县财政局除负责本级调查经费的落实外,还要对各乡镇经费落实情况督促检查;县卫健局应当提供出生人口资料,配合做好比对工作;宣传部门负责做好新闻宣传。",
    ].join("\n");
    const { document } = await parse(textInput(text));
    const tasks = document.tasks.filter((t) => t.status !== "missing");
    expect(tasks.map((t) => [t.units, t.title.slice(0, 6)])).toEqual([
      [["各乡镇人民政府"], "要按照分级负"],
      [["县财政局"], "除负责本级调"],
      [["县卫健局"], "应当提供出生"],
      [["宣传部门"], "负责做好新闻"],
    ]);
    expect(tasks.every((t) => t.status === "needs_review")).toBe(true);
  });
});

describe("problems listed with a bullet, each followed by a bracket of who answers for it", () => {
  it("reads (主体责任：X，监督责任：Y) as lead and support units, the bracket and the bullet no part of the wording", async () => {
    const text = [
      "● 白茶市场存在空闲摊位乱堆乱放现象,市场外存在占道经营、保洁不到位现象。",
      "(主体责任:白茶村委会,监督责任:市工商局)",
      "● 星悦公馆背后建筑工地大量生活、建筑垃圾堆积,无人管理。",
      "(主体责任:星悦公馆,监督责任:市住建委)",
      "● 城区内各大药店电子滚动屏幕无宣传标语。",
      "(主体责任:各大药店,监督责任:市食药监局)",
    ].join("\n");
    const { document } = await parse(textInput(text));
    expect(document.tasks.map((t) => [t.seqPrinted, t.content, t.leadUnits, t.supportUnits])).toEqual([
      ["●", "白茶市场存在空闲摊位乱堆乱放现象,市场外存在占道经营、保洁不到位现象。", ["白茶村委会"], ["市工商局"]],
      ["●", "星悦公馆背后建筑工地大量生活、建筑垃圾堆积,无人管理。", ["星悦公馆"], ["市住建委"]],
      ["●", "城区内各大药店电子滚动屏幕无宣传标语。", ["各大药店"], ["市食药监局"]],
    ]);
  });
});

describe("a report's points, each naming its place with a bracket of its units before a colon", () => {
  it("reads 1、联盛快乐城(责任单位:县商务局):前期… as the units in the bracket, the place and what follows the wording", async () => {
    const text = [
      "整改较好的点位",
      "1、联盛快乐城(责任单位:县商务局):前期通报该点位存在没有明确的行业规范等问题已按时整改到位。",
      "2、西海燕码头(责任单位:县文广新旅局):前期通报该点位存在无文明引导员等问题已按时整改到位。",
      "3、县人民医院(责任单位:县人民医院、县卫健委):前期通报该片区存在医院1米线磨损等问题已按时整改到位。",
    ].join("\n");
    const { document } = await parse(textInput(text));
    expect(document.tasks.map((t) => [t.content.replace(/\s+/g, ""), t.units])).toEqual([
      ["联盛快乐城:前期通报该点位存在没有明确的行业规范等问题已按时整改到位。", ["县商务局"]],
      ["西海燕码头:前期通报该点位存在无文明引导员等问题已按时整改到位。", ["县文广新旅局"]],
      ["县人民医院:前期通报该片区存在医院1米线磨损等问题已按时整改到位。", ["县人民医院", "县卫健委"]],
    ]);
  });
});

describe("unnumbered paragraphs each closed by a bracket of labelled units and deadline", () => {
  it("reads (责任单位:X、Y,完成时限:2023年9月) as units and deadline, the bracket no part of either, and leaves the notice's line before the first paragraph", async () => {
    const text = [
      "现将8月17日督察问题通报如下:",
      "新六大街西侧待建工地内散在垃圾整改不彻底,门卫室后杂物堆放较多。(责任单位:市国土局,完成时限:2023年9月)",
      "人民路沿街围墙公益广告缺失,围墙多处破损。(责任单位:市城管局、人民路街道,完成时限:2023年10月)",
    ].join("\n");
    const { document } = await parse(textInput(text));
    expect(document.tasks.map((t) => [t.content, t.units, t.deadline])).toEqual([
      ["新六大街西侧待建工地内散在垃圾整改不彻底,门卫室后杂物堆放较多。", ["市国土局"], "2023年9月"],
      ["人民路沿街围墙公益广告缺失,围墙多处破损。", ["市城管局", "人民路街道"], "2023年10月"],
    ]);
    expect(document.leftovers.map((l) => l.text)).toContain("现将8月17日督察问题通报如下:");
  });
});

describe("a notice that divides the tasks and goes on with its own points", () => {
  it("is refused as no table when its only points are its own (现将…予以分解，并就有关事项通知如下。 / 一、加强领导…。要…)", async () => {
    const text = [
      "某州人民政府办公室关于印发2020年州政府工作报告重点任务分工方案的通知",
      "各县(市)人民政府,州级有关部门:",
      "州人民代表大会批准的《政府工作报告》,明确了2020年全州经济社会发展预期目标和重点任务。经州政府同意,现将州政府工作报告重点任务予以分解,并就有关事项通知如下。",
      "一、加强领导,确保责任落实到位。要坚持以新时代中国特色社会主义思想为指导,认真落实各项部署。",
      "二、细化方案,确保工作落实到位。要按照细化、量化、项目化、具体化的要求,制定详实的落实方案。",
      "三、强化督查,确保问责问效到位。要牢固树立质量意识,切实把高质量发展要求贯穿始终。",
    ].join("\n");
    await expect(parse(textInput(text))).rejects.toMatchObject({ code: "NO_TABLE_FOUND" });
  });
});

describe("a notice whose addressees' line reads like a column's name", () => {
  it("is refused as no table: 各实施单位 / 各相关责任单位: on a line of its own addresses them, it labels no units", async () => {
    for (const closing of ["各实施单位", "各相关责任单位:"]) {
      const text = [
        "现将重点民生实事任务责任分解印发,并就抓好落实提出如下要求:",
        "一、高度重视,强化领导。各相关单位要提高政治站位,切实把民生实事摆在突出位置。",
        "二、明确任务,强化责任。牵头单位要细化任务指标,实施单位要全力抓好落实。",
        "三、严格督考,确保实效。对推进慢、成效差的单位通报批评。",
        closing,
      ].join("\n");
      await expect(parse(textInput(text)), closing).rejects.toMatchObject({ code: "NO_TABLE_FOUND" });
    }
  });
});

describe("a breakdown's notes under their own heading", () => {
  const notes = ["说明", "1.任务分解意见是对政府工作报告中涉及2022年重点工作任务的逐条细化分解。", "2.任务分解意见本着尽可能做到责任唯一的原则,将各项任务的主要负责单位确定为责任单位。", "3.各单位要按照任务分解意见,细化工作措施,确保按期完成。"];

  it("are no tasks: a page with nothing else is no table", async () => {
    const text = ["某市人民政府办公厅关于印发2022年政府工作报告任务分解意见的通知", "某市2022年《政府工作报告》任务分解意见", ...notes].join("\n");
    await expect(parse(textInput(text))).rejects.toMatchObject({ code: "NO_TABLE_FOUND" });
  });

  it("are kept out of the tasks of the table that follows them, as paragraphs before it", async () => {
    const text = [
      "某市2022年《政府工作报告》任务分解意见",
      ...notes,
      "一、主要发展指标",
      "1.地区生产总值增长6%左右。(责任单位:市发改委)",
      "2.一般公共预算收入增长5%。(责任单位:市财政局)",
      "3.城镇新增就业12万人。(责任单位:市人社局)",
    ].join("\n");
    const { document } = await parse(textInput(text));
    expect(document.tasks.filter((t) => t.status !== "missing").map((t) => t.units)).toEqual([["市发改委"], ["市财政局"], ["市人社局"]]);
  });
});

describe("a task's number printed again as an ordinal word", () => {
  it("takes 一是 / 二是 off the wording of tasks numbered 1, 2, recorded; an ordinal of another number stays", async () => {
    const text = [
      "其中,市长亲自牵头3项重点工作,分别为:",
      "1",
      "一是切实加强政府自身建设。坚决把全面从严治党要求落实到从严治政之中。",
      "2",
      "二是切实将政府活动全面纳入法治轨道,落实重大行政决策程序。",
      "3",
      "五是真正以人民群众满意度作为评判工作的标准。",
    ].join("\n");
    const { document } = await parse(textInput(text));
    const tasks = document.tasks.filter((t) => t.status !== "missing");
    const wording = (t: (typeof tasks)[number]) => t.title + t.content;
    expect(tasks.map((t) => wording(t).slice(0, 10))).toEqual(["切实加强政府自身建设", "切实将政府活动全面纳", "五是真正以人民群众满"]);
    expect(tasks.slice(0, 2).every((t) => t.repairs.some((r) => r.ruleId === "ordinal-twice" && /^[一二]是$/.test(r.before)))).toBe(true);
  });
});

describe("a unit's short name given after its name", () => {
  it("takes (以下简称…) off a unit named by its section's heading, recorded, the name kept", async () => {
    const text = [
      "二、本计划主办机关及其任务如下:",
      "(一)市发展和改革委员会(以下简称市发改委):",
      "1.本计划之订定、修正及发布。",
      "2.本计划之统筹规划及推动。",
      "(二)市财政局:",
      "1.本计划经费之预算编列。",
      "2.本计划经费之审核拨付。",
    ].join("\n");
    const { document } = await parse(textInput(text));
    expect(document.tasks.map((t) => t.units)).toEqual([["市发展和改革委员会"], ["市发展和改革委员会"], ["市财政局"], ["市财政局"]]);
    expect(document.tasks[0]?.repairs.some((r) => r.ruleId === "unit-alias" && r.before.includes("(以下简称市发改委)"))).toBe(true);
  });
});

describe("numbered items whose units only their sentences charge", () => {
  it("reads (七)消防安全。县消防大队要… as title, units and wording, each flagged, and leaves a notice's own points", async () => {
    const text = [
      "(七)消防安全。县消防大队要重点检查人员密集场所的消防设施、疏散通道和安全出口。",
      "(八)道路交通安全。县交警大队负责加强客运车辆和驾驶人的管理,严查超速、超载。",
      "(九)食品安全。县市场监管局要对节日期间的餐饮单位开展专项检查。",
      "七、工作要求",
      "(一)加强领导。各乡镇、各有关部门要高度重视,切实抓好落实。",
    ].join("\n");
    const { document } = await parse(textInput(text));
    const tasks = document.tasks.filter((t) => t.status !== "missing");
    expect(tasks.map((t) => [t.title, t.content, t.units])).toEqual([
      ["消防安全", "要重点检查人员密集场所的消防设施、疏散通道和安全出口。", ["县消防大队"]],
      ["道路交通安全", "负责加强客运车辆和驾驶人的管理,严查超速、超载。", ["县交警大队"]],
      ["食品安全", "要对节日期间的餐饮单位开展专项检查。", ["县市场监管局"]],
    ]);
    expect(tasks.every((t) => t.status === "needs_review")).toBe(true);
    expect(document.leftovers.map((l) => l.text).join("")).toContain("各乡镇、各有关部门要高度重视");
  });

  it("reads a rectification notice's problems whose measures give the work with 由 (整改措施：由县住建局督促…): the units copied, the measure kept whole, the closing request left over", async () => {
    const text = [
      "县创卫办对市容环境进行了巡查,发现存在以下问题亟待整改:",
      "",
      "1、东街商城户外广告破损。",
      "",
      "整改措施:由县住建局督促商户更换。",
      "",
      "2、人民路多处水果摊贩占道经营。",
      "",
      "整改措施:由市容环境综合整治联合执法工作组负责整治。",
      "",
      "3、河滨路住户在行道树晾晒衣物。",
      "",
      "整改措施:由包片单位县文广局督促住户移走晾晒的衣物。",
      "",
      "请各责任单位按整改要求尽快整改落实。",
    ].join("\n");
    const { document } = await parse(textInput(text));
    expect(document.tasks.map((t) => [t.title, t.content, t.units])).toEqual([
      ["东街商城户外广告破损。", "由县住建局督促商户更换。", ["县住建局"]],
      ["人民路多处水果摊贩占道经营。", "由市容环境综合整治联合执法工作组负责整治。", ["市容环境综合整治联合执法工作组"]],
      ["河滨路住户在行道树晾晒衣物。", "由包片单位县文广局督促住户移走晾晒的衣物。", ["县文广局"]],
    ]);
    expect(document.tasks.every((t) => t.status === "needs_review")).toBe(true);
    expect(document.leftovers.map((l) => l.text)).toContain("请各责任单位按整改要求尽快整改落实。");
  });

  it("is no list when only one point of a notice charges an office", async () => {
    const text = [
      "一、工作要求",
      "(一)加强组织领导。各乡镇、各部门要高度重视,切实抓好落实。",
      "(二)严格督查考核。县政府督查室负责对各单位的落实情况进行督查。",
      "(三)及时报送信息。各单位要按时报送工作进展情况。",
    ].join("\n");
    await expect(parse(textInput(text))).rejects.toMatchObject({ code: "NO_TABLE_FOUND" });
  });
});

describe("an emergency plan's members, each under a point of an outline numbered by dots", () => {
  it("reads 2.3.6 市建设局：负责… as the member's duty, the point its number and no part of the unit", async () => {
    const text = [
      "2.3.6 市建设局:负责提供火灾事故现场建筑物结构情况,评估建筑物险情,提供技术支持。",
      "2.3.7 市卫生局: 负责组织救护车辆和医护人员成立应急队伍,进行现场医疗救护。",
      "2.3.8 市质量技术监督局:负责提供特殊专业现场的技术支持;参与有关火灾事故的调查处理。",
    ].join("\n");
    const { document } = await parse(textInput(text));
    const tasks = document.tasks.filter((t) => t.status !== "missing");
    expect(tasks.map((t) => [t.seqPrinted, t.units, t.title + t.content])).toEqual([
      ["2.3.6", ["市建设局"], "负责提供火灾事故现场建筑物结构情况,评估建筑物险情,提供技术支持。"],
      ["2.3.7", ["市卫生局"], "负责组织救护车辆和医护人员成立应急队伍,进行现场医疗救护。"],
      ["2.3.8", ["市质量技术监督局"], "负责提供特殊专业现场的技术支持;参与有关火灾事故的调查处理。"],
    ]);
  });

  it("keeps a last duty the excerpt cuts after its first character (2.3.15 事发地政府:负), flagged as cut", async () => {
    const text = [
      "2.3.13 市气象局: 负责为灭火救援提供现场气象资料,提出处置建议。",
      "2.3.14 市经贸委:负责了解掌握现场救援和安置所需物资的生产、经营、储存情况。",
      "2.3.15 事发地政府:负",
    ].join("\n");
    const { document } = await parse(textInput(text));
    const last = document.tasks.filter((t) => t.status !== "missing").at(-1);
    expect([last?.units, last?.content, last?.status]).toEqual([["事发地政府"], "负", "needs_review"]);
  });
});

describe("problems found, each followed by a line of what is required, given with 由 to who answers for it", () => {
  it("reads the problem as the title, the requirement as the content and the units after 由 and their role, each flagged", async () => {
    const text = [
      "1、西大桥西侧河边堤岸警示牌沿线有垃圾死角和建筑垃圾。",
      "整改要求:由县环卫站负责清除上述地段垃圾死角和建筑垃圾。",
      "2、平利花园对面迎宾大道南围墙上有牛皮癣和野广告,东入口绿化带内丢弃有白色垃圾。",
      "整改要求:由包片单位县气象局负责清除。",
      "3、原安运司院落内有多处卫生死角,杂物乱堆。",
      "整改要求:由包片单位县供销社负责督促业主清理院内垃圾死角,规范物品堆放。",
      "4、沿线商户出店占道经营问题较为突出。",
      "整改要求:按照先劝阻、再强制的要求,对各自片区出店商户开展经常性劝阻教育。",
    ].join("\n");
    const { document } = await parse(textInput(text));
    const tasks = document.tasks.filter((t) => t.status !== "missing");
    expect(tasks.map((t) => [t.title.slice(0, 6), t.content.slice(0, 8), t.units])).toEqual([
      ["西大桥西侧河", "由县环卫站负责清", ["县环卫站"]],
      ["平利花园对面", "由包片单位县气象", ["县气象局"]],
      ["原安运司院落", "由包片单位县供销", ["县供销社"]],
      ["沿线商户出店", "按照先劝阻、再强", []],
    ]);
    expect(tasks.every((t) => t.status === "needs_review")).toBe(true);
  });
});

describe("a headquarters' working groups, each a heading, its duty and a line of who leads and takes part", () => {
  it("reads each group as one task: its name the title, its duty the content, 牵头 the lead and 参加 the support", async () => {
    const text = [
      "根据工作需要,总指挥部决定设立工作组。现将各工作组工作职责、牵头单位和成员单位通知如下:",
      "一、抢险救灾组",
      "负责清理灾区现场,搜索营救被困群众和受伤人员,组织救援人员和物资的空运、空投工作。",
      "由总参谋部牵头,公安部、地震局、武警部队参加。",
      "二、群众生活组",
      "负责制订实施受灾群众救助工作方案,保障灾区群众基本生活。",
      "由民政部牵头,财政部、商务部、红十字会参加。",
    ].join("\n");
    const { document } = await parse(textInput(text));
    const tasks = document.tasks.filter((t) => t.status !== "missing");
    expect(tasks.map((t) => [t.title, t.content.slice(0, 8), t.leadUnits, t.supportUnits])).toEqual([
      ["抢险救灾组", "负责清理灾区现场", ["总参谋部"], ["公安部", "地震局", "武警部队"]],
      ["群众生活组", "负责制订实施受灾", ["民政部"], ["财政部", "商务部", "红十字会"]],
    ]);
  });
});

describe("a meeting's minutes, each project named before a colon and what was asked of it", () => {
  it("reads the project's name as the title and what follows the colon as the content", async () => {
    const text = [
      "重点工程项目建设协调会议纪要",
      "会议听取了各建设项目的进度情况以及当前存在的问题,现将会议纪要如下,望各有关单位遵照执行。",
      "一、教育项目:",
      "1、旅游职专:会议要求招标手续按照区里要求尽快落实,力争月底前开始打桩。",
      "2、中华职专:会议要求抓紧办理前期手续。",
      "3、十九中学:会议要求涉及防火问题尽快与消防支队沟通,力争年内开工。",
      "4、中心小学:目前正在做施工图,会议要求由区教育局抓紧时间给区政府打报告,争取年内开工。",
      "5、十七中学:目前正在设计院做选址方案,会议要求其他工作要同步进行,今年力争动工。",
    ].join("\n");
    const { document } = await parse(textInput(text));
    const tasks = document.tasks.filter((t) => t.status !== "missing");
    expect(tasks.map((t) => [t.title, t.content.slice(0, 6)])).toEqual([
      ["旅游职专", "会议要求招标"],
      ["中华职专", "会议要求抓紧"],
      ["十九中学", "会议要求涉及"],
      ["中心小学", "目前正在做施"],
      ["十七中学", "目前正在设计"],
    ]);
  });
});

describe("a page's information block before a duty list", () => {
  it("reads no page label (- 发布机构:…, 其他文件发布机构:…) as a unit with a duty", async () => {
    const text = [
      "关于建立市殡葬改革工作联席会议制度的通知",
      "- 索 引 号 :008320033/2015-00063",
      "- 发布机构:攀枝花市人民政府办公室",
      "- 成文日期:2014-12-15",
      "组配分类: 其他文件发布机构: 攀枝花市人民政府办公室",
      "三、成员单位职责",
      "市委宣传部:负责做好殡葬改革宣传引导工作。",
      "市委组织部:负责掌握党员、干部治丧情况,加强对党员、干部的教育管理。",
      "市民政局:负责全市殡葬事务的管理、监督和检查。",
    ].join("\n");
    const { document } = await parse(textInput(text));
    const tasks = document.tasks.filter((t) => t.status !== "missing");
    expect(tasks.map((t) => t.units)).toEqual([["市委宣传部"], ["市委组织部"], ["市民政局"]]);
  });
});

describe("a plan's working groups, each with its head, its member bodies and its duties under labels", () => {
  it("reads the group as the title, 组  长 (spaced) as its leaders, 成员部门 as its units and 工作职责 as its content", async () => {
    const text = [
      "街道应对疫情联防联控工作实施方案",
      "二、组织机构",
      "(一)综合组",
      "组  长:龙雅俐",
      "成员部门:党政综合办、公共服务办、街道社区卫生服务中心",
      "工作职责:负责综合协调部门、社区、派出所等疫情联防联控工作机制内部日常事务工作。",
      "(二)排查组",
      "组  长:董晓波",
      "成员部门:各社区居委会",
      "工作职责:负责辖区内重点人员的排查登记工作。",
    ].join("\n");
    const { document } = await parse(textInput(text));
    expect(document.tasks.map((t) => [t.title, t.units, t.leaders, t.content.slice(0, 6)])).toEqual([
      ["综合组", ["党政综合办", "公共服务办", "街道社区卫生服务中心"], ["龙雅俐"], "负责综合协调"],
      ["排查组", ["各社区居委会"], ["董晓波"], "负责辖区内重"],
    ]);
  });

  it("takes the names printed on the lines under a head's label, blank lines between, as that label's", async () => {
    const text = [
      "一、农村疫情防控工作专班",
      "组     长:史立权(市农业农村局局长)",
      "",
      "史国建(市卫生健康局局长)",
      "",
      "副 组 长:陈红明(市农业农村局党委委员)",
      "成员单位:市农业农村局、市卫生健康局、市民政局",
      "主要职责:负责统筹协调指导农村疫情防控相关工作,制定工作方案。",
      "二、核酸检测工作专班",
      "组     长:张三(市卫生健康局局长)",
      "成员单位:市卫生健康局、市疾控中心",
      "主要职责:负责全市核酸检测工作的统筹安排。",
    ].join("\n");
    const { document } = await parse(textInput(text));
    const first = document.tasks[0];
    expect([first?.title, first?.leaders, first?.extra.副组长, first?.units]).toEqual([
      "农村疫情防控工作专班",
      ["史立权(市农业农村局局长)", "史国建(市卫生健康局局长)"],
      "陈红明(市农业农村局党委委员)",
      ["市农业农村局", "市卫生健康局", "市民政局"],
    ]);
  });
});
