import { reasonText } from "../../src/i18n/reasons.js";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "../../src/index.js";
import type { BreakdownDocument, Task } from "../../src/model/document.js";
import { startsLikeFormula } from "../../src/write/cell-guard.js";
import { toXlsx } from "../../src/write/xlsx-writer.js";
import { TOOL_VERSION } from "../../src/version.js";
import { fixture, SEED } from "../helpers.js";
import { HOSTILE, hostileDocument, sampleDocument, UNKNOWN_HEADER } from "./sample-document.js";
import { allCells, fillOf, MISSING_FILL, merges, noteOf, placeText, REVIEW_FILL, renderWorkbook, rowTexts, sheet, text, REPAIRED_FILL } from "./xlsx-reading.js";

const { document: seed } = await parse(SEED);
const TASKS = "任务分解表";
const UNITS = "责任分工";
const ISSUES = "问题清单";
const HEADER_ROW = 3;

/** Rows of the task sheet: seq → row, for the rows that are not merged section rows. */
function taskRows(ws: ExcelJS.Worksheet, doc: BreakdownDocument): Map<Task, number> {
  const rows = new Map<Task, number>();
  let r = HEADER_ROW + 1;
  for (const task of doc.tasks) {
    while (r <= ws.rowCount && text(ws.getCell(r, 1)) !== (task.seqPrinted ?? String(task.seq))) r++;
    if (r > ws.rowCount) throw new Error(`task ${task.seq} has no row`);
    rows.set(task, r++);
  }
  return rows;
}

function columnOf(doc: BreakdownDocument, field: string): number {
  const i = doc.columns.findIndex((c) => (c.field === "extra" ? `extra.${c.header}` : c.field) === field);
  return i + 1;
}

