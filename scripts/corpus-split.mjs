#!/usr/bin/env node
// Put new corpus documents into fixtures/corpus/split.json. A document already there keeps its place.
// Round 1 (fixed 2026-12-06 before the reader was changed) split by sha256(name) into workedOn and
// setAside; that set-aside was revealed at the end of round 1. From round 2 (2026-12-06 evening) on,
// every new real document went into setAside2, whatever its hash; setAside2 was revealed at the end of
// round 2. From round 3 (2026-12-06 night) on, every new real document went into setAside3; setAside3
// was revealed at the end of round 3. In round 4 (2026-12-07) every new real document went into
// setAside4; setAside4 was revealed at the end of round 4. In round 5 (2026-12-07, later that day) every
// new real document went into setAside5, which is now placed only by its list. From round 6 (2026-12-07,
// collected while set-aside 5 was still hidden, so that an unseen measure stays when it is revealed) on,
// every new real document went into setAside6; composed documents are never set
// aside (they are listed under workedOn and scored apart as composed). From round 7 (2026-12-07, collected
// while set-aside 6 was still hidden) on, every new real document went into setAside7; from round 8
// (collected later that day) on, every new real document went into setAside8; from round 9 on, every new
// real document went into setAside9; from round 10 on, every new real document went into setAside10; from
// round 11 on, every new real document went into setAside11; from round 12 on, every new real document went
// into setAside12; from round 13 on, every new real document went into setAside13; from
// round 14 on, every new real document went into setAside14; from round 15 on, every new real document
// went into setAside15; from round 16 on, every new real document went into setAside16; from round 17 on,
// every new real document went into setAside17; in round 18, into setAside18; in round 19, into
// setAside19; from round 20 on, every new real document goes into setAside20.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "corpus");
const path = join(CORPUS, "split.json");
const split = JSON.parse(readFileSync(path, "utf8"));
split.setAside2 ??= [];
split.setAside3 ??= [];
split.setAside4 ??= [];
split.setAside5 ??= [];
split.setAside6 ??= [];
split.setAside7 ??= [];
split.setAside8 ??= [];
split.setAside9 ??= [];
split.setAside10 ??= [];
split.setAside11 ??= [];
split.setAside12 ??= [];
split.setAside13 ??= [];
split.setAside14 ??= [];
split.setAside15 ??= [];
split.setAside16 ??= [];
split.setAside17 ??= [];
split.setAside18 ??= [];
split.setAside19 ??= [];
split.setAside20 ??= [];
const known = new Set([...split.workedOn, ...split.setAside, ...split.setAside2, ...split.setAside3, ...split.setAside4, ...split.setAside5, ...split.setAside6, ...split.setAside7, ...split.setAside8, ...split.setAside9, ...split.setAside10, ...split.setAside11, ...split.setAside12, ...split.setAside13, ...split.setAside14, ...split.setAside15, ...split.setAside16, ...split.setAside17, ...split.setAside18, ...split.setAside19, ...split.setAside20]);
for (const file of readdirSync(join(CORPUS, "truth")).filter((f) => f.endsWith(".truth.json")).sort()) {
  const name = file.replace(/\.truth\.json$/, "");
  if (known.has(name)) continue;
  const truth = JSON.parse(readFileSync(join(CORPUS, "truth", file), "utf8"));
  (truth.composed ? split.workedOn : split.setAside20).push(name);
  console.log(`${name}: ${truth.composed ? "composed" : "set-aside 20"}`);
}
split.workedOn.sort();
split.setAside.sort();
split.setAside2.sort();
split.setAside3.sort();
split.setAside4.sort();
split.setAside5.sort();
split.setAside6.sort();
split.setAside7.sort();
split.setAside8.sort();
split.setAside9.sort();
split.setAside10.sort();
split.setAside11.sort();
split.setAside12.sort();
split.setAside13.sort();
split.setAside14.sort();
split.setAside15.sort();
split.setAside16.sort();
split.setAside17.sort();
split.setAside18.sort();
split.setAside19.sort();
split.setAside20.sort();
writeFileSync(path, `${JSON.stringify(split, null, 1)}\n`);
