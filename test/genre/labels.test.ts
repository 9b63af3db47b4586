import { describe, expect, it } from "vitest";
import { headingLabelField, labelLineField, labelsWithColon } from "../../src/genre/labels.js";

describe("field labels in running text", () => {
  it("reads a label printed with spaces between its characters (责 任 人：) as the label", () => {
    const text = "责任单位:市发改委\n责 任 人:安洪海\n完成时限:6月底";
    expect(labelsWithColon(text).map((h) => [h.field, text.slice(h.valueStart).split("\n")[0]])).toEqual([
      ["units", "市发改委"],
      ["contacts", "安洪海"],
      ["deadline", "6月底"],
    ]);
  });

  it("reads labels run together with no separator after a first one (牵头领导:刘兴达牵头单位:…责任单位:…), but no label glued inside prose", () => {
    const text = "1.地区生产总值增长6.5%以上。牵头领导:刘兴达牵头单位:市发展和改革局责任单位:各有关部门,各开发区";
    expect(labelsWithColon(text).map((h) => [h.field, h.label])).toEqual([
      ["leaders", "牵头领导"],
      ["leadUnits", "牵头单位"],
      ["units", "责任单位"],
    ]);
    // Without a label before it, a label glued to a word is the word's (各牵头单位要… has no colon; 市政府牵头单位: none before).
    expect(labelsWithColon("会议要求市政府牵头单位:抓紧落实").map((h) => h.label)).toEqual([]);
  });

  it("reads a role's label glued to the wording before it, the line break between them lost (…增长7%以上责任单位:区发展和改革局), not one a sentence names", () => {
    const text = "(一)地区生产总值增长7%以上责任单位:区发展和改革局(二)规上工业增加值增长12%以上牵头单位:区科技和经信局";
    expect(labelsWithColon(text).map((h) => [h.field, h.label])).toEqual([
      ["units", "责任单位"],
      ["leadUnits", "牵头单位"],
    ]);
    // An addressee list (…市直相关单位:), a sentence naming the units (请各责任单位:) and a body's own units stay prose.
    expect(["各县(区)人民政府,市政府各部门、市直相关单位:", "现通知如下,请各责任单位:", "会议要求市政府牵头单位:抓紧落实"].flatMap((t) => labelsWithColon(t).map((h) => h.label))).toEqual([]);
  });

  it("takes a line with a colon inside for a label with its value, not a label alone", () => {
    expect(labelLineField("牵头领导:刘兴达")).toBeNull();
    expect(labelLineField("责任单位")).toBe("units");
  });

  it("reads a label alone before a table's border pipe (进展情况、存在问题 及下一步工作建议: |) as the label, its value on the lines after", () => {
    expect(labelLineField("进展情况、存在问题 及下一步工作建议: |")).toBe("progress");
    expect(labelLineField("牵头单位: |")).toBe("leadUnits");
    expect(labelLineField("牵头单位: | 市城管局 |")).toBeNull();
  });

  it("reads a heading's words as a label when they are one, or end with one of four characters or more", () => {
    expect(headingLabelField("整改目标")).toBe("target");
    expect(headingLabelField("中央环境保护督察反馈意见整改任务")).toBe("title");
    expect(headingLabelField("整改效果")).toBe("progress");
    expect(headingLabelField("指导思想")).toBeNull();
    expect(headingLabelField("加快推进重点项目建设,确保完成年度任务")).toBeNull();
  });
});

describe("labels found before each colon", () => {
  it("finds the same labels as one scan of the whole text would, a qualified one and a spaced one among them", () => {
    const text = "1.推进某项工作。\n牵头单位：市发改委\n年度重点任务：完成X\n责 任 人：张三\n时间：全年\n协同责任单位:市财政局";
    expect(labelsWithColon(text).map((l) => [l.label, l.field, text.slice(l.valueStart, l.valueStart + 3)])).toEqual([
      ["牵头单位", "leadUnits", "市发改"],
      ["年度重点任务", "title", "完成X"],
      ["责 任 人", "contacts", "张三\n"],
      // A time's label is kept under its words (beside a unit's label a record reads it as its date).
      ["时间", "extra", "全年\n"],
      ["协同责任单位", "supportUnits", "市财政"],
    ]);
  });
});
