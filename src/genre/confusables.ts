/**
 * Characters OCR reads for one another because they look alike (形近字). Used by the `ocr-hanzi`
 * repair only to raise its confidence in a phrase found elsewhere: a confusable pair is never
 * enough alone. Each group says where it comes from: a slip seen in a sample, or the pairs that
 * Chinese proofreading lists give as the classic look-alikes (not measured on our corpus).
 */
export interface ConfusableGroup {
  chars: readonly string[];
  source: string;
}

const PROOFREADING = "a classic look-alike pair of Chinese proofreading lists (形近字); not yet seen in our samples";

export const CONFUSABLE_GROUPS: readonly ConfusableGroup[] = [
  { chars: ["黄", "贯"], source: "seed row 2: 黄物落实 printed for 贯彻落实" },
  { chars: ["物", "彻"], source: "seed row 2: 黄物落实 printed for 贯彻落实" },
  // 一 for the dash —: the repair reads it only between two phrases the document prints elsewhere (ocr-hanzi.ts dashes).
  { chars: ["一", "—"], source: "seed row 5: 智慧林长一森林防火 printed for 智慧林长—森林防火" },
  { chars: ["己", "已", "巳"], source: PROOFREADING },
  { chars: ["未", "末"], source: PROOFREADING },
  { chars: ["士", "土"], source: PROOFREADING },
  { chars: ["日", "曰"], source: PROOFREADING },
  { chars: ["人", "入"], source: PROOFREADING },
  { chars: ["戊", "戌", "戍"], source: PROOFREADING },
  { chars: ["拨", "拔"], source: PROOFREADING },
  { chars: ["候", "侯"], source: PROOFREADING },
  { chars: ["治", "冶"], source: PROOFREADING },
  { chars: ["析", "折"], source: PROOFREADING },
  { chars: ["崇", "祟"], source: PROOFREADING },
  { chars: ["撤", "撒"], source: PROOFREADING },
  { chars: ["汩", "汨"], source: PROOFREADING },
];

const GROUP_OF = new Map<string, ConfusableGroup>();
for (const g of CONFUSABLE_GROUPS) for (const c of g.chars) GROUP_OF.set(c, g);

/** The characters `char` is confused with (not itself), or an empty list. */
export function confusablesOf(char: string): readonly string[] {
  return GROUP_OF.get(char)?.chars.filter((c) => c !== char) ?? [];
}

/** The group holding both characters, or undefined when they are not a listed look-alike pair. */
export function confusablePair(a: string, b: string): ConfusableGroup | undefined {
  const g = GROUP_OF.get(a);
  return g && a !== b && g.chars.includes(b) ? g : undefined;
}
