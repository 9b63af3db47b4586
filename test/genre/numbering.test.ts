import { describe, expect, it } from "vitest";
import { readItemNumber, seqValue } from "../../src/genre/numbering.js";
import { parseHeading, SECTION_LINE } from "../../src/genre/sections.js";

describe("item numbers printed as one character", () => {
  it("reads ㈦ as (七), ⑴ as (1), ⒈ as 1. and ③ as ③", () => {
    expect(readItemNumber("㈦依法治理", 0)).toMatchObject({ scheme: "cn-paren", value: 7, printed: "㈦" });
    expect(readItemNumber("⑴完善机制", 0)).toMatchObject({ scheme: "ar-paren", value: 1 });
    expect(readItemNumber("⒓加强监管", 0)).toMatchObject({ scheme: "ar", value: 12 });
    expect(readItemNumber("③落实责任", 0)).toMatchObject({ scheme: "circled", value: 3 });
    expect(["㈩", "⑵", "⒛", "⑤"].map(seqValue)).toEqual([10, 2, 20, 5]);
  });

  it("reads 一、 before a year as the item's number, the year its first words (一、2023年全区经济社会发展的主要预期目标), and 一、 before another figure as none", () => {
    expect(readItemNumber("一、2023年全区经济社会发展的主要预期目标", 0)).toMatchObject({ scheme: "cn", value: 1, printed: "一、" });
    expect(readItemNumber("一、2万亩", 0)).toBeNull();
  });

  it("reads (—), 一 printed as a dash in brackets, as (一); a longer dash is no number", () => {
    expect(readItemNumber("(—)负责看台的人员分布", 0)).toMatchObject({ scheme: "cn-paren", value: 1, printed: "(—)" });
    expect(readItemNumber("（—）", 0)).toMatchObject({ scheme: "cn-paren", value: 1 });
    expect(readItemNumber("(——)", 0)).toBeNull();
    expect(seqValue("(—)")).toBe(1);
  });

  it("takes a line opening with ㈧ for a level-2 heading", () => {
    expect(parseHeading("㈧全面推开食品安全信用体系建设工作")).toEqual({ number: "㈧", title: "全面推开食品安全信用体系建设工作", level: 2 });
    expect(SECTION_LINE.test("㈨健全食品安全应急救援体系")).toBe(true);
    expect(parseHeading("⑴完善机制").number).toBe("");
  });
});

describe("item numbers before figures", () => {
  it("reads 6、98年… and 1、3月底前… as items, 1.5万 and 1、2月 (two months) as no item", () => {
    expect(readItemNumber("6、98年元旦升旗活动相关事宜", 0)).toMatchObject({ scheme: "ar", value: 6, printed: "6、" });
    expect(readItemNumber("1、3月底前完成清查", 0)).toMatchObject({ scheme: "ar", value: 1 });
    expect(readItemNumber("1.5万亩高标准农田", 0)).toBeNull();
    expect(readItemNumber("1、2月完成", 0)).toBeNull();
  });

  it("reads a problem or task numbered in words after its word (问题一：, 任务二、)", () => {
    expect(readItemNumber("问题一：部分设施运行不正常", 0)).toMatchObject({ scheme: "cn", value: 1 });
    expect(readItemNumber("任务二、加快建设", 0)).toMatchObject({ scheme: "cn", value: 2 });
  });
});

describe("ordinals in words", () => {
  it("reads 一是, 第一项：, 其二， and 第三項： (traditional) as the numbers they count, and a word that only holds a numeral as none", () => {
    expect(["一是", "第一项：", "其二，", "第三項：", "十是"].map(seqValue)).toEqual([1, 1, 2, 3, 10]);
    expect(["是", "第项", "一是二"].map(seqValue)).toEqual([null, null, null]);
  });
});

describe("an item whose words open with a year", () => {
  it("reads 4.2011年… as item 4 (no decimal is followed by 年), and 1.5万亩 and 3.2020 as no item", () => {
    expect(readItemNumber("4.2011年三国文化周活动期间投入使用。", 0)).toMatchObject({ scheme: "ar", value: 4, printed: "4." });
    expect(readItemNumber("1.5万亩", 0)).toBeNull();
    expect(readItemNumber("3.2020", 0)).toBeNull();
  });
});

describe("articles of a regulation", () => {
  it("reads 第十二条 and 第十二條 as item numbers of the part scheme", () => {
    expect(readItemNumber("第十二条 监察机关职责", 0)).toMatchObject({ scheme: "part", value: 12 });
    expect(readItemNumber("第十二條 監察機關職責", 0)).toMatchObject({ scheme: "part", value: 12 });
  });
});
