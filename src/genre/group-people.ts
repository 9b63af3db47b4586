import type { ColumnField } from "../model/fields.js";

/**
 * The people of a working group, printed in a bracket after its duty (…实行闭环管理。(组长:张尚俊,成员:各村卫生所所长)):
 * its head leads it (leaders); its deputy heads and members are kept under their own words (extra), as
 * the genre's tables list them apart from who answers for the work.
 */

// The words of a group's people that give a field: its head (组长, 总指挥, 指挥长) leads it; a contact is a contact.
const PEOPLE_WORDS: ReadonlyArray<readonly [RegExp, ColumnField]> = [
  [/^(?:组长|总指挥|指挥长|牵头领导|负责人)$/, "leaders"],
  [/^联系人$/, "contacts"],
  // Its member bodies (成员部门, 成员单位): the units that do its work.
  [/^(?:成员|组成)(?:部门|单位)$/, "units"],
];

// The words a group's people are labelled with (组长, 副总指挥, 成员单位, 组员).
const PEOPLE_TERM = /^(?:副?组长|副?总指挥|副?指挥长|成员|组员|(?:成员|组成)(?:部门|单位))$/;

/** Is the word a label of a working group's people (组长, 副组长, 成员单位)? */
export function isGroupPeopleWord(term: string): boolean {
  return PEOPLE_TERM.test(term);
}

/** The field a group's people label gives (组长 → leaders, 联系人 → contacts); deputies and members are kept under their own words (extra). */
export function groupPeopleField(label: string): ColumnField {
  return PEOPLE_WORDS.find(([re]) => re.test(label))?.[1] ?? "extra";
}
const LABEL = /(组长|副组长|牵头领导|负责人|联系人|成员|组员)\s*[:\uff1a]/g;
// The bracket closes the duty: at most a stop after it.
const CLOSING_BRACKET = /[(\uff08]([^()\uff08\uff09]+)[)\uff09]\s*[。.；;]?\s*$/;

export interface GroupPeopleLabel {
  label: string;
  field: ColumnField;
  /** Where the label begins, where its value begins and ends: offsets into the text given. */
  start: number;
  valueStart: number;
  valueEnd: number;
}

/**
 * The bracket of a group's people that closes text[from, to), when it opens with such a label (组长:…):
 * where the bracket begins and each label's value; null otherwise.
 */
export function groupPeople(text: string, from: number, to: number): { at: number; labels: GroupPeopleLabel[] } | null {
  const m = CLOSING_BRACKET.exec(text.slice(from, to));
  if (!m) return null;
  const inner = m[1] as string;
  const innerStart = from + m.index + 1;
  const hits = [...inner.matchAll(LABEL)];
  if (hits.length === 0 || hits[0]?.index !== 0) return null;
  const labels = hits.map((h, k): GroupPeopleLabel => {
    const label = h[1] as string;
    const next = hits[k + 1]?.index ?? inner.length;
    // The value runs to the next label, the comma before it no part of it.
    let end = next;
    while (end > (h.index as number) + h[0].length && /[\s,，、;；]/.test(inner[end - 1] as string)) end--;
    return { label, field: groupPeopleField(label), start: innerStart + (h.index as number), valueStart: innerStart + (h.index as number) + h[0].length, valueEnd: innerStart + end };
  });
  return { at: from + m.index, labels };
}
