import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDocument } from "../../src/diff/load.js";
import { BreakdownError, diff, toJson } from "../../src/index.js";
import { fixture, SEED } from "../helpers.js";
import { seedDocument } from "./documents.js";

const dir = mkdtempSync(join(tmpdir(), "breakdown-diff-load-"));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function failure(path: string): Promise<BreakdownError> {
  const error = await loadDocument(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BreakdownError);
  return error as BreakdownError;
}

describe("loadDocument", async () => {
  const seed = await seedDocument();

  it("reads extracted text and .docx through the parser", async () => {
    expect((await loadDocument(SEED)).tasks).toHaveLength(17);
    expect((await loadDocument(fixture("diff", "seed-edited.docx"))).tasks).toHaveLength(15);
  });

  it("reads bytes with their name as it reads a path (the review page's uploads)", async () => {
    expect(await loadDocument({ data: new TextEncoder().encode(toJson(seed)), fileName: "seed.json" })).toEqual(seed);
    expect((await loadDocument({ data: readFileSync(SEED), fileName: "seed.txt" })).tasks).toHaveLength(17);
    const empty = await loadDocument({ data: new Uint8Array(0), fileName: "empty.txt" }).catch((e: unknown) => e);
    expect(empty).toMatchObject({ code: "INPUT_EMPTY", file: "empty.txt" });
  });

  it("reads a JSON written by `breakdown parse` as the same document", async () => {
    expect(await loadDocument(file("seed.json", toJson(seed)))).toEqual(seed);
  });

  it("knows a JSON by its first character when it has another name", async () => {
    expect(await loadDocument(file("seed-json.txt", `\uFEFF  ${toJson(seed)}`))).toEqual(seed);
  });

  it("refuses JSON that is not JSON, with the parser's reason", async () => {
    const error = await failure(file("broken.json", '{"schemaVersion": "1.0.0",'));
    expect(error.code).toBe("JSON_INVALID");
    expect(error.message).toMatch(/^The file is not valid JSON: /);
    expect(error.file).toMatch(/broken\.json$/);
  });

  it("refuses a document that fails the schema, naming each field and what it got", async () => {
    const bad = structuredClone(seed) as unknown as { tasks: Record<string, unknown>[] };
    (bad.tasks[2] as Record<string, unknown>).seq = "3";
    delete (bad.tasks[4] as Record<string, unknown>).title;
    const error = await failure(file("bad.json", JSON.stringify(bad)));
    expect(error.code).toBe("JSON_INVALID");
    expect(error.message).toBe("The JSON is not a document written by `breakdown parse` (2 schema problems).");
    expect(error.details).toEqual(["tasks.2.seq: Invalid input: expected number, received string, got \"3\"", "tasks.4.title: Invalid input: expected string, received undefined, got nothing"]);
  });

  it("refuses a JSON of another schema version, saying which", async () => {
    const error = await failure(file("future.json", JSON.stringify({ ...seed, schemaVersion: "2.0.0" })));
    expect(error.code).toBe("JSON_INVALID");
    expect(error.message).toMatch(/reads 1\.0\.0, 1\.1\.0, 1\.2\.0, 1\.3\.0, got "2\.0\.0"\.$/);
  });

  it("reads a JSON written for schema 1.0.0, its tasks without target and source", async () => {
    const old = { ...seed, schemaVersion: "1.0.0", tasks: seed.tasks.map(({ target: _t, source: _s, ...rest }) => rest) };
    const doc = await loadDocument(file("old.json", JSON.stringify(old)));
    expect(doc.schemaVersion).toBe("1.3.0");
    expect(doc.tasks.map((t) => [t.target, t.source])).toEqual(seed.tasks.map(() => [null, null]));
    expect(doc.tasks.map((t) => t.title)).toEqual(seed.tasks.map((t) => t.title));
  });

  it("refuses a diff.json given as a side", async () => {
    const error = await failure(file("diff.json", JSON.stringify(diff(seed, seed))));
    expect(error.code).toBe("JSON_INVALID");
  });

  it("refuses a path that is not there, and an empty file, with their codes", async () => {
    expect((await failure(join(dir, "nothing-here.docx"))).code).toBe("INPUT_NOT_FOUND");
    expect((await failure(file("empty.json", ""))).code).toBe("INPUT_EMPTY");
  });
});
