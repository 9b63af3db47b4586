import { describe, expect, it } from "vitest";
import { duplicateSentence } from "../../src/repair/rules/duplicate-sentence.js";
import { missingRow } from "../../src/repair/rules/missing-row.js";
import { ocrLatin } from "../../src/repair/rules/ocr-latin.js";
import { ocrPeriod } from "../../src/repair/rules/ocr-period.js";
import { quotePair } from "../../src/repair/rules/quote-pair.js";
import { garbledRow } from "../../src/repair/rules/garbled-row.js";
import { unitRoles } from "../../src/repair/rules/unit-roles.js";
import { unitEtc } from "../../src/repair/rules/unit-etc.js";
import { RULES } from "../../src/repair/index.js";
import { field, workDoc } from "./work-doc.js";

describe("ocr-period", () => {
  it("turns an o between Chinese characters into 。 and records it", () => {
    const doc = ocrPeriod.apply(workDoc([{ seq: 1, fields: { content: "完成年度任务o加强考核" } }]));
    expect(field(doc, 1, "content")).toBe("完成年度任务。加强考核");
    expect(doc.tasks[0]?.repairs[0]).toMatchObject({ ruleId: "ocr-period", before: "完成年度任务o加强考核", after: "完成年度任务。加强考核" });
  });

  it("turns an o after a percentage at a sentence's end into 。", () => {
    const doc = ocrPeriod.apply(workDoc([{ seq: 1, fields: { content: "配套率保持100%o" } }]));
    expect(field(doc, 1, "content")).toBe("配套率保持100%。");
  });

  it("leaves Latin words and o beside Latin letters alone", () => {
    const doc = ocrPeriod.apply(workDoc([{ seq: 1, fields: { content: "推广Logo设计,建设OA系统" } }]));
    expect(field(doc, 1, "content")).toBe("推广Logo设计,建设OA系统");
    expect(doc.tasks[0]?.repairs).toEqual([]);
  });
});

describe("duplicate-sentence", () => {
  it("removes a sentence repeated back to back", () => {
    const doc = duplicateSentence.apply(workDoc([{ seq: 1, fields: { content: "加强河道巡查。加强河道巡查。建立台账。" } }]));
    expect(field(doc, 1, "content")).toBe("加强河道巡查。建立台账。");
  });

  it("keeps a sentence that is repeated with other sentences between", () => {
    const doc = duplicateSentence.apply(workDoc([{ seq: 1, fields: { content: "加强河道巡查。建立台账。加强河道巡查。" } }]));
    expect(field(doc, 1, "content")).toBe("加强河道巡查。建立台账。加强河道巡查。");
  });

  it("keeps short repeats that may be meant (是。是。)", () => {
    const doc = duplicateSentence.apply(workDoc([{ seq: 1, fields: { content: "按月。按月。" } }]));
    expect(doc.tasks[0]?.repairs).toEqual([]);
  });
});

describe("ocr-latin", () => {
  it("replaces letters inside a word only with the spelling the document uses elsewhere", () => {
    const doc = ocrLatin.apply(
      workDoc([
        { seq: 1, fields: { title: "推进数字Xiang村建设" } },
        { seq: 2, fields: { content: "建设数字乡村平台" } },
      ]),
    );
    expect(field(doc, 1, "title")).toBe("推进数字乡村建设");
    expect(doc.tasks[0]?.repairs[0]).toMatchObject({ ruleId: "ocr-latin", before: "数字Xiang村建", after: "数字乡村建" });
  });

  it("leaves the letters when the document has no spelling, or more than one", () => {
    const none = ocrLatin.apply(workDoc([{ seq: 1, fields: { title: "推进数字Xiang村建设" } }]));
    expect(field(none, 1, "title")).toBe("推进数字Xiang村建设");
    const two = ocrLatin.apply(
      workDoc([
        { seq: 1, fields: { title: "推进数字Xiang村建设" } },
        { seq: 2, fields: { content: "数字乡村建设;数字新村建设" } },
      ]),
    );
    expect(field(two, 1, "title")).toBe("推进数字Xiang村建设");
  });

  it("leaves abbreviations in capitals (APP, GDP) alone", () => {
    const doc = ocrLatin.apply(workDoc([{ seq: 1, fields: { content: "取消巡林APP考核" } }, { seq: 2, fields: { content: "巡林工作考核" } }]));
    expect(field(doc, 1, "content")).toBe("取消巡林APP考核");
  });
});

