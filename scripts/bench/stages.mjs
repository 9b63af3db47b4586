// The pipeline stage by stage, in this process, from the built stage functions in dist/.
// A stage that is still a placeholder ("not built yet") is reported as such, and the stages
// after it that need its output are skipped.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { median, now } from "./report.mjs";

const dist = (path) => new URL(`../../dist/${path}`, import.meta.url).href;

export const STAGES = ["read", "structure", "repair", "finalize", "validate", "json", "csv", "xlsx"];
export const PARSE_STAGES = ["read", "structure", "repair", "finalize", "validate"];
export const WRITERS = ["json", "csv", "xlsx"];

export async function loadStages() {
  const [{ readGrid }, { structureGrid }, { repairDocument }, { finalizeDocument }, { validateDocument }, { renderDocument }, { resolveParseOptions }] =
    await Promise.all([
      import(dist("read/index.js")),
      import(dist("structure/index.js")),
      import(dist("repair/index.js")),
      import(dist("validate/finalize.js")),
      import(dist("validate/index.js")),
      import(dist("write/index.js")),
      import(dist("options.js")),
    ]);
  // The genre's remembered answers (src/genre/memo.ts) are forgotten before each round: a round
  // reads the document as the CLI reads it once, not with answers an earlier round computed.
  const forgetAll = await import(dist("genre/memo.js")).then((m) => m.forgetAll, () => () => {});
  return { readGrid, structureGrid, repairDocument, finalizeDocument, validateDocument, renderDocument, forgetAll, options: resolveParseOptions({}) };
}

const notBuilt = (error) => /not built yet/i.test(String(error?.message ?? error));

/**
 * One pass through every stage. Returns each stage's time in ms, or a string saying why it has
 * none ("not built yet", "failed: …", "skipped").
 */
export async function runOnce(s, bytes, file) {
  const times = {};
  const fail = (stage, error) => (times[stage] = notBuilt(error) ? "not built yet" : `failed: ${error?.code ?? ""} ${String(error?.message ?? error).slice(0, 80)}`);
  const step = async (stage, fn) => {
    const t0 = now();
    try {
      const value = await fn();
      times[stage] = now() - t0;
      return { ok: true, value };
    } catch (error) {
      fail(stage, error);
      return { ok: false };
    }
  };
  const skip = (stages) => stages.forEach((st) => (times[st] ??= "skipped"));
  // Each stage's output is let go once the next stage has made its own, as src/pipeline.ts lets
  // it go: holding every stage's output to the end kept the grid and four documents of a
  // 17,000-row table alive through the writers, and the larger heap made the later stages slower
  // than the CLI runs them
  // (full text pipeline at 17,000 ÷ 1,700 rows: 12.3× measured stage by stage that way, 9.9–10.7×
  // through parseBytes and renderDocument in one process).
  s.forgetAll();
  let grid = await step("read", () => s.readGrid(bytes, file, s.options));
  if (!grid.ok) return skip(STAGES.slice(1)), times;
  let work = await step("structure", () => s.structureGrid(grid.value));
  grid = null;
  if (!work.ok) return skip(STAGES.slice(2)), times;
  let repaired = await step("repair", () => s.repairDocument(work.value));
  work = null;
  if (!repaired.ok) return skip(STAGES.slice(3)), times;
  let final = await step("finalize", () => s.finalizeDocument(repaired.value));
  repaired = null;
  if (!final.ok) return skip(STAGES.slice(4)), times;
  const doc = await step("validate", () => s.validateDocument(final.value));
  final = null;
  if (!doc.ok) return skip(WRITERS), times;
  for (const format of WRITERS) await step(format, () => s.renderDocument(doc.value, "bench", [format], { headers: "printed" }));
  times.tasks = doc.value.tasks.length;
  return times;
}

/**
 * Warm-up rounds, then measured rounds; medians per stage. `alongside` (the baselines of the
 * .docx path) runs in each round right after the pipeline, so that both see the same load on a
 * shared machine, and each round's ratio of the pipeline to each baseline is kept: the ratios
 * reported are medians of those per-round ratios.
 */
export async function measure(s, path, { warmup, rounds }, alongside = {}) {
  const bytes = new Uint8Array(readFileSync(path));
  const file = basename(path);
  const timeOf = async (fn) => {
    const t0 = now();
    await fn();
    return now() - t0;
  };
  for (let i = 0; i < warmup; i++) {
    await runOnce(s, bytes, file);
    for (const fn of Object.values(alongside)) await fn();
  }
  // The pipeline and the baselines take turns at going first: whichever runs second in a round
  // pays for collecting some of the first one's garbage, so each pays for the other's in half
  // the rounds. (Collecting the heap before each run with --expose-gc was tried: the forced full
  // collections flushed compiled code, and the 17-row rounds ran 4–5× slower.)
  const all = [];
  for (let i = 0; i < rounds; i++) {
    const base = {};
    const baselines = async () => {
      for (const [name, fn] of Object.entries(alongside)) base[`@${name}`] = await timeOf(fn);
    };
    if (i % 2 === 1) await baselines();
    const times = await runOnce(s, bytes, file);
    if (i % 2 === 0) await baselines();
    all.push({ ...times, ...base });
  }
  const result = { bytes: bytes.byteLength, rounds, warmup, stage: {}, tasks: all[0]?.tasks ?? 0, alongside: {}, ratio: {} };
  for (const stage of STAGES) {
    const values = all.map((t) => t[stage]);
    result.stage[stage] = values.every((v) => typeof v === "number") ? median(values) : values.find((v) => typeof v === "string");
  }
  const perRound = (stages) => all.map((t) => stages.reduce((sum, st) => (typeof t[st] === "number" ? sum + t[st] : NaN), 0));
  const medianOf = (values) => (values.every(Number.isFinite) ? median(values) : NaN);
  result.parse = medianOf(perRound(PARSE_STAGES));
  result.full = medianOf(perRound(STAGES));
  for (const name of Object.keys(alongside)) {
    const base = all.map((t) => t[`@${name}`]);
    result.alongside[name] = median(base);
    result.ratio[name] = {
      parse: medianOf(perRound(PARSE_STAGES).map((v, i) => v / base[i])),
      full: medianOf(perRound(STAGES).map((v, i) => v / base[i])),
    };
  }
  return result;
}
