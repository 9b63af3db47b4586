import { describe, expect, it } from "vitest";
import { groupPeople } from "../../src/genre/group-people.js";
import { groupSetUp } from "../../src/genre/group-setup.js";

function parts(line: string): [string, string | null, string, string] | null {
  const s = groupSetUp(line);
  return s ? [line.slice(...s.group), s.head ? line.slice(...s.head) : null, line.slice(...s.composition), line.slice(s.duty)] : null;
}

describe("a working group's set-up sentence", () => {
  it("finds the group, its head, who else is in it and where its duty begins", () => {
    expect(parts("成立防汛工作指挥部，由县长任指挥长，各乡镇乡长为成员，负责全县防汛工作。")).toEqual(["防汛工作指挥部", "县长", "由县长任指挥长，各乡镇乡长为成员", "负责全县防汛工作。"]);
    // No head named: the composition alone.
    expect(parts("组建专项整治工作专班，抽调各部门骨干，负责整治工作的日常调度。")).toEqual(["专项整治工作专班", null, "抽调各部门骨干", "负责整治工作的日常调度。"]);
  });

  it("is no set-up where no group is set up or no duty follows (负责人 is a person)", () => {
    expect(groupSetUp("成立以来，我局负责全市安全监管。")).toBeNull();
    expect(groupSetUp("成立工作领导小组，由副县长担任组长，办公室负责人为成员。")).toBeNull();
  });
});

describe("a working group's people in the bracket after its duty", () => {
  it("gives its head to leaders and its deputy and members to their own words", () => {
    const text = "负责物资保障。（组长：王强，副组长：赵红，成员：财政所工作人员）";
    const found = groupPeople(text, 0, text.length);
    expect(found && text.slice(found.at)).toBe("（组长：王强，副组长：赵红，成员：财政所工作人员）");
    expect(found?.labels.map((l) => [l.label, l.field, text.slice(l.valueStart, l.valueEnd)])).toEqual([
      ["组长", "leaders", "王强"],
      ["副组长", "extra", "赵红"],
      ["成员", "extra", "财政所工作人员"],
    ]);
  });

  it("reads no bracket that does not open with a person's label", () => {
    const text = "负责物资保障。（具体由财政所负责，组长：王强）";
    expect(groupPeople(text, 0, text.length)).toBeNull();
  });
});
