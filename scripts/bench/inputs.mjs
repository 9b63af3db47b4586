// Write the generated inputs under .bench/ (git-ignored). Generation is deterministic, so files
// are reused while the generator and the docx package are unchanged (a stamp says which).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeTable, toDocx, toRunTogetherText } from "./generate.mjs";

const require = createRequire(import.meta.url);

function stampOf(extra) {
  // The generator and this file (which sizes and seeds it asks for).
  const generator = Buffer.concat([readFileSync(fileURLToPath(new URL("./generate.mjs", import.meta.url))), readFileSync(fileURLToPath(import.meta.url))]);
  // docx does not export its package.json: read it from the resolved entry's package folder.
  const docxEntry = require.resolve("docx");
  const docxVersion = readFileSync(join(docxEntry.slice(0, docxEntry.lastIndexOf("node_modules/docx/") + 18), "package.json"), "utf8");
  return createHash("sha256").update(generator).update(docxVersion).update(JSON.stringify(extra)).digest("hex").slice(0, 16);
}

function fresh(dir, extra) {
  const stamp = stampOf(extra);
  const stampFile = join(dir, ".stamp");
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return { reuse: true, done: () => undefined };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return { reuse: false, done: () => writeFileSync(stampFile, stamp) };
}

/** The three sizes as .txt and .docx: `{ rows, text, docx }` paths. */
export async function sizedInputs(root, sizes) {
  const dir = join(root, "inputs");
  const state = fresh(dir, { sizes });
  const out = [];
  for (const rows of sizes) {
    const text = join(dir, `breakdown-${rows}.txt`);
    const docx = join(dir, `breakdown-${rows}.docx`);
    if (!state.reuse) {
      const model = makeTable(rows, 1);
      writeFileSync(text, toRunTogetherText(model));
      writeFileSync(docx, await toDocx(model));
    }
    out.push({ rows, text, docx });
  }
  state.done();
  return { files: out, reused: state.reuse };
}

/**
 * Many small documents for the batch run: 10–40 rows each (a typical office table), every third
 * one a .docx, each from its own seed so no two files are the same. Returns the folder.
 */
export async function batchInputs(root, count) {
  const dir = join(root, "batch", `docs-${count}`);
  const state = fresh(dir, { count });
  if (!state.reuse) {
    for (let i = 0; i < count; i++) {
      const rows = 10 + ((i * 37) % 31);
      const model = makeTable(rows, 1000 + i);
      const name = `table-${String(i + 1).padStart(4, "0")}`;
      if (i % 3 === 2) writeFileSync(join(dir, `${name}.docx`), await toDocx(model));
      else writeFileSync(join(dir, `${name}.txt`), toRunTogetherText(model));
    }
  }
  state.done();
  return { dir, reused: state.reuse };
}
