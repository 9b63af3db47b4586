import { z } from "zod";

/**
 * The corpus groups (fixtures/corpus/split.json). A group is set aside when it is filled, before the
 * reader is changed again, and revealed at the end of that round: a revealed group keeps being scored
 * but no longer measures overfitting, so each round puts a fresh group aside. Set-aside N is listed in
 * split.json under `setAside` (N = 1) or `setAsideN`.
 */
export const SET_ASIDES = 26;
/** Set-asides 1 to REVEALED are revealed; the later ones are hidden (see HIDDEN_GROUPS). */
export const REVEALED = 24;

export type CorpusGroup = "worked-on" | "composed" | `set-aside-${number}`;
const setAsides: readonly number[] = Array.from({ length: SET_ASIDES }, (_, i) => i + 1);
export const GROUPS: readonly CorpusGroup[] = ["worked-on", ...setAsides.map((n): CorpusGroup => `set-aside-${n}`), "composed"];

/** The key of set-aside N's list in split.json. */
export function splitKey(n: number): "setAside" | `setAside${number}` {
  return n === 1 ? "setAside" : `setAside${n}`;
}

/** Groups whose documents are shown only in aggregate (names, rows, failures hidden) unless revealed. */
// Set-aside 5 (collected 2026-12-07) was measured hidden at 02:41 that day and then revealed; set-aside 6
// (collected after it) was measured hidden at collection and twice after changes, then revealed; set-aside 7
// (collected 2026-12-07 while set-aside 6 was still hidden) was measured at collection and, once a change
// had been guided by a helper's description of one of its documents, revealed; set-aside 8 (collected
// later that day) was measured hidden at collection and again after the round's changes, then revealed.
// Set-aside 9 (collected 2026-12-07, fourth round) was measured hidden at collection and again after
// that round's changes, the same both times, then revealed. Set-aside 10 (collected later that round)
// was measured at collection and again after the round's changes to set-aside 9's failures, the same,
// then revealed. Set-aside 11 (3 documents collected in the fourth round, 16 more in the fifth) was
// measured hidden at collection of all 19, then revealed. Set-aside 12 (collected in the fifth round) was
// measured hidden at collection and again after that round's first changes, the same both times, then
// revealed. Set-aside 13 (collected later in the fifth round) was measured hidden at collection, then
// revealed. Set-aside 14 (collected at the end of the fifth round) was measured hidden at collection, then
// revealed. Set-aside 15 (collected in the sixth round, 2026-12-07) was measured hidden at collection, with
// the reader of that round's start and of the moment, then revealed. Set-aside 16 (collected later in the
// sixth round) was measured hidden at collection, with the reader of that moment and of the round's start,
// then revealed. Set-aside 17 (61 documents collected by three helpers in the seventh round) was measured
// hidden after that round's first changes, the same as with the reader of the round's start, then revealed.
// Set-aside 18 (41 documents collected in the seventh round while set-aside 17 was worked on, 6 more at its
// end, 32 more early in the eighth) was measured hidden at the seventh round's end and kept hidden, measured
// again after the eighth round's first changes (the same readings as with that round's starting reader,
// fewer silent errors), then revealed. Set-aside 19 (26 documents collected later in the eighth round) was
// measured hidden at that round's end, with its reader and with the reader of its start, and kept hidden for
// the next round to measure its changes on. Set-aside 20 (50 documents collected by two helpers at the start
// of the ninth round, 2026-12-07) was measured hidden with the reader of that round's start and of the
// moment, then revealed at the start of the tenth round (2026-12-07) together with set-aside 19, both
// measured twice hidden. Set-aside 21 (49 documents collected by two helpers at the start of the tenth
// round) was measured hidden with the reader of that round's start and of its end, then revealed at the start
// of the eleventh round. Set-aside 22 (48 documents collected by three helpers at the start of the eleventh
// round) was measured hidden with the reader of that round's start and of its end (a use of the helpers'
// layout descriptions is in that round's note), then revealed at the start of the twelfth round
// (2026-12-07). Set-aside 23 (59 documents collected by three helpers at the start of the twelfth round) was
// measured hidden with the reader of that round's start and of its end, then revealed at the start of the
// thirteenth round (2026-12-07). Set-aside 24 (46 documents collected by four helpers later in the twelfth
// round) was measured hidden with the reader of that round's start and end and of the thirteenth round's
// end, then revealed at the start of the fourteenth round (2026-12-08). Set-aside 25 (24 documents collected
// by two helpers early in the thirteenth round, while its first changes were made, and 16 by two more after
// its last change to the reader) was measured with that round's start and end readers and is kept hidden to
// measure the fourteenth round's changes. Set-aside 26 (20 documents collected by two helpers early in the
// fourteenth round, while its first changes were made) is hidden too, to measure the next round.
export const HIDDEN_GROUPS: readonly CorpusGroup[] = setAsides.filter((n) => n > REVEALED).map((n): CorpusGroup => `set-aside-${n}`);

/** How reports name each group. */
export const GROUP_LABELS: Readonly<Record<CorpusGroup, string>> = Object.fromEntries(
  GROUPS.map((g) => [g, g.startsWith("set-aside-") ? `set-aside ${g.slice(10)}${HIDDEN_GROUPS.includes(g) ? "" : " (revealed)"}` : g]),
) as Record<CorpusGroup, string>;

const names = z.array(z.string());
/** An older split.json without the later lists still reads (each defaults to empty). */
const laterLists = Object.fromEntries(setAsides.slice(1).map((n) => [splitKey(n), names.default([])]));
/** split.json: the worked-on list, then set-aside 1's (`setAside`) and set-aside N's (`setAsideN`). */
export type Split = { rule: string; workedOn: string[]; setAside: string[]; [key: `setAside${number}`]: string[] | undefined };
export const SplitSchema: z.ZodType<Split> = z
  .object({
    rule: z.string(),
    workedOn: names,
    /** Round 1's set-aside (fixed 2026-12-06 morning, revealed at the end of that round). */
    setAside: names,
    ...laterLists,
  })
  .strict();

/** Set-aside N's list of document names. */
export function setAsideList(split: Split, n: number): readonly string[] {
  const key = splitKey(n);
  return (key === "setAside" ? split.setAside : split[key]) ?? [];
}

/**
 * The group of one document. A real document not yet placed by scripts/corpus-split.mjs belongs to
 * the newest set-aside group: it is kept out of sight until it is placed.
 */
export function groupOf(split: Split, name: string, composed: boolean): CorpusGroup {
  if (composed) return "composed";
  if (split.workedOn.includes(name)) return "worked-on";
  const n = setAsides.find((k) => setAsideList(split, k).includes(name)) ?? SET_ASIDES;
  return `set-aside-${n}`;
}

export function isHidden(group: CorpusGroup): boolean {
  return HIDDEN_GROUPS.includes(group);
}
