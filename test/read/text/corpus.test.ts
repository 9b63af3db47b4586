import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BreakdownError, parse } from "../../../src/index.js";
import { CORPUS } from "../../helpers.js";
import { unaccounted } from "../../support/conservation.js";

// Excerpts of real breakdown tables (the first ~2 KB of public pages, cut off mid-text).
const files = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort();

async function read(file: string) {
  try {
    return { document: (await parse(join(CORPUS, file))).document, error: null };
  } catch (error) {
    return { document: null, error };
  }
}

describe("every corpus excerpt", () => {
  it.each(files)("%s is read into tasks or refused with a coded error, never a crash", async (file) => {
    const { document, error } = await read(file);
    if (error) {
      expect(error).toBeInstanceOf(BreakdownError);
      return;
    }
    expect(document?.tasks.length).toBeGreaterThan(0);
  });

  it.each(files)("%s: every letter, digit and CJK character is in a field, a repair or a leftover", async (file) => {
    const { document } = await read(file);
    if (!document) return;
    expect(unaccounted(readFileSync(join(CORPUS, file), "utf8"), document).join("")).toBe("");
  });
});

describe("what the corpus shows", () => {
  it("refuses the binary .doc shown as text as a legacy .doc", async () => {
    const { error } = await read("longkou_xiangcun_jiaoyu_renwuqingdan_rawdoc_garbage.txt");
    expect((error as BreakdownError).code).toBe("LEGACY_DOC");
  });

  it("reads labelled tasks (牵头责任单位：… lines) with lead and support units and leaders", async () => {
    const { document } = await read("chuzhou_2020_zhongdian_gongzuo_zerenfenjie_gov.txt");
    expect(document?.document.source.layout).toBe("labelled");
    const t1 = document?.tasks[0];
    expect(t1?.content).toBe("地区生产总值增长8%以上。");
    expect(t1?.leaders).toEqual(["金力"]);
    expect(t1?.leadUnits).toEqual(["市发展改革委"]);
    expect(t1?.supportUnits[0]).toBe("市经信局");
    expect(t1?.units.slice(0, 2)).toEqual(["市发展改革委", "市经信局"]);
    // 各县、市、区政府 is one unit, not three.
    expect(t1?.supportUnits).toContain("各县、市、区政府");
    expect(document?.sections[0]).toMatchObject({ number: "一", title: "确保完成全年主要预期目标" });
  });

  it("reads bracketed labels after the task (〔牵头单位：…，责任单位：…〕) and (一) sections", async () => {
    const { document } = await read("gangcheng_2021_yingshang_fenggong_lzzcloud.txt");
    expect(document?.sections.map((s) => s.id)).toEqual(["一", "一(一)"]);
    const t1 = document?.tasks[0];
    expect(t1?.section).toBe("一(一)");
    expect(t1?.leadUnits).toEqual(["区政府办公室"]);
    expect(t1?.units).toEqual(["区政府办公室", "区政府有关部门", "各街道(功能区)"]);
    expect(document?.document.issuer).toBe("济南市钢城区人民政府办公室");
    expect(document?.document.issuedDate).toBe("2021-04-10");
  });

  it("reads one cell per line, joining a header wrapped over two lines (牵头责任 / 单位)", async () => {
    const { document } = await read("luan_2021_zhongdian_gongzuo_luoshiqingkuang_gov.txt");
    expect(document?.document.source.layout).toBe("cell-per-line");
    expect(document?.columns.map((c) => c.field)).toEqual(["seq", "title", "leadUnits", "supportUnits", "progress", "extra"]);
    // 六安供电公司等: the 等 that opens the list is taken off the name and recorded.
    expect(document?.tasks[1]).toMatchObject({ seq: 2, leadUnits: ["市经信局"], status: "repaired" });
    expect(document?.tasks[1]?.supportUnits).toContain("六安供电公司");
    expect(document?.tasks[1]?.repairs.map((r) => r.ruleId)).toEqual(["unit-etc"]);
    // The excerpt is cut off inside row 7: its cells are kept, and it is flagged.
    expect(document?.tasks[6]?.status).toBe("needs_review");
  });

  it("reads rows delimited by pipes, a row that lost its merged first cell keeping it from above", async () => {
    const { document } = await read("shucheng_zhongdian_gongzuo_2024_gov.txt");
    expect(document?.document.source.layout).toBe("delimited");
    expect(document?.tasks.map((t) => t.seq)).toEqual([6, 7]);
    expect(document?.tasks[0]?.leaders).toEqual(["胡久松"]);
    expect(document?.tasks[1]?.leaders).toEqual(["胡久松"]);
    expect(document?.tasks[1]?.merged).toContain("leaders");
  });

  it("reads rows delimited by single spaces, joining a cell that wrapped with a space in it", async () => {
    const { document } = await read("pingdingshan_hezhangzhi_2018_gov.txt");
    expect(document?.document.title).toBe("平顶山市全面推行河长制主要任务分解表");
    expect(document?.tasks[1]?.title).toBe("严守用水效率控制红线");
    expect(document?.tasks[0]?.category).toBe("加强水资源保护");
    expect(document?.tasks[0]?.leadUnits).toEqual(["市水利局"]);
  });

  it("reads a sharing-site text with labels in brackets, the page marker inside a unit recorded", async () => {
    const { document } = await read("taowenge_xx_hezhangzhi_2022_gongzuoyaodian.txt");
    const t = document?.tasks[0];
    expect(t?.leadUnits).toEqual(["县河长办"]);
    // The marker is recorded where it was cut (the bracket's units), then the bracket's roles are read.
    expect(t?.repairs.map((r) => [r.ruleId, r.field])).toEqual([
      ["page-marker", "units"],
      ["unit-roles", "units"],
    ]);
    expect(document?.document.source.pageCount).toBe(17);
  });
});
