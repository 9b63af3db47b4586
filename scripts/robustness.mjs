#!/usr/bin/env node
// npm run robustness: how the reader holds up when a corpus document comes through a sharing site
// or OCR in another shape than the one stored. Each real document that reads well (npm run
// accuracy: 95% of its fields or more) is read again after one transform of its text, and scored
// against the same hand-written truth: the wording is the same, only the layout's accidents differ.
//
//   node scripts/robustness.mjs [flat|spaced|wrap|pages]...   (all four when none is named)
//
//   flat    every line break removed (a page's text layer run together, as the seed is)
//   spaced  every line break printed as a space (a page flattened by a web mirror)
//   wrap    every line hard-wrapped at 38 characters (OCR lines, a PDF's text layer)
//   pages   a page footer line (第N页 / 共9页) after every ~400 characters
//   half    full-width punctuation printed half-width (，；：（） as ,;:() — a page's text re-encoded)
//   ocr     。 read as o by OCR between Chinese characters (as in the seed)
//   trad    the text in traditional characters (a Taiwan or Hong Kong mirror; the truth converted alike)
//   middle  the text from the line where its middle task begins (a mirror's later page: no title, no header)
//   head    only the first half of the text, cut inside a line (a sharing site's short preview); the truth
//           keeps the tasks that begin before the cut, the one the cut falls in marked cut (documents with
//           no whole task before the cut, or whose tasks are not found in order in the text, are left out)
//
// Documents of a hidden set-aside group (src/accuracy/groups.ts) are left out: this is a developer's
// view of failures, and a hidden group's failures are not to be looked at.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import * as OpenCC from "opencc-js/cn2t";
import { parse } from "../dist/index.js";
import { TruthSchema } from "../dist/accuracy/truth.js";
import { scoreDocument } from "../dist/accuracy/score.js";
import { READ_WELL } from "../dist/accuracy/summary.js";
import { SplitSchema, groupOf, isHidden } from "../dist/accuracy/groups.js";
import { normalizeText } from "../dist/accuracy/normalize.js";

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "corpus");
const WRAP = 38;
const PAGE = 400;

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
/** A truth with every string in it converted, for a transform that changes the characters. */
const convertTruth = (truth, f) => JSON.parse(JSON.stringify(truth), (_, v) => (typeof v === "string" ? f(v) : v));

const TRANSFORMS = {
  trad: (s) => toTraditional(s),
  ocr: (s) => s.replace(/(?<=[\u4e00-\u9fff])。(?=[\u4e00-\u9fff])/g, "o"),
  half: (s) => s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
  flat: (s) => s.replace(/\r?\n\s*/g, ""),
  spaced: (s) => s.replace(/\r?\n\s*/g, " "),
  wrap: (s) => s.split("\n").map((l) => l.replace(new RegExp(`(.{${WRAP}})`, "g"), "$1\n")).join("\n"),
  head: (s) => s.slice(0, Math.floor(s.length / 2)),
  // Applied with its truth by fromMiddle (the text alone cannot say where a task begins).
  middle: (s) => s,
  pages: (s) => {
    let out = "";
    let run = 0;
    let page = 1;
    for (const line of s.split("\n")) {
      out += `${line}\n`;
      run += line.length;
      if (run > PAGE) {
        out += `第${++page}页 / 共9页\n`;
        run = 0;
      }
    }
    return out;
  },
};

/** Each character's normalized form (normalizeText of it), joined, and the source offset of each normalized character. */
function normalizedIndex(source) {
  let text = "";
  const at = [];
  for (let i = 0; i < source.length; i++) {
    const n = normalizeText(source[i]);
    text += n;
    for (let k = 0; k < n.length; k++) at.push(i);
  }
  return { text, at };
}

/** Where each truth task begins in the source (its wording's first characters, found in order), or null. */
function taskStarts(truth, text, at) {
  const starts = [];
  let from = 0;
  for (const task of truth.tasks) {
    const probe = normalizeText(task.text ?? task.title ?? task.content ?? "").slice(0, 8);
    const i = probe === "" ? -1 : text.indexOf(probe, from);
    if (i < 0) return null;
    starts.push(at[i]);
    from = i + probe.length;
  }
  return starts;
}

/**
 * The truth of a text cut at `cut` (a source offset): the tasks found in order in the source, those
 * that begin before the cut kept, the last kept one marked cut unless the next task begins before
 * the cut too. Null when a task's wording cannot be found in the source (then the document is skipped).
 */
