import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";
import type { BreakdownDocument, Task } from "../../src/model/document.js";
import { restoreCell, startsLikeFormula } from "../../src/write/cell-guard.js";
import { toCsv, toUnitsCsv } from "../../src/write/csv-writer.js";
import { renderDocument } from "../../src/write/index.js";
import { fixture, SEED } from "../helpers.js";
import { HOSTILE, hostileDocument, sampleDocument, UNKNOWN_HEADER } from "./sample-document.js";

const { document: seed } = await parse(SEED);

function records(csv: string): string[][] {
  return (parseCsv(csv, { bom: true, relax_column_count: false }) as string[][]).map((row) => row.map(restoreCell));
}

/** A task's field as the CSV should hold it: lists joined with 、, null as an empty cell. */
function expected(task: Task, field: string): string {
  if (field === "seq") return String(task.seq);
  if (field === "section") return task.section ?? "";
  if (field === "status") return task.status;
  if (field.startsWith("extra.")) return task.extra[field.slice(6)] ?? "";
  const value = task[field as keyof Task];
  if (Array.isArray(value)) return value.join("\u3001");
  return value === null ? "" : String(value);
}

function expectRoundTrip(doc: BreakdownDocument): void {
  const [header, ...rows] = records(toCsv(doc, { headers: "canonical" }));
  expect(rows).toHaveLength(doc.tasks.length);
  doc.tasks.forEach((task, i) => {
    const row = rows[i] as string[];
    (header as string[]).forEach((field, j) => expect(row[j], `task ${task.seq} ${field}`).toBe(expected(task, field)));
  });
}

