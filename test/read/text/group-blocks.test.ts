import { describe, expect, it } from "vitest";
import { readConserved as read } from "../../support/read-conserved.js";

// Working groups printed one block each (a name on a numbered line, who is in it, its duties), written for these tests.
describe("working groups, one block each", () => {
  it("reads a group's name as the title, the bodies its sentence says are its members as its units and its head as its leader, the paragraph under them as its duties", async () => {
    const doc = await read("xx-town-epidemic-groups-composition.txt");
    expect(doc.tasks.map((t) => [t.title, t.units, t.leaders, t.content])).toEqual([
      ["综合协调组", ["综合科", "卫生计生科"], ["党委委员", "党政（人大、政协）办公室副主任王某某", "卫生计生科科长张某"], "协助镇领导指挥全镇疫情防控工作；负责信息收集汇总和报告，承办指挥部交办的其他工作。"],
      ["交通管控组", ["交管所", "镇派出所", "交警中队"], ["副镇长李某某"], "全面加强交通运输环节管控，负责对公共交通工具及乘运人员进行检疫、查验。"],
      ["物资保障组", [], ["副镇长赵某"], "副镇长赵某任组长，财政所、经发办"],
    ]);
    // Read from sentences, not labels: each group is flagged, and says why (the last one first that the text ends inside it).
    expect(doc.tasks.map((t) => t.status)).toEqual(["needs_review", "needs_review", "needs_review"]);
    expect(doc.messages.filter((m) => m.ruleId === "row-doubt" && /read from the sentence that says so/.test(m.reason)).map((m) => m.seq)).toEqual([1, 2]);
    expect(doc.messages.some((m) => m.ruleId === "row-ends-text" && m.seq === 3)).toBe(true);
    expect(doc.messages.some((m) => m.ruleId === "group-blocks")).toBe(true);
  });

  it("keeps a composition said in the duty's own sentence in its wording, the bodies copied to the units", async () => {
    const doc = await read("xx-county-forest-fire-groups-inline.txt");
    expect(doc.tasks.map((t) => [t.title, t.units, t.content])).toEqual([
      ["信息组", ["各乡（镇）人民政府", "县林业局及县森防办"], "主要由各乡（镇）人民政府、县林业局及县森防办组成，主要职责是全面了解全县森林防火动态，传达指挥部的指令。"],
      ["扑救组", ["县人武部", "县林业局", "县公安局"], "主要由县人武部、县林业局、县公安局组成，主要职责是在指挥部的统一指挥下，及时扑救森林火灾。"],
      ["运输组", ["县交通局", "县交警大队"], "由县交通局、县交警大队组成，主要职责是调集车辆运输扑火人员和物资。"],
    ]);
  });

  it("reads groups whose headings say the duties are theirs (X组的主要职责) as the units that hold them, their numbered duties joined", async () => {
    const doc = await read("xx-town-quake-groups-duties-headings.txt");
    expect(doc.tasks.map((t) => [t.units, t.title, t.leaders, t.content, t.extra])).toEqual([
      [["交通运输组"], "", ["主管交通的副镇长"], "（1）在临震应急期间，做好运输车辆的准备工作。（2）地震发生后，尽快组织人员抢修被毁道路、桥梁。", { 办公室: "镇交管所", 成员: "", 组成: "交通运输组的组长由主管交通的副镇长担任，办公室设在镇交管所。" }],
      [["通讯联络组"], "", ["组织委员"], "（1）加强对主要通讯线路的检修。（2）尽快组织人员抢修受损的线路，保证救灾通讯畅通。", { 办公室: "", 成员: "电信支局的工作人员", 组成: "通讯联络组的组长由组织委员担任，电信支局的工作人员为成员。" }],
    ]);
  });

  it("reads a leading group's standing bodies made of people as the units that hold the duties under 主要职责, the sentences on how they are set up and who is in them kept apart under 组成", async () => {
    const doc = await read("xx-school-assessment-bodies-composition.txt");
    expect(doc.tasks.map((t) => [t.units, t.leaders, t.content, t.extra.组成])).toEqual([
      [["评估工作领导小组"], ["校党委书记", "校长"], "1.确定评估工作思路，审定评估工作政策；2.部署、检查、督促、指导学校的评估工作。", "学校成立评估工作领导小组。校党委书记、校长担任组长，分管教学校领导担任副组长，成员由其他校领导组成。"],
      [["评估办公室"], ["分管教学校领导"], "1.贯彻落实领导小组的工作部署，协调各工作组之间的工作；2.制定评估工作方案及工作计划。", "评估工作领导小组下设评估办公室。分管教学校领导兼任主任，教务处处长担任副主任，成员由学校相关职能部门负责人组成。"],
    ]);
  });

  it("reads a headquarters' parts headed by their make-up and duties (X组成及主要职责): who heads each and the bodies it is made of said after a sentence's opening, its duties under X主要职责：", async () => {
    const doc = await read("xx-city-quake-headquarters-make-up-and-duties.txt");
    expect(doc.tasks.map((t) => [t.title, t.leaders, t.units, t.content])).toEqual([
      ["市抗震救灾指挥部", ["市政府分管副市长"], ["市委宣传部", "市应急管理局", "市公安局", "市民政局", "市财政局"], "1.统一领导、指挥和协调地震应急与救灾工作；2.决定本预案的响应或终止。"],
      ["指挥部办公室", ["市应急管理局局长"], [], "1.汇集、上报震情灾情；2.承担指挥部的日常工作。"],
    ]);
    expect(doc.tasks[0]?.extra.副组长).toBe("市政府分管副秘书长");
    expect(doc.tasks[1]?.extra.办公室).toBe("市应急管理局");
  });

  it("reads groups named alone on their lines, no number, each followed by its labelled people, bodies and duty", async () => {
    const doc = await read("xx-town-emergency-groups-names-alone.txt");
    expect(doc.tasks.map((t) => [t.title, t.leaders, t.units, t.content])).toEqual([
      ["综合协调组", ["张三"], ["综合科", "卫生科"], "负责应急期间的综合协调。"],
      ["抢险救援组", ["王五"], ["派出所", "卫生院"], "负责组织抢险。"],
      ["物资保障组", ["李四"], ["财政所", "民政所"], "负责物资保障。"],
    ]);
  });

  it("leaves groups whose duties are each a body's ((1)街道党政办负责…) to the reading of those duties: they are the tasks", async () => {
    const doc = await read("xx-street-lantern-groups-unit-duties.txt");
    expect(doc.messages.some((m) => m.ruleId === "group-blocks")).toBe(false);
    expect(doc.tasks.map((t) => t.units[0])).toEqual(["街道党政办", "街道文化站", "街道综治办和派出所", "交警中队"]);
  });
});
