import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GROUP_LABELS, groupOf, isHidden, SplitSchema } from "../../src/accuracy/groups.js";
import { scoreDocument, type Reading } from "../../src/accuracy/score.js";
import { TruthSchema } from "../../src/accuracy/truth.js";
import { isBreakdownError, parse } from "../../src/index.js";
import { CORPUS } from "../helpers.js";

// The floor `npm run accuracy -- --record` wrote: no corpus document may read worse than it did.
const recorded = JSON.parse(readFileSync(join(CORPUS, "scores.json"), "utf8")) as Record<string, { score: number; silent: number }>;
// Documents of the hidden set-asides (and any real one not yet placed) are named by number only: which
// of them fails is not to be looked at while working. Set-asides 1 to 4 are revealed and named.
const split = SplitSchema.parse(JSON.parse(readFileSync(join(CORPUS, "split.json"), "utf8")));
const composed = (name: string): boolean => TruthSchema.parse(JSON.parse(readFileSync(join(CORPUS, "truth", `${name}.truth.json`), "utf8"))).composed === true;
let hidden = 0;
const cases = Object.entries(recorded).map(([name, floor]) => {
  const group = groupOf(split, name, composed(name));
  return { title: isHidden(group) ? `${GROUP_LABELS[group]} document ${++hidden}` : name, name, floor };
});

async function read(file: string): Promise<Reading> {
  try {
    return { document: (await parse(join(CORPUS, file))).document };
  } catch (error) {
    if (isBreakdownError(error)) return { refused: error.code };
    throw error;
  }
}

describe("every corpus document reads at least as well as recorded", () => {
  it.each(cases)("$title", async ({ name, floor }) => {
    const truth = TruthSchema.parse(JSON.parse(readFileSync(join(CORPUS, "truth", `${name}.truth.json`), "utf8")));
    const score = scoreDocument(truth, await read(truth.source));
    expect(score.score).toBeGreaterThanOrEqual(floor.score - 1e-4);
    expect(score.silent).toBeLessThanOrEqual(floor.silent);
  });
});
