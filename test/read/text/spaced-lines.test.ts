import { describe, expect, it } from "vitest";
import { parse } from "../../../src/index.js";
import { spacedRelined } from "../../../src/read/text/spaced-lines.js";
import { Stream } from "../../../src/read/text/stream.js";
import { splitUnits } from "../../../src/structure/split-list.js";
import { textInput } from "../../helpers.js";

// A notice and its table as a web mirror gives them: every line break printed as one space, the
// header's words spaced out (完 成 情 况), a section heading between rows, a footer after the last.
const SPACED_PAGE = [
  "关于2023年重点工作任务上半年完成情况的通报 来源:市政府办公室 根据市政府工作安排,对重点工作进行了专项督查,现将有关情况通报如下。",
  "序号 重点工作任务 完 成 情 况 牵头责任单位",
  "一、确保完成全年主要预期目标",
  "1 地区生产总值增长8%左右。 上半年全市生产总值1172.4亿元,同比增长5.7%。 市发展改革委",
  "2 一般公共预算收入增长6%左右。 上半年全市一般公共预算收入88.1亿元,同比增长5.8%。 市财政局",
  "二、扩大有效投资",
  "3 固定资产投资增长12%。 上半年全市固定资产投资同比增长8.9%,新开工项目30 个。 市发展改革委",
  "4 社会消费品零售总额增长9%以上。 上半年全市社会消费品零售总额672.7亿元。 市商务局",
  "责任编辑:王某",
].join(" ");

describe("a page that printed its line breaks as spaces, table and all", () => {
  it("opens a line at the header's 序号, at each row's number and at a section heading before a row", () => {
    const out = spacedRelined(Stream.fromSource(SPACED_PAGE));
    const lines = out.text.split("\n").map((l) => l.trim());
    expect(lines[1]).toBe("序号 重点工作任务 完 成 情 况 牵头责任单位");
    expect(lines[2]).toBe("一、确保完成全年主要预期目标");
    expect(lines.filter((l) => /^\d /.test(l)).map((l) => l.split(" ")[0])).toEqual(["1", "2", "3", "4"]);
    expect(lines).toContain("二、扩大有效投资");
    // A figure standing alone (30 个) is no row's number; the footer opens its own line.
    expect(lines.some((l) => l.startsWith("30"))).toBe(false);
    expect(lines[lines.length - 1]).toBe("责任编辑:王某");
    // Every character still points into the source.
    const at = out.text.indexOf("市商务局");
    expect(SPACED_PAGE.slice(out.sourceAt(at), out.sourceAt(at) + 4)).toBe("市商务局");
  });

  it("reads its rows as tasks, with their sections, progress and units", async () => {
    const { document } = await parse(textInput(SPACED_PAGE));
    const tasks = document.tasks.filter((t) => t.status !== "missing");
    expect(tasks.map((t) => [t.seq, t.section, t.title, t.units])).toEqual([
      [1, "一", "地区生产总值增长8%左右。", ["市发展改革委"]],
      [2, "一", "一般公共预算收入增长6%左右。", ["市财政局"]],
      [3, "二", "固定资产投资增长12%。", ["市发展改革委"]],
      [4, "二", "社会消费品零售总额增长9%以上。", ["市商务局"]],
    ]);
    expect(tasks[2]?.progress).toBe("上半年全市固定资产投资同比增长8.9%,新开工项目30 个。");
  });

  it("leaves a stream alone that has no such header, or whose numbers do not count rows", () => {
    const prose = Stream.fromSource("各部门要高度重视 1 项工作 2 项任务 3 项措施 都要落实到位。".repeat(8));
    expect(spacedRelined(prose)).toBe(prose);
    // 序号 followed by words the vocabulary does not know as a header's.
    const noHeader = Stream.fromSource(`编号 甲 乙 丙 ${Array.from({ length: 6 }, (_, i) => `${i + 1} 某某事项办理完毕。 某某`).join(" ")}`.repeat(3));
    expect(spacedRelined(noHeader)).toBe(noHeader);
    const lined = Stream.fromSource(SPACED_PAGE.replace(/ (?=\d |序号|责任编辑)/g, "\n"));
    expect(spacedRelined(lined)).toBe(lined);
  });

  it("counts a row's number after a space as a line's when the cells run together (序号内容与要求…)", async () => {
    const text = [
      "2021年市政府重点工作完成情况表 序号内容与要求完成情况责任单位",
      "1确保地区生产总值增长7%以上。前三季度全市生产总值增长11.4%,高于全省平均。市发改委",
      "2高质量完成规划纲要编制并印发实施。1.专项规划基本编制完成;2.印发行动计划;3.深化区域合作;4.推进重大项目;5.完善体制机制。市发改委",
      "3全面推进数字化改革。建成一批重大应用场景,数字经济增加值增长12%。市大数据局",
    ].join(" ");
    const { document } = await parse(textInput(text));
    const tasks = document.tasks.filter((t) => t.status !== "missing");
    expect(tasks.map((t) => t.seq)).toEqual([1, 2, 3]);
    expect(tasks[1]?.units).toEqual(["市发改委"]);
  });
});

