import { describe, expect, it } from "vitest";
import { splitUnits } from "../../src/structure/split-list.js";

describe("splitting a unit cell into units", () => {
  it("splits on list marks and line breaks, not inside brackets", () => {
    expect(splitUnits("县发展改革局、县财政局\n县自然资源局")).toEqual(["县发展改革局", "县财政局", "县自然资源局"]);
    expect(splitUnits("各县(市、区)政府、市财政局")).toEqual(["各县(市、区)政府", "市财政局"]);
    // Every bracket the genre prints a unit's own words in: 〔〕 ［］ 【】 〈〉 <>.
    expect(splitUnits("市农业农村局、各县〔市、区〕政府〔管委会〕")).toEqual(["市农业农村局", "各县〔市、区〕政府〔管委会〕"]);
    expect(splitUnits("各县［市、区］政府、市财政局")).toEqual(["各县［市、区］政府", "市财政局"]);
  });

  it("splits on one space only between two names that each read as a unit", () => {
    expect(splitUnits("县城管局 县住房城乡建设局")).toEqual(["县城管局", "县住房城乡建设局"]);
    expect(splitUnits("县水务局 张三")).toEqual(["县水务局 张三"]);
    expect(splitUnits("市委 宣传部")).toEqual(["市委 宣传部"]);
    // A unit's own words in brackets after a space stay with it.
    expect(splitUnits("市安委办 (工作专班办公室)")).toEqual(["市安委办 (工作专班办公室)"]);
    // 有关部门、单位 is one collective.
    expect(splitUnits("市直有关部门、单位,各区市政府")).toEqual(["市直有关部门、单位", "各区市政府"]);
    // 各县区 is whole; the piece after it is another body, not the level's offices.
    expect(splitUnits("市商务局,各县区、开发园区")).toEqual(["市商务局", "各县区", "开发园区"]);
    expect(splitUnits("各县、区人民政府(管委会)")).toEqual(["各县、区人民政府(管委会)"]);
    expect(splitUnits("市发改委 五县五区政府 开发区管委会")).toEqual(["市发改委", "五县五区政府", "开发区管委会"]);
  });

  it("gives a one-character level after a whole name to the name it opens (各区政府,市、区城管执法部门), and glues it to neighbours otherwise", () => {
    expect(splitUnits("各区政府,\n市、区城管综合执法部门")).toEqual(["各区政府", "市、区城管综合执法部门"]);
    expect(splitUnits("市财政局、县、区财政部门")).toEqual(["市财政局", "县、区财政部门"]);
    expect(splitUnits("市、区城管执法部门")).toEqual(["市、区城管执法部门"]);
    expect(splitUnits("各县、市、区政府")).toEqual(["各县、市、区政府"]);
    expect(splitUnits("各县市、区政府")).toEqual(["各县市、区政府"]);
    expect(splitUnits("市人保局、各市(县)、区政府")).toEqual(["市人保局", "各市(县)、区政府"]);
    expect(splitUnits("各镇(街道)、园区")).toEqual(["各镇(街道)", "园区"]);
    // 各 and one level (各乡) has no office of its own: the next name's office is its (the townships' and towns' governments).
    expect(splitUnits("县水利局、各乡、镇人民政府")).toEqual(["县水利局", "各乡、镇人民政府"]);
    expect(splitUnits("各乡镇、县开发区")).toEqual(["各乡镇", "县开发区"]);
  });

  it("reads 相关… and 有关… over levels as 各… is (相关市、县政府: the governments of the cities and counties concerned)", () => {
    expect(splitUnits("省发改委、相关市、县政府")).toEqual(["省发改委", "相关市、县政府"]);
    expect(splitUnits("有关县、区政府")).toEqual(["有关县、区政府"]);
    expect(splitUnits("市发改委、相关县区")).toEqual(["市发改委", "相关县区"]);
  });
});
