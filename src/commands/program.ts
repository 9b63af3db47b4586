import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { BreakdownError, detail } from "../errors.js";
import { OUTPUT_FORMATS, type OutputFormat } from "../write/index.js";
import { EXIT, formatError } from "./report.js";
import { CLI_TEXTS } from "../i18n/cli.js";
import { isLang, langFromEnv, LANGS, type Lang } from "../i18n/lang.js";
import { TOOL_VERSION } from "../version.js";

/**
 * The command line: its commands and flags (commander), its help in the user's language, and
 * `runProgram(argv, env)`, which runs one command line and returns its exit status. `src/cli.ts`
 * (the `breakdown` program) calls it with the process's own arguments and environment; the tests
 * call it in their own process where the process boundary is not what they test.
 */

type Texts = (typeof CLI_TEXTS)[Lang];

/**
 * The language of everything printed, decided before commander builds its help: `--lang zh|en`
 * anywhere on the command line, else the locale (LC_ALL, LC_MESSAGES, LANG), else Chinese.
 */
function langOf(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice("--lang=".length) : undefined;
    if (isLang(value)) return value;
  }
  return langFromEnv(env);
}

function positiveInt(t: Texts, value: string): number {
  const n = Number(value.replace(/_/g, ""));
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(t.expectedPositiveInt({ got: value }));
  return n;
}

function positiveNumber(t: Texts, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(t.expectedPositiveNumber({ got: value }));
  return n;
}

function formats(t: Texts, value: string): OutputFormat[] {
  const list = value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  for (const f of list) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(f)) throw new InvalidArgumentError(t.expectedSomeOf({ list: OUTPUT_FORMATS.join(","), got: f }));
  }
  return [...new Set(list)] as OutputFormat[];
}

/** `--lang` on every command, so that `breakdown parse … --lang en` and its help both know it. */
function langOption(t: Texts, lang: Lang): Option {
  return new Option("--lang <lang>", t.langOption).choices(LANGS).default(lang);
}

/** What a command's action reports back: its exit status. */
type Done = (status: number) => void;

function addParse(program: Command, t: Texts, lang: Lang, done: Done): void {
  const int = (value: string): number => positiveInt(t, value);
  program
    .command("parse")
    .description(t.parseDescription)
    .argument("<inputs...>", t.parseInputs)
    .option("-o, --out <dir>", t.outOption, "output")
    .option("-f, --format <list>", t.formatOption({ formats: OUTPUT_FORMATS.join(",") }), (value: string) => formats(t, value), ["json", "csv", "xlsx"] as OutputFormat[])
    .option("--fixes <file>", t.fixesOption)
    .option("--reference <file>", t.referenceOption, (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option("--strict", t.strictOption, false)
    .addOption(new Option("--headers <kind>", t.headersOption).choices(["printed", "canonical"]).default("printed"))
    .option("--encoding <name>", t.encodingOption)
    .option("--max-input-bytes <n>", t.maxInputBytesOption, int)
    .option("--max-unzipped-bytes <n>", t.maxUnzippedBytesOption, int)
    .option("--max-zip-entries <n>", t.maxZipEntriesOption, int)
    .option("--max-zip-ratio <n>", t.maxZipRatioOption, (value: string) => positiveNumber(t, value))
    .option("--max-rows <n>", t.maxRowsOption, int)
    .option("--max-pages <n>", t.maxPagesOption, int)
    .option("--max-columns <n>", t.maxColumnsOption, int)
    .option("--max-cell-chars <n>", t.maxCellCharsOption, int)
    .option("-q, --quiet", t.quietOption, false)
    .option("-j, --jobs <n>", t.jobsOption, int)
    // A developer's option, for testing that a batch survives a worker's death on a small input.
    .addOption(new Option("--worker-heap-mb <n>", "heap limit of a batch's worker threads, in MB").argParser(int).hideHelp())
    .addOption(new Option("--progress <mode>", t.progressOption).choices(["auto", "bar", "lines"]).default("auto"))
    .addOption(langOption(t, lang))
    .addHelpText("after", t.parseAfter)
    .action(async (inputs: string[], flags: unknown) => {
      const { parseCommandOptions, runParse } = await import("./parse.js");
      done(await runParse(inputs, parseCommandOptions(flags)));
    });
}

function addSchema(program: Command, t: Texts, lang: Lang): void {
  program
    .command("schema")
    .description(t.schemaDescription)
    .option("--fixes", t.schemaFixesOption, false)
    .option("--diff", t.schemaDiffOption, false)
    .addOption(langOption(t, lang))
    .action(async (o: { fixes: boolean; diff: boolean }) => {
      const { runSchema } = await import("./schema.js");
      process.stdout.write(runSchema({ fixes: o.fixes, diff: o.diff }));
    });
}

function addDiff(program: Command, t: Texts, lang: Lang, done: Done): void {
  program
    .command("diff")
    .description(t.diffDescription)
    .argument("<old>", t.diffOld)
    .argument("<new>", t.diffNew)
    .option("-o, --out <dir>", t.diffOutOption)
    .option("-f, --format <list>", t.diffFormatOption, (value: string) => {
      const list = value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
      for (const f of list) if (!["terminal", "json", "xlsx"].includes(f)) throw new InvalidArgumentError(t.expectedSomeOf({ list: "terminal,json,xlsx", got: f }));
      return [...new Set(list)];
    })
    .option("--exact", t.exactOption, false)
    .option("--encoding <name>", t.diffEncodingOption)
    .option("--max-input-bytes <n>", t.maxInputBytesOption, (value: string) => positiveInt(t, value))
    .option("-q, --quiet", t.diffQuietOption, false)
    .addOption(langOption(t, lang))
    .addHelpText("after", t.diffAfter)
    .action(async (oldPath: string, newPath: string, flags: unknown) => {
      const { diffCommandOptions, runDiff } = await import("./diff.js");
      done(await runDiff(oldPath, newPath, diffCommandOptions(flags)));
    });
}

function addServe(program: Command, t: Texts, lang: Lang): void {
  program
    .command("serve")
    .description(t.serveDescription)
    .option("--port <n>", t.portOption, "5173")
    .option("--host <address>", t.hostOption, "127.0.0.1")
    .option("--max-upload-bytes <n>", t.maxUploadOption)
    .option("--parse-timeout <seconds>", t.parseTimeoutOption)
    .option("--max-parses <n>", t.maxParsesOption)
    // The page follows the browser's Accept-Language; --lang only says the two lines printed at the
    // start, so it is kept out of this help (and out of the README's table of the page's options).
    .addOption(langOption(t, lang).hideHelp())
    .action(async (o: { port: string; host: string; maxUploadBytes?: string; parseTimeout?: string; maxParses?: string; lang: Lang }) => {
      const { runServe } = await import("./serve.js");
      const optional = { maxUploadBytes: o.maxUploadBytes, parseTimeout: o.parseTimeout, maxParses: o.maxParses };
      await runServe({ port: o.port, host: o.host, ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)) }, o.lang);
    });
}

