#!/usr/bin/env node
// Write fixtures/corpus/SOURCES.md from the corpus itself: each document's address (its first
// line, SOURCE: …), its group (split.json), its shapes and the truth's note.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "corpus");
const split = JSON.parse(readFileSync(join(CORPUS, "split.json"), "utf8"));
const aside1 = new Set(split.setAside);
const aside2 = new Set(split.setAside2 ?? []);
const aside3 = new Set(split.setAside3 ?? []);
const aside4 = new Set(split.setAside4 ?? []);
const aside5 = new Set(split.setAside5 ?? []);
const aside6 = new Set(split.setAside6 ?? []);
const aside7 = new Set(split.setAside7 ?? []);
const aside8 = new Set(split.setAside8 ?? []);
const aside9 = new Set(split.setAside9 ?? []);
const aside10 = new Set(split.setAside10 ?? []);
const aside11 = new Set(split.setAside11 ?? []);
const aside12 = new Set(split.setAside12 ?? []);
const aside13 = new Set(split.setAside13 ?? []);
const aside14 = new Set(split.setAside14 ?? []);
const aside15 = new Set(split.setAside15 ?? []);
const aside16 = new Set(split.setAside16 ?? []);
const aside17 = new Set(split.setAside17 ?? []);
const aside18 = new Set(split.setAside18 ?? []);
const rows = [];
for (const file of readdirSync(join(CORPUS, "truth")).filter((f) => f.endsWith(".truth.json")).sort()) {
  const truth = JSON.parse(readFileSync(join(CORPUS, "truth", file), "utf8"));
  const name = file.replace(/\.truth\.json$/, "");
  const first = readFileSync(join(CORPUS, truth.source), "utf8").split("\n")[0] ?? "";
  const url = first.startsWith("SOURCE:") ? first.slice(7).trim() : "(composed)";
  // Group names as src/accuracy/groups.ts labels them; a real document not yet placed is set-aside 18.
  const group = truth.composed
    ? "composed"
    : aside1.has(name)
      ? "set-aside 1 (revealed)"
      : aside2.has(name)
        ? "set-aside 2 (revealed)"
        : aside3.has(name)
          ? "set-aside 3 (revealed)"
          : aside4.has(name)
            ? "set-aside 4 (revealed)"
            : aside5.has(name)
              ? "set-aside 5 (revealed)"
              : aside6.has(name)
                ? "set-aside 6 (revealed)"
                : aside7.has(name)
                  ? "set-aside 7 (revealed)"
                  : aside8.has(name)
                    ? "set-aside 8 (revealed)"
                    : aside9.has(name)
                      ? "set-aside 9 (revealed)"
                      : aside10.has(name)
                        ? "set-aside 10 (revealed)"
                        : aside11.has(name)
                          ? "set-aside 11 (revealed)"
                          : aside12.has(name)
                            ? "set-aside 12 (revealed)"
                            : aside13.has(name)
                              ? "set-aside 13 (revealed)"
                              : aside14.has(name)
                                ? "set-aside 14 (revealed)"
                                : aside15.has(name)
                                  ? "set-aside 15 (revealed)"
                                  : aside16.has(name)
                                    ? "set-aside 16 (revealed)"
                                    : aside17.has(name)
                                      ? "set-aside 17 (revealed)"
                                      : aside18.has(name) || !split.workedOn.includes(name)
                                        ? "set-aside 18"
                                        : "worked-on";
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
