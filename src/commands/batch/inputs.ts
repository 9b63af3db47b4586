import { readdir, stat } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { BreakdownError, detail } from "../../errors.js";

/**
 * What folders and patterns pick up: every format breakdown reads (the legacy and spreadsheet ones
 * through LibreOffice). A file named on the command line is read whatever it is called.
 */
export const INPUT_EXTENSIONS = [".docx", ".txt", ".pdf", ".doc", ".wps", ".rtf", ".odt", ".xlsx", ".xls", ".et", ".ods", ".html", ".htm"] as const;

export interface ExpandedInputs {
  /** Files to convert, in a stable order (arguments in order, each folder's files sorted by path). */
  files: string[];
  /** Arguments that named nothing usable: each is reported as a failed input. */
  problems: Array<{ input: string; error: BreakdownError }>;
  /** A folder or a pattern was given: the run is a batch, however many files it found. */
  expanded: boolean;
}

const GLOB_CHARS = /[*?[\]{}]/;

function wanted(name: string): boolean {
  const lower = name.toLowerCase();
  // Word's lock file (~$table.docx) and hidden files are not documents.
  if (name.startsWith("~$") || name.startsWith(".")) return false;
  return INPUT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

async function walk(dir: string, out: string[], skip: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const path = join(dir, e.name);
    // The run's own output folder is not read back (its workbooks are .xlsx).
    if (e.isDirectory()) {
      if (!skip.has(resolve(path))) await walk(path, out, skip);
    }
    else if (e.isFile() && wanted(e.name)) out.push(path);
  }
}

async function kindOf(path: string): Promise<"file" | "dir" | "other" | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? "file" : s.isDirectory() ? "dir" : "other";
  } catch {
    return null;
  }
}

/**
 * Turn the command line's inputs into files: a file as named, a folder's documents of the formats
 * breakdown reads (recursively, hidden files, Word lock files and `skipFolders` — the run's output
 * folder — skipped), a glob pattern's matches (for shells
 * that do not expand it, or a quoted `"dir/**\/*.docx"`). The same file named twice is read once.
 */
export async function expandInputs(inputs: readonly string[], options: { skipFolders?: readonly string[] } = {}): Promise<ExpandedInputs> {
  const skip = new Set((options.skipFolders ?? []).map((f) => resolve(f)));
  const files: string[] = [];
  const problems: ExpandedInputs["problems"] = [];
  const seen = new Set<string>();
  let expanded = false;
  const add = (path: string): void => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(path);
  };
  for (const input of inputs) {
    const kind = await kindOf(input);
    if (kind === "file") {
      add(input);
    } else if (kind === "dir") {
      expanded = true;
      const found: string[] = [];
      try {
        await walk(input, found, skip);
      } catch (error) {
        problems.push({ input, error: new BreakdownError("INPUT_NOT_FOUND", detail("folderUnreadable"), { file: input, cause: error }) });
        continue;
      }
      if (found.length === 0) problems.push({ input, error: new BreakdownError("INPUT_NOT_FOUND", detail("folderEmpty", { extensions: [...INPUT_EXTENSIONS] }), { file: input }) });
      found.forEach(add);
    } else if (kind === null && GLOB_CHARS.test(input)) {
      expanded = true;
      // Loaded only for patterns: most runs name files and folders.
      const { glob } = await import("tinyglobby");
      const inSkipped = (p: string): boolean => [...skip].some((d) => resolve(p).startsWith(`${d}/`));
      const found = (await glob([input], { onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(input) })).filter((p) => wanted(p.slice(p.lastIndexOf("/") + 1)) && !inSkipped(p)).sort();
      if (found.length === 0) problems.push({ input, error: new BreakdownError("INPUT_NOT_FOUND", detail("patternUnmatched", { extensions: [...INPUT_EXTENSIONS] }), { file: input }) });
      found.forEach(add);
    } else {
      const why = kind === "other" ? detail("notFileOrFolder") : detail("fileNotFound");
      problems.push({ input, error: new BreakdownError("INPUT_NOT_FOUND", why, { file: input }) });
    }
  }
  return { files, problems, expanded };
}
