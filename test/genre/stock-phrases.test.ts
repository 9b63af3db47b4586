import { describe, expect, it } from "vitest";
import { CONFUSABLE_GROUPS, confusablePair, confusablesOf } from "../../src/genre/confusables.js";
import { STOCK_PHRASES, stockPhrase } from "../../src/genre/stock-phrases.js";

describe("the genre's stock phrases", () => {
  it("lists each phrase once, with the documents it was seen in (two at least)", () => {
    const texts = STOCK_PHRASES.map((p) => p.text);
    expect(new Set(texts).size).toBe(texts.length);
    for (const p of STOCK_PHRASES) {
      expect(p.text).toMatch(/^[\u4e00-\u9fa5]{4,}$/);
      expect(p.documents).toBeGreaterThanOrEqual(2);
      expect(p.seenIn.length).toBeGreaterThan(0);
    }
    expect(stockPhrase("贯彻落实")?.seenIn.length).toBeGreaterThan(0);
    expect(stockPhrase("重大以上森林火灾")).toBeUndefined();
  });
});

describe("look-alike characters", () => {
  it("pairs the characters of a group, each group with its source", () => {
    expect(confusablePair("黄", "贯")?.source).toContain("seed row 2");
    expect(confusablePair("己", "巳")).toBeDefined();
    expect(confusablePair("黄", "黄")).toBeUndefined();
    expect(confusablePair("黄", "彻")).toBeUndefined();
    expect(confusablesOf("未")).toEqual(["末"]);
    for (const g of CONFUSABLE_GROUPS) expect(g.source.length).toBeGreaterThan(10);
  });
});
