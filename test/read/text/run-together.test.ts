import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../../src/index.js";
import { SEED, textInput } from "../../helpers.js";

const fields = (doc: Awaited<ReturnType<typeof parse>>["document"]) =>
  doc.tasks.map(({ seq, title, content, units, contacts, status }) => ({ seq, title, content, units, contacts, status }));

// The seed's text without the sharing site's banner and page markers: cells run together, one line.
const plain = readFileSync(SEED, "utf8")
  .split("\n")
  .slice(1)
  .map((l) => l.replace(/^\d+、/, ""))
  .join("");

describe("a table whose cells run together", () => {
  it("reads the same when OCR wrapped it into short lines", async () => {
    const wrapped = plain.replace(/(.{37})/g, "$1\n");
    const a = await parse(textInput(plain));
    const b = await parse(textInput(wrapped));
    expect(fields(b.document)).toEqual(fields(a.document));
    expect(a.document.tasks).toHaveLength(17);
  });

  it("reads a phone number after a contact's name into the contact", async () => {
    const text =
      "XX县安全生产重点工作任务分解表序号重点任务主要内容责任单位联系人一、压实安全责任" +
      "1健全责任体系落实党政同责、一岗双责。县应急局、各乡镇人民政府王小明(13800000000)" +
      "2开展隐患排查全面排查整治重大事故隐患。县应急局、县消防救援大队李四 023-65432100";
    const { document } = await parse(textInput(text));
    expect(document.tasks[0]?.contacts).toEqual(["王小明(13800000000)"]);
    expect(document.tasks[0]?.units).toEqual(["县应急局", "各乡镇人民政府"]);
    expect(document.tasks[1]?.contacts).toEqual(["李四 023-65432100"]);
  });

  it("gives the issuer signed under the last row back the place its name begins with, taken by the last contact (…周伟安澜市… → 周伟 | 安澜市…)", async () => {
    const text =
      "安澜市云岭区河湖长制工作任务分解表序号重点任务主要内容责任单位联系人" +
      "1强化河湖巡查落实河湖长巡河制度，区级河湖长每季度巡河不少于1次。区河长办、各镇街道孙丽萍" +
      "2加强排污口监管开展入河排污口排查整治，严厉打击偷排漏排行为。区生态环境局、区水利局孙丽萍周伟安澜市云岭区河长制办公室2024年3月15日印发";
    const { document } = await parse(textInput(text));
    expect(document.tasks[1]?.contacts).toEqual(["孙丽萍", "周伟"]);
    expect(document.document.issuer).toBe("安澜市云岭区河长制办公室");
  });

  it("ends a unit on a bracket (各乡镇(街道)) before the names, and starts content at 有序推进", async () => {
    const text =
      "XX区社会救助任务分解表序号重点任务主要内容责任单位联系人" +
      "1健全工作机制建立联席会议制度。区民政局、各乡镇(街道)王小明2加强队伍建设有序推进人员培训。区人社局、各乡镇(街道)李四";
    const { document } = await parse(textInput(text));
    expect(document.tasks.map((t) => [t.title, t.content, t.units, t.contacts])).toEqual([
      ["健全工作机制", "建立联席会议制度。", ["区民政局", "各乡镇(街道)"], ["王小明"]],
      ["加强队伍建设", "有序推进人员培训。", ["区人社局", "各乡镇(街道)"], ["李四"]],
    ]);
  });

  it("reads 目标内容 run into the header as one column, and role words closing a unit cell as the units'", async () => {
    // 目标 alone names a target column; run into 内容 it is one header, the task's content.
    const text =
      "XX区2023年生活垃圾分类工作任务清单序号任务名称目标内容主要责任单位完成期限" +
      "1习惯培养落实垃圾分类党建引领机制和四级联动机制,开展联动会议每季度不少于2次。镇(街道)、区委组织部等按职责分工负责全年" +
      "2宣传教育加强垃圾分类宣传,普及分类知识,提高知晓率。区城管局牵头,各镇(街道)配合2023年12月底前";
    const { document } = await parse(textInput(text));
    expect(document.tasks.map((t) => [t.title, t.content, t.target, t.deadline])).toEqual([
      ["习惯培养", "落实垃圾分类党建引领机制和四级联动机制,开展联动会议每季度不少于2次。", null, "全年"],
      ["宣传教育", "加强垃圾分类宣传,普及分类知识,提高知晓率。", null, "2023年12月底前"],
    ]);
    expect(document.tasks[0]?.units).toEqual(["镇(街道)", "区委组织部"]);
    expect(document.tasks[1]?.leadUnits).toEqual(["区城管局"]);
    expect(document.tasks[1]?.supportUnits).toEqual(["各镇(街道)"]);
  });
});