describe("the seed's workbook", async () => {
  const wb = await renderWorkbook(seed);
  const ws = sheet(wb, TASKS);
  const rows = taskRows(ws, seed);
  const n = seed.columns.length;
  const last = String.fromCharCode(64 + n);
  const task = (seq: number): Task => seed.tasks.find((t) => t.seq === seq) as Task;

  it("has the three sheets in order", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([TASKS, UNITS, ISSUES]);
  });

  it("puts the title in a row merged across the table, and the document's own headers under it", () => {
    expect(text(ws.getCell("A1"))).toBe(seed.document.title);
    expect(merges(ws)).toContain(`A1:${last}1`);
    expect(rowTexts(ws, HEADER_ROW, n)).toEqual(["序号", "重点任务", "主要内容", "责任单位", "联系人"]);
  });

  it("gives each section a row merged across the table, before its first task", () => {
    for (const section of seed.sections) {
      const label = `${section.number}\u3001${section.title}`;
      let r = HEADER_ROW + 1;
      while (r <= ws.rowCount && text(ws.getCell(r, 1)) !== label) r++;
      expect(r, label).toBeLessThanOrEqual(ws.rowCount);
      expect(merges(ws)).toContain(`A${r}:${last}${r}`);
      const first = seed.tasks.find((t) => t.section === section.id) as Task;
      expect(rows.get(first)).toBe(r + 1);
    }
  });

  it("writes each task's fields, lists joined with 、", () => {
    for (const t of seed.tasks.filter((x) => x.status === "ok" || x.status === "repaired")) {
      const r = rows.get(t) as number;
      expect(rowTexts(ws, r, n)).toEqual([String(t.seq), t.title, t.content, t.units.join("\u3001"), t.contacts.join("\u3001")]);
    }
  });

  it("fills each repaired cell blue with a note giving every repair's rule, before and after", () => {
    let checked = 0;
    for (const t of seed.tasks) {
      const r = rows.get(t) as number;
      const repairedFields = new Set(t.repairs.map((x) => x.field));
      for (const column of seed.columns) {
        const cell = ws.getCell(r, column.index + 1);
        if (t.status === "needs_review" || t.status === "missing") continue;
        if (!repairedFields.has(column.field)) {
          expect(fillOf(cell), `task ${t.seq} ${column.field}`).toBeUndefined();
          continue;
        }
        expect(fillOf(cell)).toBe(REPAIRED_FILL);
        const note = noteOf(cell);
        for (const repair of t.repairs.filter((x) => x.field === column.field)) {
          expect(note).toContain(repair.ruleId);
          expect(note).toContain(`「${repair.before}」 → 「${repair.after}」`);
          checked++;
        }
      }
    }
    expect(checked).toBe(seed.tasks.reduce((s, t) => s + t.repairs.length, 0));
    expect(noteOf(ws.getCell(rows.get(task(5)) as number, 2))).toContain("「智Ji林长」 → 「智慧林长」");
  });

  it("colours row 8 amber across the table, with its raw source text in a note", () => {
    const r = rows.get(task(8)) as number;
    for (let c = 1; c <= n; c++) expect(fillOf(ws.getCell(r, c))).toBe(REVIEW_FILL);
    expect(noteOf(ws.getCell(r, 1))).toContain(task(8).raw);
    expect(noteOf(ws.getCell(r, 1))).toContain("需人工核对");
    // Printed, a note does not show: the raw text is also in the widest column, 主要内容, under a label.
    expect(text(ws.getCell(r, 3))).toBe(`\uff08无法可靠识别\uff0c原文如下\uff0c详见序号单元格批注\uff09\n${task(8).raw}`);
    expect(text(ws.getCell(r, 2))).toBe("");
  });

  it("shows row 11 as a grey placeholder that says the number is absent, and invents nothing", () => {
    const r = rows.get(task(11)) as number;
    for (let c = 1; c <= n; c++) expect(fillOf(ws.getCell(r, c))).toBe(MISSING_FILL);
    expect(text(ws.getCell(r, 1))).toBe("11");
    expect(text(ws.getCell(r, 2))).toBe("\uff08原文无第 11 项\uff09");
    expect(rowTexts(ws, r, n).slice(2)).toEqual(["", "", ""]);
    expect(noteOf(ws.getCell(r, 1))).toContain("原文缺少第 11 项");
  });

  it("explains the colours in a legend with the counts, above the header", () => {
    const legend = text(ws.getCell("A2"));
    for (const words of ["已修复", "需人工核对", "原文缺失", "共 17 项", "已修复 13", "需人工核对 1", "原文缺失 1"]) expect(legend).toContain(words);
    expect(merges(ws)).toContain(`A2:${last}2`);
  });

  it("freezes the header, filters the table, and prints A4 landscape one page wide with the header on every page", () => {
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: HEADER_ROW });
    const lastRow = Math.max(...rows.values());
    expect(ws.autoFilter).toBe(`A${HEADER_ROW}:${last}${lastRow}`);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` });
  });

  it("wraps text in columns no wider than a page, each row tall enough for its longest cell in 宋体 11", () => {
    const widths = seed.columns.map((c) => ws.getColumn(c.index + 1).width as number);
    expect(widths.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(160);
    expect(Math.max(...widths)).toBe(ws.getColumn(3).width); // 主要内容, the longest text
    for (const [t, r] of rows) {
      for (const column of seed.columns) {
        const cell = ws.getCell(r, column.index + 1);
        expect(cell.alignment?.wrapText).toBe(true);
        // Excel: a column w wide is 7w+5 px; in 宋体 11 a Chinese character is 14.7 px, a Latin one 7.4 px; a line 14.25 pt.
        const px = [...text(cell)].reduce((s, ch) => s + (/[\x00-\x7f]/.test(ch) ? 7.4 : 14.7), 0);
        const lines = Math.max(1, Math.ceil(px / (7 * (widths[column.index] as number))));
        expect(ws.getRow(r).height, `task ${t.seq} ${column.header}`).toBeGreaterThanOrEqual(lines * 14.25);
      }
    }
  });

  it("signs the table below with the issuer and date, and names the source file and its SHA-256", () => {
    const below = Array.from({ length: 6 }, (_, i) => text(ws.getCell(Math.max(...rows.values()) + 1 + i, 1))).join("\n");
    expect(below).toContain(seed.document.issuer);
    expect(below).toContain(seed.document.issuedDateText);
    expect(below).toContain(seed.document.source.sha256);
  });

  it("lists every task and unit with its role in 责任分工, filterable", () => {
    const units = sheet(wb, UNITS);
    expect(rowTexts(units, 1, 5)).toEqual(["序号", "所属部分", "重点任务", "单位", "角色"]);
    const expected = seed.tasks.flatMap((t) => t.units.map((u) => [String(t.seq), `${t.section}\u3001${seed.sections.find((s) => s.id === t.section)?.title}`, t.title, u, "责任"]));
    expect(units.rowCount).toBe(expected.length + 1);
    expected.forEach((row, i) => expect(rowTexts(units, i + 2, 5)).toEqual(row));
    expect(units.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(units.autoFilter).toBe(`A1:E${expected.length + 1}`);
    expect(units.pageSetup).toMatchObject({ orientation: "landscape", printTitlesRow: "1:1" });
  });

  it("lists every repair, message and leftover in 问题清单 with task, field, rule, before, after and place", () => {
    const issues = sheet(wb, ISSUES);
    expect(rowTexts(issues, 1, 9)).toEqual(["序号", "字段", "规则", "类型", "修改前", "修改后", "说明", "原文位置", "表中位置"]);
    const repairs = seed.tasks.reduce((s, t) => s + t.repairs.length, 0);
    expect(issues.rowCount - 1).toBe(repairs + seed.messages.length + seed.leftovers.length);
    const lines = Array.from({ length: issues.rowCount - 1 }, (_, i) => rowTexts(issues, i + 2, 9));
    for (const t of seed.tasks) {
      for (const r of t.repairs) {
        const header = seed.columns.find((c) => c.field === r.field)?.header ?? r.field;
        expect(lines).toContainEqual([String(t.seq), header, r.ruleId, "修复", r.before, r.after, reasonText(r.ruleId, r.reason, "zh"), placeText(r.where), `任务分解表 第${rows.get(t)}行`]);
      }
    }
    for (const m of seed.messages) {
      expect(lines.some((l) => l[2] === m.ruleId && l[0] === (m.seq === null ? "" : String(m.seq)) && l[6] === reasonText(m.ruleId, m.reason, "zh") && l[7] === placeText(m.where))).toBe(true);
    }
    for (const l of seed.leftovers) expect(lines.some((x) => x[4] === l.text && x[2] === l.reason)).toBe(true);
    const garbled = lines.find((l) => l[2] === "garbled-row") as string[];
    expect(garbled.slice(0, 5)).toEqual(["8", "", "garbled-row", "警告", task(8).raw]);
  });

  it("links each problem of a task to the task's row", () => {
    const issues = sheet(wb, ISSUES);
    const link = issues.getCell(2, 9).value as ExcelJS.CellHyperlinkValue;
    expect(link.hyperlink).toBe(`#'任务分解表'!A${rows.get(seed.tasks.find((t) => t.repairs.length > 0) as Task)}`);
  });

  it("sets the workbook's title, issuer, date, source file, SHA-256 and tool version", () => {
    expect(wb.title).toBe(seed.document.title);
    expect(wb.company).toBe(seed.document.issuer);
    expect(wb.subject).toBe(seed.document.issuer);
    expect(wb.creator).toBe(`breakdown ${TOOL_VERSION}`);
    expect(wb.keywords).toContain(seed.document.source.sha256);
    expect(wb.description).toContain(seed.document.source.fileName);
    expect(wb.description).toContain(seed.document.source.sha256);
    expect(wb.description).toContain(`breakdown ${TOOL_VERSION}`);
    expect(wb.description).toContain("2023-09-28");
    expect(wb.created.toISOString()).toBe("2023-09-28T00:00:00.000Z");
    expect(wb.modified.toISOString()).toBe("2023-09-28T00:00:00.000Z");
  });
});

