import { describe, expect, it } from "vitest";
import { quotePair } from "../../../src/repair/rules/quote-pair.js";
import { field, workDoc } from "../work-doc.js";

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
