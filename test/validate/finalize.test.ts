import { describe, expect, it } from "vitest";
import { finalizeDocument } from "../../src/validate/finalize.js";
import { validateDocument } from "../../src/validate/index.js";
import { workDoc } from "../repair/work-doc.js";

describe("finalizeDocument", () => {
  it("cuts unit cells into units, lead and support first, each once, then the other responsible units as printed", () => {
    const doc = finalizeDocument(workDoc([{ seq: 1, fields: { title: "任务", leadUnits: "区林业局", supportUnits: "区财政局、区林业局", units: "区林业局、区水利局" } }]));
    const t = doc.tasks[0];
    expect(t?.leadUnits).toEqual(["区林业局"]);
    expect(t?.supportUnits).toEqual(["区财政局", "区林业局"]);
    expect(t?.units).toEqual(["区林业局", "区财政局", "区水利局"]);
  });

  it("splits a piece into units the document names alone elsewhere (文化宣传股文化馆), and keeps a piece it cannot", () => {
    const doc = finalizeDocument(
      workDoc([
        { seq: 1, fields: { title: "一", units: "文化宣传股文化馆" } },
        { seq: 2, fields: { title: "二", units: "文化宣传股" } },
        { seq: 3, fields: { title: "三", units: "文化馆、县图书馆总馆" } },
      ]),
    );
    expect(doc.tasks.map((t) => t.units)).toEqual([["文化宣传股", "文化馆"], ["文化宣传股"], ["文化馆", "县图书馆总馆"]]);
  });

  it("cuts run-together names on the names the document lists alone", () => {
    const doc = finalizeDocument(workDoc([{ seq: 1, fields: { title: "一", contacts: "孟蓉" } }, { seq: 2, fields: { title: "二", contacts: "孟蓉蒋建胜" } }, { seq: 3, fields: { title: "三", contacts: "蒋建胜" } }]));
    expect(doc.tasks.map((t) => t.contacts)).toEqual([["孟蓉"], ["孟蓉", "蒋建胜"], ["蒋建胜"]]);
  });

  it("calls a task repaired when it carries a repair, and keeps needs_review and missing as they are", () => {
    const wd = workDoc([{ seq: 1, fields: { title: "一" } }, { seq: 2, fields: { title: "二" }, status: "needs_review" }, { seq: 3, status: "missing" }, { seq: 4, fields: { title: "四" } }]);
    const repaired = { ...wd, tasks: wd.tasks.map((t) => (t.seq === 4 ? { ...t, repairs: [{ ruleId: "ocr-period", field: "title", before: "四o", after: "四。", where: {}, reason: "r" }] } : t)) };
    expect(finalizeDocument(repaired as never).tasks.map((t) => t.status)).toEqual(["ok", "needs_review", "missing", "repaired"]);
  });

  it("gives a column the table does not have as null, and one it has but left empty as empty", () => {
    const t = finalizeDocument(workDoc([{ seq: 1, fields: { title: "一", deadline: "" } }])).tasks[0];
    expect(t?.deadline).toBe("");
    expect(t?.progress).toBeNull();
  });

  it("makes a document the published schema accepts", () => {
    const doc = finalizeDocument(workDoc([{ seq: 1, fields: { title: "一", units: "区林业局" } }]));
    expect(() => validateDocument(doc)).not.toThrow();
  });
});
