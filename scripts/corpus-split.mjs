#!/usr/bin/env node
// Put new corpus documents into fixtures/corpus/split.json. A document already there keeps its place.
// Round 1 (fixed 2026-12-06 before the reader was changed) split by sha256(name) into workedOn and
// setAside; that set-aside was revealed at the end of round 1. From round 2 on, every new real document
// went into that round's fresh set-aside (setAside2, setAside3, …), placed only by its list; composed
// documents are never set aside (they are listed under workedOn and scored apart as composed). Every new
// real document now goes into the newest set-aside, SET_ASIDES in src/accuracy/groups.ts (run
// `npm run build` first).
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { SET_ASIDES, SplitSchema, setAsideList, splitKey } from "../dist/accuracy/groups.js";

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "corpus");
const path = join(CORPUS, "split.json");
const split = SplitSchema.parse(JSON.parse(readFileSync(path, "utf8")));
const lists = Array.from({ length: SET_ASIDES }, (_, i) => splitKey(i + 1));
for (const key of lists) split[key] = [...(split[key] ?? [])];
const known = new Set([...split.workedOn, ...lists.flatMap((_, i) => setAsideList(split, i + 1))]);
const newest = split[splitKey(SET_ASIDES)];
for (const file of readdirSync(join(CORPUS, "truth")).filter((f) => f.endsWith(".truth.json")).sort()) {
  const name = file.replace(/\.truth\.json$/, "");
  if (known.has(name)) continue;
  const truth = JSON.parse(readFileSync(join(CORPUS, "truth", file), "utf8"));
  (truth.composed ? split.workedOn : newest).push(name);
  console.log(`${name}: ${truth.composed ? "composed" : `set-aside ${SET_ASIDES}`}`);
}
split.workedOn.sort();
for (const key of lists) split[key].sort();
writeFileSync(path, `${JSON.stringify(split, null, 1)}\n`);
