import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { simplified } from "../../../src/genre/script.js";
import { parse } from "../../../src/index.js";
import { fixture } from "../../helpers.js";

// Issue 12 §3c: a text in traditional characters is read exactly as its simplified text is, and
// printed as it is. Each fixture is read as printed and in its simplified view; the readings agree.
async function both(name: string) {
  const file = fixture("text", name);
  const printed = readFileSync(file, "utf8");
  const trad = (await parse(file)).document;
  const simp = (await parse({ data: new Uint8Array(Buffer.from(simplified(printed), "utf8")), fileName: name })).document;
  return { trad, simp };
}

const fields = (t: { title: string; content: string; units: string[]; leadUnits: string[]; supportUnits: string[] }) => [t.title, t.content, t.units, t.leadUnits, t.supportUnits];

describe("traditional characters read as the simplified text is, printed as they are", () => {
  it("takes labelled units out of the wording, an open list's 等有關部門 off a name, and keeps 各縣市、區政府 and 市直有關部門、單位 whole", async () => {
    const { trad, simp } = await both("xx-city-zhongdian-2023-traditional-units-in-text.txt");
    expect(trad.tasks.map((t) => t.units)).toEqual([
      ["市政府辦公室", "市財政局", "各縣市、區政府"],
      ["市大數據局", "市直有關部門、單位"],
      ["市交通運輸局", "各縣市、區政府"],
    ]);
    expect(trad.tasks.map((t) => JSON.stringify(fields(t))).map(simplified)).toEqual(simp.tasks.map((t) => JSON.stringify(fields(t))));
    expect(trad.tasks[0]?.title + (trad.tasks[0]?.content ?? "")).toContain("實施為民辦實事");
  });

  it("gives each problem the town its heading names with a count in traditional characters (鹿城鎮（2個）)", async () => {
    const { trad, simp } = await both("xx-county-ducha-2022-traditional-problems-by-town.txt");
    expect(trad.tasks.map((t) => t.units)).toEqual([["鹿城鎮"], ["鹿城鎮"], ["東瓜鎮"]]);
    expect(trad.tasks.map((t) => JSON.stringify(fields(t))).map(simplified)).toEqual(simp.tasks.map((t) => JSON.stringify(fields(t))));
  });
});
