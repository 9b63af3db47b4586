import { describe, expect, it } from "vitest";
import { leaderName, readUnitGroup } from "../../src/genre/unit-groups.js";

function roles(text: string): Array<[string, string]> {
  const group = readUnitGroup(text);
  if (!group) throw new Error(`not a group: ${text}`);
  return group.parts.map((p) => [p.role, text.slice(p.start, p.end)]);
}

describe("a group of units with their roles", () => {
  it("takes a label the vocabulary does not know but that names units (数据提供单位：) for one more role", () => {
    expect(roles("牵头单位:市农业农村局;责任单位:市公园城市局;数据提供单位:市统计局")).toEqual([
      ["lead", "市农业农村局"],
      ["support", "市公园城市局"],
      ["support", "市统计局"],
    ]);
    expect(roles("牵头单位:市发改委;数据提供单位:市统计局")).toEqual([
      ["lead", "市发改委"],
      ["support", "市统计局"],
    ]);
  });

  it("reads the roles said in sentences under a 责任单位 label (…牵头，…等有关部门参加，…落实)", () => {
    expect(roles("责任单位:县扶贫开发办牵头,县教育和体育局、县民政局等有关部门参加,各镇街落实")).toEqual([
      ["lead", "县扶贫开发办"],
      ["support", "县教育和体育局、县民政局"],
      ["support", "各镇街"],
    ]);
    // A plain list under the label keeps its units unsorted.
    expect(roles("责任单位:县发改局、县财政局")).toEqual([["units", "县发改局、县财政局"]]);
  });

  it("keeps a list together inside 〔〕 brackets", () => {
    expect(roles("市发展和改革委员会、各县〔市、区〕政府〔管委会〕")).toEqual([["units", "市发展和改革委员会、各县〔市、区〕政府〔管委会〕"]]);
  });

  it("takes a sentence after a full stop in the group for a standing note, not for units", () => {
    expect(roles("负责单位:发展改革委、能源局。未明确牵头单位的,由所列负责单位按职责分工负责")).toEqual([
      ["units", "发展改革委、能源局"],
      ["note", "未明确牵头单位的,由所列负责单位按职责分工负责"],
    ]);
    expect(roles("责任单位:省发展改革委、商务厅按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。")).toEqual([
      ["units", "省发展改革委、商务厅"],
      ["note", "具体任务均涉及相关市(州)人民政府,不再做分工,下同"],
    ]);
    // After a stop, more labels are more of the group.
    expect(roles("牵头单位:市教育局。配合单位:市财政局")).toEqual([
      ["lead", "市教育局"],
      ["support", "市财政局"],
    ]);
  });

  it("reads units that each do their part (…按职责分工负责) after a lead as its support", () => {
    expect(roles("市政府办公室牵头,市级各有关部门及各县市区政府按职责分工负责")).toEqual([
      ["lead", "市政府办公室"],
      ["support", "市级各有关部门及各县市区政府"],
    ]);
    expect(roles("市发展改革委、市财政局按职责分工负责")).toEqual([["units", "市发展改革委、市财政局"]]);
  });

  it("reads X会同Y as X leading with Y's help, and a body that checks the work (由…负责考核) as the units", () => {
    expect(roles("省发展改革委会同省财政厅、省商务厅负责")).toEqual([
      ["lead", "省发展改革委"],
      ["support", "省财政厅、省商务厅"],
    ]);
    expect(roles("市发改委牵头,市财政局会同各县区配合")).toEqual([
      ["lead", "市发改委"],
      ["support", "市财政局"],
      ["support", "各县区"],
    ]);
    expect(roles("由县农业农村局负责考核")).toEqual([["units", "县农业农村局"]]);
  });

  it("reads roles joined by an enumeration mark (区水务局牵头、各街办配合) and a State Council division's idiom (由X会同Y等部门研究提出落实意见)", () => {
    expect(roles("区水务局牵头、各街办配合")).toEqual([
      ["lead", "区水务局"],
      ["support", "各街办"],
    ]);
    expect(roles("由发展改革委会同中央农办、农业部等部门研究提出落实意见")).toEqual([
      ["lead", "发展改革委"],
      ["support", "中央农办、农业部"],
    ]);
    expect(roles("由国土资源部会同农业部等部门负责落实")).toEqual([
      ["lead", "国土资源部"],
      ["support", "农业部"],
    ]);
  });

  it("reads the responsible units of a bracket with no lead named as leading the ones that work with them (责任部门：X；配合部门：Y), as a table's columns are read", () => {
    expect(roles("责任部门:县环保局;配合部门:县工信局、县住建局")).toEqual([
      ["lead", "县环保局"],
      ["support", "县工信局、县住建局"],
    ]);
    // With a lead named, the responsible units work under it.
    expect(roles("牵头单位：市发改委；责任单位：市统计局")).toEqual([
      ["lead", "市发改委"],
      ["support", "市统计局"],
    ]);
    // Alone, they are the units.
    expect(roles("责任单位：县水利局")).toEqual([["units", "县水利局"]]);
  });

  it("reads units that carry a project out together (由…共同组织实施, 由…具体实施) as its units", () => {
    expect(roles("由县民族局、民族乡政府共同组织实施")).toEqual([["units", "县民族局、民族乡政府"]]);
    expect(roles("由县水利局具体实施")).toEqual([["units", "县水利局"]]);
    expect(readUnitGroup("由项目共同组织实施")).toBeNull();
  });

  it("gives a clause with no role word after a lead the role of the clause that ends the list (…等部门，…配合), and reads 按职责分工分别负责", () => {
    expect(roles("区发改局牵头,区财政局、区水务局等部门,区国投公司、各街道办事处配合")).toEqual([
      ["lead", "区发改局"],
      ["support", "区财政局、区水务局"],
      ["support", "区国投公司、各街道办事处"],
    ]);
    expect(roles("县政府办公室、县司法局,乡镇人民政府按职责分工分别负责")).toEqual([
      ["units", "县政府办公室、县司法局"],
      ["units", "乡镇人民政府"],
    ]);
  });
});

