import type { DocumentScore, FieldTally } from "./score.js";

/** A document reads well when at least this share of its fields is right (issue 12's bar). */
export const READ_WELL = 0.95;

export interface GroupSummary {
  documents: number;
  readWell: number;
  meanScore: number;
  truthTasks: number;
  matched: number;
  missed: number;
  invented: number;
  silent: number;
  /** silent ÷ (truth tasks + invented) */
  silentRate: number;
  flaggedRight: number;
  refused: number;
  fields: Record<string, FieldTally>;
}

export function summarize(scores: readonly DocumentScore[]): GroupSummary {
  const fields: Record<string, FieldTally> = {};
  for (const s of scores) {
    for (const [k, v] of Object.entries(s.fields)) {
      const t = (fields[k] ??= { total: 0, correct: 0 });
      t.total += v.total;
      t.correct += v.correct;
    }
  }
  const sum = (f: (s: DocumentScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
  const truthTasks = sum((s) => s.truthTasks);
  const invented = sum((s) => s.invented);
  const silent = sum((s) => s.silent);
  return {
    documents: scores.length,
    readWell: scores.filter((s) => s.score >= READ_WELL).length,
    meanScore: scores.length === 0 ? 0 : sum((s) => s.score) / scores.length,
    truthTasks,
    matched: sum((s) => s.matched),
    missed: sum((s) => s.missed),
    invented,
    silent,
    silentRate: truthTasks + invented === 0 ? 0 : silent / (truthTasks + invented),
    flaggedRight: sum((s) => s.flaggedRight),
    refused: scores.filter((s) => s.refused !== null && !s.noTable).length,
    fields,
  };
}
