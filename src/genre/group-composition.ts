import type { ColumnField } from "../model/fields.js";
import { DUTY_VERB } from "./duties.js";
import { simplified } from "./script.js";
import { listPieces } from "./unit-groups.js";
import { readsAsUnit, readsAsUnitList } from "./units.js";

/**
 * Who a working group is made of, said in a sentence under its name rather than under labels
 * (综合协调组 / 王凯、张晓骏任组长，综合科、卫生计生科为成员单位。 / 由工商局局长程康年任组长，副局长田福任副组长。 /
 * 主要由县林业局、县公安局组成，主要职责是…): each clause names people or bodies and the role they hold in
 * it. Its head leads it (leaders); the bodies it is made of, that take part in it or that lead it are its
 * units; its deputies and members who are people are kept under their own words.
 */

export interface CompositionPart {
  /** The column it is kept under, and the field that column gives. */
  header: string;
  field: ColumnField;
  /** The value (names or bodies as printed, without the clause's role words: 由, 任组长, 为成员单位): offsets into the text. */
  value: [number, number];
}

export interface Composition {
  parts: CompositionPart[];
  /** Where the clauses that say who is in the group end (after their separator): the group's duty may follow. */
  end: number;
}

// A group's head and deputies by the post they hold in it.
const HEAD_POST = "组长|总指挥|指挥长|主任|队长|召集人";
// 王凯任组长 / 由城区办主任刘鹏任组长 / 校党委书记、校长担任组长.
// The post may be the group's office's (市科技局局长兼任办公室主任).
const OF_BODY = "(?:指挥部|办公室|领导小组|小组)?";
// A note in brackets may close the clause (…担任(特殊情况下由市长担任)).
const NOTE = "(?:[(\uff08][^()\uff08\uff09]{0,30}[)\uff09])?";
const HOLDS_POST = new RegExp(`^(由)?(.+?)(?:同志)?((?:担任|兼任|任|为)${OF_BODY}(副)?(?:${HEAD_POST})${NOTE})$`);
// 组长由副县长担任 / 副组长由…兼任 / 交通运输组的组长由主管交通的副镇长担任.
const POST_HELD_BY = new RegExp(`^((?:[^，,。；;]{2,16}?的)?(副)?(?:${HEAD_POST})由)(.+?)(?:同志)?((?:担任|兼任)${NOTE})$`);
// 电信支局的工作人员为成员: its members, bodies or people.
const ARE_MEMBERS_OF = /^(.+?)((?:等(?:单位|部门)?的|等?为(?:其)?)成员)$/;
// 办公室设在镇卫生院: where its office sits.
const OFFICE_AT = /^((?:[^，,。；;]{0,12}?)?办公室设在)(.+)$/;
// 市公安局为组长单位 / 组长单位为市公安局: the body that leads the group.
const LEADS_AS = /^(由)?(.+?)((?:担任|任|为)(副)?组长单位)$/;
const LEAD_BODY_IS = /^((副)?组长单位(?:为|是)[:：]?)(.+)$/;
// 综合科、卫生计生科为成员单位 / 成员单位为… / 成员单位由…组成.
const ARE_MEMBERS = /^(.+?)((?:等(?:单位|部门)?)?(?:为|是|作为)成员(?:单位|部门))$/;
// 指挥部成员为：市委宣传部、…、市燃气集团负责人 (the people who answer for each body: the bodies are its members).
const MEMBERS_ARE = /^((?:[^，,。；;:：]{0,12}?)成员(?:单位|部门)?(?:为|是|有|包括)[:：]?)(.+?)((?:等)?(?:单位|部门)?(?:的)?(?:主要)?负责人)?$/;
// (主要)由县林业局、县公安局组成 / 成员由其他校领导组成: bodies are its units, people its members.
// The bodies' kind may follow them (由民政、公安、建设等部门和单位组成: each a 部门 though named short).
const MADE_OF = /^((?:主要|成员|成员单位|成员部门|该组|本组)?由)(.+?)((?:等(?:有关|相关)?(?:单位|部门)?(?:[、和及](?:单位|部门))?|(?<!等)(?:部门|单位))?(?:共同|联合)?(?:抽调人员)?组成)$/;
// 由公安部门负责，…: the body given the group's work.
const GIVEN_TO = /^(由)(.+?)(负责)$/;
// 省三防办、有关单位参与 / 市直有关部门配合 / 市公安局牵头.
const TAKE_PART = /^(.+?)((?:等(?:有关|相关)?(?:单位|部门)?)?(?:参与|参加|配合|协助))$/;
const LEADS = /^(由)?(.+?)(牵头)$/;
// A clause ends at these; a list of people may run over one comma (…副主任王凯，卫生计生科科长张晓骏任组长).
const CLAUSE_END = /[，,；;。\n]/;
const SENTENCE_END = /[。\n]/;
// A value this long is no list of names or bodies; this many clauses at most are joined before their role word.
const MAX_VALUE = 400;
const MAX_JOINED = 3;