describe("a workbook's bytes", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("are the same for the same document, whenever it is written", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-01-01T08:00:00Z"));
    const a = await toXlsx(seed);
    vi.setSystemTime(new Date("2031-06-15T17:45:10Z"));
    const b = await toXlsx(seed);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe("a .docx-shaped document's workbook", async () => {
  const doc = sampleDocument();
  const wb = await renderWorkbook(doc);
  const ws = sheet(wb, TASKS);
  const rows = taskRows(ws, doc);
  const n = doc.columns.length;
  const [t1, t2, t3, t4, t5] = doc.tasks as [Task, Task, Task, Task, Task];

  it("nests the sections: level one bold and flush left, (一) indented, an empty section still shown", () => {
    const find = (label: string): number => {
      for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) if (text(ws.getCell(r, 1)) === label) return r;
      return -1;
    };
    const one = find("一\u3001优化营商环境");
    const sub = find("(一)提升政务服务");
    const empty = find("二\u3001尚无任务的部分");
    expect([one, sub]).toEqual([HEADER_ROW + 1, HEADER_ROW + 2]);
    expect(ws.getCell(one, 1).font?.bold).toBe(true);
    expect(ws.getCell(sub, 1).alignment?.indent).toBe(1);
    expect(empty).toBe((rows.get(t5) as number) + 1);
    expect(merges(ws)).toContain(`A${empty}:G${empty}`);
  });

  it("shows a number printed as 5. as printed, and an inferred number in italics", () => {
    expect(ws.getCell(rows.get(t5) as number, 1).value).toBe("5.");
    expect(ws.getCell(rows.get(t1) as number, 1).value).toBe(1);
    expect(ws.getCell(rows.get(t3) as number, 1).font?.italic).toBe(true);
  });

  it("colours the repaired unknown column, and puts a repair of a field without a column on the number", () => {
    const r = rows.get(t2) as number;
    expect(fillOf(ws.getCell(r, columnOf(doc, `extra.${UNKNOWN_HEADER}`)))).toBe(REPAIRED_FILL);
    expect(noteOf(ws.getCell(r, columnOf(doc, `extra.${UNKNOWN_HEADER}`)))).toContain("「季度通掁」 → 「季度通报」");
    expect(fillOf(ws.getCell(r, columnOf(doc, "content")))).toBe(REPAIRED_FILL);
    expect(noteOf(ws.getCell(r, columnOf(doc, "content")))).toContain("表1 第4行 第3列");
    expect(fillOf(ws.getCell(r, 1))).toBe(REPAIRED_FILL);
    expect(noteOf(ws.getCell(r, 1))).toContain("A field the table has no column for.");
    expect(fillOf(ws.getCell(r, columnOf(doc, "title")))).toBeUndefined();
  });

  it("notes an informational message on its cell without colouring it", () => {
    const cell = ws.getCell(rows.get(t5) as number, columnOf(doc, "deadline"));
    expect(noteOf(cell)).toContain("The deadline cell spans two rows.");
    expect(fillOf(cell)).toBeUndefined();
  });

  it("keeps a control character of the raw text in the note of a row to review", () => {
    expect(noteOf(ws.getCell(rows.get(t3) as number, 1))).toContain(t3.raw);
    expect(fillOf(ws.getCell(rows.get(t4) as number, n))).toBe(MISSING_FILL);
  });

  it("keeps short columns on one line: the deadline column fits 2025年12月底前", () => {
    const width = ws.getColumn(columnOf(doc, "deadline")).width as number;
    expect(width * 7).toBeGreaterThanOrEqual(7 * 14.7);
  });

  it("gives lead units 牵头 and support units 配合 in 责任分工, other units 责任", () => {
    const units = sheet(wb, UNITS);
    const lines = Array.from({ length: units.rowCount - 1 }, (_, i) => rowTexts(units, i + 2, 5));
    expect(lines.map((l) => `${l[0]} ${l[3]} ${l[4]}`)).toEqual([
      "1 县政务服务中心 牵头",
      "1 县大数据中心 配合",
      "1 各县(市、区)政府 配合",
      "2 县政务服务中心 牵头",
      "2 县数据局 牵头",
      "2 各乡镇 责任",
      "5 县金融服务中心 牵头",
      "5 县财政局 配合",
    ]);
  });

  it("says .docx places by table, row and column counted from 1, and keeps document-wide messages", () => {
    const issues = sheet(wb, ISSUES);
    const lines = Array.from({ length: issues.rowCount - 1 }, (_, i) => rowTexts(issues, i + 2, 9));
    expect(lines).toContainEqual(["2", "具体内容", "ocr-period", "修复", "全程网上办理o", "全程网上办理。", reasonText("ocr-period", "A lone o is 。 misread.", "zh"), "表1 第4行 第3列", `任务分解表 第${rows.get(t2)}行`]);
    // A rule the catalogue does not know keeps its recorded reason.
    expect(lines).toContainEqual(["", "", "second-table", "提示", "", "", "A second table was not read.", "表2", ""]);
    expect(lines).toContainEqual(["", "", "outside-table", "未入表文本", "抄送\uff1a县委办", "", expect.stringContaining("表格之外"), "表1", ""]);
    expect(lines.filter((l) => l[0] === "5").map((l) => [l[1], l[2], l[3]])).toEqual([["完成时限", "merged-cell", "提示"]]);
  });
});

describe("formula injection in XLSX", async () => {
  const doc = hostileDocument();
  const wb = await renderWorkbook(doc);

  it("writes every cell as a value, never a formula, and every formula-like text in the Text format", () => {
    let formulaLike = 0;
    for (const { sheet: name, cell } of allCells(wb)) {
      expect(cell.formula, `${name}!${cell.address}`).toBeUndefined();
      expect(cell.type, `${name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
      if (typeof cell.value === "string" && startsLikeFormula(text(cell))) {
        expect(cell.numFmt, `${name}!${cell.address}`).toBe("@");
        formulaLike++;
      }
    }
    // At least one cell for each hostile text: the title, task 1's six cells, its section row.
    expect(formulaLike).toBeGreaterThanOrEqual(Object.keys(HOSTILE).length);
  });

  it("keeps the hostile text exactly as it was, for a person to read", () => {
    const ws = sheet(wb, TASKS);
    expect(text(ws.getCell("A1"))).toBe(HOSTILE.docTitle);
    const row = taskRows(ws, doc).get(doc.tasks[0] as Task) as number;
    expect(rowTexts(ws, row, doc.columns.length).slice(1)).toEqual([HOSTILE.title, HOSTILE.content, HOSTILE.lead, HOSTILE.support, HOSTILE.deadline, HOSTILE.extra]);
    expect(text(ws.getCell(row - 1, 1))).toBe(HOSTILE.section);
    const units = sheet(wb, UNITS);
    expect(rowTexts(units, 2, 5)).toEqual(["1", HOSTILE.section, HOSTILE.title, HOSTILE.lead, "牵头"]);
  });
});

describe("the workbook of a real .docx (fixtures/docx/lead-support-sections.docx)", async () => {
  const { document: doc } = await parse(fixture("docx", "lead-support-sections.docx"));
  const wb = await renderWorkbook(doc);
  const ws = sheet(wb, TASKS);
  const rows = taskRows(ws, doc);
  const n = doc.columns.length;
  const last = String.fromCharCode(64 + n);

  it("heads the table with the document's own columns, 牵头单位 and 配合单位 among them", () => {
    expect(rowTexts(ws, HEADER_ROW, n)).toEqual(doc.columns.map((c) => c.header));
    expect(doc.columns.map((c) => c.field)).toEqual(expect.arrayContaining(["leadUnits", "supportUnits", "deadline"]));
  });

  it("merges a row for each section across the table, above its tasks", () => {
    expect(doc.sections.length).toBeGreaterThan(1);
    for (const section of doc.sections) {
      const first = doc.tasks.find((t) => t.section === section.id) as Task;
      const r = (rows.get(first) as number) - 1;
      expect(text(ws.getCell(r, 1))).toBe(`${section.number}${section.title}`);
      expect(merges(ws)).toContain(`A${r}:${last}${r}`);
    }
  });

  it("writes every task's cells, lists joined with 、", () => {
    for (const t of doc.tasks) {
      const r = rows.get(t) as number;
      doc.columns.forEach((c, i) => {
        const value = t[c.field as keyof Task];
        const expected = Array.isArray(value) ? value.join("\u3001") : c.field === "seq" ? (t.seqPrinted ?? String(t.seq)) : String(value ?? "");
        expect(text(ws.getCell(r, i + 1)), `task ${t.seq} ${c.header}`).toBe(expected);
      });
    }
  });

  it("gives each unit of 责任分工 the role of the column it was printed in", () => {
    const units = sheet(wb, UNITS);
    const lines = Array.from({ length: units.rowCount - 1 }, (_, i) => rowTexts(units, i + 2, 5));
    const expected = doc.tasks.flatMap((t) => [...t.leadUnits.map((u) => [String(t.seq), u, "牵头"]), ...t.supportUnits.map((u) => [String(t.seq), u, "配合"])]);
    expect(lines.map((l) => [l[0], l[3], l[4]])).toEqual(expected);
  });

  it("freezes, filters and prints like the seed's, and lists its leftovers in 问题清单", () => {
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: HEADER_ROW });
    expect(ws.autoFilter).toBe(`A${HEADER_ROW}:${last}${Math.max(...rows.values())}`);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` });
    const issues = sheet(wb, ISSUES);
    expect(issues.rowCount - 1).toBe(doc.tasks.reduce((s, t) => s + t.repairs.length, 0) + doc.messages.length + doc.leftovers.length);
    expect(wb.company).toBe(doc.document.issuer);
    expect(wb.created.toISOString().slice(0, 10)).toBe(doc.document.issuedDate);
  });
});

describe("a cell longer than Excel allows", async () => {
  const doc = sampleDocument();
  const t1 = doc.tasks[0] as Task;
  t1.content = "长".repeat(40_000);
  const wb = await renderWorkbook(doc);

  it("is cut to 32,767 characters with a tail that says where the whole text is, and listed in 问题清单", () => {
    const ws = sheet(wb, TASKS);
    const cell = ws.getCell(taskRows(ws, doc).get(t1) as number, columnOf(doc, "content"));
    expect(text(cell)).toHaveLength(32_767);
    expect(text(cell)).toMatch(/全文见 JSON\uff09$/);
    const issues = sheet(wb, ISSUES);
    const lines = Array.from({ length: issues.rowCount - 1 }, (_, i) => rowTexts(issues, i + 2, 9));
    expect(lines.filter((l) => l[2] === "xlsx-cell-limit").map((l) => [l[0], l[1]])).toEqual([["1", "具体内容"]]);
    expect(lines.find((l) => l[2] === "xlsx-cell-limit")?.[6]).toContain("40000");
  });
});

describe("a table whose unit cells also name their people (牵头单位及主要负责人: 市民政局 伍泽国)", async () => {
  const printed = [
    "大类 | 序号 | 工作任务 | 分管 市领导 | 牵头单位及 主要负责人 | 落实进展情况 |",
    "一、提高民生保障水平 | 1 | 提高城乡低保标准。 | 陈宣群 | 市民政局 伍泽国 | 已完成。 |",
    "2 | 提高特困人员供养标准。 | 陈宣群 | 市民政局 伍泽国 | 已完成。 |",
  ].join("\n");
  const { document: doc } = await parse({ data: new Uint8Array(Buffer.from(printed, "utf8")), fileName: "people.txt" });
  const wb = await renderWorkbook(doc);
  const ws = sheet(wb, TASKS);

  it("shows the people read out of the unit cells in a column of their own after the printed ones, named as read", () => {
    const n = doc.columns.length + 1;
    expect(rowTexts(ws, HEADER_ROW, n)).toEqual(["大类", "序号", "工作任务", "分管市领导", "牵头单位及主要负责人", "落实进展情况", "联系人（取自其他单元格）"]);
    const rows = Array.from({ length: ws.rowCount - HEADER_ROW }, (_, i) => HEADER_ROW + 1 + i).filter((r) => /^\d+$/.test(text(ws.getCell(r, 2))));
    expect(rows.map((r) => rowTexts(ws, r, n).slice(4))).toEqual([
      ["市民政局", "已完成。", "伍泽国"],
      ["市民政局", "已完成。", "伍泽国"],
    ]);
  });

  it("adds no such column when the table prints one for them, or nobody was read out", async () => {
    const seedSheet = sheet(await renderWorkbook(seed), TASKS);
    expect(rowTexts(seedSheet, HEADER_ROW, seed.columns.length + 1).at(-1)).toBe("");
  });
});
