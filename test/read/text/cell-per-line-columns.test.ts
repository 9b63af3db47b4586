import { describe, expect, it } from "vitest";
import { cellKind, expectedKind } from "../../../src/genre/cell-types.js";
import { parse } from "../../../src/index.js";
import { reasonText } from "../../../src/i18n/reasons.js";
import { textInput } from "../../helpers.js";

// A progress report printed a cell a line: a category merged down its rows, tasks numbered 1. 2. 3.,
// and two columns after those the vocabulary knows (what was achieved, a phone to call).
const REPORT = [
  "某市2022年民生实事项目1-9月进展情况",
  "类别",
  "民生事项名称",
  "2022年度任务目标",
  "责任单位",
  "分管市领导",
  "1-9月份工作完成情况",
  "1-9月份工作取得成效",
  "监督电话",
  "一、教育文化",
  ...[
    ["1.改扩建城区学校", "完成城区学校一期2座教学楼建设。", "已完成主体建筑结构施工。", "新增学位900个。"],
    ["2.推进学校运动场地建设", "完成13处农村学校塑胶运动场地建设。", "9月份开始施工,完成基础施工30%。", "改善学生运动条件。"],
    ["3.推进义务教育课后服务", "对全市义务教育学校实行课后服务全覆盖。", "已实现课后服务全覆盖。", "惠及学生3万人。"],
  ].flatMap(([name, target, done, gained]) => [name, target, "市教育局", "张某某", done, gained, "0535-1234567"]),
].join("\n");

describe("a report printed a cell a line, its rows numbered in a column after a merged category", () => {
  it("keeps the header's columns after the last one the vocabulary knows (…取得成效, 监督电话), and reads each row into them", async () => {
    const { document } = await parse(textInput(REPORT));
    expect(document.columns.map((c) => c.header)).toEqual(["类别", "民生事项名称", "2022年度任务目标", "责任单位", "分管市领导", "1-9月份工作完成情况", "1-9月份工作取得成效", "监督电话"]);
    expect(document.tasks.map((t) => [t.seq, t.category, t.title, t.units, t.leaders, t.extra.监督电话])).toEqual([
      [1, "一、教育文化", "改扩建城区学校", ["市教育局"], ["张某某"], "0535-1234567"],
      [2, "一、教育文化", "推进学校运动场地建设", ["市教育局"], ["张某某"], "0535-1234567"],
      [3, "一、教育文化", "推进义务教育课后服务", ["市教育局"], ["张某某"], "0535-1234567"],
    ]);
    expect(document.tasks[1]?.extra["1-9月份工作取得成效"]).toBe("改善学生运动条件。");
  });

  it("reads a line numbered as a task is as a task's name, never a unit, and a phone under 监督电话 as a contact's", () => {
    expect(cellKind("1.改扩建城区学校")).toBe("heading");
    expect(cellKind("监督电话0535-8246306")).toBe("people");
    // A lake's name in a river chiefs' list is no person's, though 高 is a surname; 李长江 still is one.
    expect(cellKind("高塘湖")).not.toBe("people");
    expect(cellKind("李长江")).toBe("people");
    expect(expectedKind("extra", "监督电话")).toBe("people");
  });
});

describe("a table printed a cell a line whose header terms the run-together reader also knows", () => {
  it("is read a cell a line, its header's cells being on lines of their own (国家园林城市 标准或要求 / 工作内容及要求 / …)", async () => {
    const text = [
      "某市创建国家园林城市任务分解表",
      "任务 内容",
      "国家园林城市 标准或要求",
      "工作内容及要求",
      "责任单位 或牵头单位",
      "协助 单位",
      "完成 期限",
      "生 态 环 境",
      "1、城市大环境绿化扎实开展,效果明显。",
      "禁止开发城市周围的自然山体,保护植被。",
      "市规划局",
      "市国土资源局",
      "2010年9月20日前",
      "2、按照城市卫生、安全等要求建设防护绿地。",
      "加强建成区防护绿地的建设及绿化带的管护。",
      "市建设局",
      "市城管局",
      "2010年9月20日前",
      "3、城市环境综合治理工作扎实开展。",
      "改善污水处理设施、环境卫生设施。",
      "市环保局",
      "市建设局",
      "2010年10月30日前",
    ].join("\n");
    const { document } = await parse(textInput(text));
    expect(document.document.source.layout).toBe("cell-per-line");
    expect(document.tasks.map((t) => [t.title.slice(0, 6), t.leadUnits, t.supportUnits, t.deadline])).toEqual([
      ["城市大环境绿", ["市规划局"], ["市国土资源局"], "2010年9月20日前"],
      ["按照城市卫生", ["市建设局"], ["市城管局"], "2010年9月20日前"],
      ["城市环境综合", ["市环保局"], ["市建设局"], "2010年10月30日前"],
    ]);
  });
});

