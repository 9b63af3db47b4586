import { describe, expect, it } from "vitest";
import { unitRoles } from "../../../src/repair/rules/unit-roles.js";
import { field, workDoc } from "../work-doc.js";

describe("unit-roles", () => {
  it("reads a 责任单位 cell that labels its roles into lead and support units, recording the cell as printed", () => {
    const printed = "牵头单位\uff1a县发展改革局\uff1b配合单位\uff1a县市场监管局、县财政局";
    const doc = unitRoles.apply(workDoc([{ seq: 1, fields: { units: printed } }]));
    expect([field(doc, 1, "leadUnits"), field(doc, 1, "supportUnits"), field(doc, 1, "units")]).toEqual(["县发展改革局", "县市场监管局、县财政局", ""]);
    expect(doc.tasks[0]?.repairs).toMatchObject([{ ruleId: "unit-roles", field: "units", before: printed, after: "牵头 县发展改革局\uff1b配合 县市场监管局、县财政局" }]);
  });

  it("reads the units named after those that lead, with no role of their own, as helping them (A、B牵头，C、D)", () => {
    const doc = unitRoles.apply(workDoc([{ seq: 1, fields: { units: "省政府办公厅、省财政厅牵头，省商务厅、省文化广电和旅游厅" } }]));
    expect([field(doc, 1, "leadUnits"), field(doc, 1, "supportUnits"), field(doc, 1, "units")]).toEqual(["省政府办公厅、省财政厅", "省商务厅、省文化广电和旅游厅", ""]);
  });

  it("reads units just before those that lead, only a comma between (A，B牵头: a list whose 、 was printed as a comma), as leading too", () => {
    const doc = unitRoles.apply(workDoc([{ seq: 1, fields: { units: "省政务服务数据管理局,相关地市政府牵头" } }, { seq: 2, fields: { units: "省政务服务数据管理局牵头,省公安厅,省商务厅,中国人民银行广东省分行等有关单位按职责分工负责" } }]));
    expect([field(doc, 1, "leadUnits"), field(doc, 1, "units")]).toEqual(["省政务服务数据管理局、相关地市政府", ""]);
    // …and units before those that help, only commas between, help too.
    expect([field(doc, 2, "leadUnits"), field(doc, 2, "supportUnits"), field(doc, 2, "units")]).toEqual(["省政务服务数据管理局", "省公安厅、省商务厅、中国人民银行广东省分行", ""]);
  });

  it("reads people labelled among the units (牵头领导：…；责任人：…) into leaders and contacts", () => {
    const printed = "牵头领导\uff1a张某某\uff1b牵头单位\uff1a市河长办\uff1b配合单位\uff1a市水利局、各县区\uff1b责任人\uff1a李某";
    const doc = unitRoles.apply(workDoc([{ seq: 1, fields: { units: printed } }]));
    expect([field(doc, 1, "leaders"), field(doc, 1, "leadUnits"), field(doc, 1, "supportUnits"), field(doc, 1, "contacts"), field(doc, 1, "units")]).toEqual(["张某某", "市河长办", "市水利局、各县区", "李某", ""]);
  });

  it("takes short labels and keeps a responsible unit named before them; 责任单位 named after a lead works with it", () => {
    const doc = unitRoles.apply(workDoc([{ seq: 1, fields: { units: "各乡镇\uff0c牵头:县水利局 配合:县林业局\uff0c责任单位\uff1a县财政局" } }]));
    expect([field(doc, 1, "leadUnits"), field(doc, 1, "supportUnits"), field(doc, 1, "units")]).toEqual(["县水利局", "县林业局、县财政局", "各乡镇"]);
  });

  it("reads roles said in a sentence, a deadline and a standing note out of a bracket's units", () => {
    const printed = "市生态环境局牵头\uff0c市发改委、市经信局等参与\uff0c县（市、区）政府负责落实\u3002以下均需县（市、区）政府落实\uff0c不再列出";
    const doc = unitRoles.apply(workDoc([{ seq: 1, fields: { units: printed } }]));
    expect([field(doc, 1, "leadUnits"), field(doc, 1, "supportUnits"), field(doc, 1, "units"), field(doc, 1, "note")]).toEqual([
      "市生态环境局",
      "市发改委、市经信局、县（市、区）政府",
      "",
      "以下均需县（市、区）政府落实\uff0c不再列出",
    ]);
    expect(doc.tasks[0]?.repairs).toMatchObject([{ ruleId: "unit-roles", field: "units", before: printed }]);
    const deadline = unitRoles.apply(workDoc([{ seq: 1, fields: { units: "牵头单位\uff1a州行政审批服务局\uff1b责任单位\uff1a州司法局\uff0c6月底完成" } }]));
    expect([field(deadline, 1, "leadUnits"), field(deadline, 1, "supportUnits"), field(deadline, 1, "deadline")]).toEqual(["州行政审批服务局", "州司法局", "6月底完成"]);
  });

  it("keeps a sentence after the units as progress when it reports what was done, else as the note, and flags the task: where it belongs is a guess", () => {
    const printed = "市退役军人局\u3002其中\uff0c退役军人技能培训提升进度较慢的为叶集区\u3002";
    const doc = unitRoles.apply(workDoc([{ seq: 1, fields: { units: printed } }]));
    // It reports what was done (进度较慢): progress, flagged as a guess.
    expect([field(doc, 1, "units"), field(doc, 1, "progress"), field(doc, 1, "note")]).toEqual(["市退役军人局", "其中\uff0c退役军人技能培训提升进度较慢的为叶集区", undefined]);
    // So does one that names who has not finished (未完成…的县区为…, 整改不到位的为…).
    const behind = unitRoles.apply(workDoc([{ seq: 1, fields: { units: "市水利局\u3002未完成建设任务的县区为舒城县\u3002" } }, { seq: 2, fields: { units: "市卫健委\u3002其中\uff0c督查发现问题整改不到位的为叶集区\u3002" } }]));
    expect([field(behind, 1, "progress"), field(behind, 2, "progress")]).toEqual(["未完成建设任务的县区为舒城县", "其中\uff0c督查发现问题整改不到位的为叶集区"]);
    const remark = unitRoles.apply(workDoc([{ seq: 1, fields: { units: "市民政局\u3002涉及资金由市财政统筹安排\u3002" } }]));
    expect([field(remark, 1, "units"), field(remark, 1, "note")]).toEqual(["市民政局", "涉及资金由市财政统筹安排"]);
    expect(remark.tasks[0]?.status).toBe("needs_review");
    expect(doc.tasks[0]?.status).toBe("needs_review");
    expect(doc.tasks[0]?.repairs[0]?.reason).toMatch(/which is a guess/);
    // A standing note for the whole list is no guess.
    const standing = unitRoles.apply(workDoc([{ seq: 1, fields: { units: "发展改革委、能源局\u3002未明确牵头单位的\uff0c由所列负责单位按职责分工负责" } }]));
    expect(standing.tasks[0]?.status).not.toBe("needs_review");
  });

  it("reads the unit marked (牵头) in a list as the lead, the others as support", () => {
    const doc = unitRoles.apply(workDoc([{ seq: 1, fields: { units: "县财政局、县发展改革局\uff08牵头\uff09、县自然资源局" } }]));
    expect([field(doc, 1, "leadUnits"), field(doc, 1, "supportUnits"), field(doc, 1, "units")]).toEqual(["县发展改革局", "县财政局、县自然资源局", ""]);
    expect(doc.tasks[0]?.repairs).toMatchObject([{ ruleId: "unit-roles", before: "县财政局、县发展改革局\uff08牵头\uff09、县自然资源局" }]);
  });

  it("reads the roles said after the units (…牵头，…配合)", () => {
    const doc = unitRoles.apply(workDoc([{ seq: 1, fields: { units: "县交通运输局牵头\uff0c各乡镇人民政府、县财政局配合" } }]));
    expect([field(doc, 1, "leadUnits"), field(doc, 1, "supportUnits"), field(doc, 1, "units")]).toEqual(["县交通运输局", "各乡镇人民政府、县财政局", ""]);
  });

  it("leaves a cell without role labels, or a table with lead or support columns of its own, alone", () => {
    const alone: Array<Record<string, string>> = [{ units: "县发展改革局、县财政局" }, { units: "县财政局(牵头)" }, { units: "县财政局(牵头)、县水利局(牵头)" }, { units: "牵头单位\uff1a县水利局", leadUnits: "县水利局" }];
    for (const fields of alone) {
      const doc = unitRoles.apply(workDoc([{ seq: 1, fields }]));
      expect(doc.tasks[0]?.repairs).toEqual([]);
      expect(field(doc, 1, "units")).toBe(fields.units);
    }
  });
});
