import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { SEED } from "./helpers.js";

describe("the seed (黔江区 林长制 2023–2027, text from a sharing site)", async () => {
  const { document: doc } = await parse(SEED);
  const task = (seq: number) => {
    const t = doc.tasks.find((x) => x.seq === seq);
    if (!t) throw new Error(`no task ${seq}`);
    return t;
  };

  it("gives 17 tasks numbered 1–17 in 5 sections", () => {
    expect(doc.tasks.map((t) => t.seq)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(doc.sections.map((s) => s.number)).toEqual(["一", "二", "三", "四", "五"]);
    expect(doc.columns.map((c) => c.field)).toEqual(["seq", "title", "content", "units", "contacts"]);
  });

  it("reads the title, issuer and date around the table, and the site's file name and page count", () => {
    expect(doc.document.title).toBe("重庆市黔江区全面推深做实林长制行动方案(2023-2027年)任务分解表");
    expect(doc.document.issuer).toBe("重庆市黔江区总林长办公室");
    expect(doc.document.issuedDate).toBe("2023-09-28");
    expect(doc.document.source.pageCount).toBe(8);
    expect(doc.document.source.originalName).toMatch(/任务分解表\.docx$/);
    expect(doc.document.source.layout).toBe("run-together");
  });

  it("flags row 8 as needs_review with its garbled text, and reports 11 as missing", () => {
    expect(task(8).status).toBe("needs_review");
    expect(task(8).raw).toContain("全啜则酶");
    expect(task(8).title).toBe("");
    expect(task(11).status).toBe("missing");
    expect(task(11).raw).toBe("");
    expect(doc.messages.filter((m) => m.ruleId === "missing-row").map((m) => m.seq)).toEqual([11]);
    expect(doc.messages.filter((m) => m.ruleId === "garbled-row").map((m) => m.seq)).toEqual([8]);
  });

  it("puts row 17's interleaved cells back together", () => {
    const t = task(17);
    expect(t.title).toBe("持续巩固森林资源“四乱”专项整治成果");
    expect(t.content.startsWith("巩固提升第1号市总林长令成果")).toBe(true);
    expect(t.content.endsWith("持续推动行政执法与刑事司法衔接。")).toBe(true);
    expect(t.units).toHaveLength(10);
    expect(t.units[0]).toBe("区林业局");
    expect(t.units).toContain("区生态环境局");
    expect(t.units[9]).toBe("各乡镇街道");
    expect(t.contacts).toEqual(["李兴伟", "孙文超", "唐永洪"]);
    expect(t.repairs.filter((r) => r.ruleId === "interleaved-cells").map((r) => r.field).sort()).toEqual(["contacts", "content", "units"]);
  });

  it("splits names that run together", () => {
    expect(task(4).contacts).toEqual(["龙小江", "李兴伟"]);
    expect(task(13).contacts).toEqual(["张仁鹏", "徐兵"]);
    expect(task(7).contacts).toEqual(["周江"]);
    expect(task(16).contacts).toEqual(["龙小江"]);
  });

  it("records each repair with its rule, field, before and after", () => {
    const rules = new Set(doc.tasks.flatMap((t) => t.repairs.map((r) => r.ruleId)));
    for (const id of ["page-marker", "ocr-period", "quote-pair", "duplicate-sentence", "ocr-latin", "interleaved-cells"]) expect(rules).toContain(id);
    const latin = task(5).repairs.find((r) => r.ruleId === "ocr-latin");
    expect(latin).toMatchObject({ field: "title", before: "智Ji林长", after: "智慧林长" });
    expect(task(5).title).toBe("落实“智慧林长”支撑体系");
    expect(task(1).content).toContain("深入推广“林长+”联动工作机制");
    expect(task(1).content).not.toMatch(/[\u4e00-\u9fa5]o[\u4e00-\u9fa5]/);
    const dup = task(9).repairs.find((r) => r.ruleId === "duplicate-sentence");
    expect(dup?.after).toBe("严格保护天然林,强化公益林管护。");
    expect(task(9).content.match(/严格保护天然林/g)).toHaveLength(1);
    const marker = task(2).repairs.find((r) => r.ruleId === "page-marker");
    expect(marker?.before).toContain("2、");
    expect(marker?.where.page).toBe(2);
    expect(task(2).content).toContain("认真贯彻落实系列市总林长令");
  });

  it("repairs the Chinese characters OCR misread or dropped where the document's own text is evidence (issue 18)", () => {
    const hanzi = doc.tasks.flatMap((t) => t.repairs.filter((r) => r.ruleId === "ocr-hanzi").map((r) => ({ seq: t.seq, field: r.field, before: r.before, after: r.after })));
    expect(hanzi).toEqual([
      { seq: 2, field: "title", before: "黄物落实法", after: "贯彻落实法" },
      { seq: 3, field: "title", before: "优化完督", after: "优化完善督" },
      { seq: 3, field: "content", before: "检查考核完善细化", after: "检查考核。完善细化" },
    ]);
    expect(task(2).title).toBe("贯彻落实法规制度体系");
    expect(task(3).title).toBe("优化完善督查考核体系");
    expect(task(2).repairs.find((r) => r.ruleId === "ocr-hanzi")?.reason).toContain("the document prints 「贯彻落实」 4 times elsewhere");
    // Row 16's 重大以上森林火灾 (重 dropped) has no phrase behind it (no document we have prints it), and
    // row 5's 一 between two phrases the document prints elsewhere may be a dash, but nothing prints one:
    // both left as printed, each a suggestion.
    expect(task(16).title).toBe("坚决遏制大以上森林火灾发生");
    expect(task(5).content).toContain("智慧林长一森林防火一件事");
    expect(doc.messages.filter((m) => m.ruleId === "ocr-hanzi")).toMatchObject([
      { severity: "info", seq: 5, field: "content", actual: "长一森", expected: "长—森" },
      { severity: "info", seq: 16, field: "title", actual: "制大", expected: "制重大" },
    ]);
  });

  it("marks rows without repairs ok and rows with repairs repaired", () => {
    for (const t of doc.tasks) {
      if (t.status === "needs_review" || t.status === "missing") continue;
      expect(t.status).toBe(t.repairs.length > 0 ? "repaired" : "ok");
    }
  });
});