function truthBefore(truth, source, cut) {
  if (truth.noTable || !truth.tasks) return null;
  const { text, at } = normalizedIndex(source);
  const starts = taskStarts(truth, text, at);
  if (starts === null) return null;
  const kept = truth.tasks.filter((_, i) => starts[i] < cut);
  // At least one whole task before the cut: a preview that stops inside the first task shows no table yet.
  if (kept.length < 2) return null;
  const last = kept.length - 1;
  const whole = last + 1 < truth.tasks.length && starts[last + 1] < cut;
  // The task the cut falls in is matched by what is left of it: each wording field up to the cut.
  const cutAt = at.findIndex((i) => i >= cut);
  const before = (value) => {
    const v = normalizeText(value ?? "");
    const i = text.indexOf(v.slice(0, 8), 0);
    return i < 0 || cutAt < 0 ? v : v.slice(0, Math.max(0, cutAt - i));
  };
  // As one wording: where the excerpt stops, a reader cannot tell a title from its content.
  const left = (t) => ({ text: ["text", "title", "content"].map((f) => (t[f] === undefined ? "" : before(t[f]))).join("") });
  return { ...truth, tasks: kept.map((t, i) => (i === last && !whole ? { ...left(t), cut: true } : t)) };
}

/**
 * A text that starts at the line of its middle task (a mirror's page 2, which begins at a row: the
 * header, the title and the first rows are on page 1), and the truth of that text: the tasks from
 * there on. A bare number on the line before (a cell-per-line row's 序号, blank lines between) goes
 * with it. Null when the tasks are not found in order, or there are fewer than four.
 */
function fromMiddle(truth, source) {
  if (truth.noTable || !truth.tasks || truth.tasks.length < 4) return null;
  const { text, at } = normalizedIndex(source);
  const starts = taskStarts(truth, text, at);
  if (starts === null) return null;
  const k = Math.floor(truth.tasks.length / 2);
  let cut = source.lastIndexOf("\n", starts[k] - 1) + 1;
  const before = source.slice(0, cut).trimEnd();
  const previous = before.slice(before.lastIndexOf("\n") + 1);
  if (/^\s*\d{1,3}[、.．]?\s*$/.test(previous)) cut = before.length - previous.length;
  // The task must begin on its line: a line that also holds the task before it cannot be cut so.
  if (k > 0 && starts[k - 1] >= cut) return null;
  return { text: source.slice(cut), truth: { ...truth, tasks: truth.tasks.slice(k) } };
}

const asked = process.argv.slice(2);
for (const a of asked) if (!(a in TRANSFORMS)) throw new Error(`unknown transform ${a}: one of ${Object.keys(TRANSFORMS).join(", ")}`);
const transforms = asked.length > 0 ? asked : Object.keys(TRANSFORMS);
const split = SplitSchema.parse(JSON.parse(readFileSync(join(CORPUS, "split.json"), "utf8")));

async function score(truth, text) {
  let reading;
  try {
    reading = { document: (await parse({ data: new Uint8Array(Buffer.from(text, "utf8")), fileName: truth.source })).document };
  } catch (e) {
    if (!e?.code) throw e;
    reading = { refused: e.code };
  }
  return scoreDocument(truth, reading);
}

const docs = [];
for (const file of readdirSync(join(CORPUS, "truth")).filter((f) => f.endsWith(".truth.json")).sort()) {
  const name = file.replace(/\.truth\.json$/, "");
  const truth = TruthSchema.parse(JSON.parse(readFileSync(join(CORPUS, "truth", file), "utf8")));
  if (truth.composed || isHidden(groupOf(split, name, false))) continue;
  const source = readFileSync(join(CORPUS, truth.source), "utf8");
  if ((await score(truth, source)).score < READ_WELL) continue;
  docs.push({ name, truth, source });
}

for (const t of transforms) {
  const broke = [];
  const tried = new Set();
  for (const { name, truth, source } of docs) {
    // The first line names where the excerpt was taken from: it stays a line of its own.
    const [first, ...rest] = source.split("\n");
    const body = rest.join("\n");
    const expected =
      t === "trad"
        ? { ...convertTruth(truth, toTraditional), source: truth.source }
        : t === "half"
          ? { ...convertTruth(truth, TRANSFORMS.half), source: truth.source }
          : t === "head"
            ? truthBefore(truth, body, TRANSFORMS.head(body).length)
            : truth;
    const middle = t === "middle" ? fromMiddle(truth, body) : null;
    if (expected === null || (t === "middle" && middle === null)) continue;
    tried.add(name);
    const s = middle ? await score(middle.truth, `${first}\n${middle.text}`) : await score(expected, `${first}\n${TRANSFORMS[t](body)}`);
    if (s.score < READ_WELL) broke.push(`${name}: ${(s.score * 100).toFixed(1)}%${s.refused ? ` (refused ${s.refused})` : ""}`);
  }
  console.log(`${t}: ${tried.size - broke.length} of ${tried.size} documents that read well still read well`);
  for (const b of broke) console.log(`  ${b}`);
}
