import type { Lang } from "../i18n/lang.js";
import { reasonText as catalogueReason } from "../i18n/reasons.js";

/** A message or repair as the page shows it: its rule and its reason (English in the JSON: the contract). */
export interface Reasoned {
  ruleId: string;
  reason: string;
}

/**
 * The one place the review page gets the words for a message's or a repair's reason: the
 * reason in the page's language from the reasons catalogue (src/i18n/reasons.ts, keyed by rule
 * id and the reason's shape), as the workbook's 问题清单 says it.
 */
export function reasonText(lang: Lang, message: Reasoned): string {
  return catalogueReason(message.ruleId, message.reason, lang);
}
