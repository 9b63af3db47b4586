import type { WorkDoc } from "../model/work.js";
import type { RepairRule } from "./rule.js";
import { pageMarker } from "./rules/page-marker.js";
import { pinyinGloss } from "./rules/pinyin-gloss.js";
import { forumJammer } from "./rules/forum-jammer.js";
import { htmlSpace } from "./rules/html-space.js";
import { lostBlank } from "./rules/lost-blank.js";
import { interleavedCells } from "./rules/interleaved-cells.js";
import { ocrPeriod } from "./rules/ocr-period.js";
import { duplicateSentence } from "./rules/duplicate-sentence.js";
import { ocrLatin } from "./rules/ocr-latin.js";
import { ocrHanzi } from "./rules/ocr-hanzi.js";
import { quotePair } from "./rules/quote-pair.js";
import { unitsInText } from "./rules/units-in-text.js";
import { unitsOpening } from "./rules/units-opening.js";
import { unitTitle } from "./rules/unit-title.js";
import { deadlineOpening } from "./rules/deadline-opening.js";
import { unitsAfter } from "./rules/units-after.js";
import { unitRoles } from "./rules/unit-roles.js";
import { unitEtc } from "./rules/unit-etc.js";
import { unitMark } from "./rules/unit-mark.js";
import { unitsCharged } from "./rules/units-charged.js";
import { firstLeads } from "./rules/first-leads.js";
import { unitPeople } from "./rules/unit-people.js";
import { sectionUnitRule } from "./rules/section-unit.js";
import { sectionLeadRule } from "./rules/section-lead.js";
import { ordinalTwice } from "./rules/ordinal-twice.js";
import { unitAlias } from "./rules/unit-alias.js";
import { sectionLeadersRule } from "./rules/section-leaders.js";
import { garbledRow } from "./rules/garbled-row.js";
import { missingRow } from "./rules/missing-row.js";
import { fieldCheck } from "./rules/field-check.js";

/**
 * The repair rules, in the order they run. Order matters: page markers are recorded while
 * fields still map one to one onto the source; cells are joined before sentences are
 * compared; 。 is restored before repeated sentences are found; OCR letters are fixed
 * before quotes look for the terms the document quotes elsewhere; OCR'd Chinese characters are
 * repaired after the letters (智Ji林长 counts as 智慧林长 when phrases are compared) and after
 * duplicate sentences are cut (a repeated sentence would print a slip's evidence twice); units
 * left at the end of a task's wording are taken out before their roles are read; units opening a
 * wording only once no section heading has given the task its own; a trailing 等 is cut from the units
 * once every rule that finds units has run (卫生、建设等部门负责… gives its units last); rows are placed last.
 */
export const RULES: readonly RepairRule[] = [
  pageMarker,
  pinyinGloss,
  forumJammer,
  htmlSpace,
  lostBlank,
  interleavedCells,
  ocrPeriod,
  duplicateSentence,
  ocrLatin,
  ocrHanzi,
  quotePair,
  unitsInText,
  unitsAfter,
  unitRoles,
  unitPeople,
  firstLeads,
  sectionUnitRule,
  sectionLeadRule,
  unitAlias,
  sectionLeadersRule,
  unitsOpening,
  unitTitle,
  unitEtc,
  unitMark,
  unitsCharged,
  deadlineOpening,
  ordinalTwice,
  garbledRow,
  missingRow,
  fieldCheck,
];

export function repairDocument(doc: WorkDoc, rules: readonly RepairRule[] = RULES): WorkDoc {
  return rules.reduce((d, rule) => rule.apply(d), doc);
}

export type { RepairRule };
