import type { RepairRule } from "../rule.js";
import { readerEditRule } from "./page-marker.js";

/**
 * Forums copy-protect a post by putting runs of ASCII scraps between its lines and around its
 * sentences (Discuz: `) Y3 J/ M3 J" R! Z`). The reader cut the runs out where a text has several;
 * this rule records each cut on the task and field it fell in.
 */
export const forumJammer: RepairRule = readerEditRule("forum-jammer", "A forum's anti-copy noise (runs of ASCII scraps) removed from inside cells.");
