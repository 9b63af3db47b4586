import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ReferenceCells, WorkDoc } from "../../../src/model/work.js";
import { parse, type BreakdownDocument, type Task } from "../../../src/index.js";
import { ocrHanzi } from "../../../src/repair/rules/ocr-hanzi.js";
import { SEED } from "../../helpers.js";
import { field, workDoc } from "../work-doc.js";

type Tasks = Parameters<typeof workDoc>[0];

/** A reference copy's cells for task `seq`, as the pipeline gives them (src/reference/readings.ts). */
const copy = (fileName: string, seq: number, cells: Record<string, string>): ReferenceCells => ({
  row: { fileName, sha256: "a".repeat(64), seq, where: {} },
  cells: new Map(Object.entries(cells)),
});

function withReferences(tasks: Tasks, refs: Record<number, ReferenceCells[]>): WorkDoc {
  return { ...workDoc(tasks), references: new Map(Object.entries(refs).map(([seq, list]) => [Number(seq), list])) };
}

const repairsOf = (doc: WorkDoc) => doc.tasks.flatMap((t) => t.repairs);
const suggestions = (doc: WorkDoc) => doc.messages.filter((m) => m.ruleId === "ocr-hanzi");

describe("ocr-hanzi with a copy of the same document (--reference)", () => {
  const content = "贯彻落实林长制相关法律法规。认真贯彻落实系列市总林长令。";

  it("repairs a slip the reference reads otherwise, naming its row, with the document's agreeing evidence in the reason", () => {
    const doc = ocrHanzi.apply(withReferences([{ seq: 2, fields: { title: "黄物落实法规制度体系", content } }], { 2: [copy("office.docx", 2, { title: "贯彻落实法规制度体系", content })] }));
    expect(field(doc, 2, "title")).toBe("贯彻落实法规制度体系");
    const [r] = repairsOf(doc);
    expect(r).toMatchObject({ ruleId: "ocr-hanzi", field: "title", before: "黄物落实法", after: "贯彻落实法", reference: [{ fileName: "office.docx", seq: 2 }] });
    expect(r?.reason).toContain("The same document's copy office.docx (task 2) reads 「贯彻落实法」");
    expect(r?.reason).toContain("the document's own evidence agrees: the document prints 「贯彻落实」 2 times elsewhere");
    expect(repairsOf(doc)).toHaveLength(1);
  });

  it("leaves a span the reference reads as printed, whatever the document's phrases say: no repair, no suggestion", () => {
    const tasks: Tasks = [{ seq: 2, fields: { title: "黄物落实法规制度体系", content } }];
    expect(field(ocrHanzi.apply(workDoc(tasks)), 2, "title")).toBe("贯彻落实法规制度体系");
    const doc = ocrHanzi.apply(withReferences(tasks, { 2: [copy("office.docx", 2, { title: "黄物落实法规制度体系" })] }));
    expect(field(doc, 2, "title")).toBe("黄物落实法规制度体系");
    expect(repairsOf(doc)).toEqual([]);
    expect(suggestions(doc)).toEqual([]);
  });

  it("takes the reference's reading where the document has no evidence: a dropped character, a dash read as 一, a doubled character, a dropped 。", () => {
    const doc = ocrHanzi.apply(
      withReferences(
        [
          { seq: 16, fields: { title: "坚决遏制大以上森林火灾发生" } },
          { seq: 5, fields: { content: "推动“智慧林长一森林防火一件事”迁移工作。" } },
          { seq: 7, fields: { title: "加强强森林资源保护" } },
          { seq: 8, fields: { content: "开展森林督查检查考核完善考核评价细则。" } },
        ],
        {
          16: [copy("clean.txt", 16, { title: "坚决遏制重大以上森林火灾发生" })],
          5: [copy("clean.txt", 5, { content: "推动“智慧林长—森林防火一件事”迁移工作。" })],
          7: [copy("clean.txt", 7, { title: "加强森林资源保护" })],
          8: [copy("clean.txt", 8, { content: "开展森林督查检查考核。完善考核评价细则。" })],
        },
      ),
    );
    expect(field(doc, 16, "title")).toBe("坚决遏制重大以上森林火灾发生");
    expect(field(doc, 5, "content")).toBe("推动“智慧林长—森林防火一件事”迁移工作。");
    expect(field(doc, 7, "title")).toBe("加强森林资源保护");
    expect(field(doc, 8, "content")).toBe("开展森林督查检查考核。完善考核评价细则。");
    expect(repairsOf(doc).map((r) => r.reference?.[0]?.seq)).toEqual([16, 5, 7, 8]);
    expect(repairsOf(doc)[1]?.reason).toContain("一/—");
  });

  it("takes nothing from a reference that reads otherwise but not as a slip (a word, a quote, a reworded cell)", () => {
    const tasks: Tasks = [
      { seq: 1, fields: { title: "健全落实法规制度体系" } },
      { seq: 2, fields: { content: "推动智慧林长迁移工作。" } },
      { seq: 3, fields: { title: "巩固提升组织运行体系" } },
    ];
    const doc = ocrHanzi.apply(
      withReferences(tasks, {
        1: [copy("v.docx", 1, { title: "全面贯彻落实法规制度体系和要求" })],
        2: [copy("v.docx", 2, { content: "推动“智慧林长”迁移工作。" })],
        3: [copy("v.docx", 3, { title: "完善考核评价工作" })],
      }),
    );
    for (const t of tasks) for (const [f, v] of Object.entries(t.fields ?? {})) expect(field(doc, t.seq, f)).toBe(v);
    expect(repairsOf(doc)).toEqual([]);
  });

  it("changes nothing where two references disagree, and leaves spots another rule repaired to the reference stage", () => {
    const disagree = ocrHanzi.apply(
      withReferences([{ seq: 16, fields: { title: "坚决遏制大以上森林火灾发生" } }], {
        16: [copy("a.txt", 16, { title: "坚决遏制重大以上森林火灾发生" }), copy("b.txt", 16, { title: "坚决遏制较大以上森林火灾发生" })],
      }),
    );
    expect(field(disagree, 16, "title")).toBe("坚决遏制大以上森林火灾发生");
    expect(repairsOf(disagree)).toEqual([]);

    const marked = withReferences([{ seq: 6, fields: { content: "强化种质资源保护和利用,规。适时推进。" } }], { 6: [copy("office.docx", 6, { content: "强化种质资源保护和利用,规范。适时推进。" })] });
    const task = marked.tasks[0] as WorkDoc["tasks"][number];
    task.repairs.push({ ruleId: "page-marker", field: "content", before: "利用,规4、。", after: "利用,规。", where: {}, reason: "a page marker" });
    const doc = ocrHanzi.apply(marked);
    expect(field(doc, 6, "content")).toBe("强化种质资源保护和利用,规。适时推进。");
    expect(doc.tasks[0]?.repairs.map((r) => r.ruleId)).toEqual(["page-marker"]);
  });
});

