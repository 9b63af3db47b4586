import type { Lang } from "../i18n/lang.js";

/** A message or repair as the page shows it: its rule and its reason (English in the JSON: the contract). */
export interface Reasoned {
  ruleId: string;
  reason: string;
}

/**
 * The one place the review page gets the words for a message's or a repair's reason: the
 * reason in the page's language where a catalogue keyed by rule id has it, else the JSON's
 * English reason. No reasons catalogue is wired in yet, so this answers the English reason in
 * both languages.
 */
export function reasonText(lang: Lang, message: Reasoned): string {
  void lang;
  return message.reason;
}
