#!/usr/bin/env node
// The source's layers, lowest first: a module may import from its own layer or a lower one, never a
// higher one, and imports have no cycles. Run by test/structure/layers.test.ts.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const SRC = join(dirname(fileURLToPath(import.meta.url)), "..", "src");
export const LAYERS = [
  ["i18n"],
  ["model", "errors.ts", "version.ts"],
  ["genre"],
  ["options.ts"],
  ["read"],
  ["structure"],
  ["repair"],
  ["fixes"],
  ["validate"],
  ["match"],
  ["reference"],
  ["accuracy", "write"],
  ["pipeline.ts"],
  ["diff"],
  ["workers"],
  ["commands", "serve"],
  ["index.ts", "cli.ts"],
];

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : f.endsWith(".ts") ? [p] : [];
  });
}

function layerOf(file) {
  const top = relative(SRC, file).split("/")[0];
  const i = LAYERS.findIndex((l) => l.includes(top));
  return i;
}

export function checkLayers() {
  const problems = [];
  const graph = new Map();
  for (const file of files(SRC)) {
    const text = readFileSync(file, "utf8");
    const deps = [];
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/gm)) {
      const target = resolve(dirname(file), m[1]).replace(/\.js$/, ".ts");
      deps.push(target);
      // A type from a higher layer is only a name: the layers are about code that runs.
      if (!/^import\s+type\s/.test(m[0]) && layerOf(target) > layerOf(file)) problems.push(`${relative(SRC, file)} imports ${relative(SRC, target)} (a higher layer)`);
    }
    graph.set(file, deps);
  }
  // Cycles, by depth-first search.
  const state = new Map();
  const visit = (f, path) => {
    if (state.get(f) === 2) return;
    if (state.get(f) === 1) {
      problems.push(`cycle: ${[...path.slice(path.indexOf(f)), f].map((p) => relative(SRC, p)).join(" → ")}`);
      return;
    }
    state.set(f, 1);
    for (const d of graph.get(f) ?? []) visit(d, [...path, f]);
    state.set(f, 2);
  };
  for (const f of graph.keys()) visit(f, []);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = checkLayers();
  for (const p of problems) console.log(p);
  process.exit(problems.length > 0 ? 1 : 0);
}
