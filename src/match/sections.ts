import type { BreakdownDocument, Section } from "../model/document.js";
import type { Normalizer } from "./normalize.js";

/**
 * Where each section stands by what is printed: its parents' and its own level, number and title
 * (normalized), never its id. An id is the reader's: the same section can have another id in the
 * other version (三 and 三#2 when a split table repeated its row), so the diff compares paths.
 */
export function sectionPaths(sections: readonly Section[], normalize: Normalizer): Map<string, string> {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const paths = new Map<string, string>();
  const pathOf = (s: Section, depth: number): string => {
    const known = paths.get(s.id);
    if (known !== undefined) return known;
    const own = `${s.level}:${normalize(s.number)}:${normalize(s.title)}`;
    const parent = s.parent === null ? undefined : byId.get(s.parent);
    // A parent chain longer than the list of sections is a cycle in a hand-edited JSON: cut it.
    const path = parent && depth < sections.length ? `${pathOf(parent, depth + 1)}\u0000${own}` : own;
    paths.set(s.id, path);
    return path;
  };
  for (const s of sections) pathOf(s, 0);
  return paths;
}

/**
 * One section per path: a section printed again under the same number and title (a JSON written
 * before split tables were read as one, with 三 and 三#2) is the section printed first, and its
 * tasks and subsections are that section's. The document is returned as it is when no section
 * repeats, else a copy with the repeats taken out.
 */
export function mergeRepeatedSections(doc: BreakdownDocument, normalize: Normalizer): BreakdownDocument {
  const paths = sectionPaths(doc.sections, normalize);
  const first = new Map<string, string>();
  const alias = new Map<string, string>();
  for (const s of doc.sections) {
    const path = paths.get(s.id) as string;
    const kept = first.get(path);
    if (kept === undefined) first.set(path, s.id);
    else alias.set(s.id, kept);
  }
  if (alias.size === 0) return doc;
  const to = (id: string | null): string | null => (id === null ? null : (alias.get(id) ?? id));
  return {
    ...doc,
    sections: doc.sections.filter((s) => !alias.has(s.id)).map((s) => (alias.has(s.parent ?? "") ? { ...s, parent: to(s.parent) } : s)),
    tasks: doc.tasks.map((t) => (alias.has(t.section ?? "") ? { ...t, section: to(t.section) } : t)),
  };
}
