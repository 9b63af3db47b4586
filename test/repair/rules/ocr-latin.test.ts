import { describe, expect, it } from "vitest";
import { ocrLatin } from "../../../src/repair/rules/ocr-latin.js";
import { field, workDoc } from "../work-doc.js";

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
