import { describe, expect, it } from "vitest";
import { fieldCheck } from "../../../src/repair/rules/field-check.js";
import type { WorkDoc } from "../../../src/model/work.js";
import { workDoc } from "../work-doc.js";

const good = { title: "加强古树名木保护", content: "开展古树名木普查，建立档案。", units: "区林业局、区财政局", contacts: "张三", deadline: "2025年底" };

function check(fields: Record<string, string>, others = 0): WorkDoc {
  return fieldCheck.apply(workDoc([{ seq: 1, fields }, ...Array.from({ length: others }, (_, i) => ({ seq: i + 2, fields: good }))]));
}

function flagged(doc: WorkDoc): { status: string; field: string | null | undefined; actual: string | undefined } {
  const m = doc.messages.find((x) => x.ruleId === "field-check" && x.seq === 1);
  return { status: doc.tasks[0]?.status ?? "", field: m?.field, actual: m?.actual };
}

describe("field-check", () => {
  it("leaves a task whose fields look like what they hold as it is, with no message", () => {
    const doc = check(good, 5);
    expect(doc.tasks.every((t) => t.status === "ok")).toBe(true);
    expect(doc.messages).toEqual([]);
  });

  it("flags a task with no units in a table that names units for nearly every task", () => {
    expect(flagged(check({ ...good, units: "" }, 5))).toMatchObject({ status: "needs_review", field: "units" });
    // …but not in a short table, where there is no habit to go by.
    expect(flagged(check({ ...good, units: "" }, 2)).status).toBe("ok");
  });

  it("flags wording that ends with a role word: the units were left in the text", () => {
    expect(flagged(check({ ...good, content: "开展古树名木普查，区林业局牵头。" }))).toMatchObject({ status: "needs_review", field: "content", actual: "牵头。" });
  });

  it("flags a piece among the units that does not read as a unit's name", () => {
    expect(flagged(check({ ...good, units: "区林业局、推动企业上市8家" }))).toMatchObject({ status: "needs_review", field: "units", actual: "推动企业上市8家" });
  });

  it("flags wording that opens on a stop or a closing mark: a lost number (.坚持…) or a cell cut inside a sentence", () => {
    expect(flagged(check({ ...good, title: "", content: ".地区生产总值增长左右。" }))).toMatchObject({ status: "needs_review", field: "content", actual: "." });
    expect(flagged(check({ ...good, title: "", content: "、业主委员会、物业单位力量" }))).toMatchObject({ status: "needs_review", field: "content", actual: "、" });
    // An opening quote or bracket is wording's own.
    expect(flagged(check({ ...good, content: "“一件事一次办”改革全面推行。" })).status).toBe("ok");
  });

  it("flags wording that opens with an item's number no next number follows (6、98年元旦…): the numbering was missed", () => {
    expect(flagged(check({ ...good, title: "", content: "6、98年元旦升旗活动相关事宜,应事先做好规划。" }))).toMatchObject({ status: "needs_review", field: "content", actual: "6、" });
    // Sub-items numbered on (1.…；2.…), or one sub-item under a title, are the task's own.
    expect(flagged(check({ ...good, title: "", content: "1.开展古树名木普查；2.建立档案。" })).status).toBe("ok");
    expect(flagged(check({ ...good, content: "1.明确应急工作职责。" })).status).toBe("ok");
  });

  it("flags wording that holds mojibake (?.ǘ┩七M…, a replacement mark): it may not read as printed", () => {
    expect(flagged(check({ ...good, title: "", content: "?.ǘ┩七M東部石化基地,南沙臨港石化基地" }))).toMatchObject({ status: "needs_review", field: "content" });
    expect(flagged(check({ ...good, content: "开展古树\uFFFD名木普查。" })).status).toBe("needs_review");
    // A question in the text, or Latin letters of a name, are not garbled.
    expect(flagged(check({ ...good, content: "如何开展古树名木普查？建立档案。推广APP应用。" })).status).toBe("ok");
  });

  it("flags wording holding a heading of the outline after a stop (…。二、推进城市更新): the next part ran into the task", () => {
    expect(flagged(check({ ...good, content: "开展古树名木普查。二、推进城市更新" }))).toMatchObject({ status: "needs_review", field: "content", actual: "二、推进城市更新" });
    // Numbered sub-items (1)(2) are a task's own.
    expect(flagged(check({ ...good, content: "(1)开展古树名木普查。(2)建立档案。" })).status).toBe("ok");
  });

  it("flags a task with values but no wording of its own", () => {
    expect(flagged(check({ ...good, title: "", content: "" }))).toMatchObject({ status: "needs_review", field: "content" });
  });

  it("flags a field label inside a field: two fields may have run together", () => {
    expect(flagged(check({ ...good, content: "开展古树名木普查。责任单位：区林业局" }))).toMatchObject({ status: "needs_review", field: "content" });
  });

  it("flags a person's entry as long as a sentence, and a deadline as long as one", () => {
    expect(flagged(check({ ...good, contacts: "张三负责组织开展全区古树名木普查建档和日常养护巡查工作" }))).toMatchObject({ status: "needs_review", field: "contacts" });
    expect(flagged(check({ ...good, deadline: "2025年底前完成全区古树名木普查建档工作，并建立健全日常养护巡查制度、责任体系和考核办法，按季度报送进展" }))).toMatchObject({ status: "needs_review", field: "deadline" });
  });

  it("flags names cut so that one character stands alone (two padded names printed together)", () => {
    expect(flagged(check({ ...good, contacts: "陆 明俞 悦" }))).toMatchObject({ status: "needs_review", field: "contacts" });
    // One padded name (吕  乐) is one person.
    expect(flagged(check({ ...good, contacts: "吕  乐" })).status).toBe("ok");
  });

  it("changes no field, and leaves tasks already needing review or missing alone", () => {
    const doc = fieldCheck.apply(workDoc([{ seq: 1, fields: { ...good, units: "推动企业上市8家" }, status: "missing" }, { seq: 2, fields: { ...good, content: "区林业局牵头" }, status: "needs_review" }]));
    expect(doc.messages).toEqual([]);
    const flaggedDoc = check({ ...good, units: "区林业局、推动企业上市8家" });
    expect(flaggedDoc.tasks[0]?.cells.get("units")?.text).toBe("区林业局、推动企业上市8家");
    expect(flaggedDoc.tasks[0]?.repairs).toEqual([]);
  });
});
