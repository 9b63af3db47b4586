import { describe, expect, it } from "vitest";
import { scoreDocument } from "../../src/accuracy/score.js";
import { summarize } from "../../src/accuracy/summary.js";
import type { Truth } from "../../src/accuracy/truth.js";
import type { BreakdownDocument, Task } from "../../src/model/document.js";

function task(fields: Partial<Task>): Task {
  return {
    seq: 1, seqPrinted: "1", section: null, category: null, title: "", content: "", units: [], leadUnits: [], supportUnits: [],
    contacts: [], leaders: [], deadline: null, progress: null, target: null, source: null, note: null, extra: {}, status: "ok", repairs: [], raw: "",
    where: {}, fields: {}, merged: [], ...fields,
  };
}

function reading(tasks: Task[]): { document: BreakdownDocument } {
  return { document: { tasks } as unknown as BreakdownDocument };
}

const truth: Truth = {
  source: "x.txt",
  tasks: [
    { text: "地区生产总值增长8%以上。", leadUnits: ["市发展改革委"], supportUnits: ["市经信局", "各县、市、区政府"] },
    { title: "完善应急预案体系", content: "加强应急预案管理，规范编制。", units: ["市应急局"], deadline: "2023年12月底" },
    { cut: true, text: "健全应急管理体制和运行" },
  ],
};

describe("scoreDocument", () => {
  const good = [
    task({ content: "地区生产总值增长8%以上", leadUnits: ["市发展改革委"], supportUnits: ["市经信局", "各县、市、区政府"] }),
    task({ title: "完善应急预案体系", content: "加强应急预案管理,规范编制。", units: ["市应急局"], deadline: "2023年12月底" }),
    task({ content: "健全应急管理体制和运行机制(1)深入推进", status: "needs_review" }),
  ];

  it("gives 100% to a reading that has every field, ignoring width of punctuation and a final stop", () => {
    const s = scoreDocument(truth, reading(good));
    expect(s.score).toBe(1);
    expect(s).toMatchObject({ matched: 3, missed: 0, invented: 0, silent: 0 });
  });

  it("counts a wrong field against the score, and as a silent error when the task says ok", () => {
    const bad = [...good];
    bad[0] = task({ ...good[0], supportUnits: ["市经信局等", "各县、市、区政府"] });
    const s = scoreDocument(truth, reading(bad));
    expect(s.verdicts[0]?.wrong).toEqual(["supportUnits"]);
    expect(s.correct).toBe(s.total - 1);
    expect(s.silent).toBe(1);
  });

  it("does not count a wrong field as silent when the task is flagged, and counts a flagged right task", () => {
    const flagged = [task({ ...good[0], supportUnits: [], status: "needs_review" }), task({ ...good[1], status: "needs_review" }), good[2] as Task];
    const s = scoreDocument(truth, reading(flagged));
    expect(s.silent).toBe(0);
    expect(s.flaggedRight).toBe(1);
  });

  it("matches tasks by their wording, not their order of numbers, and reports missed and invented ones", () => {
    const s = scoreDocument(truth, reading([task({ content: "全面推行林长制" }), good[1] as Task]));
    expect(s.verdicts.map((v) => v.readIndex)).toEqual([null, 1, null]);
    expect(s.missed).toBe(2);
    expect(s.invented).toBe(1);
    expect(s.silent).toBe(1);
    expect(s.score).toBeLessThan(0.5);
  });

  it("scores a refused document 0, and a refused notice without a table 100%", () => {
    expect(scoreDocument(truth, { refused: "NO_TABLE_FOUND" }).score).toBe(0);
    expect(scoreDocument({ source: "n.txt", noTable: true }, { refused: "NO_TABLE_FOUND" }).score).toBe(1);
    expect(scoreDocument({ source: "n.txt", noTable: true }, reading([task({ content: "通知正文" })])).score).toBe(0);
  });

  it("summarizes documents: read well at 95%, mean, silent rate", () => {
    const a = scoreDocument(truth, reading(good));
    const b = scoreDocument(truth, { refused: "NO_TABLE_FOUND" });
    const sum = summarize([a, b]);
    expect(sum).toMatchObject({ documents: 2, readWell: 1, meanScore: 0.5, refused: 1 });
  });
});
