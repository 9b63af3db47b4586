import { readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diff, DiffResultSchema, parse, type BreakdownDocument, type DiffResult, type Task } from "../../src/index.js";
import { CORPUS, fixture, SEED } from "../helpers.js";
import { withTasks } from "./documents.js";

/** Each entry that is not unchanged as `kinds old→new`, with the fields that changed. */
function changesOf(result: DiffResult): string[] {
  return result.tasks
    .filter((e) => e.kind !== "unchanged")
    .map((e) => `${e.kinds.join("+")} ${e.old?.seq ?? "-"}\u2192${e.new?.seq ?? "-"}${e.changes.length > 0 ? ` ${e.changes.map((c) => c.field).join(",")}` : ""}`);
}

describe("diff of the seed against the same table reissued with one change of each kind", async () => {
  const { document: seed } = await parse(SEED);
  const { document: edited } = await parse(fixture("diff", "seed-edited.docx"));
  const result = diff(seed, edited);

  it("reports exactly the edits, the renumbering they cause and the seed's two unreadable rows, and nothing else", () => {
    expect(changesOf(result)).toEqual([
      "modified 2\u21922 title",
      "removed 4\u2192-",
      "renumbered 5\u21924",
      "modified+renumbered 6\u21925 contacts",
      "renumbered 7\u21926",
      "not-comparable 8\u2192-",
      "renumbered 9\u21927",
      "modified+renumbered 10\u21928 units",
      "not-comparable 11\u2192-",
      "moved+renumbered 12\u21929",
      "renumbered 13\u219210",
      "modified+renumbered 14\u219211 content",
      "renumbered 15\u219212",
      "renumbered 16\u219213",
      "renumbered 17\u219214",
      "added -\u219215",
    ]);
    expect(result.tasks.filter((e) => e.kind === "unchanged").map((e) => e.old?.seq)).toEqual([1, 3]);
    expect(result.sections.every((s) => s.kind === "unchanged")).toBe(true);
    expect(result.document).toEqual([]);
    expect(result.summary.different).toBe(true);
  });

  it("shows the retitled task as words replaced, not characters", () => {
    const title = result.tasks.find((e) => e.old?.seq === 2)?.changes[0];
    expect(title).toMatchObject({ field: "title", type: "text" });
    expect(title?.type === "text" && title.parts).toEqual([
      { op: "delete", text: "贯彻" },
      { op: "insert", text: "健全" },
      { op: "equal", text: "落实法规制度体系" },
    ]);
  });

  it("gives the changed contact as one removed and one added, the other unchanged", () => {
    const contacts = result.tasks.find((e) => e.old?.seq === 6)?.changes[0];
    expect(contacts).toMatchObject({ field: "contacts", type: "list", added: ["刘明"], removed: ["杨芙蓉"], unchanged: ["周江"], reordered: false });
  });

  it("gives the added unit without disturbing the order of the others", () => {
    const units = result.tasks.find((e) => e.old?.seq === 10)?.changes[0];
    expect(units).toMatchObject({ field: "units", type: "list", added: ["区财政局"], removed: [], reordered: false });
  });

  it("shows the dropped sentence as one deletion", () => {
    const content = result.tasks.find((e) => e.old?.seq === 14)?.changes[0];
    expect(content?.type === "text" && content.parts.filter((p) => p.op !== "equal")).toEqual([{ op: "delete", text: "有序推进森林分类经营。" }]);
  });

  it("finds the moved task in its new section by similarity and records how similar", () => {
    const moved = result.tasks.find((e) => e.kinds.includes("moved"));
    expect(moved?.old).toMatchObject({ seq: 12, section: "四" });
    expect(moved?.new).toMatchObject({ seq: 9, section: "三" });
    expect(moved?.matchedBy).toBe("similarity");
    expect(moved?.similarity).toEqual({ score: 1, title: 1, content: 1 });
  });

  it("says why the seed's 8 and 11 cannot be compared", () => {
    const reasons = result.tasks.filter((e) => e.kind === "not-comparable").map((e) => e.reason);
    expect(reasons[0]).toMatch(/^Old 8 could not be read reliably \(needs_review\)/);
    expect(reasons[1]).toMatch(/^Old 11 is absent from the source \(missing\)/);
  });

  it("lists the tasks in the new order, the removed task after the one before it", () => {
    expect(result.tasks.map((e) => e.new?.seq ?? `(old ${e.old?.seq})`)).toEqual([1, 2, 3, "(old 4)", 4, 5, 6, "(old 8)", 7, 8, "(old 11)", 9, 10, 11, 12, 13, 14, 15]);
  });

  it("counts each kind, a task both renumbered and modified under both", () => {
    expect(result.summary.tasks).toEqual({ added: 1, removed: 1, moved: 1, renumbered: 11, modified: 4, notComparable: 2, unchanged: 2 });
  });

  it("is valid against the published diff schema", () => {
    expect(DiffResultSchema.safeParse(result).success).toBe(true);
  });
});

