import { z } from "zod";

/**
 * The corpus groups (fixtures/corpus/split.json). A group is set aside when it is filled, before the
 * reader is changed again, and revealed at the end of that round: a revealed group keeps being scored
 * but no longer measures overfitting, so each round puts a fresh group aside.
 */
export const GROUPS = ["worked-on", "set-aside-1", "set-aside-2", "set-aside-3", "set-aside-4", "set-aside-5", "set-aside-6", "set-aside-7", "set-aside-8", "set-aside-9", "set-aside-10", "set-aside-11", "set-aside-12", "set-aside-13", "set-aside-14", "set-aside-15", "set-aside-16", "set-aside-17", "set-aside-18", "set-aside-19", "set-aside-20", "composed"] as const;
export type CorpusGroup = (typeof GROUPS)[number];

/** How reports name each group. */
export const GROUP_LABELS: Record<CorpusGroup, string> = {
  "worked-on": "worked-on",
  "set-aside-1": "set-aside 1 (revealed)",
  "set-aside-2": "set-aside 2 (revealed)",
  "set-aside-3": "set-aside 3 (revealed)",
  "set-aside-4": "set-aside 4 (revealed)",
  "set-aside-5": "set-aside 5 (revealed)",
  "set-aside-6": "set-aside 6 (revealed)",
  "set-aside-7": "set-aside 7 (revealed)",
  "set-aside-8": "set-aside 8 (revealed)",
  "set-aside-9": "set-aside 9 (revealed)",
  "set-aside-10": "set-aside 10 (revealed)",
  "set-aside-11": "set-aside 11 (revealed)",
  "set-aside-12": "set-aside 12 (revealed)",
  "set-aside-13": "set-aside 13 (revealed)",
  "set-aside-14": "set-aside 14 (revealed)",
  "set-aside-15": "set-aside 15 (revealed)",
  "set-aside-16": "set-aside 16 (revealed)",
  "set-aside-17": "set-aside 17 (revealed)",
  "set-aside-18": "set-aside 18 (revealed)",
  "set-aside-19": "set-aside 19",
  "set-aside-20": "set-aside 20",
  composed: "composed",
};

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
// moment; real documents collected from here on go into it.
export const HIDDEN_GROUPS: readonly CorpusGroup[] = ["set-aside-19", "set-aside-20"];

const names = z.array(z.string());
export const SplitSchema = z
  .object({
    rule: z.string(),
    workedOn: names,
    /** Round 1's set-aside (fixed 2026-12-06 morning, revealed at the end of that round). */
    setAside: names,
    /** Round 2's set-aside (collected 2026-12-06 evening, revealed at the end of that round). */
    setAside2: names.default([]),
    /** Round 3's set-aside (collected 2026-12-06 night, revealed at the end of that round). */
    setAside3: names.default([]),
    /** Round 4's set-aside (collected 2026-12-07, revealed at the end of that round). */
    setAside4: names.default([]),
    /** Round 5's set-aside (collected 2026-12-07), placed only by this list. */
    setAside5: names.default([]),
    /** Round 6's set-aside (collected 2026-12-07), placed only by this list. */
    setAside6: names.default([]),
    /** Round 7's set-aside (collected 2026-12-07 while set-aside 6 was hidden), placed only by this list. */
    setAside7: names.default([]),
    /** Round 8's set-aside (collected later on 2026-12-07), placed only by this list. */
    setAside8: names.default([]),
    /** Round 9's set-aside (collected on 2026-12-07, fourth round), placed only by this list. */
    setAside9: names.default([]),
    /** Round 10's set-aside (collected on 2026-12-07, fourth round), placed only by this list. */
    setAside10: names.default([]),
    /** Round 11's set-aside (collected on 2026-12-07, fourth and fifth rounds), placed only by this list. */
    setAside11: names.default([]),
    /** Round 12's set-aside (collected on 2026-12-07, fifth round), placed only by this list. */
    setAside12: names.default([]),
    /** Round 13's set-aside (collected on 2026-12-07, fifth round), placed only by this list. */
    setAside13: names.default([]),
    /** Round 14's set-aside (collected on 2026-12-07, fifth round), placed only by this list. */
    setAside14: names.default([]),
    /** Round 15's set-aside (collected on 2026-12-07, sixth round), placed only by this list. */
    setAside15: names.default([]),
    /** Round 16's set-aside (collected on 2026-12-07, sixth round), placed only by this list. */
    setAside16: names.default([]),
    /** Round 17's set-aside (collected on 2026-12-07, seventh round), placed only by this list. */
    setAside17: names.default([]),
    /** Round 18's set-aside (collected on 2026-12-07, seventh and eighth rounds), placed only by this list. */
    setAside18: names.default([]),
    /** Round 19's set-aside (collected on 2026-12-07, eighth round), placed only by this list. */
    setAside19: names.default([]),
    /** Round 20's set-aside: every real document added from here on goes here. */
    setAside20: names.default([]),
  })
  .strict();
export type Split = z.infer<typeof SplitSchema>;

/**
 * The group of one document. A real document not yet placed by scripts/corpus-split.mjs belongs to
 * the newest set-aside group: it is kept out of sight until it is placed.
 */
export function groupOf(split: Split, name: string, composed: boolean): CorpusGroup {
  if (composed) return "composed";
  if (split.workedOn.includes(name)) return "worked-on";
  if (split.setAside.includes(name)) return "set-aside-1";
  if (split.setAside2.includes(name)) return "set-aside-2";
  if (split.setAside3.includes(name)) return "set-aside-3";
  if (split.setAside4.includes(name)) return "set-aside-4";
  if (split.setAside5.includes(name)) return "set-aside-5";
  if (split.setAside6.includes(name)) return "set-aside-6";
  if (split.setAside7.includes(name)) return "set-aside-7";
  if (split.setAside8.includes(name)) return "set-aside-8";
  if (split.setAside9.includes(name)) return "set-aside-9";
  if (split.setAside10.includes(name)) return "set-aside-10";
  if (split.setAside11.includes(name)) return "set-aside-11";
  if (split.setAside12.includes(name)) return "set-aside-12";
  if (split.setAside13.includes(name)) return "set-aside-13";
  if (split.setAside14.includes(name)) return "set-aside-14";
  if (split.setAside15.includes(name)) return "set-aside-15";
  if (split.setAside16.includes(name)) return "set-aside-16";
  if (split.setAside17.includes(name)) return "set-aside-17";
  if (split.setAside18.includes(name)) return "set-aside-18";
  if (split.setAside19.includes(name)) return "set-aside-19";
  return "set-aside-20";
}

export function isHidden(group: CorpusGroup): boolean {
  return HIDDEN_GROUPS.includes(group);
}
