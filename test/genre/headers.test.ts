import { describe, expect, it } from "vitest";
import { fieldForHeader, fieldsForHeader } from "../../src/genre/headers.js";

describe("the header vocabulary", () => {
  it("names the columns of tables issued by departments and by projects", () => {
    const printed = ["主要工作", "工作目标", "建设内容", "牵头处室", "配合处室", "推进时限", "时间进度", "厅领导", "市级责任领导", "包保领导", "时间安排"];
    // 工作目标 is a target of its own (since schema 1.1.0), not the task's content.
    expect(printed.map(fieldForHeader)).toEqual(["title", "target", "content", "leadUnits", "supportUnits", "deadline", "deadline", "leaders", "leaders", "leaders", "deadline"]);
  });

  it("reads a column of units and their people (牵头单位及主要负责人) as units, a report's term after what it reports on (落实进展情况) as progress, and 目标完成情况 as no report", () => {
    expect(["牵头单位及主要负责人", "责任单位和责任人", "主要负责人", "落实进展情况", "项目推进情况", "目标完成情况"].map(fieldForHeader)).toEqual(["leadUnits", "units", "contacts", "progress", "progress", "extra"]);
  });

  it("reads a random inspection list's initiating and joining bodies (發起部門 | 配合部門), a group's lead and deputy bodies (组长单位 | 副组长单位) and a matter's handling bodies (办理单位, 会办单位) as units", () => {
    expect(["發起部門", "发起部门", "组长单位", "副组长单位", "办理单位", "会办单位"].map(fieldForHeader)).toEqual(["leadUnits", "leadUnits", "leadUnits", "supportUnits", "units", "supportUnits"]);
  });

  it("reads a unit term after a level (区责任单位, 县级牵头单位) as the term's column, and a level word that begins another word as no level (区域)", () => {
    expect(["区责任单位", "县级牵头单位", "市配合单位", "区域"].map(fieldForHeader)).toEqual(["units", "leadUnits", "supportUnits", "extra"]);
  });

  it("reads a column of targets first and one of 指标 after it, with no content (工作目标 | 区责任单位 | 涉及本区工作指标), as the tasks and each one's share of them", () => {
    expect(fieldsForHeader(["序号", "工作目标", "区责任单位", "涉及西湖区工作指标", "进展情况"])).toEqual(["seq", "title", "units", "target", "progress"]);
  });

  it("reads the leader a notice names as 主管 (主管领导, 主管市领导) as leaders, and 主要责任人 as contacts", () => {
    expect(["主管领导", "主管市领导", "主管县领导", "主要责任人"].map(fieldForHeader)).toEqual(["leaders", "leaders", "leaders", "contacts"]);
    // …and the leader who oversees, leads or is paired with a task (督办领导, 领衔领导, 挂点领导, 包联领导).
    expect(["督办领导", "领衔领导", "挂点领导", "包联领导", "协助领导"].map(fieldForHeader)).toEqual(["leaders", "leaders", "leaders", "leaders", "leaders"]);
  });

  it("takes the first column it does not know, before the units, as what each row is about when no column holds wording (专项整治行业 | 时间安排 | 责任单位)", () => {
    expect(fieldsForHeader(["专项整治行业", "时间安排", "责任单位"])).toEqual(["title", "deadline", "units"]);
    // …not a column of figures, and not when a column of wording is there.
    expect(fieldsForHeader(["投资(万元)", "完成时限", "责任单位"])).toEqual(["extra", "deadline", "units"]);
    expect(fieldsForHeader(["专项整治行业", "重点任务", "责任单位"])).toEqual(["extra", "title", "units"]);
  });

  it("reads a column of targets that comes first, with no column of wording, as the tasks' wording (责任目标 | 责任主体 | 完成时间)", () => {
    expect(fieldsForHeader(["责任目标", "责任主体", "完成时间"])).toEqual(["title", "units", "deadline"]);
    // Beside a column of wording, or after columns the vocabulary does not know, it stays a target.
    expect(fieldsForHeader(["工作任务", "年度目标", "责任单位"])).toEqual(["title", "target", "units"]);
    expect(fieldsForHeader(["序号", "项目内容说明", "年度目标", "责任单位"])[2]).toBe("target");
  });

  it("reads the departments a duty concerns (涉及部门, 涉及单位, 职能部门) as units", () => {
    expect(fieldsForHeader(["序号", "涉及部门", "职责分工"])).toEqual(["seq", "units", "content"]);
    expect(["涉及单位", "职能部门"].map(fieldForHeader)).toEqual(["units", "units"]);
  });

  it("reads the roles alone under a 责任单位 group header (牵头 | 配合), and keeps longer words that begin with them", () => {
    expect(["牵头", "配合", "牵头领导", "牵头负责领导"].map(fieldForHeader)).toEqual(["leadUnits", "supportUnits", "leaders", "leaders"]);
    // Only whole: 牵头责任 is the first line of 牵头责任单位 wrapped in two.
    expect(fieldForHeader("牵头责任")).toBe("extra");
  });

  it("reads a project list's span (建设起止年限) as its deadline and the year's plan (2023年度计划) as its target", () => {
    expect(fieldsForHeader(["序号", "项目名称", "建设内容", "建设起止年限", "总投资(万元)", "2023年度计划", "责任单位"])).toEqual(["seq", "title", "content", "deadline", "extra", "target", "units"]);
  });

  it("reads how far along a task is, as a share (进展比例, 完成比例), as its progress", () => {
    expect(fieldForHeader("进展比例")).toBe("progress");
    expect(fieldForHeader("進展比例")).toBe("progress");
    expect(fieldForHeader("完成比例")).toBe("progress");
  });

  it("reads a grouping column named for its sorting (事项分类, 项目分类) as the category, not as the task (事项…)", () => {
    expect(fieldsForHeader(["序号", "事项分类", "事项名称", "项目内容", "牵头单位", "协同单位"])).toEqual(["seq", "category", "title", "content", "leadUnits", "supportUnits"]);
  });

  it("names the columns of rectification lists (整改/整治清单) and a task's 具体工作", () => {
    const printed = ["问题具体情况", "存在问题", "具体整治措施", "整改时限", "计划完成 整治时间", "整治进展情况", "具体工作"];
    expect(printed.map(fieldForHeader)).toEqual(["title", "title", "content", "deadline", "deadline", "progress", "content"]);
  });

  it("names a progress report's columns: the item's name qualified by its programme, and the period's work done", () => {
    const printed = ["民生事项名称", "实事名称", "1-9月份工作完成情况", "一季度工作进展情况", "上半年工作落实情况", "辦理情形及進度", "执行情况", "目前完成情况、存在问题及下一步工作措施", "完成进度(%)"];
    expect(printed.map(fieldForHeader)).toEqual(["title", "title", "progress", "progress", "progress", "progress", "progress", "progress", "progress"]);
  });

  it("reads a 三张清单 table: wording columns broad to narrow before the content group the rows, the last names the task", () => {
    expect(fieldsForHeader(["建设任务", "工作事项", "工作指标", "任务清单", "责任清单", "时限清单"])).toEqual(["category", "category", "title", "content", "units", "deadline"]);
    // Levels of one scheme: the last level names the task, the ones above group it, a description is its content.
    expect(fieldsForHeader(["一级指标", "二级指标", "指标描述", "测评方式", "负责部门"])).toEqual(["category", "title", "content", "extra", "units"]);
    expect(fieldsForHeader(["一级指标", "二级指标", "三级指标", "评分标准"])).toEqual(["category", "category", "title", "content"]);
    // Without a content column, the first of two names the task (指标 | 工作任务).
    expect(fieldsForHeader(["指标", "工作任务", "责任单位"])).toEqual(["title", "content", "units"]);
  });
  it("reads a header it does not list by how the genre builds one: a role word, then the party that holds the column (牵头负责司局, 相关责任部门, 区级责任领导)", () => {
    const printed = ["牵头负责司局", "协同配合处室", "相关责任部门", "区级责任领导", "具体经办联系人"];
    expect(printed.map(fieldForHeader)).toEqual(["leadUnits", "supportUnits", "units", "leaders", "contacts"]);
    // A page's own labels, a numbered heading and a column that names no role stay unknown.
    expect(["发布机构", "发布时间", "二、主办单位", "评分单位", "所在部门", "属地责任单位"].map(fieldForHeader)).toEqual(["extra", "extra", "extra", "extra", "extra", "extra"]);
  });

  it("reads a column that says what kind a task is (指标属性) as no field of the task, and 预期效果 as its target", () => {
    expect(["指标名称", "预期效果", "指标属性", "任务类型"].map(fieldForHeader)).toEqual(["title", "target", "extra", "extra"]);
    // The name of what each row is, and measures however qualified (贯彻举措, 保障措施), are the task's wording.
    expect(["目标名称", "工作名称", "贯彻举措", "保障措施", "措施"].map(fieldForHeader)).toEqual(["title", "title", "content", "content", "content"]);
  });
});
