import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../../src/index.js";
import { fixture } from "../../helpers.js";
import { unaccounted } from "../../support/conservation.js";

// A second run-together table from a sharing site, in another domain (河湖长制) and with other
// columns (牵头单位 / 配合单位 / 完成时限), carrying the same kinds of noise as the seed: page
// markers in sentences, 。 read as o, a dropped quote, a sentence repeated, OCR letters in a
// word, a garbled row, a missing number, and a row whose cells wrapped around its number.
const FILE = fixture("text", "xx-county-hehuzhangzhi-2024-breakdown.txt");

describe("a second run-together document (河湖长制, lead/support/deadline columns)", async () => {
  const { document: doc } = await parse(FILE);
  const task = (seq: number) => doc.tasks.find((t) => t.seq === seq);
  const repair = (seq: number, ruleId: string) => task(seq)?.repairs.find((r) => r.ruleId === ruleId);

  it("maps its columns and reads title, issuer and date", () => {
    expect(doc.columns.map((c) => c.field)).toEqual(["seq", "title", "content", "leadUnits", "supportUnits", "deadline"]);
    expect(doc.document).toMatchObject({ title: "XX县2024年河湖长制重点工作任务分解表", issuer: "XX县河长制办公室", issuedDate: "2024-02-20" });
    expect(doc.sections.map((s) => s.title)).toEqual(["强化河湖长履职尽责", "推进河湖系统治理", "加强社会监督"]);
  });

  it("cuts lead units from support units where they abut, and reads the deadline", () => {
    expect(task(1)).toMatchObject({ title: "压实河湖长责任", leadUnits: ["县河长办"], supportUnits: ["县水利局", "各乡镇人民政府"], deadline: "2024年12月底前" });
    expect(task(3)?.title).toBe("完善考核评价办法");
    expect(task(11)?.title).toBe("公开河湖长信息");
  });

  it("applies each repair rule, with before and after", () => {
    expect(repair(1, "ocr-period")).toMatchObject({ field: "content", after: "河不少于1次。乡级河湖长每" });
    expect(repair(4, "page-marker")).toMatchObject({ field: "content", before: "清理河道2、垃圾、清除违", after: "清理河道垃圾、清除违" });
    expect(repair(4, "quote-pair")).toMatchObject({ field: "title" });
    expect(task(4)?.title).toBe("开展“五清”专项行动");
    expect(repair(5, "ocr-latin")).toMatchObject({ before: "水质Jian测站", after: "水质监测站" });
    expect(repair(5, "duplicate-sentence")?.after).toBe("新建水质Jian测站3个,完善水质监测站运行管理制度。");
    expect(task(5)?.content).toBe("新建水质监测站3个,完善水质监测站运行管理制度。加强监测数据共享。");
  });

  it("flags the garbled row for review and reports the missing number", () => {
    expect(task(9)?.status).toBe("needs_review");
    expect(task(9)?.raw).toContain("聴橡u乙7rT");
    expect(task(12)?.status).toBe("missing");
    expect(task(12)?.section).toBe(task(11)?.section);
  });

  it("puts the wrapped row 14 back together, the support unit continuing across the number", () => {
    expect(task(14)?.content).toBe("完善社会监督员制度,聘请社会监督员不少于20名,定期收集群众意见建议。落实河湖问题有奖举报,畅通群众举报渠道。");
    expect(task(14)?.leadUnits).toEqual(["县河长办"]);
    expect(task(14)?.supportUnits).toEqual(["县民政局", "各乡镇人民政府"]);
    expect(task(14)?.deadline).toBe("2024年12月底前");
  });

  it("accounts for every character", () => {
    expect(unaccounted(readFileSync(FILE, "utf8"), doc).join("")).toBe("");
  });
});

describe("the same table numbered from 1 in each section", async () => {
  const original = (await parse(FILE)).document;
  // Renumber each section's rows from 1, as many tables do (一、1 2 3 二、1 2 … 三、1 …).
  const renumbered = readFileSync(FILE, "utf8").replace(/(?<=[^\d年月第])(\d{1,2})(?=开展|加强|推进|实施|强化|迥|建设智慧|公开|健全社会)/g, (_m, n: string, offset: number, all: string) => {
    const before = all.slice(0, offset);
    const section = before.lastIndexOf("三、") >= 0 ? 3 : before.lastIndexOf("二、") >= 0 ? 2 : 1;
    return String(Number(n) - (section === 3 ? 10 : section === 2 ? 3 : 0));
  });
  const { document: doc } = await parse({ data: new Uint8Array(Buffer.from(renumbered, "utf8")), fileName: "restart.txt" });

  it("reads the same rows, seq counting across the document and seqPrinted as printed", () => {
    expect(renumbered).toContain("二、推进河湖系统治理1开展");
    const view = (d: typeof doc) => d.tasks.map((t) => [t.seq, t.status, t.section, t.title, t.leadUnits.join("、")]);
    expect(view(doc)).toEqual(view(original));
    expect(doc.tasks.find((t) => t.seq === 11)?.seqPrinted).toBe("1");
    expect(doc.messages.find((m) => m.ruleId === "seq-restart")).toBeDefined();
    expect(doc.messages.find((m) => m.ruleId === "missing-row")?.reason).toMatch(/三 1 is followed by 三 3/);
  });
});

