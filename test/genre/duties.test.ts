import { describe, expect, it } from "vitest";
import { DUTY_VERB, IN_CHARGE, OUGHT } from "../../src/genre/duties.js";

describe("the verbs of a unit's duty", () => {
  it("finds 负责 as the verb (负责人口普查, 负责日常工作), not in a person's post (科室负责人担任联络员, 负责同志)", () => {
    expect(DUTY_VERB.exec("省统计局负责人口普查的日常工作")?.index).toBe(4);
    expect(DUTY_VERB.exec("办公室负责日常工作")?.index).toBe(3);
    expect(DUTY_VERB.exec("各成员单位指定一名相关科室负责人担任联络员")).toBeNull();
    expect(DUTY_VERB.exec("由主要负责同志牵头")?.[0]).toBe("牵头");
  });

  it("finds 要 as a duty's modal, not inside 重要 or 要求", () => {
    expect(DUTY_VERB.exec("区委农办要结合实际")?.[0]).toBe("要");
    expect(DUTY_VERB.exec("重要任务按要求完成")).toBeNull();
  });

  it("finds what an article says a body ought to do (应当, 应 before a verb), not 应 inside a word (应急, 相应, 供应)", () => {
    expect(OUGHT.exec("县级以上人民政府应当加强领导")?.index).toBe(8);
    expect(OUGHT.exec("市、县人民政府应建立管理委员会")?.[0]).toBe("应");
    for (const t of ["市应急管理局负责", "制定相应的方案", "保障市场供应", "适应新要求"]) expect(OUGHT.exec(t), t).toBeNull();
  });

  it("finds 是 where a body is said to be in charge before its duty (民政部门是殡葬管理的主管部门，负责…)", () => {
    expect(IN_CHARGE.exec("各级民政部门是殡葬管理工作的主管部门，负责管理")?.index).toBe(6);
    expect(IN_CHARGE.exec("这是一项重要工作，负责到底")).toBeNull();
  });
});
