import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellLines, joinLines } from "../../../src/read/docx/cell-text.js";
import type { DocxBlock } from "../../../src/read/docx/html-tree.js";

const p = (text: string): DocxBlock => ({ kind: "paragraph", text });

describe("the lines of a cell", () => {
  it("are its paragraphs and line breaks, ends trimmed, empty ones dropped", () => {
    expect(cellLines([p("  张三 "), p(""), p("李四\n\u3000王五")]).lines).toEqual(["张三", "李四", "王五"]);
  });

  it("hold a nested table one row per line, its cells separated by a tab, each row a hard break", () => {
    const nested: DocxBlock = {
      kind: "table",
      table: {
        index: 3,
        parent: null,
        rows: [
          [{ blocks: [p("年度")], colspan: 1, rowspan: 1 }, { blocks: [p("目标")], colspan: 1, rowspan: 1 }],
          [{ blocks: [p("2024年")], colspan: 1, rowspan: 1 }, { blocks: [p("30%")], colspan: 1, rowspan: 1 }],
        ],
      },
    };
    const read = cellLines([p("目标如下"), nested, p("逐年考核")]);
    expect(read.lines).toEqual(["目标如下", "年度\t目标", "2024年\t30%", "逐年考核"]);
    expect([...read.hard]).toEqual([1, 2, 3]);
    expect(read.nested.map((t) => t.index)).toEqual([3]);
    expect(joinLines(read.lines, "content", read.hard)).toBe("目标如下\n年度\t目标\n2024年\t30%\n逐年考核");
  });
});

describe("joining a cell's lines", () => {
  it("keeps one contact per line", () => {
    expect(joinLines(["张三", "李四"], "contacts")).toBe("张三\n李四");
    expect(joinLines(["王局长", "赵副县长"], "leaders")).toBe("王局长\n赵副县长");
  });

  it("keeps a break after a unit name or before a line that starts like one", () => {
    expect(joinLines(["县发展改革委", "县财政局"], "units")).toBe("县发展改革委\n县财政局");
    expect(joinLines(["县防指", "县应急管理局"], "leadUnits")).toBe("县防指\n县应急管理局");
    expect(joinLines(["县教育局、", "县民政局"], "supportUnits")).toBe("县教育局、\n县民政局");
  });

  it("drops a break inside a unit name cut in two", () => {
    expect(joinLines(["县自然资源和规", "划局、县水利局"], "units")).toBe("县自然资源和规划局、县水利局");
  });

  it("drops a break inside a name whose first part reads as a unit too (管委 / 会), keeps one before a unit's name", () => {
    expect(joinLines(["市水利局、滁州经开区管委", "会、中新苏滁高新区管委会"], "supportUnits")).toBe("市水利局、滁州经开区管委会、中新苏滁高新区管委会");
    expect(joinLines(["滁州经开区管委会", "市水利局"], "supportUnits")).toBe("滁州经开区管委会\n市水利局");
  });

  it("joins a unit's other name in brackets on the line under it, keeps a role's bracket apart", () => {
    expect(joinLines(["市发改委", "市财政局", "(市地方金融局)", "市工信局"], "units")).toBe("市发改委\n市财政局(市地方金融局)\n市工信局");
    expect(joinLines(["市发改委", "(牵头)"], "units")).toBe("市发改委\n(牵头)");
  });

  it("keeps a break after a sentence or before a numbered item, drops one inside a sentence", () => {
    expect(joinLines(["完成改造。", "开展评估。"], "content")).toBe("完成改造。\n开展评估。");
    expect(joinLines(["目标\uff1a", "完成改造"], "content")).toBe("目标\uff1a\n完成改造");
    expect(joinLines(["总体要求", "(1)完成改造"], "content")).toBe("总体要求\n(1)完成改造");
    expect(joinLines(["推动跨部门业务", "协同办理。"], "content")).toBe("推动跨部门业务协同办理。");
    expect(joinLines(["巩固提升", "运行体系"], "title")).toBe("巩固提升运行体系");
  });

  it("keeps a break before another deadline, drops one inside a deadline", () => {
    expect(joinLines(["2024年6月底前", "长期坚持"], "deadline")).toBe("2024年6月底前\n长期坚持");
    expect(joinLines(["2024年12月", "底前"], "deadline")).toBe("2024年12月底前");
  });

  it("joins header and number lines without a break (序 / 号 is 序号)", () => {
    expect(joinLines(["序", "号"], "header")).toBe("序号");
    expect(joinLines(["完成", "时限"], "header", new Set([1]))).toBe("完成时限");
    expect(joinLines(["1", "2"], "seq")).toBe("12");
  });

  it("never adds or loses a character: only line breaks are put between lines", () => {
    const roles = ["contacts", "units", "content", "title", "deadline", "header", "seq", "extra"] as const;
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes("\n")), { maxLength: 8 }), fc.constantFrom(...roles), (lines, role) => {
        expect(joinLines(lines, role).replace(/\n/g, "")).toBe(lines.join(""));
      }),
    );
  });
});
