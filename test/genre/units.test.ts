import { describe, expect, it } from "vitest";
import { namesWorkingBody, readsAsUnit, readsAsUnitList } from "../../src/genre/units.js";

describe("readsAsUnit", () => {
  it("reads names and collectives of units as units", () => {
    for (const u of ["县水利局", "市发展改革委", "各乡镇人民政府", "各县区", "有关部门", "相关单位", "市直各部门", "县林业局等", "政法司", "水资源司"]) expect(readsAsUnit(u), u).toBe(true);
  });

  it("reads towns and townships named one by one as units, and offices named for an action (建设局) as units", () => {
    for (const u of ["孝顺镇", "傅村镇", "源东乡", "槐树关镇", "建设局", "建设银行", "发展改革委", "督查一处"]) expect(readsAsUnit(u), u).toBe(true);
  });

  it("reads platforms a management committee runs, named as units (临平新城, 未来科技城(海创园), 滨海新区, 旅游度假区)", () => {
    for (const u of ["临平新城", "未来科技城(海创园)", "滨海新区", "千岛湖旅游度假区", "综合保税区"]) expect(readsAsUnit(u), u).toBe(true);
  });

  it("reads a kind of office (公安机关) and a 各 collective whose brackets follow its office (各县〔市、区〕政府〔管委会〕) as units", () => {
    for (const u of ["公安机关", "税务机关", "各县〔市、区〕政府〔管委会〕", "各区县政府<南太湖新区、长合区管委会>"]) expect(readsAsUnit(u), u).toBe(true);
    expect(readsAsUnitList(["建设", "规划", "城管部门"])).toBe(true);
  });

  it("does not read a clause after 各 that ends in no unit's word, a sentence saying what a unit is, or one ending in a verb with 行, as a unit", () => {
    for (const u of ["各级各部门在本级政府的领导下", "各单位接到通知后", "公安部门是城市燃放烟花爆竹的主管机关", "本办法自印发之日起施行"]) expect(readsAsUnit(u), u).toBe(false);
    for (const u of ["各县(市、区)", "各学院和上课教师"]) expect(readsAsUnit(u), u).toBe(true);
  });

  it("does not read where a body sits or who fills a post as a unit (联席会议办公室设在市环保局, 由副秘书长担任)", () => {
    for (const u of ["联席会议办公室设在市环保局", "领导小组办公室设于县教育局", "由市政府副秘书长担任"]) expect(readsAsUnit(u), u).toBe(false);
    // …nor where one is set up, or what one is said to be.
    for (const u of ["县和市辖区设立殡葬管理所", "区政府办公室和区教育局为全国中学生运动会的总协调机构"]) expect(readsAsUnit(u), u).toBe(false);
    expect(readsAsUnit("为民服务中心")).toBe(true);
  });

  it("does not read an action on a thing, a counted thing or a sentence's opening as a unit, whatever it ends with", () => {
    for (const u of ["新(改、扩)建一批中小学校", "新(改)建村卫生室", "对乡镇(街道)专职消防队", "按照要求成立领导小组", "统筹城乡", "特色小镇", "建设两个中心"]) expect(readsAsUnit(u), u).toBe(false);
  });

  it("does not read a unit's word alone (单位, 部门: 本部门(单位)) or a heading with its score in a bracket as a unit", () => {
    for (const u of ["单位", "部门", "政府", "机关", "扶贫攻坚和小康建设(40分)", "(29分)"]) expect(readsAsUnit(u), u).toBe(false);
    for (const u of ["各乡镇(街道)", "区委政法委(平安办)", "各县(市、区)", "各区县政府(管委会)"]) expect(readsAsUnit(u), u).toBe(true);
    for (const u of ["各单位", "有关部门", "区政府", "市直机关"]) expect(readsAsUnit(u), u).toBe(true);
  });

  it("does not read a heading that begins like a collective (相关依据) or a clause as a unit", () => {
    for (const u of ["相关依据", "有关要求", "推动企业上市8家", "建设美丽牧场", "完成时限：6月底"]) expect(readsAsUnit(u), u).toBe(false);
  });

  it("reads places named alone in a list that ends with their level's office (黄埔区、南沙区政府) as units, not a place alone", () => {
    expect(readsAsUnitList(["黄埔区", "南沙区政府"])).toBe(true);
    expect(readsAsUnitList(["荔湾区", "市财政局"])).toBe(false);
  });

  it("reads a level named alone before the next name as sharing its office (市、县人民政府), not a level alone", () => {
    expect(readsAsUnitList(["市", "县和市辖区人民政府"])).toBe(true);
    expect(readsAsUnitList(["市", "县人民政府"])).toBe(true);
    expect(readsAsUnitList(["县人民政府", "市"])).toBe(false);
    expect(readsAsUnitList(["市", "加强管理"])).toBe(false);
  });
});

describe("namesWorkingBody", () => {
  it("names a group or office set up for the work, not a sentence about one", () => {
    for (const u of ["综合协调组", "裁判组", "活动办公室", "防汛指挥部"]) expect(namesWorkingBody(u), u).toBe(true);
    for (const u of ["办公室设在镇政综合办公室", "领导小组下设办公室", "成立工作专班"]) expect(namesWorkingBody(u), u).toBe(false);
  });
});
