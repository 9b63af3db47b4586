import { describe, expect, it } from "vitest";
import { Stream } from "../../../src/read/text/stream.js";
import { unwrapped } from "../../../src/read/text/unwrap.js";

/** A paragraph hard-wrapped every `width` characters, as a PDF's text layer or OCR prints it. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  for (let i = 0; i < paragraph.length; i += width) lines.push(paragraph.slice(i, i + width));
  return lines.join("\n");
}

const PARAGRAPH =
  "推进省级自主创新示范区建设,健全省统筹、市建设、区域协同的工作推进机制,构建人才引进激励和科技成果转化政策体系(分管副省长负责,省科技厅牵头)。在高端装备、新材料、大数据等领域实施一批关键技术协同攻关项目,支持企业技术改造和设备更新。";

describe("a text hard-wrapped at one width, its wraps cut out", () => {
  it("joins the lines of a paragraph wrapped at one width, the map still pointing into the source", () => {
    const source = `1.${PARAGRAPH}\n2.${PARAGRAPH}`.split("\n").map((p) => wrap(p, 24)).join("\n");
    const out = unwrapped(Stream.fromSource(source));
    expect(out.text).toBe(`1.${PARAGRAPH}\n2.${PARAGRAPH}`);
    const at = out.text.indexOf("在高端装备");
    expect(source.slice(out.sourceAt(at), out.sourceAt(at) + 5)).toBe("在高端装备");
  });

  it("keeps a break after a sentence's end and before an item's number", () => {
    const source = ["一、总体要求各地各部门要坚持稳中求进工作总基调,完整", "准确全面贯彻新发展理念,加快构建新发展格局。", "1.推进科技创新。加快建设一批省级重点实验室和工程研究", "中心,支持企业加大研发投入力度,提升自主创新能力。", "2.扩大有效投资。实施重大项目建设三年攻坚行动计划", "全年完成重点项目投资三千亿元以上,持续优化投资结构"].join("\n");
    const out = unwrapped(Stream.fromSource(source)).text.split("\n");
    expect(out).toEqual([
      "一、总体要求各地各部门要坚持稳中求进工作总基调,完整准确全面贯彻新发展理念,加快构建新发展格局。",
      "1.推进科技创新。加快建设一批省级重点实验室和工程研究中心,支持企业加大研发投入力度,提升自主创新能力。",
      "2.扩大有效投资。实施重大项目建设三年攻坚行动计划全年完成重点项目投资三千亿元以上,持续优化投资结构",
    ]);
  });

  it("leaves a table's rows alone though they are all as wide (tab- or pipe-delimited)", () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${i + 10}\t推进第${i + 10}项重点工作\t县发展改革局、县财政局\t张三`);
    const tabbed = Stream.fromSource(["序号\t重点任务\t责任单位\t联系人", ...rows].join("\n"));
    expect(unwrapped(tabbed)).toBe(tabbed);
    const piped = Stream.fromSource(rows.map((r) => `| ${r.replace(/\t/g, " | ")} |`).join("\n"));
    expect(unwrapped(piped)).toBe(piped);
  });

  it("leaves a text alone when no one width holds most of its long lines", () => {
    const source = ["关于印发重点工作任务分解方案的通知", "各乡镇人民政府,县政府各部门:", "现将方案印发给你们,请认真贯彻落实。", "县人民政府办公室", "2024年3月1日"].join("\n");
    const stream = Stream.fromSource(source);
    expect(unwrapped(stream)).toBe(stream);
  });
});
