import { describe, expect, it } from "vitest";
import { leavesOpen } from "../../src/genre/brackets.js";

describe("leavesOpen", () => {
  it("says a text stops inside a quotation or a bracket it opened", () => {
    expect(leavesOpen("张娟代表提出的“关于加强")).toBe(true);
    expect(leavesOpen("完善考核办法(试行")).toBe(true);
    expect(leavesOpen("落实‘两委’")).toBe(false);
    expect(leavesOpen("张娟代表提出的“关于加强保供”")).toBe(false);
    expect(leavesOpen("推进“放管服”改革")).toBe(false);
    expect(leavesOpen('提出的"关于')).toBe(true);
  });
});
