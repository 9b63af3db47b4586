#!/usr/bin/env node
// The seed read against a clean copy of its table (issue 18's acceptance: at least 58 of its 60
// fields right). Build first (npx tsc -p tsconfig.json).
//
//   node scripts/ocr-hanzi-seed-score.mjs
//
// The clean copy: the seed table as scripts/fixtures/seed-table.mjs holds it (the text once the
// other rules' repairs are made, Chinese characters as OCR printed them) with the five readings
// issue 18 quotes from the clean 2023 table put in (贯彻落实, 优化完善, 考核。完善细化,
// 智慧林长—森林防火, 重大以上). Fields: title, content, responsible units and contacts of each of
// the 15 rows the seed has (8 is garbled, 11 absent): 60. Lists are compared without their
// separators (the clean copy prints units as one cell). Also prints the fields right if every
// ocr-hanzi suggestion were accepted, and the same with the clean copy given as --reference.
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../dist/index.js";
import { seedTable } from "./fixtures/seed-table.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SEED = join(ROOT, "seeds", "qianjiang-linzhangzhi-2023-2027-breakdown.txt");

// Issue 18: what the clean 2023 table prints where the seed's OCR slipped.
const CLEAN_READINGS = [
  ["黄物落实法规", "贯彻落实法规"],
  ["优化完督查", "优化完善督查"],
  ["督查检查考核完善细化", "督查检查考核。完善细化"],
  ["智慧林长一森林防火", "智慧林长—森林防火"],
  ["坚决遏制大以上", "坚决遏制重大以上"],
];
const clean = (text) => CLEAN_READINGS.reduce((t, [from, to]) => t.replace(from, to), text);
const unsplit = (v) => (Array.isArray(v) ? v.join("") : v).replace(/[、,\uff0c;\uff1b\s]/g, "");

const rows = seedTable.rows.filter((r) => "cells" in r).map(({ cells: [seq, title, content, units, contacts] }) => ({ seq: Number(seq), title: clean(title), content: clean(content), units, contacts }));

function score(document, accept) {
  const wrong = [];
  let right = 0;
  for (const row of rows) {
    const task = document.tasks.find((t) => t.seq === row.seq);
    let { title = "", content = "" } = task ?? {};
    if (accept && task) {
      for (const m of document.messages.filter((x) => x.ruleId === "ocr-hanzi" && x.seq === row.seq && x.expected)) {
        if (m.field === "title") title = title.replace(m.actual, m.expected);
        if (m.field === "content") content = content.replace(m.actual, m.expected);
      }
    }
    const checks = [
      ["title", title === row.title],
      ["content", content === row.content],
      ["units", task !== undefined && unsplit(task.units) === unsplit(row.units)],
      ["contacts", task !== undefined && unsplit(task.contacts) === unsplit(row.contacts)],
    ];
    for (const [field, ok] of checks) {
      if (ok) right++;
      else wrong.push(`${row.seq} ${field}`);
    }
  }
  return { right, total: rows.length * 4, wrong };
}

const show = (label, { right, total, wrong }) => console.log(`${label}: ${right} of ${total} fields right${wrong.length > 0 ? ` (wrong: ${wrong.join(", ")})` : ""}`);
const { document } = await parse(SEED);
show("the seed as read", score(document, false));
show("with every ocr-hanzi suggestion accepted", score(document, true));
const { readFileSync } = await import("node:fs");
const reference = { data: new TextEncoder().encode(clean(readFileSync(SEED, "utf8"))), fileName: "seed-clean-copy.txt" };
const { document: withReference } = await parse(SEED, { references: [reference] });
show("with the seed's text carrying the clean readings as --reference", score(withReference, false));