describe("cells of text told apart at the page's spaces", () => {
  const header = "序号 重点工作 完成状态 工作进展情况 牵头责任单位";
  const row = (n: number, status: string, progress: string) => `${n} 推进第${n}项重点工作。 ${status} ${progress} 市发展改革委`;

  it("flags a row whose two cells of text meet inside a sentence, not one whose first cell ends with a stop", async () => {
    const text = [
      "2022年上半年重点工作进展情况统计表",
      header,
      row(1, "序时推进", "上半年完成投资计划的百分之六十。"),
      row(2, "序时推进开展调研活动,梳理项目投资堵点和难点。梳理年内在建项目", "计划新开工项目清单 按月排出投资计划,压茬推进。"),
      row(3, "已完成", "全年任务已经完成。"),
    ].join("\n");
    const { document } = await parse(textInput(text));
    const status = Object.fromEntries(document.tasks.map((t) => [t.seq, t.status]));
    expect(status[2]).toBe("needs_review");
    expect(status[1]).toBe("ok");
    expect(status[3]).toBe("ok");
  });
});

describe("units apart at spaces, a bracketed note after one", () => {
  it("cuts after the note when the name before it is a unit's", () => {
    expect(splitUnits("市财政局 (市地方金融局) 市工信局")).toEqual(["市财政局 (市地方金融局)", "市工信局"]);
    expect(splitUnits("市安委办 (工作专班办公室)")).toEqual(["市安委办 (工作专班办公室)"]);
  });
});

describe("a line of more pieces than the header has columns", () => {
  it("flags the row whose pieces were joined where nothing printed says they are one cell, not one joined at a list's comma", async () => {
    const text = [
      "某市全面推行河长制主要任务分解表",
      "序号 主要任务 细化措施 牵头单位 备注",
      "1 加强水资源保 护 实施水资源消耗总量和强度双控行动。 市水利局 无",
      "2 推进节约用水 全面推进节水型社会建设。 市水利局、 市发展改革委 无",
      "3 落实河湖长制 建立健全河湖长组织体系。 市河长办 无",
      "4 加强河湖管理 开展河湖清四乱专项行动。 市水利局 无",
    ].join("\n");
    const { document } = await parse(textInput(text));
    const bySeq = Object.fromEntries(document.tasks.map((t) => [t.seq, t]));
    expect(bySeq[1]?.title).toBe("加强水资源保护");
    expect(bySeq[1]?.status).toBe("needs_review");
    expect(document.messages.some((m) => m.ruleId === "row-doubt" && m.seq === 1 && /pieces/.test(m.reason))).toBe(true);
    expect(bySeq[2]?.units).toEqual(["市水利局", "市发展改革委"]);
    expect(bySeq[2]?.status).toBe("ok");
    expect([bySeq[3]?.status, bySeq[4]?.status]).toEqual(["ok", "ok"]);
  });
});

describe("labelled records whose line breaks a web mirror printed as spaces", () => {
  // Each record's labels with their colon, and one label the page printed on a line of its own (责任单位 / 文广旅局).
  const text = [
    "全县为群众办实事项目进展与成效情况总结汇报",
    "01",
    "项目名称:提升县域生态环境",
    "项目内容:",
    "连通城区河道水系,新开引水河道,并建设配套建筑物。",
    "责任单位:",
    "水务局、城管局、自然资源局",
    "进展与成效:",
    "城区河道水系工程已完成可行性研究报告。",
    "02",
    "项目名称:加大文化惠民力度",
    "项目内容:",
    "新建城市书房1个,配合市图书馆完成一卡通项目。",
    "责任单位",
    "文广旅局",
    "进展与成效:",
    "城市书房已确定建设地址。",
    "03",
    "项目名称:实施文明实践提质增效工程",
    "项目内容:",
    "以传统节日为节点开展志愿服务活动。",
    "责任单位:",
    "县委宣传部",
    "进展与成效:",
    "已开展志愿服务活动12场。",
  ].join(" ");

  it("reads each record's labels, the one printed with no colon too, as the lined page is read", async () => {
    const { document } = await parse(textInput(text));
    expect(document.tasks.map((t) => [t.title, t.units])).toEqual([
      ["提升县域生态环境", ["水务局", "城管局", "自然资源局"]],
      ["加大文化惠民力度", ["文广旅局"]],
      ["实施文明实践提质增效工程", ["县委宣传部"]],
    ]);
  });
});
