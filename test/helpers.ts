import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SEED = join(ROOT, "seeds", "qianjiang-linzhangzhi-2023-2027-breakdown.txt");
export const CORPUS = join(ROOT, "fixtures", "corpus");

export function fixture(...parts: string[]): string {
  return join(ROOT, "fixtures", ...parts);
}

export function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

/** A text handed to parse() as the bytes of a file of that name. */
export function textInput(text: string, fileName = "t.txt"): { data: Uint8Array; fileName: string } {
  return { data: new Uint8Array(Buffer.from(text, "utf8")), fileName };
}