describe("quote-pair", () => {
  it("opens a quote before a term the document quotes elsewhere", () => {
    const doc = quotePair.apply(
      workDoc([
        { seq: 1, fields: { content: "全面推行河长制”工作" } },
        { seq: 2, fields: { title: "落实“河长制”考核" } },
      ]),
    );
    expect(field(doc, 1, "content")).toBe("全面推行“河长制”工作");
  });

  it("opens a quote before a numeral-led shorthand (“三线一单”)", () => {
    const doc = quotePair.apply(workDoc([{ seq: 1, fields: { content: "严格落实三线一单”管控" } }]));
    expect(field(doc, 1, "content")).toBe("严格落实“三线一单”管控");
  });

  it("opens a quote after the verb before the term", () => {
    const doc = quotePair.apply(workDoc([{ seq: 1, fields: { content: "深入推广河长+”模式" } }]));
    expect(field(doc, 1, "content")).toBe("深入推广“河长+”模式");
  });

  it("closes a quote when the document quotes the term elsewhere", () => {
    const doc = quotePair.apply(
      workDoc([
        { seq: 1, fields: { content: "推行“一河一策方案" } },
        { seq: 2, fields: { content: "编制“一河一策”" } },
      ]),
    );
    expect(field(doc, 1, "content")).toBe("推行“一河一策”方案");
  });

  it("leaves an unpaired quote it cannot place and warns", () => {
    const doc = quotePair.apply(workDoc([{ seq: 1, fields: { content: "“加强监管和执法力度,确保安全" } }]));
    expect(field(doc, 1, "content")).toBe("“加强监管和执法力度,确保安全");
    expect(doc.messages[0]).toMatchObject({ ruleId: "quote-pair", severity: "warning", seq: 1 });
  });
});

describe("missing-row", () => {
  it("adds an empty placeholder for each number absent from the sequence, in the section before it", () => {
    const doc = missingRow.apply(workDoc([{ seq: 1, section: "一" }, { seq: 4, section: "二" }]));
    expect(doc.tasks.map((t) => [t.seq, t.status, t.section])).toEqual([
      [1, "ok", "一"],
      [2, "missing", "一"],
      [3, "missing", "一"],
      [4, "ok", "二"],
    ]);
    expect(doc.tasks[1]?.cells.size).toBe(0);
    expect(doc.messages.map((m) => m.seq)).toEqual([2, 3]);
  });

  it("warns when numbers go backwards instead of inventing rows", () => {
    const doc = missingRow.apply(workDoc([{ seq: 1 }, { seq: 3 }, { seq: 2 }]));
    expect(doc.messages.map((m) => m.ruleId)).toEqual(["missing-row", "seq-order"]);
  });
});

describe("garbled-row", () => {
  it("numbers unreadable text from the gap it sits in and keeps it whole", () => {
    const base = workDoc([{ seq: 1 }, { seq: 3 }]);
    const doc = garbledRow.apply({ ...base, garbled: [{ text: "啜则酶s斐v", where: {}, afterSeq: 1, seqPrinted: null, section: null }] });
    expect(doc.tasks.map((t) => [t.seq, t.status, t.raw])).toEqual([
      [1, "ok", ""],
      [2, "needs_review", "啜则酶s斐v"],
      [3, "ok", ""],
    ]);
  });

  it("reports unreadable text where no number is missing as a leftover", () => {
    const base = workDoc([{ seq: 1 }, { seq: 2 }]);
    const doc = garbledRow.apply({ ...base, garbled: [{ text: "啜则酶s斐v", where: {}, afterSeq: 1, seqPrinted: null, section: null }] });
    expect(doc.tasks).toHaveLength(2);
    expect(doc.leftovers[0]).toMatchObject({ text: "啜则酶s斐v", reason: "unassigned" });
  });
});

describe("unit-roles", () => {
  it("reads a 责任单位 cell that labels its roles into lead and support units, recording the cell as printed", () => {
    const printed = "牵头单位\uff1a县发展改革局\uff1b配合单位\uff1a县市场监管局、县财政局";
    const doc = unitRoles.apply(workDoc([{ seq: 1, fields: { units: printed } }]));
    expect([field(doc, 1, "leadUnits"), field(doc, 1, "supportUnits"), field(doc, 1, "units")]).toEqual(["县发展改革局", "县市场监管局、县财政局", ""]);
    expect(doc.tasks[0]?.repairs).toMatchObject([{ ruleId: "unit-roles", field: "units", before: printed, after: "牵头 县发展改革局\uff1b配合 县市场监管局、县财政局" }]);
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

describe("the rule list", () => {
  it("has one rule per id, each described", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(r.description.length).toBeGreaterThan(20);
  });
});

describe("unit-etc", () => {
  it("takes 等, 等部门 and 等有关单位 off a unit's name and records each", () => {
    const doc = unitEtc.apply(workDoc([{ seq: 1, fields: { units: "市税务局等、市妇联、市文广旅局等部门,区司法局等有关单位" } }]));
    expect(field(doc, 1, "units")).toBe("市税务局、市妇联、市文广旅局,区司法局");
    expect(doc.tasks[0]?.repairs.map((r) => r.after.length < r.before.length)).toEqual([true, true, true]);
  });

  it("keeps 等 inside a name (高等学校) and a cell that is only a collective (等有关部门 alone)", () => {
    const doc = unitEtc.apply(workDoc([{ seq: 1, fields: { units: "市高等学校" } }, { seq: 2, fields: { units: "等有关部门" } }]));
    expect(field(doc, 1, "units")).toBe("市高等学校");
    expect(field(doc, 2, "units")).toBe("等有关部门");
  });
});
