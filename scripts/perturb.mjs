#!/usr/bin/env node
// How the reading holds up when the same documents are laid out a little differently, as the next
// site may print them: blank lines between lines or none, full-width or half-width punctuation,
// lines indented and padded, CRLF, long lines wrapped at 40 characters, 。 read as o. Each worked-on or composed document is read as is and perturbed;
// the ones that read worse by more than 5 points are listed. (Set-aside documents are left out.)
//   node scripts/perturb.mjs [PERTURBATION]
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../dist/index.js";
import { TruthSchema } from "../dist/accuracy/truth.js";
import { scoreDocument } from "../dist/accuracy/score.js";
const CORPUS = "fixtures/corpus";
const split = JSON.parse(readFileSync(join(CORPUS, "split.json"), "utf8"));
const wo = new Set(split.workedOn);
const tmp = mkdtempSync("/tmp/pert-");
const half = { "：": ":", "，": ",", "；": ";", "（": "(", "）": ")" };
const full = { ":": "：", ",": "，", ";": "；", "(": "（", ")": "）" };
const P = {
  blankBetween: (t) => t.split("\n").map((l) => l).join("\n\n"),
  noBlank: (t) => t.split("\n").filter((l) => l.trim() !== "").join("\n"),
  fullwidth: (t) => t.replace(/[:,;()]/g, (c) => full[c]),
  halfwidth: (t) => t.replace(/[：，；（）]/g, (c) => half[c]),
  indent: (t) => t.split("\n").map((l) => (l.trim() ? "    " + l + "  " : l)).join("\n"),
  crlf: (t) => t.replace(/\n/g, "\r\n"),
  // Long lines cut at 40 characters, as a PDF's or an OCR'd page's lines are.
  wrap40: (t) => t.split("\n").map((l) => l.replace(/(.{40})(?=.)/gu, "$1\n")).join("\n"),
  // Every third 。 read as o.
  ocr: (t) => { let k = 0; return t.replace(/。(?=[\u4e00-\u9fa5])/g, (m) => (++k % 3 === 0 ? "o" : m)); },
};
async function read(file) { try { return { document: (await parse(file)).document }; } catch (e) { if (e?.code) return { refused: e.code }; throw e; } }
const only = process.argv[2];
for (const [pname, fn] of Object.entries(P)) {
  if (only && pname !== only) continue;
  let worse = 0, n = 0; const names = [];
  for (const f of readdirSync(join(CORPUS, "truth")).filter((x) => x.endsWith(".truth.json")).sort()) {
    const truth = TruthSchema.parse(JSON.parse(readFileSync(join(CORPUS, "truth", f), "utf8")));
    const nm = truth.source.replace(/\.txt$/, "");
    if (!wo.has(nm) && !truth.composed) continue;
    const a = scoreDocument(truth, await read(join(CORPUS, truth.source)));
    const src = readFileSync(join(CORPUS, truth.source), "utf8");
    const lines = src.split("\n");
    const p = join(tmp, truth.source);
    writeFileSync(p, lines[0] + "\n" + fn(lines.slice(1).join("\n")));
    const b = scoreDocument(truth, await read(p));
    n++;
    if (b.score < a.score - 0.05) { worse++; names.push(`${nm}:${a.score.toFixed(2)}->${b.score.toFixed(2)}`); }
  }
  console.log(`${pname}: ${worse}/${n} worse`, only ? names.join("\n  ") : names.slice(0, 6).join(" "));
}
