#!/usr/bin/env node
// After `tsc`: the package's bin (dist/cli.js) made executable, as `npx breakdown` and a global
// install run it directly; tsc writes files without the executable bit.
import { chmodSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { bin } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
for (const file of Object.values(bin)) chmodSync(join(root, file), 0o755);
