import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { parse } from "../../src/index.js";
import { fixture } from "../helpers.js";
import { unaccounted } from "./conservation.js";

/** A text fixture (fixtures/text) read as a user would, every character of it accounted for. */
export async function readConserved(name: string) {
  const file = fixture("text", name);
  const { document } = await parse(file);
  expect(unaccounted(readFileSync(file, "utf8"), document).join("")).toBe("");
  return document;
}
