import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, resolveParseOptions } from "../src/options.js";

describe("resolveParseOptions", () => {
  it("fills the limits a caller leaves out and keeps the ones given", () => {
    const o = resolveParseOptions({ limits: { maxRows: 10 } });
    expect(o.limits).toEqual({ ...DEFAULT_LIMITS, maxRows: 10 });
    expect(o.fixes).toBeUndefined();
  });

  it("checks a fixes file's shape once, at the edge, and hands on typed fixes", () => {
    const o = resolveParseOptions({ fixes: { fixes: { "8": { title: "加强古树名木保护", units: ["县林业局"] } } } });
    expect(o.fixes?.fixes["8"]?.units).toEqual(["县林业局"]);
  });

  it("refuses fixes of the wrong shape with FIXES_INVALID, and an unknown option with USAGE", () => {
    expect(() => resolveParseOptions({ fixes: { fixes: { eight: { title: "x" } } } })).toThrow(expect.objectContaining({ code: "FIXES_INVALID" }));
    expect(() => resolveParseOptions({ colour: "red" } as never)).toThrow(expect.objectContaining({ code: "USAGE" }));
  });
});
