#!/usr/bin/env node
// Write fixtures/corpus/SOURCES.md from the corpus itself: each document's address (its first
// line, SOURCE: …), its group (split.json), its shapes and the truth's note.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { GROUP_LABELS, SET_ASIDES, SplitSchema, setAsideList } from "../dist/accuracy/groups.js";

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "corpus");
const split = SplitSchema.parse(JSON.parse(readFileSync(join(CORPUS, "split.json"), "utf8")));
// Each set-aside's list in split.json and its label as src/accuracy/groups.ts gives it (run `npm run build`
// first); the newest, still hidden, also takes a real document not yet placed.
const asides = Array.from({ length: SET_ASIDES }, (_, i) => ({ names: new Set(setAsideList(split, i + 1)), label: GROUP_LABELS[`set-aside-${i + 1}`] }));
const rows = [];
for (const file of readdirSync(join(CORPUS, "truth")).filter((f) => f.endsWith(".truth.json")).sort()) {
  const truth = JSON.parse(readFileSync(join(CORPUS, "truth", file), "utf8"));
  const name = file.replace(/\.truth\.json$/, "");
  const first = readFileSync(join(CORPUS, truth.source), "utf8").split("\n")[0] ?? "";
  const url = first.startsWith("SOURCE:") ? first.slice(7).trim() : "(composed)";
  const group = truth.composed
    ? "composed"
    : (asides.find((a) => a.names.has(name))?.label ?? (split.workedOn.includes(name) ? "worked-on" : GROUP_LABELS[`set-aside-${SET_ASIDES}`]));
  const tasks = truth.noTable ? "no table" : String(truth.tasks?.length ?? 0);
  const note = (truth.notes ?? "").replace(/\|/g, "/").replace(/\s+/g, " ").slice(0, 160);
  rows.push(`| ${name} | ${group} | ${(truth.shapes ?? []).join(" ")} | ${tasks} | ${url} | ${note} |`);
}
const md = [
  "# Corpus sources",
  "",
  "Real breakdown tables as public pages give them: each `NAME.txt` is the first ~2 KB of a stored page, its",
  "address on the first line; `truth/NAME.truth.json` is what a careful person reads in it, written by hand",
  "(format: truth/README.md). `split.json` says which group each document is in (when each set-aside was measured and revealed: docs/accuracy.md). Written by `node scripts/corpus-sources.mjs`.",
  "",
  "Conventions beyond truth/README.md: a mirror's pinyin glosses after characters (`實(shí)`) are not text and",
  "are left out of truths; `?` where a mirror lost a character is kept as printed; a third role (…负责落实) goes",
  "after the support units.",
  "",
  "| document | group | shapes | tasks | source | note |",
  "| --- | --- | --- | --- | --- | --- |",
  ...rows,
  "",
];
writeFileSync(join(CORPUS, "SOURCES.md"), md.join("\n"));
console.log(`${rows.length} documents`);