describe("diff of the seed text against the same table rebuilt as a clean .docx", async () => {
  const { document: text } = await parse(SEED);
  const { document: docx } = await parse(fixture("docx", "seed-clean.docx"));
  const result = diff(text, docx);

  it("reports no change for the tasks both can read, and 8 and 11 as not comparable", () => {
    expect(result.tasks.filter((e) => e.kind !== "unchanged").map((e) => [e.kind, e.old?.seq, e.new?.seq])).toEqual([
      ["not-comparable", 8, 8],
      ["not-comparable", 11, 11],
    ]);
    expect(result.summary.tasks.unchanged).toBe(15);
    expect(result.sections.every((s) => s.kind === "unchanged")).toBe(true);
    expect(result.document).toEqual([]);
    expect(result.summary.different).toBe(false);
  });
});

describe("diff of a document against itself", async () => {
  const { document: seed } = await parse(SEED);

  it("reports no change; its unreadable rows are not comparable and are not a difference", () => {
    const result = diff(seed, structuredClone(seed));
    expect(result.summary.different).toBe(false);
    expect(result.tasks.map((e) => e.kind)).toEqual(seed.tasks.map((t) => (t.status === "ok" || t.status === "repaired" ? "unchanged" : "not-comparable")));
    expect(result.tasks.every((e) => e.changes.length === 0)).toBe(true);
  });
});

describe("diff of sections and of the document's own fields", async () => {
  const { document: seed } = await parse(SEED);

  it("reports a renamed section with its title diff, an added one, and the tasks that moved into it", () => {
    const next = structuredClone(seed);
    const three = next.sections.find((s) => s.id === "三");
    if (!three) throw new Error("no section 三");
    three.title = "突出护绿重点,全面提升生态系统多样性稳定性持续性。";
    next.sections.push({ id: "六", number: "六", title: "加强组织保障,确保各项任务落到实处。", level: 1, parent: null, where: {} });
    const last = next.tasks[next.tasks.length - 1];
    if (!last) throw new Error("no tasks");
    last.section = "六";
    const result = diff(seed, next);
    expect(result.sections.filter((s) => s.kind !== "unchanged").map((s) => [s.kinds, s.old?.id ?? null, s.new?.id ?? null])).toEqual([
      [["renamed"], "三", "三"],
      [["added"], null, "六"],
    ]);
    const renamed = result.sections.find((s) => s.kind === "renamed")?.changes[0];
    expect(renamed?.type === "text" && renamed.parts.filter((p) => p.op !== "equal")).toEqual([
      { op: "delete", text: "整体" },
      { op: "insert", text: "全面" },
    ]);
    expect(result.tasks.filter((e) => e.kind === "moved").map((e) => [e.old?.seq, e.new?.section])).toEqual([[17, "六"]]);
    expect(result.summary.sections).toMatchObject({ renamed: 1, added: 1, unchanged: 4 });
  });

  it("reports a new document date as a difference", () => {
    const next = structuredClone(seed);
    next.document.issuedDate = "2024-09-28";
    next.document.issuedDateText = "2024年9月28日";
    const result = diff(seed, next);
    expect(result.document).toEqual([{ field: "issuedDate", type: "value", old: "2023-09-28", new: "2024-09-28" }]);
    expect(result.summary.different).toBe(true);
  });

  it("compares exactly when asked, and refuses an unknown option with USAGE", () => {
    const next = structuredClone(seed);
    const one = next.tasks[0];
    if (!one) throw new Error("no tasks");
    one.content = one.content.replaceAll(",", "\uff0c");
    expect(diff(seed, next).summary.different).toBe(false);
    expect(diff(seed, next, { exact: true }).tasks[0]?.changes.map((c) => c.field)).toEqual(["content"]);
    expect(() => diff(seed, next, { exac: true } as never)).toThrow(expect.objectContaining({ code: "USAGE" }));
  });
});