/** The composition said at the start of text[from, to), clause by clause, or null when its first clause says none. */
export function readComposition(text: string, from: number, to: number): Composition | null {
  const parts: CompositionPart[] = [];
  let end = from;
  let segStart = from;
  let joined = 0;
  let pos = from;
  while (pos < to) {
    const rest = text.slice(pos, to);
    const m = CLAUSE_END.exec(rest);
    const clauseEnd = m ? pos + m.index : to;
    const part = compositionClause(text, segStart, clauseEnd);
    const sep = m ? (m[0] as string) : "";
    if (part) {
      parts.push(part);
      end = m ? clauseEnd + 1 : clauseEnd;
      segStart = end;
      joined = 0;
      if (SENTENCE_END.test(sep)) {
        // A sentence said who is in the group: the next one may say more of it.
        pos = end;
        continue;
      }
    } else {
      joined++;
      // A list of people over a comma goes on to its role word; a sentence's end, or too many clauses, stops it.
      if (SENTENCE_END.test(sep) || sep === "" || joined >= MAX_JOINED) break;
    }
    pos = m ? clauseEnd + 1 : to;
  }
  return parts.length > 0 ? { parts, end } : null;
}

/** Are the pieces of the list all bodies (县林业局、县公安局)? */
function bodies(value: string): boolean {
  const pieces = listPieces(value);
  return pieces.length > 0 && readsAsUnitList(pieces);
}

/** Do most pieces read as bodies? Bodies a group is made of may be counted (14个乡(镇)人民政府). */
function mostlyBodies(value: string): boolean {
  const pieces = listPieces(value);
  return pieces.length > 0 && pieces.filter((p) => readsAsUnit(p)).length * 3 >= pieces.length * 2;
}

/**
 * Is the list people (posts and names)? Listed over a comma they hold no clause that says what is set up
 * or where (指挥部下设办公室).
 */
function people(value: string): boolean {
  return value.split(/[、，,]/).every((p) => p.length > 0 && p.length <= 30 && !DUTY_VERB.test(p.slice(0, 4))) && (!/[，,]/.test(value) || value.split(/[，,]/).every((p) => !/设|转为|负责(?!人)|由|在/.test(p)));
}

/** The part one clause text[start, end) says, or null. */
function compositionClause(text: string, start: number, end: number): CompositionPart | null {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const clause = simplified(raw.trim());
  const at = start + lead;
  if (clause.length < 3) return null;
  // The value's offsets in the clause: each group of the match is found after the one before it.
  const part = (header: string, field: ColumnField, groups: Array<string | undefined>, valueGroup: number): CompositionPart | null => {
    const value = groups[valueGroup] ?? "";
    if (value.length === 0 || value.length > MAX_VALUE) return null;
    let p = 0;
    for (const g of groups.slice(0, valueGroup)) if (g) p = clause.indexOf(g, p) + g.length;
    const i = clause.indexOf(value, p);
    return { header, field, value: [at + i, at + i + value.length] };
  };
  let m = HOLDS_POST.exec(clause);
  if (m && people(m[2] as string)) return m[4] ? part("副组长", "extra", [m[1], m[2], m[3]], 1) : part("组长", "leaders", [m[1], m[2], m[3]], 1);
  m = POST_HELD_BY.exec(clause);
  if (m && people(m[3] as string)) return m[2] ? part("副组长", "extra", [m[1], m[3], m[4]], 1) : part("组长", "leaders", [m[1], m[3], m[4]], 1);
  m = LEADS_AS.exec(clause);
  if (m && bodies(m[2] as string)) return m[4] ? part("副组长单位", "supportUnits", [m[1], m[2], m[3]], 1) : part("组长单位", "leadUnits", [m[1], m[2], m[3]], 1);
  m = LEAD_BODY_IS.exec(clause);
  if (m && bodies(m[3] as string)) return m[2] ? part("副组长单位", "supportUnits", [m[1], m[3]], 1) : part("组长单位", "leadUnits", [m[1], m[3]], 1);
  m = ARE_MEMBERS.exec(clause);
  if (m && bodies(m[1] as string)) return part("成员单位", "units", [m[1], m[2]], 0);
  m = ARE_MEMBERS_OF.exec(clause);
  if (m) {
    if (bodies(m[1] as string)) return part("成员单位", "units", [m[1], m[2]], 0);
    if (people(m[1] as string)) return part("成员", "extra", [m[1], m[2]], 0);
  }
  m = OFFICE_AT.exec(clause);
  if (m && (m[2] as string).length <= 30) return part("办公室", "extra", [m[1], m[2]], 1);
  m = MEMBERS_ARE.exec(clause);
  if (m && mostlyBodies(m[2] as string)) return part("成员单位", "units", [m[1], m[2], m[3]], 1);
  m = MADE_OF.exec(clause);
  if (m) {
    // Named as 部门 or 单位 by the words after them, short names (公安、消防) are bodies too.
    const kindSaid = /部门|单位/.test(m[3] as string) && (m[2] as string).split(/[、，,和及]/).every((p) => p.length >= 2 && p.length <= 12);
    if (kindSaid || mostlyBodies(m[2] as string)) return part("成员单位", "units", [m[1], m[2], m[3]], 1);
    if (people(m[2] as string)) return part("成员", "extra", [m[1], m[2], m[3]], 1);
  }
  m = TAKE_PART.exec(clause);
  if (m && mostlyBodies(m[1] as string)) return part("参与单位", "supportUnits", [m[1], m[2]], 0);
  m = GIVEN_TO.exec(clause);
  if (m && bodies(m[2] as string)) return part("责任单位", "units", [m[1], m[2], m[3]], 1);
  m = LEADS.exec(clause);
  if (m && bodies(m[2] as string)) return part("牵头单位", "leadUnits", [m[1], m[2], m[3]], 1);
  return null;
}
