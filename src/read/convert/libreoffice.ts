import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { BreakdownError, detail } from "../../errors.js";
import { CONVERTED_TO_XLSX, type ConvertedFormat } from "../sniff.js";

/**
 * Old and other office formats (.doc, .wps, .rtf, .odt; .xls, .et, .ods) converted by LibreOffice
 * to the .docx or .xlsx the readers read: `soffice --headless --convert-to docx` in a temporary
 * directory of its own, with a profile of its own (so that it never shares a running instance's
 * or the user's settings, and two conversions at once do not meet), under a time limit (the whole
 * process group killed when it runs out), the directory removed afterwards.
 *
 * Macros: LibreOffice runs no document macro when it converts headless (nothing triggers the
 * document's events' scripts without a UI, and the default macro security level, High, runs only
 * signed macros from trusted places, of which the fresh profile has none); no flag passed touches
 * macros (only --headless, --convert-to and --outdir, and the profile). The profile this
 * module writes also sets Security/Scripting/DisableMacrosExecution and MacroSecurityLevel 3
 * (Very high), so a document's macros stay off whatever the installation's defaults.
 */

/** Environment variable naming the soffice program (else `soffice` is looked for on PATH). */
export const SOFFICE_ENV = "BREAKDOWN_SOFFICE";
/** Environment variable that sets the time limit, in milliseconds (tests shorten it). */
export const TIMEOUT_ENV = "BREAKDOWN_CONVERT_TIMEOUT_MS";
/**
 * How long a conversion may take. A one-page table converts in ~3 s on this 2-core machine with
 * a fresh profile (most of it LibreOffice starting); a real table takes no longer: nothing measured
 * a longer one, so this leaves room for a loaded machine and a long document.
 */
export const CONVERT_TIMEOUT_MS = 120_000;

/** The Debian packages that give soffice the filters each kind of file needs. */
const PACKAGE_WRITER = "libreoffice-writer-nogui";
const PACKAGE_CALC = "libreoffice-calc-nogui";

export interface Converted {
  bytes: Uint8Array;
  /** The program and its version: `LibreOffice 7.4.7.2`. */
  converter: string;
}

/** The soffice program: $BREAKDOWN_SOFFICE, or soffice / libreoffice on PATH; null when there is none. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const named = env[SOFFICE_ENV];
  if (named !== undefined && named !== "") return existsSync(named) ? named : null;
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    for (const name of ["soffice", "libreoffice"]) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
  }
  return null;
}

function timeoutMs(env: NodeJS.ProcessEnv): number {
  const n = Number(env[TIMEOUT_ENV]);
  return Number.isFinite(n) && n > 0 ? n : CONVERT_TIMEOUT_MS;
}

/** The private profile's settings: macros off (officecfg/registry/schema/org/openoffice/Office/Common.xcs, Security/Scripting). */
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
</oor:items>
`;

/** What is kept of soffice's output for an error message: its first lines say why; a runaway program's rest is not held. */
const MAX_OUTPUT_CHARS = 10_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Run soffice in a process group of its own; on the time limit the whole group is killed (soffice.bin is a child of the soffice script). */
function run(program: string, args: readonly string[], cwd: string, limit: number, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...env, HOME: cwd } });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (d: Buffer) => {
      if (stdout.length < MAX_OUTPUT_CHARS) stdout += d.toString("utf8");
    });
    child.stderr.on("data", (d: Buffer) => {
      if (stderr.length < MAX_OUTPUT_CHARS) stderr += d.toString("utf8");
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, limit);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      // A process the group left behind (a second soffice.bin) does not outlive the conversion.
      killGroup(child.pid);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // the group has already ended
  }
}

const versions = new Map<string, Promise<string>>();

/** `LibreOffice 7.4.7.2` from `soffice --version`, asked once per program. */
function converterVersion(program: string, dir: string, env: NodeJS.ProcessEnv): Promise<string> {
  let v = versions.get(program);
  if (!v) {
    v = run(program, ["--version"], dir, timeoutMs(env), env).then(
      (r) => /^(LibreOffice(?:Dev)?|OpenOffice)\s+([\d.]+)/m.exec(r.stdout)?.slice(1, 3).join(" ") ?? "LibreOffice",
      () => "LibreOffice",
    );
    versions.set(program, v);
  }
  return v;
}

/**
 * Convert `bytes` (sniffed as `from`) to .docx, or to .xlsx for a spreadsheet. Throws LEGACY_DOC
 * when there is no LibreOffice (naming the package to install), CONVERSION_TIMEOUT when it runs
 * out of time, CONVERSION_FAILED when it writes nothing.
 */
export async function convertWithLibreOffice(bytes: Uint8Array, file: string, from: ConvertedFormat, env: NodeJS.ProcessEnv = process.env): Promise<Converted> {
  const sheet = (CONVERTED_TO_XLSX as readonly string[]).includes(from);
  const to = sheet ? "xlsx" : "docx";
  const program = findSoffice(env);
  if (!program) {
    const pkg = sheet ? PACKAGE_CALC : PACKAGE_WRITER;
    throw new BreakdownError("LEGACY_DOC", detail("noLibreOffice", { format: from, to, pkg, env: SOFFICE_ENV }), { file });
  }
  const dir = await mkdtemp(join(tmpdir(), "breakdown-convert-"));
  try {
    const profile = join(dir, "profile");
    await mkdir(join(profile, "user"), { recursive: true });
    await writeFile(join(profile, "user", "registrymodifications.xcu"), PROFILE_SETTINGS);
    const input = join(dir, `input.${from}`);
    const out = join(dir, "out");
    await writeFile(input, bytes);
    const converter = await converterVersion(program, dir, env);
    const limit = timeoutMs(env);
    // The export filters by name (no shell: the name is one argument, spaces and all).
    const target = sheet ? "xlsx:Calc MS Excel 2007 XML" : "docx:MS Word 2007 XML";
    const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--convert-to", target, "--outdir", out, input];
    let result: Run;
    try {
      result = await run(program, args, dir, limit, env);
    } catch (error) {
      throw new BreakdownError("CONVERSION_FAILED", detail("conversionNotStarted", { program, format: from, reason: (error as Error).message }), { file, cause: error });
    }
    if (result.timedOut) {
      throw new BreakdownError("CONVERSION_TIMEOUT", detail("conversionTimeout", { format: from, to, seconds: Math.round(limit / 1000) }), { file });
    }
    const written = (await readdir(out).catch(() => [] as string[])).find((f) => f.toLowerCase().endsWith(`.${to}`));
    if (!written) {
      const said = `${result.stderr}\n${result.stdout}`.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !/javaldx|^convert /.test(l)).slice(0, 2).join(" ");
      throw new BreakdownError("CONVERSION_FAILED", detail("conversionFailed", { format: from, to, said: `exit ${result.code ?? result.signal}${said ? `: ${said}` : ""}` }), { file });
    }
    return { bytes: new Uint8Array(await readFile(join(out, written))), converter };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
