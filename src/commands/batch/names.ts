import { basename, dirname, extname, resolve, sep } from "node:path";

/**
 * The stem each input's outputs are named after (`stem.json`, `stem.csv`, `stem.units.csv`,
 * `stem.xlsx`), unique over the whole run, compared without case (Windows and macOS folders
 * ignore it). An input keeps its own base name unless another input shares it; then the
 * colliding inputs are told apart by their extension (`table-docx`, `table-txt`), else by
 * as many parent folders as it takes (`2023-table`, `2024-table`); a clash that is left (or
 * one with another stem's `.units`) gets `-2`, `-3`.
 */
export function outputStems(files: readonly string[]): string[] {
  const base = files.map((f) => basename(f, extname(f)));
  const ext = files.map((f) => extname(f).slice(1).toLowerCase());
  const parents = files.map((f) => resolve(dirname(f)).split(sep).filter(Boolean));
  const key = (s: string): string => s.toLowerCase();
  const withExt = files.map(() => false);
  const depth = files.map(() => 0);
  const nameOf = (i: number): string => {
    const p = parents[i] as string[];
    const folders = depth[i] === 0 ? [] : p.slice(-(depth[i] as number));
    const stem = [...folders, base[i] as string].join("-");
    return withExt[i] && ext[i] ? `${stem}-${ext[i]}` : stem;
  };
  // Tell colliding inputs apart, step by step: by extension first, then by the nearest parent
  // folder where their paths differ. Inputs that differ only in case stay colliding.
  for (let round = 0; round < 8; round++) {
    const groups = new Map<string, number[]>();
    files.forEach((_, i) => groups.set(key(nameOf(i)), [...(groups.get(key(nameOf(i))) ?? []), i]));
    let changed = false;
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      if (new Set(members.map((i) => ext[i])).size > 1 && members.some((i) => !withExt[i])) {
        members.forEach((i) => (withExt[i] = true));
        changed = true;
        continue;
      }
      const from = Math.max(...members.map((i) => depth[i] as number));
      const deepest = Math.max(...members.map((i) => (parents[i] as string[]).length));
      for (let d = from + 1; d <= deepest; d++) {
        const folder = (i: number): string => key((parents[i] as string[]).slice(-d).join("/"));
        if (new Set(members.map(folder)).size > 1) {
          members.forEach((i) => (depth[i] = d));
          changed = true;
          break;
        }
      }
    }
    if (!changed) break;
  }

  // Whatever still clashes (case only, or with another stem's `.units`) is numbered, first come first kept.
  const taken = new Set<string>();
  return files.map((_, i) => {
    const s = nameOf(i);
    let name = s;
    for (let n = 2; taken.has(key(name)) || taken.has(key(`${name}.units`)); n++) name = `${s}-${n}`;
    taken.add(key(name));
    taken.add(key(`${name}.units`));
    return name;
  });
}
