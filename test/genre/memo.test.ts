import { describe, expect, it } from "vitest";
import { forgetAll, memoize, perText } from "../../src/genre/memo.js";

describe("memoize", () => {
  it("answers each text once, and again after forgetAll", () => {
    const asked: string[] = [];
    const length = memoize((text: string) => {
      asked.push(text);
      return text.length;
    });
    expect([length("县水利局"), length("县水利局"), length("市财政局等")]).toEqual([4, 4, 5]);
    expect(asked).toEqual(["县水利局", "市财政局等"]);
    forgetAll();
    expect(length("县水利局")).toBe(4);
    expect(asked).toEqual(["县水利局", "市财政局等", "县水利局"]);
  });

  it("keeps at most `limit` answers and never keeps a long text", () => {
    const asked: string[] = [];
    const upper = memoize((text: string) => {
      asked.push(text);
      return text.toUpperCase();
    }, 2, 5);
    upper("a");
    upper("b");
    upper("c"); // the cache was full: dropped, then c kept
    upper("a");
    upper("long text");
    upper("long text");
    expect(asked).toEqual(["a", "b", "c", "a", "long text", "long text"]);
  });

  it("perText answers each text once for as long as its function lives, and not for another", () => {
    const asked: string[] = [];
    const split = (text: string): string[] => {
      asked.push(text);
      return text.split("、");
    };
    const one = perText(split);
    expect(one("县水利局、县财政局")).toBe(one("县水利局、县财政局"));
    perText(split)("县水利局、县财政局");
    expect(asked).toEqual(["县水利局、县财政局", "县水利局、县财政局"]);
  });
});
