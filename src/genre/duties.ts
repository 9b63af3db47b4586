/**
 * How a duty is said after the units that hold it (省统计局负责…, 区委农办要结合…, 学生处、各学院要…):
 * the verbs and modals that open a unit's duty. Taught once; the duty-lines reader and the
 * units-opening rule read duties by them.
 */

// The verbs a duty begins with, after the units that hold it.
// 要 too (区委农办要结合…), not inside a word (重要, 要素).
// 负责人 (…科室负责人担任联络员) and 负责同志 are people, not the verb; 负责人口普查 is the verb.
export const DUTY_VERB = /负责(?!人(?:担任|为|是|[,，、:：；;。\s]|$)|同志)|牵头|承担|配合|协助|协同|参与|督促|指导|会同|(?<![重主需必只纪])要(?![求点素件])/;

// Words that say the unit must act (要, 应, 须) rather than what it does: no part of the duty's wording.
export const DUTY_MODAL = /^(?:要|应当|应|须|必须)$/;
