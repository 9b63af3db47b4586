import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchSections, matchTasks, STOCK_BIGRAM_TASKS, type TaskMatch } from "../../src/match/match.js";
import { normalizeText } from "../../src/match/normalize.js";
import { MIN_SIMILARITY, SAME_NUMBER_MIN_SIMILARITY } from "../../src/match/similarity.js";
import type { Task } from "../../src/index.js";
import { plainTask, seedDocument } from "../diff/documents.js";

const pairs = (matches: readonly TaskMatch[], olds: readonly Task[], news: readonly Task[]): string[] =>
  matches
    .filter((m) => m.old !== null && m.new !== null)
    .map((m) => `${olds[m.old as number]?.seq}\u2192${news[m.new as number]?.seq} ${m.by}`)
    .sort();

describe("matchTasks", async () => {
  const seed = await seedDocument();
  const readable = seed.tasks.filter((t) => t.status === "ok" || t.status === "repaired");

  it("pairs tasks by number when title and content are unchanged", () => {
    const matches = matchTasks(readable, structuredClone(readable), normalizeText);
    expect(matches.every((m) => m.by === "number" && m.old === m.new)).toBe(true);
  });

  it("follows tasks renumbered after a deletion instead of pairing them by their numbers", () => {
    const after = readable.slice(1).map((t, i) => ({ ...structuredClone(t), seq: i + 1, seqPrinted: String(i + 1) }));
    const matches = matchTasks(readable, after, normalizeText);
    const byOld = new Map(matches.map((m) => [m.old, m]));
    readable.slice(1).forEach((_t, i) => expect(byOld.get(i + 1)?.new).toBe(i));
    expect(byOld.get(0)?.new).toBeNull();
  });

  it("finds a task that went to the far end of the table", () => {
    const moved = [...readable.slice(1), readable[0] as Task];
    const matches = matchTasks(readable, moved, normalizeText);
    expect(matches.find((m) => m.old === 0)?.new).toBe(moved.length - 1);
  });

  it("pairs a task whose title and content were both rewritten only when it kept its number", () => {
    const a = plainTask(3, "加强组织领导", "成立工作专班\uff0c定期调度推进情况。");
    const b = plainTask(3, "加强组织领导", "建立联席会议制度\uff0c每季度通报进展。");
    const elsewhere = plainTask(9, "加强组织领导", "建立联席会议制度\uff0c每季度通报进展。");
    const same = matchTasks([a], [b], normalizeText)[0];
    expect(same?.by).toBe("similarity");
    expect(same?.similarity?.score).toBeGreaterThanOrEqual(SAME_NUMBER_MIN_SIMILARITY);
    expect(same?.similarity?.score).toBeLessThan(MIN_SIMILARITY);
    expect(matchTasks([a], [elsewhere], normalizeText).map((m) => [m.old, m.new])).toEqual([
      [0, null],
      [null, 0],
    ]);
  });

  it("does not pair two different tasks of one table, however much stock phrasing they share", () => {
    const [first, ...rest] = readable;
    const matches = matchTasks([first as Task], rest, normalizeText);
    expect(matches.filter((m) => m.old !== null && m.new !== null)).toEqual([]);
  });

  it("prefers the most similar of several candidates, one to one", () => {
    const old = [plainTask(1, "推进国土绿化", "开展国家储备林建设。"), plainTask(2, "推进国土绿化", "开展国家储备林建设,推进国家森林城市创建。")];
    const next = [plainTask(1, "推进国土绿化", "开展国家储备林建设,推进国家森林城市创建。"), plainTask(2, "推进国土绿化", "开展国家储备林建设")];
    expect(pairs(matchTasks(old, next, normalizeText), old, next)).toEqual(["1\u21922 similarity", "2\u21921 similarity"]);
  });

  it("pairs an unreadable row with the row in its place, never leaving either as added or removed", () => {
    const old = [plainTask(1, "一", "甲乙丙丁。"), plainTask(2, "", "", { status: "needs_review", raw: "全啜则酶" }), plainTask(3, "三", "戊己庚辛。")];
    const next = [plainTask(1, "一", "甲乙丙丁。"), plainTask(2, "二", "壬癸子丑。"), plainTask(3, "三", "戊己庚辛。")];
    const matches = matchTasks(old, next, normalizeText);
    expect(pairs(matches, old, next)).toEqual(["1\u21921 number", "2\u21922 position", "3\u21923 number"]);
  });

  it("leaves an unreadable row alone when nothing stands in its place", () => {
    const old = [plainTask(1, "一", "甲乙丙丁。"), plainTask(2, "", "", { status: "missing", raw: "" }), plainTask(3, "三", "戊己庚辛。")];
    const next = [plainTask(1, "一", "甲乙丙丁。"), plainTask(2, "三", "戊己庚辛。")];
    const matches = matchTasks(old, next, normalizeText);
    expect(matches.find((m) => m.old === 1)).toEqual({ old: 1, new: null, by: null, similarity: null });
  });

  it("finds a reworded task that moved across a table too large for an exhaustive search", () => {
    // Every content shares the genre's stock phrases; each has one distinctive clause.
    const places = Array.from({ length: STOCK_BIGRAM_TASKS * 3 }, (_v, i) => `${String.fromCodePoint(0x4e00 + i * 7)}${String.fromCodePoint(0x5e00 + i * 11)}`);
    const stock = "全面推进各乡镇街道工作落实\uff0c加强统筹协调\uff0c确保按期完成。";
    const olds = places.map((p, i) => plainTask(i + 1, `推进${p}工作`, `${stock}重点抓好${p}片区的建设和管护。`));
    const reworded = { ...(olds[0] as Task), title: `扎实推进${places[0]}工作`, content: `${stock}重点抓好${places[0]}片区的建设、管护和验收。` };
    const news = [...olds.slice(1), reworded].map((t, i) => ({ ...t, seq: i + 1, seqPrinted: String(i + 1) }));
    const match = matchTasks(olds, news, normalizeText).find((m) => m.old === 0);
    expect(match?.new).toBe(news.length - 1);
    expect(match?.by).toBe("similarity");
  });

  it("accounts for every task of both versions exactly once", () => {
    const titles = ["巩固提升组织运行体系", "健全落实法规制度体系", "科学推进国土绿化", "着力提升森林质量", "深化集体林权制度改革", "大力发展生态富民产业"];
    const task = fc.record({
      t: fc.integer({ min: 0, max: titles.length - 1 }),
      c: fc.integer({ min: 0, max: readable.length - 1 }),
      status: fc.constantFrom("ok", "ok", "ok", "repaired", "needs_review", "missing") as fc.Arbitrary<Task["status"]>,
    });
    const tasks = fc.array(task, { maxLength: 12 }).map((list) => list.map((x, i) => plainTask(i + 1, titles[x.t] as string, readable[x.c]?.content ?? "", { status: x.status })));
    fc.assert(
      fc.property(tasks, tasks, (olds, news) => {
        const matches = matchTasks(olds, news, normalizeText);
        expect(matches.flatMap((m) => (m.old === null ? [] : [m.old])).sort((a, b) => a - b)).toEqual(olds.map((_t, i) => i));
        expect(matches.flatMap((m) => (m.new === null ? [] : [m.new])).sort((a, b) => a - b)).toEqual(news.map((_t, i) => i));
      }),
      { numRuns: 200 },
    );
  });
});

describe("matchSections", async () => {
  const seed = await seedDocument();

  it("pairs a renamed section through the tasks it kept", () => {
    const renamed = structuredClone(seed.sections);
    (renamed[2] as (typeof renamed)[number]).title = "强化森林资源保护监管";
    const tasks = matchTasks(seed.tasks, seed.tasks, normalizeText);
    const matches = matchSections(seed.sections, renamed, tasks, seed.tasks, seed.tasks, normalizeText);
    expect(matches.map((m) => [m.old, m.new]).sort()).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
  });

  it("reports a section with a new title and none of the old tasks as added and the old as removed", () => {
    const next = structuredClone(seed.sections).slice(0, 4);
    next.push({ id: "五", number: "五", title: "加强林业科技支撑能力建设", level: 1, parent: null, where: {} });
    const moved = seed.tasks.map((t) => (t.section === "五" ? { ...t, section: "四" } : t));
    const tasks = matchTasks(seed.tasks, moved, normalizeText);
    const matches = matchSections(seed.sections, next, tasks, seed.tasks, moved, normalizeText);
    expect(matches.filter((m) => m.old === null || m.new === null)).toEqual([
      { old: 4, new: null },
      { old: null, new: 4 },
    ]);
  });
});
