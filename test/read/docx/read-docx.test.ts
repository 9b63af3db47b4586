import { readFileSync } from "node:fs";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { isBreakdownError, parse, type BreakdownDocument, type Task } from "../../../src/index.js";
import { resolveParseOptions } from "../../../src/options.js";
import { readDocx } from "../../../src/read/docx/index.js";
// The committed fixture library: the same code that built fixtures/docx builds the small cases here.
import { breakdownDocument, buildDocx, frameTable, paragraph, plainTable } from "../../../scripts/fixtures/build-docx.mjs";
import { unaccounted } from "../../support/conservation.js";
import { fixture, readBytes } from "../../helpers.js";

const FIXTURES = ["seed-clean", "seed-merged-split", "seed-section-repeated", "lead-support-sections", "nested-table", "first-table-not-breakdown", "two-level-header"];

async function read(name: string): Promise<BreakdownDocument> {
  return (await parse(fixture("docx", `${name}.docx`))).document;
}

async function parseBlocks(blocks: unknown[], fileName = "built.docx"): Promise<BreakdownDocument> {
  return (await parse({ data: await buildDocx(blocks), fileName })).document;
}

async function errorOf(promise: Promise<unknown>): Promise<{ code: string; message: string; details: string[] }> {
  try {
    await promise;
  } catch (error) {
    if (isBreakdownError(error)) return { code: error.code, message: error.message, details: error.details };
    throw error;
  }
  throw new Error("expected a BreakdownError");
}

function task(doc: BreakdownDocument, seq: number): Task {
  const t = doc.tasks.find((x) => x.seq === seq);
  if (!t) throw new Error(`no task ${seq}`);
  return t;
}

/** The document as the reviewed snapshot keeps it: the tool version is not part of what was read. */
function snapshotOf(doc: BreakdownDocument): string {
  return `${JSON.stringify({ ...doc, tool: { ...doc.tool, version: "*" } }, null, 2)}\n`;
}

describe("reading the .docx fixtures", () => {
  for (const name of FIXTURES) {
    it(`reads ${name}.docx as its reviewed expected JSON`, async () => {
      await expect(snapshotOf(await read(name))).toMatchFileSnapshot(`../../../fixtures/docx/${name}.expected.json`);
    });

    it(`accounts for every character of ${name}.docx in a field, a leftover or a repair`, async () => {
      const doc = await read(name);
      const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(fixture("docx", `${name}.docx`)) });
      expect(unaccounted(text, doc)).toEqual([]);
    });
  }

  it("keeps no mammoth message for the clean fixtures: the docx package writes nothing mammoth cannot read", async () => {
    for (const name of FIXTURES) expect((await read(name)).messages.filter((m) => m.ruleId === "mammoth")).toEqual([]);
  });
});

describe("mammoth's messages", () => {
  it("are kept as warnings with ruleId mammoth", async () => {
    const { Document, Packer, Paragraph } = await import("docx");
    const styled = new Paragraph({ style: "Fawen", text: "甲县2024年重点工作任务分解表" });
    const blocks = [styled, ...breakdownDocument({ columns: ["序号", "重点任务", "责任单位"], rows: [{ cells: ["1", "任务甲", "县民政局"] }] })];
    const styles = { paragraphStyles: [{ id: "Fawen", name: "Fawen", run: { bold: true } }] };
    const data = new Uint8Array(await Packer.toBuffer(new Document({ styles, sections: [{ children: blocks }] })));
    const { document: doc } = await parse({ data, fileName: "styled.docx" });
    expect(doc.messages).toEqual([
      { ruleId: "mammoth", severity: "warning", reason: "Unrecognised paragraph style: 'Fawen' (Style ID: Fawen)", seq: null, field: null, where: {} },
    ]);
    expect(doc.document.title).toBe("甲县2024年重点工作任务分解表");
  });
});

