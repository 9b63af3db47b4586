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

// How a regulation's article charges a body (市、县人民政府应当…, 民政部门应…): 应当, and 应 before a verb —
// not inside a word (应急, 应用, 相应, 适应, 供应).
export const OUGHT = /应当|(?<![相适响反供回答感报效理顺对])应(?![急用对届聘收付缴税有该是变声试征诉邀])(?=[\u4e00-\u9fa5])/;

// A body said to be in charge before its duty (各级民政部门是殡葬管理工作的主管部门，负责…): 是 and the office it holds.
export const IN_CHARGE = /是(?=[^，,。；;\n]{0,30}(?:主管部门|主管机关|责任主体|牵头部门|牵头单位|执法部门|监管部门|管理部门)[，,])/;

// The role a list of units is given under after 由 (由包片单位县气象局负责清除): the role's word, no part of a name.
export const ROLE_BEFORE_UNITS = /^(?:包片|责任|牵头|主责|承办)单位/;

// What gives the work to the units before their names: 由, and the role they are given it under (either alone too).
export const GIVEN_TO = new RegExp(`^由?(?:${ROLE_BEFORE_UNITS.source.slice(1)})?`);

/**
 * The first word in `text` that charges a body with its duty (a duty's verb, or 应当 / 应), found at `minIndex`
 * or after: the earliest of DUTY_VERB's and OUGHT's first matches there, or null.
 */
export function firstCharge(text: string, minIndex = 0): RegExpExecArray | null {
  return [DUTY_VERB.exec(text), OUGHT.exec(text)].filter((m): m is RegExpExecArray => m !== null && m.index >= minIndex).sort((a, b) => a.index - b.index)[0] ?? null;
}
