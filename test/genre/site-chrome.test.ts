import { describe, expect, it } from "vitest";
import { closesDocument } from "../../src/genre/site-chrome.js";

describe("lines that close a document", () => {
  it("closes a duty table at the list of what it rests on (相关依据：, 政策依据：) on a line of its own", () => {
    for (const line of ["相关依据:", "政策依据：", "依据：", "扫一扫在手机打开当前页"]) expect(closesDocument(line), line).toBe(true);
    // A task that cites its grounds goes on.
    for (const line of ["依据《烟花爆竹安全管理条例》加强监管", "相关依据:《安全生产法》第十条"]) expect(closesDocument(line), line).toBe(false);
  });
});
