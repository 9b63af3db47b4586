import { describe, expect, it } from "vitest";
import { dutyHolder } from "../../src/genre/section-units.js";

describe("who a heading says the duties under it are of", () => {
  it.each([
    ["县级河湖长主要履行以下职责", { name: "县级河湖长", field: "leaders" }],
    ["總林長履行下列職責：", { name: "總林長", field: "leaders" }],
    ["县财政局职责如下：", { name: "县财政局", field: "units" }],
    ["县应急管理局的主要职责如下", { name: "县应急管理局", field: "units" }],
    // The work it announces may be its business or its tasks, not only its duties.
    ["本辦公室辦理事務如下:", { name: "本辦公室", field: "units" }],
    ["县林业局承担下列任务：", { name: "县林业局", field: "units" }],
    // A sentence that opens with its holder, then announces the duties.
    ["自治县常务副县长协助自治县县长做好全县的安全生产工作。主要职责是:", { name: "自治县常务副县长", field: "leaders" }],
    ["分管安全生产工作的副县长对全县安全生产综合监管工作负直接领导责任。主要职责是：", { name: "分管安全生产工作的副县长", field: "leaders" }],
    ["县应急管理局负责全县安全生产综合监管，其主要职责如下：", { name: "县应急管理局", field: "units" }],
    // X的主要职责: a body's main duties, a working group's too.
    ["交通运输组的主要职责", { name: "交通运输组", field: "units" }],
    ["县民政局的主要职责：", { name: "县民政局", field: "units" }],
    // What it ought to do, its duties named by their field.
    ["市消防安全委员会应当履行下列消防工作职责：", { name: "市消防安全委员会", field: "units" }],
    // Its holders named before the field of their duties.
    ["乡(镇)人民政府、街道办事处消防安全工作职责", { name: "乡(镇)人民政府、街道办事处", field: "units" }],
    ["社区居民委员会消防安全工作职责", { name: "社区居民委员会", field: "units" }],
  ])("%s", (heading, holder) => {
    expect(dutyHolder(heading)).toEqual(holder);
  });

  it.each([
    // A collective or a role names no one holder.
    "成员单位主要履行以下职责",
    "各有关部门职责如下：",
    // A heading that only names the duties, with no list announced, may head one duty on its own lines.
    "监察机关职责",
    // …nor one that names a work's duties, not a body's (活动的主要职责).
    "本次活动的主要职责",
    // A heading of work, not of duties.
    "主要履行以下程序",
    "主要任务如下：",
    "加强组织领导。主要职责是：",
    "各成员单位要按照职责分工做好工作。主要职责是：",
    // The field of duties after a heading that names no body (加强组织领导) or a role.
    "加强组织领导工作职责",
    "成员单位工作职责",
  ])("%s names no holder", (heading) => {
    expect(dutyHolder(heading)).toBeNull();
  });
});
