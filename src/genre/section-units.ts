import { looksLikeUnit } from "./units.js";
import { simplified } from "./script.js";

// The count a problem list prints after the unit it groups by: 鹿城镇(14个), 区城管局(共5项), 某街道 3条.
const COUNT_TAIL = /\s*[(（]?\s*(?:共|计)?\s*\d{1,4}\s*(?:个|项|条|处|件)(?:问题)?\s*[)）]?\s*$/;
// Places a list is grouped by, which the unit suffixes do not all cover: 鹿城镇, 城关乡, 东城街道.
const PLACE_END = /(?:镇|乡|街道|街道办|街道办事处|社区|管委会)$/;
// Headings that name a kind of work, not who does it (组织领导, 工作专班 are a plan's own parts).
const WORK_WORDS = /(?:领导|保障|措施|机制|要求|任务|目标|工作|情况|问题|意见|安排|步骤|原则|思路)$/;

/**
 * The unit a section heading names, when the heading is only a unit's name (with the count a
 * problem list prints after it): 二、存在问题 / (一)鹿城镇(14个) / 1.… — the group names who must
 * act. Null when the heading says anything else.
 */
export function sectionUnit(title: string): string | null {
  const name = title.replace(COUNT_TAIL, "").trim();
  if (name.length < 2 || name.length > 20) return null;
  if (/[\s，,。:：;；、“”"]/.test(name)) return null;
  const plain = simplified(name);
  if (WORK_WORDS.test(plain)) return null;
  return looksLikeUnit(plain) || PLACE_END.test(plain) ? name : null;
}