describe("a report of progress whose cells run together (序号重点工作牵头责任单位上半年落实情况1…)", () => {
  const row = (n: number, task: string, unit: string, progress: string) => `${n}${task}${unit}${progress}`;
  const text = (header: string) =>
    [
      `2024年重点工作上半年落实情况${header}`,
      row(1, "新开工亿元以上项目170个以上、竣工120个以上。", "市发改委", "截至6月底,已开工项目145个,占全年目标任务的87.9%。"),
      row(2, "力争实施技改项目400个。", "市工信局", "1-6月,全市305家规模工业企业共开展335个技改项目。"),
      row(3, "生活污水治理率达30%。", "市生态环境局", "截至6月底,已完成50个行政村污水治理。"),
      row(4, "农村居民人均可支配收入增速高于全省平均水平。", "市农业农村局", "上半年增长8.2%。"),
      row(5, "节能减排完成年度任务。", "市生态环境局", "已完成年度目标任务。"),
    ].join("");

  it("finds the header's progress column with its period (上半年落实情况) and its terms spaced out (完  成  情  况)", async () => {
    for (const header of ["序号重点工作牵头责任单位上半年落实情况", "序号重点工作牵头责任单位完  成  情  况"]) {
      const { document } = await parse(textInput(text(header)));
      const tasks = document.tasks.filter((t) => t.status !== "missing");
      expect(tasks.map((t) => t.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(tasks.map((t) => t.units)).toEqual([["市发改委"], ["市工信局"], ["市生态环境局"], ["市农业农村局"], ["市生态环境局"]]);
      expect(tasks[1]?.progress).toBe("1-6月,全市305家规模工业企业共开展335个技改项目。");
      expect(tasks[3]?.title).toBe("农村居民人均可支配收入增速高于全省平均水平。");
    }
  });

  it("cuts units from a report run on after them only where the report opens as one", async () => {
    // Row 3's report has no opening after its unit, and a comma: the unit is looked for glued inside it.
    const glued = text("序号重点工作牵头责任单位上半年落实情况").replace("截至6月底,已完成50个行政村污水治理。", "全市污水治理率已达到30%以上,城镇生活垃圾无害化处理率达到100%。");
    const { document } = await parse(textInput(glued));
    const third = document.tasks.find((t) => t.seq === 3);
    // No opening (截至, 已, 1-6月…) says where 市生态环境局 ends: the row is not cut at a guess (…无害化处 | 理率…).
    expect(third?.units).not.toContain("城镇生活垃圾无害化处");
    expect(third?.status === "ok" && third.units.join() !== "市生态环境局").toBe(false);
  });
});

describe("a plan's table flattened into one line, a first-responsible column before the main ones", () => {
  const text = [
    "《某市十一五规划纲要》主要目标任务分解落实方案工作重点序号主要工作任务第一责任单位主要责任单位一、主要发展指标1地区生产总值年均增长12%左右,人均生产总值达到6万元左右。市发展改革委各县(市、区)政府、嘉兴经济开发区、嘉兴港区2服务业增加值占生产总值比重达到40%。市发展改革委各县(市、区)政府、市三产发展领导小组各成员单位3全社会劳动生产率年均增长10%。市发展改革委市经贸委市规划建设局、市统计局、各县(市、区)政府4地方财政收入年均增长13%。市财政局各县(市、区)政府、嘉兴经济开发区",
  ].join("\n");

  it("reads 第一责任单位 as the lead and 主要责任单位 as the support, a port district (嘉兴港区) a unit", async () => {
    const { document } = await parse(textInput(text));
    const tasks = document.tasks.filter((t) => t.status !== "missing");
    expect(tasks.map((t) => [t.seq, t.leadUnits, t.supportUnits.at(-1)])).toEqual([
      [1, ["市发展改革委"], "嘉兴港区"],
      [2, ["市发展改革委"], "市三产发展领导小组各成员单位"],
      [3, expect.any(Array), "各县(市、区)政府"],
      [4, ["市财政局"], "嘉兴经济开发区"],
    ]);
  });

  it("flags the row whose unit cells still hold two names run together (市发展改革委市经贸委市规划建设局…), and only that one", async () => {
    const { document } = await parse(textInput(text));
    expect(document.tasks.map((t) => t.status === "needs_review")).toEqual([false, false, true, false]);
  });
});
