#!/usr/bin/env node
// npm run rendered: how the table readers hold up on real contents in the genre's table layouts. Each
// corpus truth of three or more whole tasks with units (revealed groups only) is printed as a table, its
// own fields its columns (序号 | 工作任务 or 重点任务 | 具体内容 | 牵头单位 | 配合单位 or 责任单位 | 责任领导 |
// 联系人 | 工作目标 | 完成时限 | 进展情况: those its tasks fill), read back and scored against the same truth.
// The wording, units, names and dates are real; only the table around them is made.
//
//   node scripts/rendered.mjs [pipe|tab|cells|blank|merged]... [--list]   (all five when none is named)
//
//   pipe    a row a line, cells between | (a page's table as text)
//   tab     a row a line, cells apart by tabs (a spreadsheet pasted)
//   cells   a cell a line, no line for an empty cell (a web page's table copied)
//   blank   a cell a line, a blank line between (as cells, a page's paragraphs)
//   merged  as cells, and a cell equal to the one above left out (a Word table's vertical merges)
//   --list  the documents that read below 95% or with a silent error, for each layout
//
// Documents of a hidden set-aside group (src/accuracy/groups.ts) are left out.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../dist/index.js";
import { TruthSchema } from "../dist/accuracy/truth.js";
import { scoreDocument } from "../dist/accuracy/score.js";
import { READ_WELL } from "../dist/accuracy/summary.js";
import { SplitSchema, groupOf, isHidden } from "../dist/accuracy/groups.js";

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "corpus");
const LAYOUTS = ["pipe", "tab", "cells", "blank", "merged"];
// Each truth field and the header it is printed under, in a breakdown table's usual order.
const COLUMNS = [
  ["text", "工作任务"],
  ["title", "重点任务"],
  ["content", "具体内容"],
  ["leadUnits", "牵头单位"],
  ["supportUnits", "配合单位"],
  ["units", "责任单位"],
  ["leaders", "责任领导"],
  ["contacts", "联系人"],
  ["target", "工作目标"],
  ["deadline", "完成时限"],
  ["progress", "进展情况"],
];

const args = process.argv.slice(2);
const list = args.includes("--list");
const asked = args.filter((a) => a !== "--list");
for (const a of asked) if (!LAYOUTS.includes(a)) throw new Error(`unknown layout ${a}: one of ${LAYOUTS.join(", ")}`);

const filled = (v) => v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0);
const cellOf = (task, key) => (Array.isArray(task[key]) ? task[key].join("、") : filled(task[key]) ? String(task[key]).replace(/\s*\n\s*/g, "") : "");

/** The truth as a table: its tasks (whole ones, one wording each where any has one) and the columns they fill; null when it is no such table. */
function tableOf(truth) {
  if (truth.noTable || !truth.tasks) return null;
  let tasks = truth.tasks.filter((t) => !t.cut).map((t) => ({ ...t }));
  if (tasks.length < 3 || !tasks.some((t) => filled(t.units) || filled(t.leadUnits))) return null;
  const oneWording = tasks.some((t) => t.text !== undefined);
  if (oneWording) tasks = tasks.map(({ title, content, ...t }) => ({ ...t, text: t.text ?? `${title ?? ""}${content ?? ""}` }));
  const columns = COLUMNS.filter(([key]) => tasks.some((t) => filled(t[key])));
  if (columns.some(([k]) => k === "units") && columns.some(([k]) => k === "leadUnits")) return null;
  return { truth: { ...truth, tasks }, columns, rows: tasks.map((t, i) => [String(i + 1), ...columns.map(([key]) => cellOf(t, key))]) };
}

function render(table, layout) {
  const header = ["序号", ...table.columns.map(([, h]) => h)];
  let body;
  if (layout === "pipe") body = [header, ...table.rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
  else if (layout === "tab") body = [header, ...table.rows].map((r) => r.join("\t")).join("\n");
  else {
    const lines = [...header];
    table.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === "" || (layout === "merged" && r > 0 && c > 1 && cell === table.rows[r - 1][c])) return;
        lines.push(cell);
      }),
    );
    body = lines.join(layout === "blank" ? "\n\n" : "\n");
  }
  return `重点工作任务分解表\n${body}\n`;
}

async function score(truth, text, name) {
  let reading;
  try {
    reading = { document: (await parse({ data: new Uint8Array(Buffer.from(text, "utf8")), fileName: `${name}.txt` })).document };
  } catch (e) {
    if (!e?.code) throw e;
    reading = { refused: e.code };
  }
  return scoreDocument(truth, reading);
}

const split = SplitSchema.parse(JSON.parse(readFileSync(join(CORPUS, "split.json"), "utf8")));
const tables = [];
for (const file of readdirSync(join(CORPUS, "truth")).filter((f) => f.endsWith(".truth.json")).sort()) {
  const name = file.replace(/\.truth\.json$/, "");
  const truth = TruthSchema.parse(JSON.parse(readFileSync(join(CORPUS, "truth", file), "utf8")));
  if (truth.composed || isHidden(groupOf(split, name, false))) continue;
  const table = tableOf(truth);
  if (table) tables.push({ name, ...table });
}

console.log(`${tables.length} real documents' truths printed as tables`);
console.log("| layout | read ≥ 95% | mean | silent errors |\n| --- | --- | --- | --- |");
for (const layout of asked.length > 0 ? asked : LAYOUTS) {
  let well = 0;
  let sum = 0;
  let silent = 0;
  let tasks = 0;
  const below = [];
  for (const t of tables) {
    const s = await score(t.truth, render(t, layout), t.name);
    sum += s.score;
    if (s.score >= READ_WELL) well++;
    silent += s.silent;
    tasks += s.truthTasks + s.invented;
    if (s.score < READ_WELL || s.silent > 0) below.push(`  ${t.name}: ${(100 * s.score).toFixed(1)}%${s.silent > 0 ? `, ${s.silent} silent` : ""}`);
  }
  console.log(`| ${layout} | ${well} of ${tables.length} | ${((100 * sum) / tables.length).toFixed(1)}% | ${silent} (${((100 * silent) / Math.max(1, tasks)).toFixed(1)}%) |`);
  if (list) for (const b of below) console.log(b);
}