describe("diff of every fixture against itself", async () => {
  const inputs = [
    ...readdirSync(CORPUS).map((f) => join(CORPUS, f)),
    ...readdirSync(fixture("docx")).filter((f) => f.endsWith(".docx")).map((f) => fixture("docx", f)),
  ];
  const readable: { path: string; doc: BreakdownDocument }[] = [];
  for (const path of inputs) {
    // Fixtures that are meant to fail (no table, a .doc shown as text) have nothing to compare.
    const doc = await parse(path).then((r) => r.document, () => undefined);
    if (doc) readable.push({ path, doc });
  }

  it("reads enough of them to mean something", () => {
    expect(readable.length).toBeGreaterThanOrEqual(15);
  });

  it("finds no difference in any, each task unchanged or not comparable", () => {
    for (const { path, doc } of readable) {
      const result = diff(doc, structuredClone(doc));
      expect(result.summary.different, path).toBe(false);
      expect(result.tasks.map((e) => [e.old?.index, e.new?.index]), path).toEqual(doc.tasks.map((_t, i) => [i, i]));
    }
  });
});

describe("diff of any two documents", async () => {
  const { document: seed } = await parse(SEED);

  it("accounts for every task of both once, in a result the schema accepts", () => {
    const readable = seed.tasks.filter((t) => t.status === "ok" || t.status === "repaired");
    const edit = fc.record({
      from: fc.integer({ min: 0, max: seed.tasks.length - 1 }),
      cut: fc.integer({ min: 0, max: 40 }),
      title: fc.boolean(),
      units: fc.boolean(),
      section: fc.constantFrom(null, ...seed.sections.map((s) => s.id)),
    });
    const version = fc.array(edit, { maxLength: 20 }).map((edits) =>
      withTasks(
        seed,
        edits.map((e) => {
          const t = structuredClone(seed.tasks[e.from] as Task);
          if (e.title) t.title = (readable[e.from % readable.length] as Task).title;
          t.content = t.content.slice(e.cut);
          if (e.units) t.units = [...t.units].reverse();
          t.section = e.section;
          return t;
        }),
        { renumber: true },
      ),
    );
    fc.assert(
      fc.property(version, version, (a, b) => {
        const result = diff(a, b);
        expect(DiffResultSchema.safeParse(result).success).toBe(true);
        expect(result.tasks.flatMap((e) => (e.old ? [e.old.index] : [])).sort((x, y) => x - y)).toEqual(a.tasks.map((_t, i) => i));
        expect(result.tasks.flatMap((e) => (e.new ? [e.new.index] : [])).sort((x, y) => x - y)).toEqual(b.tasks.map((_t, i) => i));
        expect(result.tasks.filter((e) => e.new !== null).map((e) => e.new?.index)).toEqual(b.tasks.map((_t, i) => i));
      }),
      { numRuns: 100 },
    );
  });
});