describe("a table whose cells a page printed with single spaces, no row numbers", () => {
  it("flags a row whose words were joined into a cell at a space that says nothing", async () => {
    // Header and rows on one line, as a forum repost gives them; a stray space inside row 2's wording.
    const text = [
      "某县2024年重点任务分工",
      [
        "工作任务和内容 责任单位 配合单位 完成时间",
        "负责全县大气污染防治工作。 县生态环境局 县住建局 2024年12月底前",
        "负责全县城乡环境卫生综合整治工作的组织协调 开展专项行动。 县城管局 各乡镇 2024年10月底前",
        "负责河道水质监测工作。 县水利局 县农业农村局 2024年11月底前",
      ].join(" "),
    ].join("\n");
    const { document } = await parse(textInput(text));
    const second = document.tasks.find((t) => t.units.includes("县城管局"));
    expect(second?.title).toBe("负责全县城乡环境卫生综合整治工作的组织协调开展专项行动。");
    expect(second?.status).toBe("needs_review");
    expect(document.tasks.filter((t) => t !== second).every((t) => t.status === "ok")).toBe(true);
  });
});

describe("a short word read as a heading before a row of a table with no row numbers", () => {
  it("flags the row after it, which may have begun with it, and says so in Chinese", async () => {
    const text = [
      "某县2024年重点任务分工",
      [
        "工作任务和内容 责任单位 配合单位 完成时间",
        "负责全县大气污染防治工作。 县生态环境局 县住建局 2024年12月底前",
        "负责城乡 环境卫生整治工作。 县城管局 各乡镇 2024年10月底前",
        "负责河道水质监测工作。 县水利局 县农业农村局 2024年11月底前",
      ].join(" "),
    ].join("\n");
    const { document } = await parse(textInput(text));
    const row = document.tasks.find((t) => t.units.includes("县城管局"));
    expect(row?.status).toBe("needs_review");
    const doubt = document.messages.find((m) => m.ruleId === "row-doubt" && m.seq === row?.seq);
    expect(doubt?.reason).toMatch(/「负责城乡」/);
    expect(reasonText("row-doubt", doubt?.reason ?? "", "zh")).toMatch(/「负责城乡」\s*被读作标题/);
  });
});

describe("rows numbered one by one in a table with one column of wording", () => {
  it("gives each numbered row its own wording, though the wording reads like a unit (养老机构 | 民政所)", async () => {
    const rows: Array<[string, string, string]> = [
      ["烟花爆竹", "安监站、安监所", "1月份"],
      ["电力设施", "电管所", "3月份"],
      ["养老机构", "民政所", "4月份"],
      ["建筑施工及市政建设", "城建办", "5月份"],
      ["医疗机构", "文化站、卫生院", "6月份"],
    ];
    const text = ["某镇安全生产专项整治安排表", "序号", "专项整治行业", "责任单位", "时间安排", ...rows.flatMap(([what, who, when], i) => [String(i + 1), what, who, when])].join("\n");
    const { document } = await parse(textInput(text));
    expect(document.tasks.map((t) => [t.title, t.units])).toEqual(rows.map(([what, who]) => [what, who.split("、")]));
  });

  it("flags a row whose empty cell took its value from a row read with doubt", async () => {
    const text = [
      "某县卫生健康重点工作分解",
      "序号",
      "工作任务",
      "牵头单位",
      "配合单位",
      "1",
      "落实积极应对人口老龄化国家战略,加快发展养老服务。",
      "县卫健委、县民政局",
      "各乡镇人民政府、县政府有关部门",
      "2",
      "加强重大公共卫生安全风险源头防控。",
      "县卫健委",
      "3",
      "毫不放松抓好疫情常态化防控工作。",
      "4",
      "创建国家卫生县城。",
      "县爱卫办",
      "各乡镇人民政府",
    ].join("\n");
    const { document } = await parse(textInput(text));
    const [, second, third] = document.tasks;
    expect(second?.status).toBe("needs_review");
    // Row 3 printed only its wording: its units are row 2's, which were placed by a guess.
    expect(third?.status).toBe("needs_review");
    expect(document.messages.some((m) => m.ruleId === "row-doubt" && m.seq === 3 && /the row above, which was read with doubt/.test(m.reason))).toBe(true);
  });
});