describe("a unit cell merged down over several tasks", () => {
  it("gives its units to each task, and records that they came from a merged cell", async () => {
    const doc = await read("lead-support-sections");
    for (const seq of [1, 2, 3]) {
      expect(task(doc, seq).leadUnits).toEqual(["县政务服务中心"]);
      expect(task(doc, seq).merged).toContain("leadUnits");
      // Provenance points at the merged cell where the text is printed: the first task's row.
      expect(task(doc, seq).fields.leadUnits).toEqual({ table: 0, row: 2, column: 3 });
    }
    expect(task(doc, 4).supportUnits).toEqual(["县公安局", "县税务局", "县人力社保局"]);
    expect(task(doc, 5).supportUnits).toEqual(["县公安局", "县税务局", "县人力社保局"]);
    expect(task(doc, 5).merged).toEqual(["leadUnits", "supportUnits"]);
    expect(task(doc, 6).merged).toEqual(["deadline"]);
  });

  it("does not mark a cell of one row as merged", async () => {
    const doc = await read("lead-support-sections");
    expect(task(doc, 1).merged).not.toContain("supportUnits");
    expect(task(doc, 6).merged).not.toContain("leadUnits");
  });

  it("merges contacts of the seed the same way, the values unchanged", async () => {
    const merged = await read("seed-merged-split");
    const clean = await read("seed-clean");
    for (const seq of [1, 2, 3]) expect(task(merged, seq).merged).toEqual(["contacts"]);
    expect(merged.tasks.filter((t) => t.merged.length > 0).map((t) => t.seq)).toEqual([1, 2, 3]);
    const fields = (t: Task) => [t.seq, t.section, t.title, t.content, t.units, t.contacts, t.status];
    expect(merged.tasks.map(fields)).toEqual(clean.tasks.map(fields));
  });
});

describe("lead and support columns", () => {
  it("go to leadUnits and supportUnits, and units holds both, lead first, in printed order", async () => {
    const doc = await read("lead-support-sections");
    expect(doc.columns.map((c) => c.field)).toEqual(["seq", "title", "content", "leadUnits", "supportUnits", "deadline"]);
    expect(task(doc, 1)).toMatchObject({ leadUnits: ["县政务服务中心"], supportUnits: ["县大数据中心", "县司法局"], units: ["县政务服务中心", "县大数据中心", "县司法局"] });
    expect(task(doc, 6)).toMatchObject({
      leadUnits: ["县自然资源局", "县住房城乡建设局"],
      supportUnits: ["各乡镇人民政府"],
      units: ["县自然资源局", "县住房城乡建设局", "各乡镇人民政府"],
    });
  });

  it("are found under a two-level header (责任单位 over 牵头单位 and 配合单位)", async () => {
    const doc = await read("two-level-header");
    expect(doc.columns.map((c) => c.header)).toEqual(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]);
    expect(task(doc, 2)).toMatchObject({ leadUnits: ["县住房城乡建设局"], supportUnits: ["县市场监管局", "县消防救援大队"] });
    // The group's name is no column's header: kept, not lost.
    expect(doc.leftovers).toContainEqual({ text: "责任单位", reason: "unassigned", where: { table: 0, row: 0, column: 2 } });
  });
});

describe("section rows", () => {
  it("read (一) headings spanning the table as level-2 sections, tasks placed in them", async () => {
    const doc = await read("lead-support-sections");
    expect(doc.sections.map((s) => [s.number, s.title, s.level])).toEqual([
      ["(一)", "提升政务服务效能", 2],
      ["(二)", "优化市场准入环境", 2],
      ["(三)", "加强要素保障", 2],
    ]);
    expect(doc.tasks.map((t) => t.section)).toEqual(["(一)", "(一)", "(一)", "(二)", "(二)", "(三)", "(三)"]);
    expect(doc.sections[0]?.where).toEqual({ table: 0, row: 1, column: 0 });
  });

  it("read 一、 headings as level-1 sections", async () => {
    const doc = await read("seed-clean");
    expect(doc.sections.map((s) => [s.number, s.level])).toEqual(["一", "二", "三", "四", "五"].map((n) => [n, 1]));
  });
});