describe("the seed with a clean copy of the same table as reference (parse)", async () => {
  // The clean 2023 table's readings of the five slips issue 18 quotes; the rest as the seed prints it.
  const clean = readFileSync(SEED, "utf8")
    .replace("黄物落实法规", "贯彻落实法规")
    .replace("优化完督查", "优化完善督查")
    .replace("督查检查考核完善细化", "督查检查考核。完善细化")
    .replace("智慧林长一森林防火", "智慧林长—森林防火")
    .replace("坚决遏制大以上", "坚决遏制重大以上");
  const reference = { data: new TextEncoder().encode(clean), fileName: "seed-clean-copy.txt" };
  const { document: plain } = await parse(SEED);
  const { document: doc } = await parse(SEED, { references: [reference] });
  const { document: ref } = await parse(reference);
  const task = (d: BreakdownDocument, seq: number): Task => d.tasks.find((t) => t.seq === seq) as Task;

  it("repairs all five slips as ocr-hanzi repairs naming the reference's row", () => {
    const hanzi = doc.tasks.flatMap((t) => t.repairs.filter((r) => r.ruleId === "ocr-hanzi").map((r) => `${t.seq} ${r.field} ${r.before}→${r.after} ${r.reference?.[0]?.fileName}#${r.reference?.[0]?.seq}`));
    expect(hanzi).toEqual([
      "2 title 黄物落实法→贯彻落实法 seed-clean-copy.txt#2",
      "3 title 优化完督→优化完善督 seed-clean-copy.txt#3",
      "3 content 检查考核完善细化→检查考核。完善细化 seed-clean-copy.txt#3",
      "5 content 长一森→长—森 seed-clean-copy.txt#5",
      "16 title 制大→制重大 seed-clean-copy.txt#16",
    ]);
    expect(task(doc, 16).title).toBe("坚决遏制重大以上森林火灾发生");
    expect(task(doc, 5).content).toContain("智慧林长—森林防火一件事");
  });

  it("and the reference stage finds the copies agreeing: no second repair of those cells, no message that they differ", () => {
    expect(doc.tasks.flatMap((t) => t.repairs.filter((r) => r.ruleId === "reference"))).toEqual([]);
    expect(doc.messages.filter((m) => m.ruleId === "reference" && m.seq !== null)).toEqual([]);
    for (const t of doc.tasks) for (const f of ["title", "content"] as const) expect(t[f], `${t.seq} ${f}`).toBe(task(ref, t.seq)[f]);
  });

  it("changes nothing else: every other repair and field as without the reference", () => {
    for (const t of doc.tasks) {
      const p = task(plain, t.seq);
      expect(t.repairs.filter((r) => r.ruleId !== "ocr-hanzi")).toEqual(p.repairs.filter((r) => r.ruleId !== "ocr-hanzi"));
      if (![5, 16].includes(t.seq)) expect(t.title + t.content).toBe(p.title + p.content);
    }
    // Row 5's dash and row 16's grade, only suggested without the reference, are repaired with it: the suggestions go.
    const own = (d: BreakdownDocument) => d.messages.filter((m) => !m.ruleId.startsWith("reference") && m.ruleId !== "ocr-hanzi");
    expect(own(doc)).toEqual(own(plain));
    expect(plain.messages.filter((m) => m.ruleId === "ocr-hanzi").map((m) => m.seq)).toEqual([5, 16]);
    expect(doc.messages.filter((m) => m.ruleId === "ocr-hanzi")).toEqual([]);
  });
});

describe("the seed with itself as reference", async () => {
  it("takes no evidence from its own bytes: the same repairs and suggestions as without it", async () => {
    const { document: plain } = await parse(SEED);
    const { document: doc } = await parse(SEED, { references: [SEED] });
    const hanzi = (d: BreakdownDocument) => [...d.tasks.flatMap((t) => t.repairs.filter((r) => r.ruleId === "ocr-hanzi")), ...d.messages.filter((m) => m.ruleId === "ocr-hanzi")];
    expect(hanzi(doc)).toEqual(hanzi(plain));
    expect(hanzi(plain)).toHaveLength(5);
  });
});
