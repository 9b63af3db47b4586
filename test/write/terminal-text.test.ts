import { describe, expect, it } from "vitest";
import { terminalStrings, terminalText } from "../../src/write/terminal-text.js";

describe("terminalText", () => {
  it("writes C0 controls, DEL and C1 controls as escapes", () => {
    expect(terminalText("a\u001b[2Jb\u0007c\u007f\u009b31m")).toBe("a\\x1b[2Jb\\x07c\\x7f\\x9b31m");
    expect(terminalText("第一行\n第二行\r\t")).toBe("第一行\\n第二行\\r\\t");
  });

  it("writes bidi controls and line separators as escapes (a line reads as it is stored)", () => {
    expect(terminalText("a\u202eb\u2066c\u2069d\u200fe\u061cf\u2028g")).toBe("a\\u202eb\\u2066c\\u2069d\\u200fe\\u061cf\\u2028g");
  });

  it("keeps Chinese, full-width punctuation, the no-break spaces and emoji as they are", () => {
    const text = "推进“一网通办”（2024年）：县政务服务中心、县数据局\u3000\u00a0\u202f😀";
    expect(terminalText(text)).toBe(text);
  });

  it("escapes every string of an object, keys included, and leaves the rest", () => {
    expect(terminalStrings({ title: "a\u001bb", n: 3, ok: true, none: null, list: ["\u0007"], nested: { "k\u001b": "v" } })).toEqual({
      title: "a\\x1bb",
      n: 3,
      ok: true,
      none: null,
      list: ["\\x07"],
      nested: { "k\\x1b": "v" },
    });
  });
});
