import { describe, expect, it } from "vitest";
import { ocrPeriod } from "../../../src/repair/rules/ocr-period.js";
import { field, workDoc } from "../work-doc.js";

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

  it("turns the o that ends a unit's sentence (县环保局o负责…, the units cut before the duty) into 。 in the units too", () => {
    const doc = ocrPeriod.apply(workDoc([{ seq: 1, fields: { content: "负责对全县秸秆禁烧工作实施统一监督。", units: "县交通局、公路局o" } }]));
    expect(field(doc, 1, "units")).toBe("县交通局、公路局。");
    expect(doc.tasks[0]?.repairs[0]).toMatchObject({ ruleId: "ocr-period", field: "units" });
  });

  it("leaves Latin words and o beside Latin letters alone", () => {
    const doc = ocrPeriod.apply(workDoc([{ seq: 1, fields: { content: "推广Logo设计,建设OA系统" } }]));
    expect(field(doc, 1, "content")).toBe("推广Logo设计,建设OA系统");
    expect(doc.tasks[0]?.repairs).toEqual([]);
  });
});
