#!/usr/bin/env node
// Put new corpus documents into fixtures/corpus/split.json, worked-on or set-aside, by a rule fixed
// before the reader was changed (2026-12-06): a document the reader was already tuned on (in the
// corpus before that day, or an excerpt of the seed) is worked-on; any other real document is set
// aside when the first 32 bits of sha256(its name) are even. Composed documents are never set aside
// (they are scored apart). A document already in split.json keeps its place.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "corpus");
const path = join(CORPUS, "split.json");
const split = JSON.parse(readFileSync(path, "utf8"));
const known = new Set([...split.workedOn, ...split.setAside]);
for (const file of readdirSync(join(CORPUS, "truth")).filter((f) => f.endsWith(".truth.json")).sort()) {
  const name = file.replace(/\.truth\.json$/, "");
  if (known.has(name)) continue;
  const truth = JSON.parse(readFileSync(join(CORPUS, "truth", file), "utf8"));
  const even = parseInt(createHash("sha256").update(name).digest("hex").slice(0, 8), 16) % 2 === 0;
  (truth.composed || !even ? split.workedOn : split.setAside).push(name);
  console.log(`${name}: ${truth.composed || !even ? "worked-on" : "set-aside"}`);
}
split.workedOn.sort();
split.setAside.sort();
writeFileSync(path, `${JSON.stringify(split, null, 1)}\n`);