describe("one of 牵头单位 | 配合单位 merged from the row above", () => {
  it("places a row's units in the column where the row above named them", async () => {
    const text = [
      "某市2023年重点工作任务分解表",
      "序号",
      "工作任务",
      "牵头单位",
      "配合单位",
      "1",
      "地区生产总值增长6%。",
      "市发展改革委",
      "各县(市)区政府、各开发区管委会",
      "2",
      "规模以上工业增加值增长6%。",
      "市财政局",
      "3",
      "固定资产投资增长10%以上。",
      "市发展改革委",
      "4",
      "社会消费品零售总额增长9%。",
      "市商务局",
      "各开发区管委会",
    ].join("\n");
    const { document } = await parse(textInput(text));
    // Row 3 names the lead above again (row 1's, carried down through row 2): the lead's, not the help's.
    expect(document.tasks[2]?.leadUnits).toEqual(["市发展改革委"]);
    expect(document.tasks[2]?.supportUnits).not.toContain("市发展改革委");
  });
});

describe("a table of figures printed a cell a line", () => {
  it("reads a bare number after the row's own as a figure of the row, not the next row's number", async () => {
    const rows: Array<[string, string, string]> = [
      ["城镇新增就业(人)", "26000", "32095"],
      ["城镇失业人员再就业(人)", "4000", "4934"],
      ["就业困难人员就业(人)", "2000", "2519"],
    ];
    const text = ["某市2017年十大民生工程进度表", "序号", "工作任务", "责任单位", "工作目标", "进展情况", ...rows.flatMap(([what, goal, done], i) => [String(i + 1), what, "市人力资源社会保障局", goal, done])].join("\n");
    const { document } = await parse(textInput(text));
    expect(document.tasks.map((t) => [t.title, t.target, t.progress])).toEqual(rows);
  });
});

describe("a page that prints each cell as a paragraph, a blank line between", () => {
  it("keeps the header's 序号 apart from the table's title just above it, and a row's number apart from the figure above it", async () => {
    const cells = ["序号", "工作任务", "责任单位", "工作目标", "进展情况", "1", "精准扶贫:农村饮用水安全巩固提升", "农林水务局", "1300人", "700", "2", "新增城镇就业", "人社局", "8950", "7356", "3", "建设农村公办幼儿园", "教育局", "2所", "2"];
    const text = `某区2017年民生实事完成情况表\n${cells.join("\n\n")}\n`;
    const { document } = await parse(textInput(text));
    expect(document.columns.map((c) => c.header)).toEqual(["序号", "工作任务", "责任单位", "工作目标", "进展情况"]);
    expect(document.tasks.map((t) => [t.seq, t.units, t.target, t.progress])).toEqual([
      [1, ["农林水务局"], "1300人", "700"],
      [2, ["人社局"], "8950", "7356"],
      [3, ["教育局"], "2所", "2"],
    ]);
  });
});

describe("a later page of a report printed a cell a line, no header", () => {
  it("names the text column after the task's, whose cells open as reports do (上半年，…), its progress", async () => {
    const rows = [
      ["4", "社会消费品零售总额增长9%以上。", "上半年,全市社会消费品零售总额672.7亿元,同比增长6.1%。", "市商务局"],
      ["5", "城镇常住居民人均可支配收入增长8%左右。", "上半年,城镇常住居民人均可支配收入19818元,增长4.4%。", "市人力资源社会保障局"],
      ["6", "农村常住居民人均可支配收入增速高于全省平均水平。", "截至6月底,农村常住居民人均可支配收入10420元,增长7.8%。", "市农业农村局"],
    ];
    const { document } = await parse(textInput(`${rows.flat().join("\n\n")}\n`));
    expect(document.tasks.map((t) => [t.seq, t.title, t.progress, t.units])).toEqual(rows.map(([n, task, done, unit]) => [Number(n), task, done, [unit]]));
  });
});