describe("roles said in clauses with the departments concerned and a leader", () => {
  const roles = (s: string) => readUnitGroup(s)?.parts.map((p) => [p.role, s.slice(p.start, p.end)]);

  it("reads 有关部门配合 alone as the departments concerned helping, and names that share a collective word (公安、交通部门)", () => {
    expect(roles("由公安、交通部门负责,有关部门配合")).toEqual([["lead", "公安、交通部门"], ["support", "有关部门"]]);
    expect(roles("由建设部门负责,有关部门配合")).toEqual([["lead", "建设部门"], ["support", "有关部门"]]);
  });

  it("reads the posts alone that follow a task (分管副省长、协管副秘书长负责) as its leaders, no units", () => {
    expect(roles("分管副省长、协管副秘书长负责,省科技厅牵头")).toEqual([["leaders", "分管副省长、协管副秘书长"], ["lead", "省科技厅"]]);
    // A unit named for its post's office is still a unit.
    expect(roles("省政府办公厅负责,省科技厅配合")).toEqual([["lead", "省政府办公厅"], ["support", "省科技厅"]]);
  });

  it("reads a person named with a leader's post as the leader, no unit (由杨志武副市长负责，市发改委牵头，相关部门配合)", () => {
    expect(roles("由杨志武副市长负责,市发改委牵头,相关部门配合")).toEqual([["leaders", "杨志武副市长"], ["lead", "市发改委"], ["support", "相关部门"]]);
  });
});

describe("the work named before the units that do it", () => {
  it("reads 此项工作由X、Y负责 as X and Y, what it says of the work no unit's name", () => {
    const text = "此项工作由市交通运输委、住房建设局负责";
    const group = readUnitGroup(text);
    expect(group?.parts.map((p) => [p.role, text.slice(p.start, p.end)])).toEqual([["units", "市交通运输委、住房建设局"]]);
  });
});

describe("a list of units whose role words come at its end only", () => {
  it("reads 本部分工作由A，B、C等部门负责制定方案并组织实施 as A, B and C, the work's words and the long role phrase no names", () => {
    const text = "本部分工作由市建委,市公安消防局、市规划局等部门负责制定方案并组织实施";
    const group = readUnitGroup(text);
    expect(group?.parts.map((p) => text.slice(p.start, p.end))).toEqual(["市建委", "市公安消防局、市规划局"]);
  });
});

describe("each part of the work with its own lead", () => {
  it("reads 甲工作由A牵头组织实施，乙工作由B牵头组织实施，C、D等部门配合 as leads A and B, C and D supporting, the work's words no names", () => {
    const text = "农村居住环境整治工作由市农业局牵头组织实施,村庄规划工作由市规划局牵头组织实施,市建委、市国土房管局等部门配合";
    const group = readUnitGroup(text);
    expect(group?.parts.map((p) => [p.role, text.slice(p.start, p.end)])).toEqual([
      ["lead", "市农业局"],
      ["lead", "市规划局"],
      ["support", "市建委、市国土房管局"],
    ]);
    // 由 inside a name (自由贸易试验区) says no work before it.
    const named = "由自由贸易试验区管委会负责";
    expect(readUnitGroup(named)?.parts.map((p) => named.slice(p.start, p.end))).toEqual(["自由贸易试验区管委会"]);
  });
});

describe("leaderName", () => {
  it("finds the name of a leader printed with a post, before or after it (常务副省长高建民, 杨志武副市长)", () => {
    expect(leaderName("常务副省长高建民")).toEqual([5, 8]);
    expect(leaderName("秘書長廉毅敏")).toEqual([3, 6]);
    expect(leaderName("杨志武副市长")).toEqual([0, 3]);
    expect(leaderName("市发改委")).toBeNull();
    expect(leaderName("副省长")).toBeNull();
  });
});
