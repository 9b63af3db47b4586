import { describe, expect, it } from "vitest";
import { stripSiteBoilerplate } from "../../../src/read/text/site-boilerplate.js";

describe("what a site or a printer adds to the text", () => {
  it("cuts an official document's page number on a line of its own (— 3 —), recording it", () => {
    const source = "序号\n\n重点任务\n\n— 1 —\n\n1\n\n推进某项工作\n- 12 -\n";
    const { stream, edits } = stripSiteBoilerplate(source);
    expect(stream.text).not.toMatch(/\d —|- 12 -/);
    expect(edits.map((e) => [e.ruleId, e.before.trim()])).toEqual([
      ["page-marker", "— 1 —"],
      ["page-marker", "- 12 -"],
    ]);
  });

  it("cuts a law site's mark that the document goes on from the page before ([接上页]), recording it", () => {
    const source = "|\n[接上页] 交通部门:负责通村公路和道路建设。\n教育部门:负责义务教育。\n";
    const { stream, edits } = stripSiteBoilerplate(source);
    expect(stream.text).toContain("\n交通部门:负责");
    expect(edits.map((e) => [e.ruleId, e.before])).toEqual([["page-marker", "[接上页] "]]);
  });

  it("cuts a page footer however its two counts are printed (第2页 共8页, 第2页 / 共8页, 共8页 第3页), recording each", () => {
    const source = "推进某项工作\n第2页 共8页\n加快某项建设\n第 3 页 / 共 8 页\n完善某项制度\n共8页，第4页\n";
    const { stream, edits } = stripSiteBoilerplate(source);
    expect(stream.text).not.toMatch(/页/);
    expect(edits.map((e) => [e.ruleId, e.before.trim()])).toEqual([
      ["page-marker", "第2页 共8页"],
      ["page-marker", "第 3 页 / 共 8 页"],
      ["page-marker", "共8页，第4页"],
    ]);
  });

  it("cuts only the banner from a page run together into one line, keeping the document after it", () => {
    const body = "1、XX区重点任务责任分工表序号工作内容责任单位1加强生活垃圾分类宣传发动,引导市民参与生活垃圾分类。市城管委、市住建局".repeat(4);
    const source = `《XX区重点任务责任分工表.docx》由会员分享,可在线阅读,更多相关《XX区重点任务责任分工表.docx(7页珍藏版)》请在第壹文秘上搜索。 ${body}`;
    const { stream, leftovers } = stripSiteBoilerplate(source);
    expect(stream.text.trim()).toBe(body);
    expect(leftovers.map((l) => l.text)).toEqual([source.slice(0, source.indexOf("。") + 1)]);
  });

  it("cuts a page number whose dashes a PDF's text layer spaced apart (— — — 3 —), recording it", () => {
    const source = "1.推进某项工作,确保基层工作体现党的意志。\n— — — 3 —\n2.推进另一项工作。\n";
    const { stream, edits } = stripSiteBoilerplate(source);
    expect(stream.text.replace(/\n+/g, "\n")).toBe("1.推进某项工作,确保基层工作体现党的意志。\n2.推进另一项工作。\n");
    expect(edits.map((e) => [e.ruleId, e.before.trim()])).toEqual([["page-marker", "— — — 3 —"]]);
  });

  it("takes a sharing site's numbered rules for downloads (- 1、下载文档前请自行甄别…) out of the text as site notices", () => {
    const source = "农村工作年度目标责任书\n- 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。\n- 2、\"仅部分预览\"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款。\n- 3、如文档侵犯您的权益,请联系客服反馈(人工客服工作时间:9:00-18:30)。\n1、党建工作20分。由镇组织办负责考核。\n";
    const { stream, leftovers } = stripSiteBoilerplate(source);
    expect(stream.text).not.toMatch(/下载文档前|仅部分预览|侵犯您的权益/);
    expect(stream.text).toContain("1、党建工作20分。");
    expect(leftovers.map((l) => l.text)).toEqual(expect.arrayContaining([expect.stringContaining("下载文档前请自行甄别")]));
  });

  it("takes a mirror's pinyin glosses out, one with a space before its bracket's close too (創(chuàng )新), recording each", () => {
    const source = "實(shí)施高新技術(shù)企業(yè)培育,支持新業(yè)態(tài)創(chuàng )新。\n";
    const { stream, edits } = stripSiteBoilerplate(source);
    expect(stream.text).toBe("實施高新技術企業培育,支持新業態創新。\n");
    expect(edits.every((e) => e.ruleId === "pinyin-gloss")).toBe(true);
    expect(edits.map((e) => e.before)).toContain("(chuàng )");
  });

  it("takes a forum's anti-copy noise out, on lines of its own and around the text, keeping the text's own closing bracket", () => {
    const source = '下面是部分实事:\n) Y3 J/ M3 J" R! Z\n, I% H9 r: m2 |* {改造老旧小区7个(住建局牵头) x& L1 ]8 N) l6 J( k\n新建安置房396套(三水街道牵头)\' l1 J8 n9 Y9 x\n';
    const { stream, edits } = stripSiteBoilerplate(source);
    expect(stream.text).toBe("下面是部分实事:\n\n改造老旧小区7个(住建局牵头)\n新建安置房396套(三水街道牵头)\n");
    expect(edits.every((e) => e.ruleId === "forum-jammer")).toBe(true);
    expect(edits).toHaveLength(4);
  });

  it("keeps the text's own stop before a forum's noise (具体包括:+ l) M8…), and takes a run of letters and marks with no figure, after a Chinese stop, out too", () => {
    const source = "裁判组负责裁判工作。具体包括:+ l) M8 i, f5 r; t\n(1)号码编排;( q& K4 Q/ q) N' @% T0 I7\n(2)场地秩序的维护。. G/ ?% {) P. v) u\n宣传组:负责宣传。) I9 o4 c5 L$ ?9 f+ d\n";
    const { stream, edits } = stripSiteBoilerplate(source);
    expect(stream.text).toBe("裁判组负责裁判工作。具体包括:\n(1)号码编排;\n(2)场地秩序的维护。\n宣传组:负责宣传。\n");
    expect(edits.every((e) => e.ruleId === "forum-jammer")).toBe(true);
  });

  it("takes spaces printed as their HTML names out (&nbsp;, &bsp; with its n lost, &#12288;), recording each, and keeps an ampersand of the text's", () => {
    const source = "&bsp;二、主办单位\n&bsp;&bsp;&bsp;(一)县教育局&nbsp;(7月7日)\n&#12288;宣传食品安全R&D知识\n";
    const { stream, edits } = stripSiteBoilerplate(source);
    expect(stream.text).toBe("二、主办单位\n(一)县教育局(7月7日)\n宣传食品安全R&D知识\n");
    expect(edits.map((e) => [e.ruleId, e.before])).toEqual([
      ["html-space", "&bsp;"],
      ["html-space", "&bsp;"],
      ["html-space", "&bsp;"],
      ["html-space", "&bsp;"],
      ["html-space", "&nbsp;"],
      ["html-space", "&#12288;"],
    ]);
  });

  it("takes out the ? a mirror printed for each blank it lost, at cells' and lines' ends and beside blanks, where it does so throughout; keeps a ? between characters and the address's", () => {
    const source = "SOURCE: http://example.com/art?id=3\n附件?\n序号? | 重 点 工 作 任 务? | 牵头领导? | 牵头单位? |\n1? | 推进朱?基路建设。? | 王 ?明? 李华? | 区建设局? |\n";
    const { stream, edits } = stripSiteBoilerplate(source);
    expect(stream.text).toBe("附件\n序号 | 重 点 工 作 任 务 | 牵头领导 | 牵头单位 |\n1 | 推进朱?基路建设。 | 王 明 李华 | 区建设局 |\n");
    expect(edits.every((e) => e.ruleId === "lost-blank" && e.before === "?")).toBe(true);
    expect(edits).toHaveLength(11);
  });

  it("keeps a few ? that are the text's own (a question, a garbled number)", () => {
    for (const source of ["是否完成? 请各单位核实。\n责任单位:县政府办\n", "?。ǘ┩七M東部石化基地建設\n?。ㄈ┲?chuàng)建生物醫藥產業基地\n是否完成?\n"]) {
      expect(stripSiteBoilerplate(source).edits).toEqual([]);
    }
  });

  it("takes a site's breadcrumb out, whether spaced or cut into cells (您当前所在位置:|首页|>|…, 当前位置：首页 > 政务公开)", () => {
    const source = "当前位置：首页 > 政务公开 > 政府文件\n关于民生实事进展情况的通报\n截至10月底,已完成26件。\n您当前所在位置:|首页|>|执行公开|>|政府重点工作\n";
    const { stream, leftovers } = stripSiteBoilerplate(source);
    expect(stream.text).toBe("关于民生实事进展情况的通报\n截至10月底,已完成26件。\n");
    expect(leftovers.map((l) => [l.reason, l.text])).toEqual([
      ["site-boilerplate", "当前位置：首页 > 政务公开 > 政府文件"],
      ["site-boilerplate", "您当前所在位置:|首页|>|执行公开|>|政府重点工作"],
    ]);
  });

  it("takes a document's table of contents out (目  录 over the headings it lists), up to where its first entry is printed again", () => {
    const source = "某县旅游突发事件应急预案\n目  录\n1.总则\n1.1编制目的\n1.2适用范围\n2.组织机构及职责\n\n1.总则\n1.1编制目的\n为有效应对旅游突发事件,制定本预案。\n";
    const { stream, leftovers } = stripSiteBoilerplate(source);
    expect(stream.text).toBe("某县旅游突发事件应急预案\n\n1.总则\n1.1编制目的\n为有效应对旅游突发事件,制定本预案。\n");
    expect(leftovers.map((l) => [l.reason, l.text])).toEqual([
      ["outside-table", "目  录"],
      ["outside-table", "1.总则"],
      ["outside-table", "1.1编制目的"],
      ["outside-table", "1.2适用范围"],
      ["outside-table", "2.组织机构及职责"],
    ]);
  });

  it("keeps a 目录 line over fewer than three entries, or over sentences (目录 / 一、加强领导，…)", () => {
    for (const source of ["目录\n1.总则\n2.职责\n", "目录\n一、加强领导,明确责任。\n二、强化督查,确保落实。\n三、按时报送。\n"]) {
      expect(stripSiteBoilerplate(source).leftovers).toEqual([]);
    }
  });

  it("keeps ASCII that is the text's: a pipe table's empty cells, figures, one run of letters alone", () => {
    for (const source of ["序号 | 任务 | 单位\n1 | 2 | 3 | 4 | 5\n", "完成 A B C D 四类 1 2 3 项\n", "代号 a1 b2 c3 d4 e5 只此一处\n"]) {
      expect(stripSiteBoilerplate(source).edits).toEqual([]);
    }
  });

  it("keeps a line that only looks like one inside a sentence (区间 3-5 年)", () => {
    const source = "完成时限\n3-5年\n";
    expect(stripSiteBoilerplate(source).edits).toEqual([]);
  });

  it("takes 1、 at the start of rows for task numbers when there is no banner and the lines are rows", () => {
    const source = "序号\t重点任务\n1、\t推进甲\n2、\t推进乙\n";
    expect(stripSiteBoilerplate(source).paged).toBe(false);
  });
});