describe("toCsv", () => {
  it("starts with the UTF-8 BOM and ends every record with CRLF", () => {
    const csv = toCsv(seed, { headers: "printed" });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const bytes = Buffer.from(csv, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, "");
    expect(outsideQuotes.split("\r\n").length - 1).toBe(seed.tasks.length + 1);
    expect(outsideQuotes.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("heads the columns with the document's own headers, then 所属部分 and 识别状态", () => {
    const [header] = records(toCsv(seed, { headers: "printed" }));
    expect(header).toEqual([...seed.columns.map((c) => c.header), "所属部分", "识别状态"]);
    expect(header?.slice(0, 5)).toEqual(["序号", "重点任务", "主要内容", "责任单位", "联系人"]);
  });

  it("heads them with the canonical field names under --headers canonical", () => {
    const [header] = records(toCsv(sampleDocument(), { headers: "canonical" }));
    expect(header).toEqual(["seq", "title", "content", "leadUnits", "supportUnits", "deadline", `extra.${UNKNOWN_HEADER}`, "section", "status"]);
  });

  it("adds a column for people read out of unit cells (市民政局 伍泽国) after the printed ones, named as read, and round-trips it", async () => {
    const printed = [
      "序号 | 工作任务 | 牵头单位及 主要负责人 | 落实进展情况 |",
      "1 | 提高城乡低保标准。 | 市民政局 伍泽国 | 已完成。 |",
      "2 | 提高特困人员供养标准。 | 市财政局 李明 | 已完成。 |",
    ].join("\n");
    const { document: doc } = await parse({ data: new Uint8Array(Buffer.from(printed, "utf8")), fileName: "people.txt" });
    const [header, ...rows] = records(toCsv(doc, { headers: "printed" }));
    expect(header).toEqual(["序号", "工作任务", "牵头单位及主要负责人", "落实进展情况", "联系人（取自其他单元格）", "所属部分", "识别状态"]);
    expect(rows.map((r) => [r[2], r[4]])).toEqual([
      ["市民政局", "伍泽国"],
      ["市财政局", "李明"],
    ]);
    expect(records(toCsv(doc, { headers: "canonical" }))[0]?.[4]).toBe("contacts");
    expectRoundTrip(doc);
  });

  it("round-trips the seed: parsed back, every cell equals the JSON task's field", () => {
    expectRoundTrip(seed);
    const rows = records(toCsv(seed, { headers: "canonical" }));
    const status = rows.map((r) => r.at(-1));
    expect(status[8]).toBe("needs_review");
    expect(status[11]).toBe("missing");
  });

  it("round-trips a .docx-shaped document with lead and support units, an unknown column and text on two lines", () => {
    expectRoundTrip(sampleDocument());
  });

  it("shows sections and statuses as a reader says them under printed headers", () => {
    const rows = records(toCsv(seed, { headers: "printed" }));
    const first = rows[1] as string[];
    expect(first.at(-2)).toBe(`一\u3001${seed.sections[0]?.title}`);
    expect(rows.map((r) => r.at(-1)).slice(1)).toEqual(
      seed.tasks.map((t) => ({ ok: "正常", repaired: "已修复", needs_review: "需人工核对", missing: "原文缺失" })[t.status]),
    );
  });

  it("gives the same bytes for the same document", async () => {
    const a = await renderDocument(seed, "seed", ["csv"], { headers: "printed" });
    const b = await renderDocument(seed, "seed", ["csv"], { headers: "printed" });
    expect(a.map((f) => f.name)).toEqual(["seed.csv", "seed.units.csv"]);
    expect(a.map((f) => f.data)).toEqual(b.map((f) => f.data));
  });
});

describe("toUnitsCsv", () => {
  it("has one row per task and unit whose units, in order, are each task's units", () => {
    const [header, ...rows] = records(toUnitsCsv(seed, { headers: "canonical" }));
    expect(header).toEqual(["seq", "section", "title", "unit", "role"]);
    expect(rows).toHaveLength(seed.tasks.reduce((n, t) => n + t.units.length, 0));
    for (const task of seed.tasks) {
      const mine = rows.filter((r) => r[0] === String(task.seq));
      expect(mine.map((r) => r[3])).toEqual(task.units);
      for (const r of mine) expect(r.slice(1, 3)).toEqual([task.section ?? "", task.title]);
    }
    // The seed's table has one 责任单位 column: every unit is responsible.
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(["responsible"]));
  });

  it("gives lead units the role lead and support units support, keeping a unit with 、 inside brackets whole", () => {
    const [, ...rows] = records(toUnitsCsv(sampleDocument(), { headers: "canonical" }));
    const roles = rows.map((r) => `${r[0]} ${r[3]} ${r[4]}`);
    expect(roles).toEqual([
      "1 县政务服务中心 lead",
      "1 县大数据中心 support",
      "1 各县(市、区)政府 support",
      "2 县政务服务中心 lead",
      "2 县数据局 lead",
      "2 各乡镇 responsible",
      "5 县金融服务中心 lead",
      "5 县财政局 support",
    ]);
  });

  it("says the roles in Chinese under printed headers", () => {
    const doc = sampleDocument();
    const [header, ...rows] = records(toUnitsCsv(doc, { headers: "printed" }));
    expect(header).toEqual(["序号", "所属部分", "重点任务", "单位", "角色"]);
    expect(rows.map((r) => r[4])).toEqual(["牵头", "配合", "配合", "牵头", "牵头", "责任", "牵头", "配合"]);
    expect(rows[0]?.[1]).toBe("(一)提升政务服务");
  });
});

describe("formula injection in CSV", () => {
  const doc = hostileDocument();

  it("writes no cell that a spreadsheet would run, in either file", () => {
    for (const csv of [toCsv(doc, { headers: "printed" }), toUnitsCsv(doc, { headers: "printed" }), toCsv(doc, { headers: "canonical" })]) {
      const cells = (parseCsv(csv, { bom: true }) as string[][]).flat();
      for (const cell of cells) expect(startsLikeFormula(cell), JSON.stringify(cell)).toBe(false);
    }
  });

  it("marks each hostile cell with an apostrophe and keeps its text otherwise", () => {
    const [, first] = parseCsv(toCsv(doc, { headers: "canonical" }), { bom: true }) as string[][];
    expect(first?.slice(1, 7)).toEqual([`'${HOSTILE.title}`, `'${HOSTILE.content}`, `'${HOSTILE.lead}`, `'${HOSTILE.support}`, `'${HOSTILE.deadline}`, `'${HOSTILE.extra}`]);
    const [, unitRow] = parseCsv(toUnitsCsv(doc, { headers: "canonical" }), { bom: true }) as string[][];
    expect(unitRow?.[3]).toBe(`'${HOSTILE.lead}`);
    const [, printed] = parseCsv(toCsv(doc, { headers: "printed" }), { bom: true }) as string[][];
    expect(printed?.at(-2)).toBe(`'${HOSTILE.section}`);
  });

  it("still round-trips once the apostrophes are taken off", () => {
    expectRoundTrip(doc);
  });
});

describe("the CSV of a real .docx (fixtures/docx/lead-support-sections.docx)", async () => {
  const { document: doc } = await parse(fixture("docx", "lead-support-sections.docx"));

  it("round-trips, cell by cell, with its lead and support columns", () => {
    expect(doc.columns.map((c) => c.field)).toEqual(expect.arrayContaining(["leadUnits", "supportUnits"]));
    expectRoundTrip(doc);
  });

  it("has one units row per lead and support unit, with its role", () => {
    const [, ...rows] = records(toUnitsCsv(doc, { headers: "canonical" }));
    expect(rows.map((r) => [r[0], r[3], r[4]])).toEqual(
      doc.tasks.flatMap((t) => [...t.leadUnits.map((u) => [String(t.seq), u, "lead"]), ...t.supportUnits.map((u) => [String(t.seq), u, "support"])]),
    );
  });
});
