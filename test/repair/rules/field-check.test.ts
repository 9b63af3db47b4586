import { describe, expect, it } from "vitest";
import { fieldCheck } from "../../../src/repair/rules/field-check.js";
import type { WorkDoc } from "../../../src/model/work.js";
import { workDoc } from "../work-doc.js";
import { hasOwnShape, reasonText } from "../../../src/i18n/reasons.js";

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

  it("flags a task with no unit, leader or person at all, even where the table names none for its other tasks", () => {
    const nobody = { title: "加强组织领导", content: "建立联动协调机制。" };
    expect(flagged(check(nobody))).toMatchObject({ status: "needs_review", field: "units" });
    // A person named with it says who carries it out.
    expect(flagged(check({ ...nobody, contacts: "张三" })).status).toBe("ok");
    const reason = check(nobody).messages[0]?.reason ?? "";
    expect(hasOwnShape("field-check", reason), reason).toBe(true);
    expect(reasonText("field-check", reason, "zh")).toMatch(/责任单位、领导或责任人/);
  });

  it("flags a task with no units (and no leader) in a table that has a column of units, however short", () => {
    const withColumn = (doc: WorkDoc): WorkDoc => ({ ...doc, columns: [{ header: "责任单位", field: "units", index: 0 }] });
    const apply = (fields: Record<string, string>): WorkDoc => fieldCheck.apply(withColumn(workDoc([{ seq: 1, fields }])));
    expect(flagged(apply({ ...good, units: "" }))).toMatchObject({ status: "needs_review", field: "units" });
    expect(flagged(apply({ ...good, units: "", leaders: "王副县长" })).status).toBe("ok");
    expect(flagged(apply(good)).status).toBe("ok");
  });

  it("flags wording that ends with a role word: the units were left in the text", () => {
    expect(flagged(check({ ...good, content: "开展古树名木普查，区林业局牵头。" }))).toMatchObject({ status: "needs_review", field: "content", actual: "牵头。" });
    // A unit's name before 落实 at the end says who carries it out; 抓好落实 is wording's own.
    expect(flagged(check({ ...good, content: "削减排放总量。由金国兴总工负责,污染物排放总量控制处落实。" }))).toMatchObject({ status: "needs_review", field: "content" });
    expect(flagged(check({ ...good, content: "开展古树名木普查，抓好落实。" })).status).toBe("ok");
  });

  it("flags a field that opens or closes a bracket without its pair: it was cut inside the bracket", () => {
    expect(flagged(check({ ...good, contacts: "王功传)" }))).toMatchObject({ status: "needs_review", field: "contacts" });
    expect(flagged(check({ ...good, content: "院内小广告未清除。(" }))).toMatchObject({ status: "needs_review", field: "content" });
    expect(flagged(check({ ...good, units: "区林业局（牵头）、区财政局" })).status).toBe("ok");
  });

  it("flags two lists of units joined into one name (…等部门和…)", () => {
    expect(flagged(check({ ...good, units: "公安厅、交通运输厅等部门和5市人民政府" }))).toMatchObject({ status: "needs_review", field: "units", actual: "交通运输厅等部门和5市人民政府" });
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

  it("flags wording that opens with a role word (负责，市工商局配合，…): the units it was said of were lost", () => {
    expect(flagged(check({ ...good, title: "", content: "负责,市工商局配合,加强流通环节进口食品质量安全监管。" }))).toMatchObject({ status: "needs_review", field: "content", actual: "负责," });
    expect(flagged(check({ ...good, title: "", content: "負責，取締縣以上城區無照經營食品小攤點。" }))).toMatchObject({ status: "needs_review", field: "content", actual: "負責，" });
    // A duty that begins with 负责 and its object is wording.
    expect(flagged(check({ ...good, title: "", content: "负责全市道路两侧单位落实门前三包责任制。" })).status).toBe("ok");
  });

  it("flags wording that opens with a cell's bar: a cell cut at the wrong place", () => {
    expect(flagged(check({ ...good, title: "", content: "|加快开放型经济建设。" }))).toMatchObject({ status: "needs_review", field: "content", actual: "|" });
  });

  it("flags a unit that holds a clause's words: what was said before it (此项工作由…) or the verb after it (…落实)", () => {
    expect(flagged(check({ ...good, units: "此项工作由市交通运输委、住房建设局" }))).toMatchObject({ status: "needs_review", field: "units", actual: "此项工作由市交通运输委" });
    expect(flagged(check({ ...good, units: "县农业农村局、各乡(街道)落实" }))).toMatchObject({ status: "needs_review", field: "units", actual: "各乡(街道)落实" });
    // 自由 is a word of its own (自由贸易试验区管委会).
    expect(flagged(check({ ...good, units: "自由贸易试验区管委会、区商务局" })).status).toBe("ok");
  });

  it("flags wording with the task's next number opening a line inside it (…\n4.2011年底…): the next task ran into it", () => {
    const doc = check({ ...good, content: "地下室工程完工,10月30日前完成;\n2.2011年底主体施工,2012年4月30日前封顶。" });
    expect(flagged(doc)).toMatchObject({ status: "needs_review", field: "content", actual: "2." });
    // Sub-items numbered from 1 in the task's own scheme are its own; so are sub-items of another scheme.
    expect(flagged(check({ ...good, content: "完成以下工作:\n1.完成普查。\n2.建立档案。" })).status).toBe("ok");
    expect(flagged(check({ ...good, content: "完成以下工作:\n(1)完成普查。\n(2)建立档案。" })).status).toBe("ok");
  });

  it("flags wording that opens with a sub-item's number of an outline numbered by points (1.3在学校…): the numbering was missed", () => {
    expect(flagged(check({ ...good, title: "1.3在学校门口显著位置展示校训", content: "" }))).toMatchObject({ status: "needs_review", field: "title", actual: "1.3" });
    // A figure is no number (1.5万人次).
    expect(flagged(check({ ...good, title: "", content: "1.5万人次参加培训。" })).status).toBe("ok");
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

  it("flags a field label printed in traditional characters (主管領導：), quoting it as printed", () => {
    expect(flagged(check({ ...good, title: "", content: "主管領導：劉東" }))).toMatchObject({ status: "needs_review", field: "content", actual: "主管領導：" });
  });

  it("flags a unit named twice in one list: two lists of units were joined", () => {
    expect(flagged(check({ ...good, units: "各县(市、区)政府、市信息化办、各縣(市、區)政府" }))).toMatchObject({ status: "needs_review", field: "units", actual: "各縣(市、區)政府" });
    // The same unit as lead and as support is two roles, not a list joined.
    expect(flagged(check({ ...good, units: "", leadUnits: "区林业局", supportUnits: "区林业局、区财政局" })).status).toBe("ok");
  });

  it("flags units in a bracket inside the wording with more after them: several tasks, each naming its units, read as one", () => {
    const merged = { ...good, title: "扶贫解困工程", content: "启动建设57个扶贫新村(市扶贫开发办、市以工代赈办)。升钟库区完成新村扶贫帮扶7个(剑阁县政府)。", units: "" };
    expect(flagged(check(merged))).toMatchObject({ status: "needs_review", field: "content", actual: "(市扶贫开发办、市以工代赈办)" });
    // Units at the end are the task's own; a place's collective in a bracket (乡镇(街道)) names no task's units.
    expect(flagged(check({ ...good, content: "开展古树名木普查(区林业局、区财政局)。" })).status).toBe("ok");
    expect(flagged(check({ ...good, content: "各乡镇(街道)开展古树名木普查，建立档案。" })).status).toBe("ok");
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

  it("says each of its reasons again in Chinese, with the field and the printed words", () => {
    const odd: Array<Record<string, string>> = [
      { ...good, units: "" },
      { ...good, content: "开展古树名木普查，区林业局牵头。" },
      { ...good, units: "区林业局、推动企业上市8家" },
      { ...good, title: "", content: ".地区生产总值增长左右。" },
      { ...good, title: "", content: "负责,市工商局配合,加强监管。" },
      { ...good, title: "", content: "6、98年元旦升旗活动相关事宜。" },
      { ...good, content: "开展古树\uFFFD名木普查。" },
      { ...good, content: "开展古树名木普查。二、推进城市更新" },
      { ...good, content: "完成普查;\n2.2011年底主体施工。" },
      { ...good, title: "", content: "" },
      { ...good, content: "开展古树名木普查。责任单位：区林业局" },
      { ...good, contacts: "张三负责组织开展全区古树名木普查建档和日常养护巡查工作" },
      { ...good, contacts: "陆 明俞 悦" },
      { ...good, units: "区林业局、区财政局、区林业局" },
      { ...good, content: "启动建设57个扶贫新村(市扶贫开发办、市以工代赈办)。升钟库区完成新村扶贫帮扶7个。" },
      { ...good, deadline: "2025年底前完成全区古树名木普查建档工作，并建立健全日常养护巡查制度、责任体系和考核办法，按季度报送进展" },
    ];
    const reasons = odd.map((fields) => check(fields, 5).messages.find((m) => m.seq === 1)?.reason ?? "");
    expect(new Set(reasons).size).toBe(odd.length);
    for (const reason of reasons) {
      expect(hasOwnShape("field-check", reason), reason).toBe(true);
      expect(reasonText("field-check", reason, "zh")).toMatch(/\p{Script=Han}/u);
    }
  });

  it("changes no field, and leaves tasks already needing review or missing alone", () => {
    const doc = fieldCheck.apply(workDoc([{ seq: 1, fields: { ...good, units: "推动企业上市8家" }, status: "missing" }, { seq: 2, fields: { ...good, content: "区林业局牵头" }, status: "needs_review" }]));
    expect(doc.messages).toEqual([]);
    const flaggedDoc = check({ ...good, units: "区林业局、推动企业上市8家" });
    expect(flaggedDoc.tasks[0]?.cells.get("units")?.text).toBe("区林业局、推动企业上市8家");
    expect(flaggedDoc.tasks[0]?.repairs).toEqual([]);
  });
});
