import { describe, expect, it } from "vitest";
import { diffCommandOptions } from "../../src/commands/diff.js";
import { parseCommandOptions } from "../../src/commands/parse.js";
import { BreakdownError } from "../../src/errors.js";

// What commander hands each action: its option names, defaults filled in (see src/commands/program.ts).
const PARSE_DEFAULTS = { out: "output", format: ["json", "csv", "xlsx"], strict: false, headers: "printed", quiet: false, progress: "auto", lang: "zh" };
const DIFF_DEFAULTS = { exact: false, quiet: false, lang: "zh" };

function usage(run: () => unknown): BreakdownError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BreakdownError);
    expect((error as BreakdownError).code).toBe("USAGE");
    return error as BreakdownError;
  }
  throw new Error("expected a USAGE error");
}

describe("parseCommandOptions", () => {
  it("turns commander's defaults into the command's options", () => {
    expect(parseCommandOptions(PARSE_DEFAULTS)).toEqual({
      out: "output",
      formats: ["json", "csv", "xlsx"],
      strict: false,
      quiet: false,
      progress: "auto",
      lang: "zh",
      write: { headers: "printed", lang: "zh" },
      parse: { limits: {} },
    });
  });

  it("passes every --reference given, in order, as the parse options' references", () => {
    expect(parseCommandOptions({ ...PARSE_DEFAULTS, reference: ["office.docx", "other-site.txt"] }).parse).toEqual({ limits: {}, references: ["office.docx", "other-site.txt"] });
    expect(parseCommandOptions({ ...PARSE_DEFAULTS, reference: [] }).parse).toEqual({ limits: {} });
  });

  it("passes the fixes file, jobs, encoding and every limit given, and no limit not given", () => {
    const flags = { ...PARSE_DEFAULTS, fixes: "fixes.json", jobs: 2, encoding: "gb18030", maxRows: 10, maxZipRatio: 1.5, headers: "canonical", format: ["csv"] };
    expect(parseCommandOptions(flags)).toEqual({
      out: "output",
      formats: ["csv"],
      fixes: "fixes.json",
      strict: false,
      quiet: false,
      jobs: 2,
      progress: "auto",
      lang: "zh",
      write: { headers: "canonical", lang: "zh" },
      parse: { encoding: "gb18030", limits: { maxRows: 10, maxZipRatio: 1.5 } },
    });
  });

  it("refuses a value of the wrong type with USAGE, naming the flag and what it got", () => {
    expect(usage(() => parseCommandOptions({ ...PARSE_DEFAULTS, maxRows: "10" })).message).toBe('--max-rows: Invalid input: expected number, received string, got "10".');
    expect(usage(() => parseCommandOptions({ ...PARSE_DEFAULTS, format: ["pdf"] })).message).toMatch(/^--format: .*, got \["pdf"\]\.$/);
  });

  it("refuses an option the schema does not know, so program.ts and the schema cannot drift apart", () => {
    expect(usage(() => parseCommandOptions({ ...PARSE_DEFAULTS, colour: true })).message).toMatch(/colour/);
  });
});

describe("diffCommandOptions", () => {
  it("turns commander's defaults into the command's options", () => {
    expect(diffCommandOptions(DIFF_DEFAULTS)).toEqual({ out: undefined, formats: undefined, exact: false, quiet: false, lang: "zh", parse: {} });
  });

  it("passes the folder, formats, encoding and input limit given", () => {
    expect(diffCommandOptions({ ...DIFF_DEFAULTS, out: "d", format: ["json"], encoding: "utf8", maxInputBytes: 100 })).toEqual({
      out: "d",
      formats: ["json"],
      exact: false,
      quiet: false,
      lang: "zh",
      parse: { encoding: "utf8", limits: { maxInputBytes: 100 } },
    });
  });

  it("refuses a language it does not speak, naming --lang", () => {
    expect(usage(() => diffCommandOptions({ ...DIFF_DEFAULTS, lang: "fr" })).message).toMatch(/^--lang: .*, got "fr"\.$/);
  });

  it("refuses a format it does not write", () => {
    expect(usage(() => diffCommandOptions({ ...DIFF_DEFAULTS, format: ["pdf"] })).message).toMatch(/^--format: /);
  });
});
