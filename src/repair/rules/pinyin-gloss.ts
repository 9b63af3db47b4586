import type { RepairRule } from "../rule.js";
import { readerEditRule } from "./page-marker.js";

/**
 * Mirror sites that convert a page to traditional characters may gloss characters with their pinyin
 * (實(shí)事, 區(qū)政府). The reader cut the glosses out where a text has several; this rule records
 * each cut on the task and field it fell in.
 */
export const pinyinGloss: RepairRule = readerEditRule("pinyin-gloss", "Pinyin glosses a mirror site put after characters (實(shí)) removed from inside cells.");
