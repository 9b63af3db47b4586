import { describe, expect, it } from "vitest";
import { ocrHanzi } from "../../../src/repair/rules/ocr-hanzi.js";
import { field, workDoc } from "../work-doc.js";

const hanzi = (tasks: Parameters<typeof workDoc>[0]) => ocrHanzi.apply(workDoc(tasks));
const repairsOf = (doc: ReturnType<typeof hanzi>) => doc.tasks.flatMap((t) => t.repairs);
const suggestions = (doc: ReturnType<typeof hanzi>) => doc.messages.filter((m) => m.ruleId === "ocr-hanzi");

describe("ocr-hanzi: the document's own phrases", () => {
  it("reads 黄物落实 as 贯彻落实, which the document prints elsewhere, naming its evidence (seed row 2)", () => {
    const doc = hanzi([
      { seq: 1, fields: { title: "黄物落实法规制度体系", content: "贯彻落实林长制相关法律法规。认真贯彻落实系列市总林长令。" } },
    ]);
    expect(field(doc, 1, "title")).toBe("贯彻落实法规制度体系");
    const [r] = repairsOf(doc);
    expect(r).toMatchObject({ ruleId: "ocr-hanzi", field: "title", before: "黄物落实法", after: "贯彻落实法" });
    expect(r?.reason).toContain("the document prints 「贯彻落实」 2 times elsewhere");
    expect(r?.reason).toContain("黄/贯");
    expect(r?.reason).toContain("物/彻");
  });

  it("restores a dropped character at the end of a phrase the document prints (seed row 3: 优化完督查 → 优化完善督查)", () => {
    const doc = hanzi([
      { seq: 3, fields: { title: "优化完督查考核体系", content: "开展督查检查。优化完善林长制争先创优赛马比拼工作机制。" } },
    ]);
    expect(field(doc, 3, "title")).toBe("优化完善督查考核体系");
    expect(repairsOf(doc)[0]?.reason).toMatch(/dropped.*prints 「优化完善」 once elsewhere.*stock phrase/);
  });

  it("repairs a look-alike misread on the document's phrase alone when it prints it twice or more", () => {
    const doc = hanzi([
      { seq: 1, fields: { title: "完善未端治理设施", content: "推进末端治理。加强末端治理能力。" } },
    ]);
    expect(field(doc, 1, "title")).toBe("完善末端治理设施");
    expect(repairsOf(doc)[0]?.reason).toContain("未/末");
  });

  it("removes a doubled character inside a phrase the document prints", () => {
    const doc = hanzi([{ seq: 1, fields: { title: "贯彻落落实法规", content: "全面贯彻落实各项部署。" } }]);
    expect(field(doc, 1, "title")).toBe("贯彻落实法规");
    expect(repairsOf(doc)[0]?.reason).toContain("doubled");
  });

  it("reads one character printed twice as a doubling, not as a drop beside it (贯彻彻落实 is not 贯彻 + 贯彻落实)", () => {
    const doc = hanzi([{ seq: 1, fields: { title: "贯彻彻落实法规", content: "全面贯彻落实各项部署。" } }]);
    expect(field(doc, 1, "title")).toBe("贯彻落实法规");
    expect(repairsOf(doc)).toHaveLength(1);
  });
});

