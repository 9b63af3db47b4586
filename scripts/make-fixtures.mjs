/**
 * `npm run fixtures`: run every generator scripts/fixtures/make-*.mjs, in name order, each
 * in its own process. To add fixtures, add a make-<what>.mjs there that writes its files
 * when run.
 */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
const generators = readdirSync(dir).filter((f) => /^make-.*\.mjs$/.test(f)).sort();
for (const file of generators) {
  console.log(`== ${file}`);
  execFileSync(process.execPath, [join(dir, file)], { stdio: "inherit" });
}
