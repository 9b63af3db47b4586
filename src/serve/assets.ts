import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/**
 * The page's files, by the only URL paths that serve them. The request path is looked up in
 * this table and never joined to a directory: no request can name another file.
 */
export const ASSETS: Readonly<Record<string, { file: string; type: string }>> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/app.js": { file: "app.js", type: "text/javascript; charset=utf-8" },
  "/dom.js": { file: "dom.js", type: "text/javascript; charset=utf-8" },
  "/review.js": { file: "review.js", type: "text/javascript; charset=utf-8" },
  "/compare.js": { file: "compare.js", type: "text/javascript; charset=utf-8" },
  "/style.css": { file: "style.css", type: "text/css; charset=utf-8" },
  "/favicon.svg": { file: "favicon.svg", type: "image/svg+xml" },
};

// src/serve/assets.ts and dist/serve/assets.js both sit two folders below the package root.
const STATIC_DIR = fileURLToPath(new URL("../../src/serve/static/", import.meta.url));

const cache = new Map<string, Promise<Buffer>>();

/** An asset's bytes, read once. */
export function loadAsset(file: string): Promise<Buffer> {
  let bytes = cache.get(file);
  if (!bytes) {
    bytes = readFile(STATIC_DIR + file);
    cache.set(file, bytes);
    bytes.catch(() => cache.delete(file));
  }
  return bytes;
}
