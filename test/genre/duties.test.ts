import { describe, expect, it } from "vitest";
import { DUTY_VERB } from "../../src/genre/duties.js";

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
});
