/**
 * A sentence that sets a working group up, says who heads it and who is in it, then gives its duty:
 *   成立校园安全隐患排查领导小组，由校长担任组长，副校长、教务处主任等担任副组长，负责制定…
 * The group is the duty's units, its head its leader; who else is in it is kept as its composition.
 */

// The set-up verb, then the group's name up to the first comma: a body set up for the work.
const SET_UP = /^(?:成立|组建|设立)([^，,。；;:：]{2,30}?(?:领导小组|工作小组|小组|工作组|指挥部|专班|委员会|办公室|专项组))(?:[(（][^)）]{0,20}[)）])?[，,]/;
// Who heads it: 由校长担任组长 / 由县长任指挥长.
const HEAD = /由([^，,。；;、]{2,20}?)(?:担任|任)(?:组长|主任|指挥长|总指挥)/;
// Where its duty begins: 负责 (not 负责人, 负责同志).
const DUTY = /负责(?!人|同志)/;
// The composition before the duty is a few clauses at most.
const MAX_COMPOSITION = 120;

export interface GroupSetUp {
  /** Offsets into the line: the group's name, its head (if named), what stands between the name and the duty, where the duty begins. */
  group: [number, number];
  head: [number, number] | null;
  composition: [number, number];
  duty: number;
}

/** The set-up of a working group that opens `line` (成立X，由Y担任组长，…，负责…), or null. */
export function groupSetUp(line: string): GroupSetUp | null {
  const m = SET_UP.exec(line);
  if (!m) return null;
  const name = m[1] as string;
  const groupStart = line.indexOf(name);
  const after = m[0].length;
  const duty = DUTY.exec(line.slice(after));
  if (!duty || duty.index > MAX_COMPOSITION) return null;
  const dutyAt = after + duty.index;
  // The comma before the duty closes the composition; it is none of it.
  let compositionEnd = dutyAt;
  while (compositionEnd > after && /[\s，,]/.test(line[compositionEnd - 1] as string)) compositionEnd--;
  const composition = line.slice(after, compositionEnd);
  const head = HEAD.exec(composition);
  const headStart = head ? after + head.index + head[0].indexOf(head[1] as string) : -1;
  return {
    group: [groupStart, groupStart + name.length],
    head: head ? [headStart, headStart + (head[1] as string).length] : null,
    composition: [after, compositionEnd],
    duty: dutyAt,
  };
}