describe("ocr-hanzi: the genre's stock phrases", () => {
  it("reads a look-alike misread as a stock phrase the document does not print, naming where the phrase was seen", () => {
    const doc = hanzi([{ seq: 1, fields: { title: "黄彻落实法规制度" } }]);
    expect(field(doc, 1, "title")).toBe("贯彻落实法规制度");
    expect(repairsOf(doc)[0]?.reason).toMatch(/stock phrase of the genre, printed by \d+ documents \(corpus\//);
  });

  it("does not insert a character on a stock phrase alone: no repair and no message", () => {
    const doc = hanzi([{ seq: 1, fields: { title: "优化完督查考核体系", content: "开展督查检查。" } }]);
    expect(field(doc, 1, "title")).toBe("优化完督查考核体系");
    expect(repairsOf(doc)).toEqual([]);
    expect(suggestions(doc)).toEqual([]);
  });
});

describe("ocr-hanzi: look-alike characters raise confidence, never enough alone", () => {
  it("changes nothing for a look-alike pair with no phrase behind it", () => {
    const doc = hanzi([{ seq: 1, fields: { title: "完善未端治理设施", content: "加强治理能力。" } }]);
    expect(field(doc, 1, "title")).toBe("完善未端治理设施");
    expect(repairsOf(doc)).toEqual([]);
    expect(suggestions(doc)).toEqual([]);
  });

  it("only suggests the reading when the document prints the phrase once (a single occurrence)", () => {
    // 末端 and 端治 are printed twice, so 末端治理 is no slip itself; 未端 once, in the title.
    const doc = hanzi([{ seq: 1, fields: { title: "完善未端治理设施", content: "推进末端治理。强化末端管控。开展前端治理。" } }]);
    expect(field(doc, 1, "title")).toBe("完善未端治理设施");
    expect(repairsOf(doc)).toEqual([]);
    expect(suggestions(doc)).toMatchObject([{ severity: "info", seq: 1, field: "title", actual: "善未端治理设", expected: "善末端治理设" }]);
  });
});

describe("ocr-hanzi: 一 read for a dash between two phrases (seed row 5)", () => {
  const elsewhere = "做好“智慧林长”应用实践。做实森林防火工作。";

  it("suggests the dash where both phrases are printed elsewhere but nothing prints a dash beside them", () => {
    const doc = hanzi([{ seq: 5, fields: { content: `推动“智慧林长一森林防火一件事”迁移。${elsewhere}` } }]);
    expect(field(doc, 5, "content")).toContain("智慧林长一森林防火一件事");
    expect(repairsOf(doc)).toEqual([]);
    expect(suggestions(doc)).toMatchObject([{ seq: 5, field: "content", actual: "长一森", expected: "长—森" }]);
    expect(suggestions(doc)[0]?.reason).toContain("「智慧林长」 and 「森林防火」 are each printed elsewhere");
  });

  it("repairs it where the document prints one of the phrases beside a dash", () => {
    const doc = hanzi([
      { seq: 5, fields: { content: `推动“智慧林长一森林防火一件事”迁移。${elsewhere}` } },
      { seq: 6, fields: { content: "上线“智慧林长—巡林护林”场景。" } },
    ]);
    expect(field(doc, 5, "content")).toContain("智慧林长—森林防火一件事");
    expect(repairsOf(doc)[0]?.reason).toContain("beside a dash once");
  });

  it("leaves 一 that begins a word, or sits beside a phrase printed only here", () => {
    const word = "建立森林防火一体化平台。森林防火一体化运行。加强森林防火。";
    const once = `推动“智慧林长一森林草原”迁移。${elsewhere}`;
    const doc = hanzi([{ seq: 1, fields: { content: word } }, { seq: 2, fields: { content: once } }]);
    expect(field(doc, 1, "content")).toBe(word);
    expect(field(doc, 2, "content")).toBe(once);
    expect(suggestions(doc)).toEqual([]);
  });
});

describe("ocr-hanzi: a grade that lost its first character (seed row 16: 遏制大以上森林火灾)", () => {
  it("suggests the one grade the document prints elsewhere, naming the grades' source; never repairs", () => {
    const doc = hanzi([
      { seq: 16, fields: { title: "坚决遏制大以上森林火灾发生" } },
      { seq: 15, fields: { units: "区重大林业有害生物防控指挥部" } },
    ]);
    expect(field(doc, 16, "title")).toBe("坚决遏制大以上森林火灾发生");
    expect(repairsOf(doc)).toEqual([]);
    expect(suggestions(doc)).toMatchObject([{ seq: 16, field: "title", actual: "制大", expected: "制重大" }]);
    expect(suggestions(doc)[0]?.reason).toContain("森林防火条例");
  });

  it("suggests nothing when the document prints both grades or neither, nor where the grade is whole", () => {
    const both = hanzi([{ seq: 1, fields: { title: "坚决遏制大以上森林火灾发生", content: "防范较大风险。化解重大风险。" } }]);
    const neither = hanzi([{ seq: 1, fields: { title: "坚决遏制大以上森林火灾发生" } }]);
    const whole = hanzi([{ seq: 1, fields: { title: "坚决遏制较大以上森林火灾发生", content: "化解重大风险。" } }]);
    for (const doc of [both, neither, whole]) expect(suggestions(doc)).toEqual([]);
  });
});

describe("ocr-hanzi: refusals", () => {
  it("leaves a span the document prints elsewhere on its own: it is a word (河湖长 beside 河湖长制)", () => {
    const doc = hanzi([
      { seq: 1, fields: { content: "各级河湖长巡河。全面推行河湖长制。落实河湖长制。河湖长履职尽责。" } },
    ]);
    expect(field(doc, 1, "content")).toBe("各级河湖长巡河。全面推行河湖长制。落实河湖长制。河湖长履职尽责。");
    expect(repairsOf(doc)).toEqual([]);
  });

  it("suggests neither reading when each is printed once and either could be the slip", () => {
    const doc = hanzi([{ seq: 1, fields: { title: "完善未端治理设施", content: "推进末端治理。" } }]);
    expect(field(doc, 1, "title")).toBe("完善未端治理设施");
    expect(suggestions(doc)).toEqual([]);
  });

  it("leaves a misread printed twice: its pair of characters is not unseen", () => {
    const text = "完善未端治理。完善未端治理。推进末端治理。加强末端治理。";
    const doc = hanzi([{ seq: 1, fields: { content: text } }]);
    expect(field(doc, 1, "content")).toBe(text);
  });

  it("does not split a word to find a phrase inside it (业绩考核 is not 绩效考核 with 效 dropped)", () => {
    const text = "纳入经济社会发展业绩考核。完善绩效考核评价细则。";
    const doc = hanzi([{ seq: 1, fields: { content: text } }]);
    expect(field(doc, 1, "content")).toBe(text);
    expect(suggestions(doc)).toEqual([]);
  });

  it("leaves contacts and unit lists alone", () => {
    const doc = hanzi([{ seq: 1, fields: { contacts: "黄物落实", content: "贯彻落实。贯彻落实。" } }]);
    expect(field(doc, 1, "contacts")).toBe("黄物落实");
  });
});

describe("ocr-hanzi: a 。 dropped between two sentences", () => {
  it("is restored where a complete sentence is followed by one beginning with action words (seed row 3)", () => {
    const doc = hanzi([{ seq: 3, fields: { content: "常态化开展林长制落实情况督查检查考核完善细化林长制绩效考核评价细则,并将考核结果纳入考核。" } }]);
    expect(field(doc, 3, "content")).toBe("常态化开展林长制落实情况督查检查考核。完善细化林长制绩效考核评价细则,并将考核结果纳入考核。");
    expect(repairsOf(doc)[0]).toMatchObject({ ruleId: "ocr-hanzi", before: "检查考核完善细化", after: "检查考核。完善细化" });
  });

  it("is not added inside a clause that began after a comma, nor before a single verb", () => {
    const afterComma = "加强监管,常态化开展林长制落实情况督查检查考核完善细化绩效考核评价细则。";
    const oneVerb = "以重点项目建设和产业招商为抓手推动经济高质量发展。";
    const doc = hanzi([{ seq: 1, fields: { content: afterComma } }, { seq: 2, fields: { content: oneVerb } }]);
    expect(field(doc, 1, "content")).toBe(afterComma);
    expect(field(doc, 2, "content")).toBe(oneVerb);
  });

  it("is not added before two actions that close the text or a clause (专项整治三年行动巩固提升 is one phrase)", () => {
    const text = "开展安全生产专项整治三年行动巩固提升";
    const doc = hanzi([{ seq: 1, fields: { content: text } }]);
    expect(field(doc, 1, "content")).toBe(text);
    expect(repairsOf(doc)).toEqual([]);
  });

  it("is not added after an object put before its verb (负责对全县秸秆禁烧工作实施统一监督: 实施 is 对's verb)", () => {
    const text = "负责对全县秸秆禁烧工作实施统一监督,并承担日常工作。";
    const doc = hanzi([{ seq: 1, fields: { content: text } }]);
    expect(field(doc, 1, "content")).toBe(text);
    expect(repairsOf(doc)).toEqual([]);
  });

  it("is not added before two actions that head a noun (论坛活动清理规范工作 is one object of 做好)", () => {
    const text = "严把项目审核关。配合主管部门做好节庆、展会、论坛活动清理规范工作。按照厉行节约原则从严审核预算。";
    const doc = hanzi([{ seq: 1, fields: { content: text } }]);
    expect(field(doc, 1, "content")).toBe(text);
    expect(repairsOf(doc)).toEqual([]);
  });
});
