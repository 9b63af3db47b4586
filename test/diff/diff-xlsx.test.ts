import ExcelJS from "exceljs";
import type { Cell, CellRichTextValue, Worksheet } from "exceljs";
import { describe, expect, it } from "vitest";
import { DIFF_COLOURS, DIFF_SHEET, diffToXlsx, SUMMARY_SHEET } from "../../src/diff/diff-xlsx.js";
import { diff, parse, type BreakdownDocument } from "../../src/index.js";
import { fixture, SEED } from "../helpers.js";
import { plainTask, withTasks } from "./documents.js";

async function workbook(oldDoc: BreakdownDocument, newDoc: BreakdownDocument): Promise<ExcelJS.Workbook> {
  const bytes = await diffToXlsx(diff(oldDoc, newDoc), oldDoc, newDoc);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function runs(cell: Cell): { text: string; mark: "insert" | "delete" | "plain" }[] {
  const value = cell.value as CellRichTextValue;
  expect(value.richText).toBeDefined();
  return value.richText.map((r) => ({ text: r.text, mark: r.font?.strike ? "delete" : r.font?.underline ? "insert" : "plain" }));
}

function fillOf(cell: Cell): string | undefined {
  return cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined;
}

function column(ws: Worksheet, header: string): number {
  const values = ws.getRow(1).values as unknown[];
  const i = values.indexOf(header);
  expect(i).toBeGreaterThan(0);
  return i;
}

function rowOf(ws: Worksheet, oldSeq: string, newSeq: string): ExcelJS.Row {
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(2).text === oldSeq && row.getCell(3).text === newSeq) return row;
  }
  throw new Error(`no row ${oldSeq} → ${newSeq}`);
}

describe("diff.xlsx, read back with exceljs", async () => {
  const { document: seed } = await parse(SEED);
  const { document: edited } = await parse(fixture("diff", "seed-edited.docx"));
  const wb = await workbook(seed, edited);
  const ws = wb.getWorksheet(DIFF_SHEET) as Worksheet;

  it("has the diff sheet with the tables' own headers, frozen and filterable, then the summary sheet", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([DIFF_SHEET, SUMMARY_SHEET]);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(["变化", "原序号", "新序号", "章节", "重点任务", "主要内容", "责任单位", "联系人", "相似度", "说明"]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBe("A1:J1");
  });

  it("has one row per task in the new order, the removed task and unreadable rows where they stood", () => {
    const numbers: string[] = [];
    for (let r = 2; r <= ws.rowCount; r++) numbers.push(`${ws.getRow(r).getCell(2).text}/${ws.getRow(r).getCell(3).text}`);
    expect(numbers).toEqual(["1/1", "2/2", "3/3", "4/", "5/4", "6/5", "7/6", "8/", "9/7", "10/8", "11/", "12/9", "13/10", "14/11", "15/12", "16/13", "17/14", "/15"]);
  });

  it("marks deleted and inserted characters inside a changed cell and fills it yellow", () => {
    const cell = rowOf(ws, "2", "2").getCell(column(ws, "重点任务"));
    expect(runs(cell)).toEqual([
      { text: "贯彻", mark: "delete" },
      { text: "健全", mark: "insert" },
      { text: "落实法规制度体系", mark: "plain" },
    ]);
    expect(fillOf(cell)).toBe(DIFF_COLOURS.changed.fill);
    expect(cell.font?.strike).toBeFalsy();
  });

  it("marks a unit that joined and a contact that left within the list", () => {
    const units = runs(rowOf(ws, "10", "8").getCell(column(ws, "责任单位")));
    expect(units.filter((r) => r.mark !== "plain")).toEqual([{ text: "区财政局", mark: "insert" }]);
    const contacts = runs(rowOf(ws, "6", "5").getCell(column(ws, "联系人")));
    expect(contacts).toEqual([
      { text: "周江", mark: "plain" },
      { text: "、", mark: "plain" },
      { text: "刘明", mark: "insert" },
      { text: "、", mark: "plain" },
      { text: "杨芙蓉", mark: "delete" },
    ]);
  });

  it("fills a removed row red with its text struck through, and an added row green", () => {
    const removed = rowOf(ws, "4", "");
    expect(fillOf(removed.getCell(column(ws, "主要内容")))).toBe(DIFF_COLOURS.removed.fill);
    expect(runs(removed.getCell(column(ws, "重点任务")))).toEqual([{ text: "持续完善基层执行体系", mark: "delete" }]);
    const added = rowOf(ws, "", "15");
    expect(fillOf(added.getCell(column(ws, "重点任务")))).toBe(DIFF_COLOURS.added.fill);
    expect(runs(added.getCell(column(ws, "重点任务")))).toEqual([{ text: "加强林业科技支撑", mark: "insert" }]);
  });

  it("shows the section a task moved from and to, and the new number of a renumbered task in yellow", () => {
    const moved = rowOf(ws, "12", "9");
    const section = runs(moved.getCell(column(ws, "章节")));
    expect(section[0]).toMatchObject({ mark: "delete", text: expect.stringMatching(/^四、激发/) });
    expect(section[2]).toMatchObject({ mark: "insert", text: expect.stringMatching(/^三、突出/) });
    expect(fillOf(rowOf(ws, "5", "4").getCell(3))).toBe(DIFF_COLOURS.changed.fill);
    expect(fillOf(rowOf(ws, "1", "1").getCell(3))).toBeUndefined();
  });

  it("greys a row that cannot be compared and says why", () => {
    const row = rowOf(ws, "8", "");
    expect(fillOf(row.getCell(1))).toBe(DIFF_COLOURS.notComparable.fill);
    expect(row.getCell(column(ws, "说明")).text).toMatch(/^旧版第 8 项无法可靠识别/);
    expect(row.getCell(column(ws, "主要内容")).text).toContain("全啜则酶");
  });

  it("sums up the counts on the summary sheet", () => {
    const summary = wb.getWorksheet(SUMMARY_SHEET) as Worksheet;
    const pairs = new Map<string, unknown>();
    // The first row with each label: the legend below repeats the kinds' names.
    summary.eachRow((row) => {
      if (!pairs.has(row.getCell(1).text)) pairs.set(row.getCell(1).text, row.getCell(2).value);
    });
    expect(pairs.get("新增")).toBe(1);
    expect(pairs.get("删除")).toBe(1);
    expect(pairs.get("重新编号")).toBe(11);
    expect(pairs.get("无法比较")).toBe(2);
    expect(pairs.get("结论")).toBe("有差异");
  });
});

describe("diff.xlsx and formula injection", async () => {
  const { document: seed } = await parse(SEED);

  it("writes a task that starts like a formula as text that a spreadsheet will not run", async () => {
    const evil = plainTask(18, "=HYPERLINK(\"http://x.invalid\",\"点击\")", "+cmd|' /C calc'!A0", { section: "五" });
    const wb = await workbook(seed, withTasks(seed, [...seed.tasks, evil]));
    const ws = wb.getWorksheet(DIFF_SHEET) as Worksheet;
    const row = rowOf(ws, "", "18");
    for (const header of ["重点任务", "主要内容"]) {
      const cell = row.getCell(column(ws, header));
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      expect(cell.numFmt).toBe("@");
    }
    expect(row.getCell(column(ws, "重点任务")).text).toBe("=HYPERLINK(\"http://x.invalid\",\"点击\")");
  });
});
