import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BreakdownError, documentJsonSchema, parse, type BreakdownDocument, type Task } from "../../src/index.js";
import { fixture, readBytes, SEED } from "../helpers.js";

const REVISED = fixture("reference", "seed-revised-2024.docx");
const OFFICE = fixture("reference", "seed-office-2023.docx");
const SITE_COPY = fixture("reference", "seed-site-copy.txt");
const UNRELATED = fixture("docx", "lead-support-sections.docx");

const sha = (path: string): string => createHash("sha256").update(readBytes(path)).digest("hex");
const task = (doc: BreakdownDocument, seq: number): Task => {
  const t = doc.tasks.find((x) => x.seq === seq);
  if (!t) throw new Error(`no task ${seq}`);
  return t;
};
const fromReference = (t: Task) => t.repairs.filter((r) => r.ruleId === "reference");
const referenceMessages = (doc: BreakdownDocument) => doc.messages.filter((m) => m.ruleId.startsWith("reference"));
const FIELDS = ["title", "content", "units", "leadUnits", "supportUnits", "contacts"] as const;

describe("the seed with a later revision of the plan as reference", async () => {
  const { document: plain } = await parse(SEED);
  const { document: doc } = await parse(SEED, { references: [REVISED] });
  const { document: revised } = await parse(REVISED);

  it("fills rows 8 and 11 with the revision's cells, each cell a recorded repair naming the reference's file, sha256 and row", () => {
    for (const seq of [8, 11]) {
      const t = task(doc, seq);
      const r = task(revised, seq);
      for (const f of FIELDS) expect(t[f], `${seq} ${f}`).toEqual(r[f]);
      expect(fromReference(t).map((x) => x.field)).toEqual(["title", "content", "units", "contacts"]);
      for (const repair of fromReference(t)) {
        expect(repair.before).toBe("");
        expect(repair.reference).toEqual([{ fileName: "seed-revised-2024.docx", sha256: sha(REVISED), seq, where: r.where }]);
      }
    }
    expect(task(doc, 8).raw).toBe(task(plain, 8).raw);
  });

  it("flags them as coming from another version: they stay needs_review, with a message naming the version", () => {
    for (const seq of [8, 11]) {
      expect(task(doc, seq).status).toBe("needs_review");
      const m = doc.messages.find((x) => x.ruleId === "reference" && x.seq === seq);
      expect(m?.severity).toBe("warning");
      expect(m?.reason).toContain("another version");
      expect(m?.reason).toContain("(2024年修订)》 (2024年3月15日)");
    }
  });

  it("records the decision once for the document: another version, with the titles, dates and rows that agree", () => {
    const decision = doc.messages.find((m) => m.ruleId === "reference" && m.seq === null);
    expect(decision?.reason).toMatch(/is another version, .*titles differ, dates differ \(2023年9月28日 \/ 2024年3月15日\); 12 of the input's 15 readable rows agree/);
    expect(decision?.actual).toBe("seed-revised-2024.docx");
  });

  it("keeps the input's text in rows the revision reworded (2, 6, 14), and changes nothing else", () => {
    expect(task(revised, 2).title).toBe("健全落实法规制度体系");
    // The input's own reading (黄物落实 repaired by ocr-hanzi from the document's 贯彻落实), not the revision's 健全.
    expect(task(doc, 2).title).toBe(task(plain, 2).title);
    expect(task(doc, 2).title).not.toBe(task(revised, 2).title);
    expect(task(doc, 6).content).toContain("适时推进国家森林城市创建");
    expect(task(doc, 14).content).toContain("推荐森林碳汇");
    for (const t of doc.tasks) if (t.seq !== 8 && t.seq !== 11) expect(t).toEqual(task(plain, t.seq));
    expect(doc.tasks).toHaveLength(17);
  });
});

describe("a sharing-site copy with the office's clean copy of the same document as reference", async () => {
  const { document: plain } = await parse(SITE_COPY);
  const { document: doc } = await parse(SITE_COPY, { references: [OFFICE] });
  const { document: office } = await parse(OFFICE);

  it("ends with every field equal to the clean copy's", () => {
    expect(doc.tasks.map((t) => t.seq)).toEqual(office.tasks.map((t) => t.seq));
    for (const t of doc.tasks) for (const f of FIELDS) expect(t[f], `${t.seq} ${f}`).toEqual(task(office, t.seq)[f]);
  });

  it("records each change: the garbled and missing rows filled, the two cells a page marker cut read as the clean copy reads them", () => {
    const changed = doc.tasks.flatMap((t) => fromReference(t).map((r) => `${t.seq} ${r.field}`));
    expect(changed).toEqual(["6 content", "8 title", "8 content", "8 units", "8 contacts", "10 content", "11 title", "11 content", "11 units", "11 contacts"]);
    const six = fromReference(task(doc, 6))[0];
    expect(six?.before).toBe(task(plain, 6).content);
    expect(six?.before).toContain("规优良乡土树种");
    expect(six?.after).toContain("规范优良乡土树种");
    expect(six?.reference?.[0]?.seq).toBe(6);
    // Every field that differs from the input's own reading is a recorded repair.
    for (const t of doc.tasks) {
      for (const f of FIELDS) {
        if (JSON.stringify(t[f]) !== JSON.stringify(task(plain, t.seq)[f])) expect(fromReference(t).map((r) => r.field), `${t.seq} ${f}`).toContain(f);
      }
    }
  });

  it("decides it is the same document and marks the filled rows repaired", () => {
    expect(doc.messages.find((m) => m.ruleId === "reference" && m.seq === null)?.reason).toMatch(/is the same document: the same title, the same date; 13 of the input's 15 readable rows agree/);
    expect(task(doc, 8).status).toBe("repaired");
    expect(task(doc, 11).status).toBe("repaired");
    expect(task(doc, 6).status).toBe("repaired");
  });
});

describe("an unrelated reference", async () => {
  const { document: plain } = await parse(SEED);
  const { document: doc } = await parse(SEED, { references: [UNRELATED] });

  it("fills nothing and gives a reference-unrelated warning", () => {
    expect(doc.tasks).toEqual(plain.tasks);
    expect(referenceMessages(doc)).toEqual([
      expect.objectContaining({ ruleId: "reference-unrelated", severity: "warning", seq: null, actual: "lead-support-sections.docx" }),
    ]);
    expect(referenceMessages(doc)[0]?.reason).toContain("nothing was taken from it");
  });
});

describe("several references", async () => {
  it("take a cell's reading from the majority and record the choice", async () => {
    const { document: doc } = await parse(SEED, { references: [REVISED, OFFICE, { data: readBytes(OFFICE), fileName: "office-again.docx" }] });
    const eleven = task(doc, 11);
    const content = fromReference(eleven).find((r) => r.field === "content");
    expect(content?.reference?.map((r) => r.fileName)).toEqual(["seed-office-2023.docx", "office-again.docx"]);
    expect(eleven.content.endsWith("2024年起开展野生动物致害补偿试点。")).toBe(false);
    const choice = doc.messages.find((m) => m.ruleId === "reference-majority" && m.seq === 11 && m.field === "content");
    expect(choice?.reason).toMatch(/read so by 2 of 3 \(seed-office-2023\.docx, office-again\.docx\); also read: 「.*2024年起.*」 \(seed-revised-2024\.docx\)/);
    // The title all three agree on is taken without a majority message.
    expect(doc.messages.some((m) => m.ruleId === "reference-majority" && m.seq === 11 && m.field === "title")).toBe(false);
  });

  it("of the same document and another version: a row filled by both is repaired only if the same document supports every cell", async () => {
    const { document: doc } = await parse(SEED, { references: [OFFICE, REVISED] });
    expect(task(doc, 8).status).toBe("repaired");
    // Row 11's content is a tie (one reading each): the same document's is taken.
    expect(task(doc, 11).content.endsWith("2024年起开展野生动物致害补偿试点。")).toBe(false);
    expect(task(doc, 11).status).toBe("repaired");
  });
});

describe("what a reference never does", async () => {
  it("adds no row the input has no gap for: the office copy's rows 8 and 11 are not added to a renumbered copy without them", async () => {
    // fixtures/diff/seed-edited.docx: the seed table without 8 and 11, renumbered 1–16, no gap.
    const input = fixture("diff", "seed-edited.docx");
    const { document: plain } = await parse(input);
    const { document: doc } = await parse(input, { references: [OFFICE] });
    expect(plain.tasks.some((t) => t.status === "missing" || t.status === "needs_review")).toBe(false);
    expect(doc.tasks).toEqual(plain.tasks);
  });

  it("fills the clean seed .docx's placeholders for 8 and 11 (its gaps), and nothing else", async () => {
    const { document: plain } = await parse(fixture("docx", "seed-clean.docx"));
    const { document: doc } = await parse(fixture("docx", "seed-clean.docx"), { references: [OFFICE] });
    expect(plain.tasks.filter((t) => t.status === "missing").map((t) => t.seq)).toEqual([8, 11]);
    expect(doc.tasks.map((t) => t.seq)).toEqual(plain.tasks.map((t) => t.seq));
    expect([...new Set(doc.tasks.flatMap((t) => (fromReference(t).length > 0 ? [t.seq] : [])))]).toEqual([8, 11]);
  });

  it("reads a JSON written by breakdown as a reference, and takes the same cells from it", async () => {
    const { document: office } = await parse(OFFICE);
    const json = new TextEncoder().encode(JSON.stringify(office));
    const { document: doc } = await parse(SEED, { references: [{ data: json, fileName: "office.json" }] });
    expect(task(doc, 8).title).toBe(task(office, 8).title);
    expect(fromReference(task(doc, 8))[0]?.reference?.[0]).toMatchObject({ fileName: "office.json", sha256: createHash("sha256").update(json).digest("hex") });
  });

  it("refuses a reference that cannot be read with REFERENCE_UNREADABLE, naming the reference", async () => {
    const error = await parse(SEED, { references: [fixture("reference", "no-such-copy.docx")] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BreakdownError);
    expect((error as BreakdownError).code).toBe("REFERENCE_UNREADABLE");
    expect((error as BreakdownError).file).toBe(fixture("reference", "no-such-copy.docx"));
    expect((error as BreakdownError).message).toMatch(/^The reference could not be read: INPUT_NOT_FOUND: /);
    const empty = await parse(SEED, { references: [{ data: new Uint8Array(), fileName: "empty.txt" }] }).catch((e: unknown) => e);
    expect((empty as BreakdownError).code).toBe("REFERENCE_UNREADABLE");
    expect((empty as BreakdownError).file).toBe("empty.txt");
  });

  it("refuses references of the wrong type with USAGE, before reading anything", async () => {
    const error = await parse(SEED, { references: [42 as unknown as string] }).catch((e: unknown) => e);
    expect((error as BreakdownError).code).toBe("USAGE");
    expect((error as BreakdownError).message).toMatch(/^Invalid option `references\.0`/);
  });
});

describe("the JSON Schema", () => {
  it("documents the reference repair, the row it names and the messages --reference gives", () => {
    const schema = JSON.stringify(documentJsonSchema());
    for (const text of ["`reference` (taken from another copy given with --reference)", "`reference-unrelated`", "`reference-majority`", "SHA-256 of the reference file's bytes."]) expect(schema).toContain(text);
    expect(schema).toContain('"schemaVersion":{"type":"string","const":"1.3.0"}');
  });
});