/**
 * commander's own words (Usage:, Options:, "default:") in the chosen language: its help is
 * built from these few headings and the descriptions above, which come from the catalogue.
 */
function localizeHelp(command: Command, t: Texts, lang: Lang): void {
  if (lang === "en") return;
  command.helpOption("-h, --help", t.helpOption);
  command.configureHelp({
    styleTitle: (title: string) =>
      ({ "Usage:": t.usage, "Options:": t.options, "Commands:": t.commands, "Arguments:": t.arguments, "Global Options:": t.options })[title] ?? title,
    optionDescription: (option: Option) => {
      const extra: string[] = [];
      if (option.argChoices) extra.push(`${t.choicesAre}${"："}${option.argChoices.join(", ")}`);
      if (option.defaultValue !== undefined && option.defaultValue !== false && !(Array.isArray(option.defaultValue) && option.defaultValue.length === 0)) {
        extra.push(`${t.defaultIs}${"："}${option.defaultValueDescription ?? JSON.stringify(option.defaultValue)}`);
      }
      return extra.length > 0 ? `${option.description}（${extra.join("，")}）` : option.description;
    },
  });
}

/** A new program for one command line (commander keeps what it parsed in the program). */
function buildProgram(t: Texts, lang: Lang, done: Done): Command {
  const program = new Command();
  program
    .name("breakdown")
    .description(t.programDescription)
    .version(TOOL_VERSION, "-V, --version", t.versionOption)
    .helpOption("-h, --help", t.helpOption)
    .helpCommand("help [command]", t.helpCommand)
    .addOption(langOption(t, lang))
    .showHelpAfterError(t.showHelpAfterError)
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
  localizeHelp(program, t, lang);
  addParse(program, t, lang, done);
  addSchema(program, t, lang);
  addDiff(program, t, lang, done);
  addServe(program, t, lang);
  for (const command of program.commands) localizeHelp(command, t, lang);
  return program;
}

/**
 * Run one command line (`argv` without the program's own name: `["parse", "a.docx", "-o", "out"]`)
 * and return its exit status: what was printed went to stdout and stderr. `env` decides the
 * language when `--lang` does not.
 */
export async function runProgram(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const lang = langOf(argv, env);
  const t = CLI_TEXTS[lang];
  let status: number = EXIT.OK;
  const program = buildProgram(t, lang, (s) => {
    status = s;
  });
  // `breakdown` alone: the help, and a status that says nothing was done.
  if (argv.length === 0) {
    process.stderr.write(program.helpInformation());
    return EXIT.NO_COMMAND;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return EXIT.OK;
      process.stderr.write(`${formatError(new BreakdownError("USAGE", detail("usage", { code: error.code, reason: error.message.replace(/^error: /, ""), quoted: [...error.message.matchAll(/'([^']*)'/g)].map((m) => m[1] as string) })), lang)}\n`);
      return EXIT.ERROR;
    }
    process.stderr.write(`${formatError(error, lang)}\n`);
    return EXIT.ERROR;
  }
}
