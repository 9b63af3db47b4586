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

// 市公安消防支队主要领导: a unit and, glued after it, the post that answers for it (a cell of 责任单位及责任人).
const UNIT_THEN_POST = /^(\S.*?\S)(主要领导|分管领导|主要负责同志|主要负责人|负责人)[。.]?$/;

/** The post named after a unit in one piece of a cell (…支队主要领导 → 主要领导), whether a leader's, or null. */
export function postAfterUnit(piece: string): { unit: string; post: string; at: number; leader: boolean } | null {
  const m = UNIT_THEN_POST.exec(piece);
  if (!m || !readsAsUnit(m[1] as string)) return null;
  const post = m[2] as string;
  return { unit: m[1] as string, post, at: (m[1] as string).length, leader: post.endsWith("领导") };
}
