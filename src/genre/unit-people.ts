import { readNames } from "./names.js";
import { readsAsUnit } from "./units.js";

// 市民政局 伍泽国: a unit, blanks, and the person who answers for it (a column of 牵头单位及主要负责人).
const UNIT_THEN_PEOPLE = /^(\S.*?\S)[ \t\u3000]+([\u4e00-\u9fa5][\u4e00-\u9fa5 \t\u3000、,，]*[\u4e00-\u9fa5])$/;
const NO_NAMES: ReadonlySet<string> = new Set();

/** The people named after a unit in one piece of a cell (市民政局 伍泽国 → 伍泽国), or null. */
export function peopleAfterUnit(piece: string): { unit: string; people: string; at: number } | null {
  const m = UNIT_THEN_PEOPLE.exec(piece);
  if (!m) return null;
  const unit = m[1] as string;
  const people = m[2] as string;
  if (!readsAsUnit(unit) || readsAsUnit(people)) return null;
  const names = readNames(people, NO_NAMES, true);
  if (names.end !== people.length || names.names.length === 0) return null;
  return { unit, people, at: piece.length - people.length };
}

