#!/usr/bin/env node
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { BreakdownError } from "./errors.js";
import { OUTPUT_FORMATS, type OutputFormat } from "./write/index.js";
import { EXIT, formatError } from "./commands/report.js";
import { TOOL_VERSION } from "./version.js";

function positiveInt(value: string): number {
  const n = Number(value.replace(/_/g, ""));
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive integer, got ${value}`);
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`expected a positive number, got ${value}`);
  return n;
}

function formats(value: string): OutputFormat[] {
  const list = value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  for (const f of list) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(f)) throw new InvalidArgumentError(`expected some of ${OUTPUT_FORMATS.join(",")}, got ${f}`);
  }
  return [...new Set(list)] as OutputFormat[];
}

const program = new Command();
program
  .name("breakdown")
  .description(
    // Lines short enough for an 80-column terminal, each Chinese character two columns wide.
    "Turn Chinese government task breakdown tables (任务分解表, 责任分工表,\n" +
      "重点工作责任清单) from .docx or extracted text into validated JSON, Excel\n" +
      "and CSV, every repair recorded; and diff two versions.",
  )
  .version(TOOL_VERSION, "-V, --version")
  .showHelpAfterError("(run with --help for usage)")
  .exitOverride()
  .configureOutput({ outputError: () => undefined });

program
  .command("parse")
  .description("Read breakdown tables (.docx, PDF or text) and write JSON, CSV and XLSX for each.")
  .argument("<inputs...>", "files (.docx, .pdf, .txt), folders or glob patterns to convert")
  .option("-o, --out <dir>", "output folder", "output")
  .option("-f, --format <list>", `formats to write, comma-separated: ${OUTPUT_FORMATS.join(",")}`, formats, ["json", "csv", "xlsx"] as OutputFormat[])
  .option("--fixes <file>", "JSON file of manual fixes keyed by task number and field (see `breakdown schema --fixes`)")
  .option("--reference <file>", "another copy of the table (.docx, text or a breakdown JSON) to repair garbled, missing and damaged rows from; repeatable", (value: string, previous: string[]) => [...previous, value], [] as string[])
  .option("--strict", "exit with status 3 when rows need review or are missing", false)
  .addOption(new Option("--headers <kind>", "CSV header row: the document's own headers or canonical field names").choices(["printed", "canonical"]).default("printed"))
  .option("--encoding <name>", "text encoding, instead of detecting it (utf8, utf16le, gb18030…)")
  .option("--max-input-bytes <n>", "refuse inputs larger than this", positiveInt)
  .option("--max-unzipped-bytes <n>", "refuse .docx whose entries unzip to more than this", positiveInt)
  .option("--max-zip-entries <n>", "refuse .docx with more entries than this", positiveInt)
  .option("--max-zip-ratio <n>", "refuse .docx entries compressed more than this ratio", positiveNumber)
  .option("--max-pages <n>", "refuse PDFs with more pages than this", positiveInt)
  .option("--max-rows <n>", "refuse tables with more rows than this", positiveInt)
  .option("--max-columns <n>", "refuse tables with more columns than this", positiveInt)
  .option("--max-cell-chars <n>", "refuse cells longer than this", positiveInt)
  .option("-q, --quiet", "print nothing but errors", false)
  .option("-j, --jobs <n>", "files converted at once, each on a worker thread (default: 1 on two cores or fewer, else one per 1.4 cores and 20 files)", positiveInt)
  // A developer's option, for testing that a batch survives a worker's death on a small input.
  .addOption(new Option("--worker-heap-mb <n>", "heap limit of a batch's worker threads, in MB").argParser(positiveInt).hideHelp())
  .addOption(new Option("--progress <mode>", "per-file report: a bar redrawn in place, or a line per file (auto: a bar on a terminal)").choices(["auto", "bar", "lines"]).default("auto"))
  .addHelpText(
    "after",
    "\nInputs: files (read whatever their extension), folders (their .docx and .txt files,\n" +
      "recursively) and glob patterns.\n" +
      "Exit status: 0 every input read (even if rows need review), 2 an input could not be\n" +
      "used, 3 --strict and rows need review.\n" +
      "Examples:\n  breakdown parse seeds/table.txt -o output\n  breakdown parse table.docx --format xlsx --fixes fixes.json\n  breakdown parse site-copy.txt --reference office.docx -o output\n  breakdown parse tables/ \"archive/**/*.docx\" -o output --jobs 2",
  )
  .action(async (inputs: string[], flags: unknown) => {
    const { parseCommandOptions, runParse } = await import("./commands/parse.js");
    process.exitCode = await runParse(inputs, parseCommandOptions(flags));
  });

program
  .command("schema")
  .description("Print the JSON Schema of the document breakdown writes (generated from its zod schema).")
  .option("--fixes", "print the schema of the fixes file instead", false)
  .option("--diff", "print the schema of diff.json (written by `breakdown diff`) instead", false)
  .action(async (o: { fixes: boolean; diff: boolean }) => {
    const { runSchema } = await import("./commands/schema.js");
    process.stdout.write(runSchema(o));
  });

program
  .command("diff")
  .description("Compare two versions of a breakdown table (.docx, text, or JSON from `breakdown parse`): tasks added, removed, moved, renumbered, reworded.")
  .argument("<old>", "the earlier version")
  .argument("<new>", "the later version")
  .option("-o, --out <dir>", "folder for diff.json and diff.xlsx (without it, only the summary is printed)")
  .option("-f, --format <list>", "outputs, comma-separated: terminal,json,xlsx (default: terminal, plus json,xlsx with -o)", (value: string) => {
    const list = value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
    for (const f of list) if (!["terminal", "json", "xlsx"].includes(f)) throw new InvalidArgumentError(`expected some of terminal,json,xlsx, got ${f}`);
    return [...new Set(list)];
  })
  .option("--exact", "count a change of character width (\uff0c/,) or whitespace as a change", false)
  .option("--encoding <name>", "text encoding of text inputs, instead of detecting it")
  .option("--max-input-bytes <n>", "refuse inputs larger than this", positiveInt)
  .option("-q, --quiet", "print nothing but errors (the exit status tells)", false)
  .addHelpText(
    "after",
    "\nExit status: 0 no differences, 1 differences, 2 an input could not be used\n" +
      "(rows that cannot be read are reported, not counted).\n" +
      "Examples:\n  breakdown diff 2023.docx 2024.docx\n  breakdown diff old.json new.docx -o diff-out --format json,xlsx",
  )
  .action(async (oldPath: string, newPath: string, flags: unknown) => {
    const { diffCommandOptions, runDiff } = await import("./commands/diff.js");
    process.exitCode = await runDiff(oldPath, newPath, diffCommandOptions(flags));
  });

program
  .command("serve")
  .description("Open the review page: drop a document, fix what is flagged, download XLSX/CSV/JSON; compare two versions.")
  .option("--port <n>", "port to listen on (0: any free port)", "5173")
  .option("--host <address>", "address to listen on (other than 127.0.0.1/localhost, other machines can reach the page)", "127.0.0.1")
  .option("--max-upload-bytes <n>", "refuse uploaded files larger than this (default 20 MiB)")
  .option("--parse-timeout <seconds>", "stop reading an upload after this long (default 120)")
  .option("--max-parses <n>", "uploads read at once, each in a worker process; a few more wait, the rest are told to retry (default 2)")
  .action(async (o: { port: string; host: string; maxUploadBytes?: string; parseTimeout?: string; maxParses?: string }) => {
    const { runServe } = await import("./commands/serve.js");
    const optional = { maxUploadBytes: o.maxUploadBytes, parseTimeout: o.parseTimeout, maxParses: o.maxParses };
    await runServe({ port: o.port, host: o.host, ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)) });
  });

async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") {
        process.exitCode = EXIT.OK;
        return;
      }
      process.stderr.write(`${formatError(new BreakdownError("USAGE", error.message.replace(/^error: /, "")))}\n`);
      process.exitCode = EXIT.ERROR;
      return;
    }
    process.stderr.write(`${formatError(error)}\n`);
    process.exitCode = EXIT.ERROR;
  }
}

await main();
