import { describe, expect, it } from "vitest";
import { readComposition } from "../../src/genre/group-composition.js";

/** Each part as [header, field, value], and the words after the composition. */
function said(text: string): { parts: Array<[string, string, string]>; rest: string } | null {
  const c = readComposition(text, 0, text.length);
  return c ? { parts: c.parts.map((p) => [p.header, p.field, text.slice(...p.value)]), rest: text.slice(c.end) } : null;
}

describe("who a working group is made of, said in a sentence", () => {
  it("reads its heads, its deputies and the bodies that are its members, clause by clause", () => {
    expect(said("副镇长李某任组长，交管所、派出所为成员单位。")).toEqual({
      parts: [
        ["组长", "leaders", "副镇长李某"],
        ["成员单位", "units", "交管所、派出所"],
      ],
      rest: "",
    });
    expect(said("由城区办主任刘某任组长,副局长田某任副组长。")?.parts).toEqual([
      ["组长", "leaders", "城区办主任刘某"],
      ["副组长", "extra", "副局长田某"],
    ]);
    // The head named after the post (组长由…担任), and before it with the group's name.
    expect(said("交通运输组的组长由主管交通的副镇长担任，办公室设在镇交管所。")?.parts).toEqual([
      ["组长", "leaders", "主管交通的副镇长"],
      ["办公室", "extra", "镇交管所"],
    ]);
  });

  it("runs a list of people over a comma on to its role word", () => {
    expect(said("办公室副主任王某，卫生科科长张某任组长，综合科为成员单位。")?.parts).toEqual([
      ["组长", "leaders", "办公室副主任王某，卫生科科长张某"],
      ["成员单位", "units", "综合科"],
    ]);
  });

  it("gives bodies a group is made of to its units, people to its members, and those that lead or take part to their roles", () => {
    expect(said("主要由县人武部、县林业局、14个乡（镇）人民政府组成，主要职责是扑救森林火灾。")).toEqual({ parts: [["成员单位", "units", "县人武部、县林业局、14个乡（镇）人民政府"]], rest: "主要职责是扑救森林火灾。" });
    expect(said("成员由其他校领导组成。")?.parts).toEqual([["成员", "extra", "其他校领导"]]);
    // Short names the words after them say are 部门 or 单位 (公安、消防等部门组成) are bodies.
    expect(said("由民政、公安、建设、交通等部门和单位组成，负责人员疏散。")?.parts).toEqual([["成员单位", "units", "民政、公安、建设、交通"]]);
    // The body given the group's work.
    expect(said("由公安部门负责，实施现场警戒。")).toEqual({ parts: [["责任单位", "units", "公安部门"]], rest: "实施现场警戒。" });
    expect(said("由总参谋部牵头，公安部、地震局、武警部队参加。")?.parts).toEqual([
      ["牵头单位", "leadUnits", "总参谋部"],
      ["参与单位", "supportUnits", "公安部、地震局、武警部队"],
    ]);
    expect(said("省委宣传部为组长单位，省三防办参与。")?.parts).toEqual([
      ["组长单位", "leadUnits", "省委宣传部"],
      ["参与单位", "supportUnits", "省三防办"],
    ]);
  });

  it("says nothing of a sentence that names no one's role in the group", () => {
    expect(said("负责信息收集汇总和报告，承办指挥部交办的其他工作。")).toBeNull();
    expect(said("学校成立评估工作领导小组。")).toBeNull();
    // A duty that only mentions a head is no composition: its words are no list of people.
    expect(said("负责协助指挥长开展工作，及时上报灾情任组长交办的事项。")).toBeNull();
  });
});