describe("section rows laid out in the cells of a task row", () => {
  async function sectionDoc(sectionRow: (string | [string, number])[]) {
    const { Table, TableRow, TableCell, Paragraph } = await import("docx");
    const row = (cells: (string | [string, number])[]) =>
      new TableRow({ children: cells.map((c) => (typeof c === "string" ? new TableCell({ children: [new Paragraph(c)] }) : new TableCell({ columnSpan: c[1], children: [new Paragraph(c[0])] }))) });
    return parseBlocks([new Table({ rows: [row(["序号", "重点任务", "责任单位"]), row(sectionRow), row(["1", "任务甲", "县民政局"])] })]);
  }

  it("read 一 in the number column and the heading beside it as a section, not as task 1", async () => {
    for (const cells of [["一", ["总体要求", 2]], ["一", "总体要求", ""], ["(一)", ["总体要求", 2]]] as (string | [string, number])[][]) {
      const doc = await sectionDoc(cells);
      expect(doc.sections.map((s) => [s.number, s.title])).toEqual([[cells[0], "总体要求"]]);
      expect(doc.tasks.map((t) => [t.seq, t.title, t.section])).toEqual([[1, "任务甲", cells[0]]]);
    }
  });

  it("read a heading in the cell beside an empty number as a section", async () => {
    const doc = await sectionDoc(["", ["二、重点任务", 2]]);
    expect(doc.sections.map((s) => [s.number, s.title])).toEqual([["二", "重点任务"]]);
    expect(doc.tasks).toHaveLength(1);
  });

  it("read a group's name alone in the number column (教育领域) as a section without a number, not as a task", async () => {
    const doc = await sectionDoc(["教育领域", "", ""]);
    expect(doc.sections.map((s) => [s.number, s.title])).toEqual([["", "教育领域"]]);
    expect(doc.tasks.map((t) => [t.seq, t.title, t.section])).toEqual([[1, "任务甲", "教育领域"]]);
  });

  it("read 一 and a heading that also name a unit as a section before tasks numbered 1, 2…, the unit reported", async () => {
    const { Table, TableRow, TableCell, Paragraph } = await import("docx");
    const row = (cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
    const doc = await parseBlocks([new Table({ rows: [row(["序号", "重点任务", "责任单位"]), row(["一", "教育领域", "县教育局"]), row(["1", "新建幼儿园", "县教育局"])] })]);
    expect(doc.sections.map((s) => [s.number, s.title])).toEqual([["一", "教育领域"]]);
    expect(doc.tasks.map((t) => [t.seq, t.title, t.section])).toEqual([[1, "新建幼儿园", "一"]]);
    expect(doc.leftovers).toMatchObject([{ text: "县教育局", reason: "unassigned" }]);
    expect(doc.messages.map((m) => m.ruleId)).toContain("section-units");
  });

  it("read a row numbered 1 over rows numbered 1.1, 1.2 as their heading, not as a task", async () => {
    const { Table, TableRow, TableCell, Paragraph } = await import("docx");
    const row = (cells: (string | [string, number])[]) =>
      new TableRow({ children: cells.map((c) => (typeof c === "string" ? new TableCell({ children: [new Paragraph(c)] }) : new TableCell({ columnSpan: c[1], children: [new Paragraph(c[0])] }))) });
    const doc = await parseBlocks([
      new Table({ rows: [row(["序号", "重点任务", "责任单位"]), row(["1", ["扩大有效投资", 2]]), row(["1.1", "推进重点项目", "县发展改革局"]), row(["1.2", "加快专项债使用", "县财政局"]), row(["2", "促进消费", ""]), row(["2.1", "举办消费季", "县商务局"])] }),
    ]);
    expect(doc.sections.map((s) => [s.number, s.title])).toEqual([["1", "扩大有效投资"], ["2", "促进消费"]]);
    expect(doc.tasks.map((t) => [t.seq, t.seqPrinted, t.title, t.section])).toEqual([
      [1, "1.1", "推进重点项目", "1"],
      [2, "1.2", "加快专项债使用", "1"],
      [3, "2.1", "举办消费季", "2"],
    ]);
  });

  it("read a heading alone in the number column, the other cells empty, as a section", async () => {
    const headed = await sectionDoc(["二、优化营商环境", "", ""]);
    expect(headed.sections.map((s) => [s.number, s.title])).toEqual([["二", "优化营商环境"]]);
    expect(headed.tasks.map((t) => [t.seq, t.section])).toEqual([[1, "二"]]);
    // A bare 一 with nothing beside it: a section whose title is not printed, not a task numbered 一.
    const bare = await sectionDoc(["一", "", ""]);
    expect(bare.sections.map((s) => [s.number, s.title])).toEqual([["一", ""]]);
    expect(bare.tasks.map((t) => [t.seq, t.title, t.section])).toEqual([[1, "任务甲", "一"]]);
  });
});

describe("the title and date around the table", () => {
  it("join a title wrapped over three lines, and read a date in Chinese numerals", async () => {
    const table = breakdownDocument({ columns: ["序号", "重点任务", "责任单位"], rows: [{ cells: ["1", "任务甲", "县民政局"] }] });
    const doc = await parseBlocks([
      paragraph("东湖县贯彻落实"),
      paragraph("《关于加快推进乡村全面振兴的实施意见》"),
      paragraph("重点任务分解表"),
      ...table,
      paragraph("东湖县农业农村局"),
      paragraph("二〇二四年三月五日"),
    ]);
    expect(doc.document).toMatchObject({ title: "东湖县贯彻落实《关于加快推进乡村全面振兴的实施意见》重点任务分解表", issuer: "东湖县农业农村局", issuedDate: "2024-03-05" });
    expect(doc.leftovers).toEqual([]);
  });

  it("do not take a document number or a bracketed note above the title into it", async () => {
    const table = breakdownDocument({ columns: ["序号", "重点任务", "责任单位"], rows: [{ cells: ["1", "任务甲", "县民政局"] }] });
    const doc = await parseBlocks([paragraph("东政办发〔2024〕5号"), paragraph("（此件公开发布）"), paragraph("2024年重点任务分解表"), ...table]);
    expect(doc.document.title).toBe("2024年重点任务分解表");
  });
});

describe("a header cell spanning two columns with no names under it", () => {
  it("names both columns, and the task's value joins both cells", async () => {
    const { Table, TableRow, TableCell, Paragraph } = await import("docx");
    const cell = (t: string, columnSpan?: number) => new TableCell({ ...(columnSpan ? { columnSpan } : {}), children: [new Paragraph(t)] });
    const doc = await parseBlocks([
      new Table({
        rows: [
          new TableRow({ children: [cell("序号"), cell("重点任务"), cell("责任单位", 2)] }),
          new TableRow({ children: [cell("1"), cell("任务甲"), cell("县发展改革委"), cell("县财政局")] }),
        ],
      }),
    ]);
    expect(doc.columns.map((c) => [c.header, c.field])).toEqual([
      ["序号", "seq"],
      ["重点任务", "title"],
      ["责任单位", "units"],
      ["责任单位", "units"],
    ]);
    expect(task(doc, 1).units).toEqual(["县发展改革委", "县财政局"]);
  });
});

describe("a table split in two across a page break", () => {
  it("joins the two tables, drops the repeated header row as a leftover, and places tasks in the table they are printed in", async () => {
    const doc = await read("seed-merged-split");
    expect(doc.tasks.map((t) => t.seq)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(doc.leftovers.filter((l) => l.reason === "repeated-header")).toEqual([
      { text: "序号 | 重点任务 | 主要内容 | 责任单位 | 联系人", reason: "repeated-header", where: { table: 1, row: 0 } },
    ]);
    expect(task(doc, 4).where).toEqual({ table: 0, row: 5 });
    expect(task(doc, 5).where).toEqual({ table: 1, row: 1 });
    expect(task(doc, 5).section).toBe("一");
    expect(task(doc, 5).fields.units).toEqual({ table: 1, row: 1, column: 3 });
  });

  it("goes on in the same section when the new page repeats the section row (三 is not a second section 三#2)", async () => {
    const clean = await read("seed-clean");
    const doc = await read("seed-section-repeated");
    const printed = (d: BreakdownDocument) => d.sections.map(({ id, number, title, level, parent }) => ({ id, number, title, level, parent }));
    expect(printed(doc)).toEqual(printed(clean));
    expect(doc.tasks.map((t) => [t.seq, t.section])).toEqual(clean.tasks.map((t) => [t.seq, t.section]));
    expect(task(doc, 10).section).toBe("三");
    expect(task(doc, 10).where).toEqual({ table: 1, row: 2 });
    // The repeated row is not lost: it is a leftover, beside the repeated header row.
    expect(doc.leftovers.filter((l) => l.reason === "repeated-header")).toEqual([
      { text: "序号 | 重点任务 | 主要内容 | 责任单位 | 联系人", reason: "repeated-header", where: { table: 1, row: 0 } },
      { text: "三、突出护绿重点,整体提升生态系统多样性稳定性持续性。", reason: "repeated-header", where: { table: 1, row: 1, column: 0 } },
    ]);
  });

  it("starts a new section for a heading that is not the one the rows are in, even one printed before", async () => {
    const columns = ["序号", "重点任务", "责任单位"];
    const rows = [
      { section: "一、甲类任务" },
      { cells: ["1", "任务甲", "县发展改革委"] },
      { section: "(一)子项" },
      { cells: ["2", "任务乙", "县民政局"] },
      { section: "一、甲类任务" },
      { cells: ["3", "任务丙", "县财政局"] },
      { section: "二、乙类任务" },
      { cells: ["4", "任务丁", "县教育局"] },
      { section: "(一)子项" },
      { cells: ["5", "任务戊", "县水利局"] },
    ];
    const doc = await parseBlocks(breakdownDocument({ columns, rows }, { splitBefore: 4 }));
    // 一 repeated while the rows are in its part (一): they go on there; (一) under 二 is 二's own.
    expect(doc.sections.map((s) => [s.id, s.parent])).toEqual([
      ["一", null],
      ["一(一)", "一"],
      ["二", null],
      ["二(一)", "二"],
    ]);
    expect(doc.tasks.map((t) => t.section)).toEqual(["一", "一(一)", "一(一)", "二", "二(一)"]);
  });

  it("joins the two tables across a 续表 label, above the table or in its first row", async () => {
    const columns = ["序号", "重点任务", "责任单位"];
    const rows = [{ cells: ["1", "任务甲", "县发展改革委"] }, { cells: ["2", "任务乙", "县民政局"] }];
    for (const continuedInTable of [false, true]) {
      const doc = await parseBlocks(breakdownDocument({ columns, rows }, { splitBefore: 1, continued: "续表", continuedInTable }));
      expect(doc.tasks.map((t) => [t.seq, t.where.table])).toEqual([
        [1, 0],
        [2, 1],
      ]);
      expect(doc.sections).toEqual([]);
      expect(doc.leftovers.map((l) => [l.text, l.reason])).toEqual([
        ["续表", "repeated-header"],
        ["序号 | 重点任务 | 责任单位", "repeated-header"],
      ]);
    }
  });

  it("joins the two tables inside a frame table too", async () => {
    const columns = ["序号", "重点任务", "责任单位"];
    const rows = [{ cells: ["1", "任务甲", "县发展改革委"] }, { cells: ["2", "任务乙", "县民政局"] }];
    const doc = await parseBlocks([frameTable(breakdownDocument({ title: "甲县2024年重点工作任务分解表", columns, rows }, { splitBefore: 1, continued: "续表" }))]);
    expect(doc.tasks.map((t) => [t.seq, t.where.table])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(doc.document.title).toBe("甲县2024年重点工作任务分解表");
  });

  it("joins the two tables when the second prints the title row again above the header", async () => {
    const columns = ["序号", "重点任务", "责任单位"];
    const rows = [{ cells: ["1", "任务甲", "县发展改革委"] }, { cells: ["2", "任务乙", "县民政局"] }];
    const doc = await parseBlocks(breakdownDocument({ columns, rows }, { splitBefore: 1, titleRow: "甲县2024年重点工作任务分解表", repeatTitleRow: true }));
    expect(doc.document.title).toBe("甲县2024年重点工作任务分解表");
    expect(doc.tasks.map((t) => [t.seq, t.where.table])).toEqual([
      [1, 0],
      [2, 1],
    ]);
    expect(doc.sections).toEqual([]);
    expect(doc.leftovers).toEqual([
      { text: "甲县2024年重点工作任务分解表", reason: "repeated-header", where: { table: 1, row: 0, column: 0 } },
      { text: "序号 | 重点任务 | 责任单位", reason: "repeated-header", where: { table: 1, row: 1 } },
    ]);
  });

  it("does not join a second table that has a title of its own, and says so", async () => {
    const columns = ["序号", "重点任务", "责任单位"];
    const doc = await parseBlocks([
      ...breakdownDocument({ title: "甲县2024年重点工作任务分解表", columns, rows: [{ cells: ["1", "任务甲", "县发展改革委"] }] }),
      ...breakdownDocument({ title: "甲县2024年民生实事任务分解表", columns, rows: [{ cells: ["1", "任务乙", "县民政局"] }, { cells: ["2", "任务丙", "县教育局"] }] }),
    ]);
    expect(doc.tasks.map((t) => t.title)).toEqual(["任务乙", "任务丙"]);
    expect(doc.messages.map((m) => m.ruleId)).toEqual(["other-table"]);
    expect(doc.leftovers.map((l) => l.text)).toEqual(expect.arrayContaining(["任务甲", "县发展改革委"]));
  });
});

describe("a table nested in a cell", () => {
  it("finds the breakdown table inside a frame table, and counts tables as Word does", async () => {
    const doc = await read("nested-table");
    expect(doc.document.title).toBe("云溪县2024年河长制重点工作任务分解表");
    expect(doc.document.issuer).toBe("云溪县河长制办公室");
    expect(task(doc, 1).where).toEqual({ table: 1, row: 2 });
  });

  it("reads a table nested in a task's cell into that cell, one line per row, and says so", async () => {
    const doc = await read("nested-table");
    expect(task(doc, 1).content).toBe("分年度控制用水总量\uff1a\n年度\t用水总量(亿立方米)\n2024年\t1.20\n2025年\t1.25\n超过控制指标的暂停审批新增取水。");
    expect(doc.messages).toEqual([expect.objectContaining({ ruleId: "nested-table", severity: "info", where: { table: 1, row: 2, column: 2 } })]);
    expect(task(doc, 2).contacts).toEqual(["刘芳", "陈明"]);
  });
});

describe("a document whose first tables are not the breakdown table", () => {
  it("finds the breakdown table by its header, not its position", async () => {
    const doc = await read("first-table-not-breakdown");
    expect(doc.tasks.map((t) => t.title)).toEqual(["城区老旧小区改造", "新建城区公办幼儿园", "农村供水保障提升", "城乡居民免费健康体检"]);
    expect(task(doc, 1).where.table).toBe(2);
  });

  it("takes the issuer and date from the signature block, and keeps the attachment list as leftovers", async () => {
    const doc = await read("first-table-not-breakdown");
    expect(doc.document).toMatchObject({ title: "云溪县2024年重点民生实事任务分解表", issuer: "云溪县人民政府办公室", issuedDate: "2024-03-15" });
    expect(doc.leftovers).toContainEqual({ text: "附件名称", reason: "outside-table", where: { table: 0, row: 0, column: 1 } });
  });
});

describe("a document with no breakdown table", () => {
  it("fails with NO_TABLE_FOUND, listing the header rows of the tables it saw", async () => {
    const error = await errorOf(parse(fixture("docx", "no-breakdown-table.docx")));
    expect(error.code).toBe("NO_TABLE_FOUND");
    expect(error.details).toEqual(["table 1, 2 rows × 3 columns: first row: 序号 | 附件名称 | 备注", "table 2, 2 rows × 3 columns: first row: 姓名 | 单位 | 电话"]);
    await expect(`${JSON.stringify(error, null, 2)}\n`).toMatchFileSnapshot("../../../fixtures/docx/no-breakdown-table.expected.json");
  });

  it("says when the document has no table at all", async () => {
    const error = await errorOf(parseBlocks([paragraph("甲县2024年重点工作任务分解表"), paragraph("1.任务甲")]));
    expect(error).toMatchObject({ code: "NO_TABLE_FOUND", details: ["the document has no tables"] });
  });
});

describe("cell paragraphs", () => {
  it("keep a break between one contact and the next, and between numbered measures", async () => {
    const doc = await read("lead-support-sections");
    expect(task(doc, 2).content).toBe("1.推动政务服务事项全程网上办理。\n2.拓展“掌上办”“自助办”服务渠道。");
    expect((await read("seed-clean")).tasks.find((t) => t.seq === 4)?.contacts).toHaveLength(2);
  });

  it("lose a break that only wraps a sentence", async () => {
    const doc = await read("lead-support-sections");
    expect(task(doc, 3).content).toBe("在县乡两级政务服务大厅设立帮办代办窗口\uff0c为重点项目和中小微企业提供全程帮办服务。");
  });
});

describe("rows of one task", () => {
  it("are read as one task when its number cell is merged over them", async () => {
    const doc = await parseBlocks(
      breakdownDocument(
        {
          columns: ["序号", "重点任务", "工作措施", "责任单位"],
          rows: [
            { cells: ["1", "任务甲", "措施一。", "县发展改革委"] },
            { cells: ["1", "任务甲", "措施二。", "县财政局"] },
            { cells: ["2", "任务乙", "措施三。", "县民政局"] },
          ],
        },
        { mergeRuns: ["序号", "重点任务"] },
      ),
    );
    expect(doc.tasks.map((t) => [t.seq, t.title, t.content, t.units])).toEqual([
      [1, "任务甲", "措施一。\n措施二。", ["县发展改革委", "县财政局"]],
      [2, "任务乙", "措施三。", ["县民政局"]],
    ]);
    // Merged only within its own task: not a value shared with other tasks.
    expect(task(doc, 1).merged).toEqual([]);
    expect(doc.messages.map((m) => m.ruleId)).toEqual(["rows-joined"]);
  });
});

describe("a row with fewer cells than the header", () => {
  it("is read from the left, with a warning to check it", async () => {
    const { Table, TableRow, TableCell, Paragraph } = await import("docx");
    const row = (texts: string[]) => new TableRow({ children: texts.map((t) => new TableCell({ children: [new Paragraph(t)] })) });
    const doc = await parseBlocks([new Table({ rows: [row(["序号", "重点任务", "责任单位"]), row(["1", "任务甲", "县民政局"]), row(["2", "任务乙"])] })]);
    expect(doc.tasks.map((t) => [t.seq, t.title, t.units])).toEqual([
      [1, "任务甲", ["县民政局"]],
      [2, "任务乙", []],
    ]);
    // The row's units were not printed: field-check says so too, and the task is flagged.
    expect(doc.messages).toEqual([expect.objectContaining({ ruleId: "short-row", severity: "warning", where: { table: 0, row: 2 } }), expect.objectContaining({ ruleId: "field-check", seq: 2, field: "units" })]);
    expect(doc.tasks.map((t) => t.status)).toEqual(["ok", "needs_review"]);
  });
});

describe("a 序号 typed by Word's automatic numbering", () => {
  it("is not in the text mammoth gives, so each number is inferred from its neighbours, and said so", async () => {
    const { Table, TableRow, TableCell, Paragraph, LevelFormat } = await import("docx");
    const row = (cells: InstanceType<typeof Paragraph>[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [c] })) });
    const numbered = () => new Paragraph({ numbering: { reference: "seq", level: 0 }, children: [] });
    const { Document, Packer } = await import("docx");
    const table = new Table({
      rows: [
        row([new Paragraph("序号"), new Paragraph("重点任务"), new Paragraph("责任单位")]),
        row([numbered(), new Paragraph("任务甲"), new Paragraph("县民政局")]),
        row([numbered(), new Paragraph("任务乙"), new Paragraph("县教育局")]),
      ],
    });
    const numbering = { config: [{ reference: "seq", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1" }] }] };
    const data = new Uint8Array(await Packer.toBuffer(new Document({ numbering, sections: [{ children: [table] }] })));
    const { document: doc } = await parse({ data, fileName: "numbered.docx" });
    expect(doc.tasks.map((t) => [t.seq, t.seqPrinted, t.title])).toEqual([
      [1, null, "任务甲"],
      [2, null, "任务乙"],
    ]);
    expect(doc.messages.map((m) => [m.ruleId, m.seq])).toEqual([
      ["seq-inferred", 1],
      ["seq-inferred", 2],
    ]);
  });
});

describe("rows around the tasks inside the table", () => {
  it("read a title row above the header as the title, and a repeated header inside one table as a leftover", async () => {
    const columns = ["序号", "重点任务", "责任单位"];
    const doc = await parseBlocks(
      breakdownDocument(
        { columns, rows: [{ cells: ["1", "任务甲", "县发展改革委"] }, { cells: columns }, { cells: ["2", "任务乙", "县民政局"] }] },
        { titleRow: "甲县2024年重点工作任务分解表" },
      ),
    );
    expect(doc.document.title).toBe("甲县2024年重点工作任务分解表");
    expect(doc.tasks.map((t) => t.seq)).toEqual([1, 2]);
    expect(doc.leftovers).toEqual([{ text: "序号 | 重点任务 | 责任单位", reason: "repeated-header", where: { table: 0, row: 3 } }]);
  });
});

describe("paragraphs around the table", () => {
  it("read a title printed on two lines as one title", async () => {
    const doc = await parseBlocks([
      paragraph("甲县推进乡村振兴三年行动方案"),
      paragraph("(2024-2026年)任务分解表"),
      ...breakdownDocument({ columns: ["序号", "重点任务", "责任单位"], rows: [{ cells: ["1", "任务甲", "县农业农村局"] }] }),
    ]);
    expect(doc.document.title).toBe("甲县推进乡村振兴三年行动方案(2024-2026年)任务分解表");
    expect(doc.leftovers).toEqual([]);
  });

  it("keep other text as outside-table leftovers", async () => {
    const doc = await parseBlocks([
      ...breakdownDocument({ columns: ["序号", "重点任务", "责任单位"], rows: [{ cells: ["1", "任务甲", "县农业农村局"] }] }),
      plainTable([["抄送\uff1a县委办公室"]]),
    ]);
    expect(doc.leftovers).toEqual([{ text: "抄送\uff1a县委办公室", reason: "outside-table", where: { table: 1, row: 0, column: 0 } }]);
  });
});

describe("inputs that cannot be used", () => {
  const seed = readBytes(fixture("docx", "seed-clean.docx"));

  it("a truncated .docx fails with DOCX_UNREADABLE", async () => {
    const error = await errorOf(parse({ data: seed.slice(0, Math.floor(seed.length / 2)), fileName: "cut.docx" }));
    expect(error.code).toBe("DOCX_UNREADABLE");
  });

  it("a .docx whose document XML is broken fails with DOCX_UNREADABLE, naming what went wrong", async () => {
    const { Document, Packer } = await import("docx");
    const broken = await Packer.toBuffer(new Document({ sections: [{ children: [] }] }), false, [{ path: "word/document.xml", data: "<w:document><w:body><w:p>" }]);
    const error = await errorOf(parse({ data: new Uint8Array(broken), fileName: "broken.docx" }));
    expect(error.code).toBe("DOCX_UNREADABLE");
    expect(error.message).toMatch(/got: /);
  });

  it("a zip that is not a Word document nor a workbook (a .pptx renamed) fails with DOCX_NO_DOCUMENT", async () => {
    const { default: JSZip } = await import("jszip");
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("ppt/presentation.xml", "<presentation/>");
    const pptx = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
    const error = await errorOf(parse({ data: pptx, fileName: "table.docx" }));
    expect(error.code).toBe("DOCX_NO_DOCUMENT");
    expect(error.message).toContain("PowerPoint");
  });

  it("a table over the row or cell limits fails with LIMIT_EXCEEDED", async () => {
    expect((await errorOf(readDocx(seed, "seed-clean.docx", resolveParseOptions({ limits: { maxRows: 10 } })))).code).toBe("LIMIT_EXCEEDED");
    expect((await errorOf(readDocx(seed, "seed-clean.docx", resolveParseOptions({ limits: { maxCellChars: 100 } })))).code).toBe("LIMIT_EXCEEDED");
  });
});
