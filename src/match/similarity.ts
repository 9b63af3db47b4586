/**
 * Similarity of two tasks, for matching them across versions: the Dice coefficient of the sets
 * of character bigrams of the normalized title, and of the content, weighted. Chinese has no
 * spaces, so words are not a reliable unit here; bigrams are the usual unit for Chinese text
 * retrieval and make a reworded sentence still share most of its pairs.
 */

/** Weight of the title in a task's similarity; the content has the rest. Content is longer and
 *  more particular to a task; titles are short and reused across years (`加强组织领导`). */
export const TITLE_WEIGHT = 1 / 3;
export const CONTENT_WEIGHT = 2 / 3;

/**
 * A pair of tasks with different numbers is matched only at or above this similarity. Measured on
 * the seed and fixtures/corpus: two different tasks of one table score at most 0.21 in the seed
 * (they share the genre's stock phrases: 全面推进, 各乡镇人民政府…) and 0.48 at worst in the corpus,
 * for two one-line targets (luan 2021: 地区生产总值增长8.5%以上 / 规上工业增加值增长9.5%以上); the
 * same target reissued with a new figure (chuzhou 2020 → 2024: 8%以上 → 7.5%) scores 0.58; a
 * retitled task with its content kept 0.93 (seed 2: 黄物 → 健全), a content that lost one of
 * its four sentences 0.96 (seed 14). Matching is greedy, most similar first, so a target that
 * kept its counterpart is paired with it before a lookalike is considered.
 */
export const MIN_SIMILARITY = 0.5;

/**
 * A pair with the same number needs less: the number is evidence too, so a task that kept its
 * number and title but had its measures rewritten is reported as modified, not removed + added.
 */
export const SAME_NUMBER_MIN_SIMILARITY = 0.3;

/** Interns bigrams as small integers so a text's profile is a sorted Int32Array. */
export class BigramDictionary {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  /** The distinct bigrams of a normalized text (a one-character text is its own unit). */
  profile(text: string): Int32Array {
    const chars = Array.from(text);
    const found = new Set<number>();
    if (chars.length === 1) found.add(this.id(chars[0] as string));
    for (let i = 0; i + 1 < chars.length; i++) found.add(this.id(`${chars[i]}${chars[i + 1]}`));
    return Int32Array.from(found).sort();
  }

  private id(gram: string): number {
    let id = this.ids.get(gram);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(gram, id);
    }
    return id;
  }
}

/** Size of the intersection of two sorted sets. */
export function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Dice coefficient from the shared count and the two set sizes; two empty texts are the same. */
export function dice(shared: number, sizeA: number, sizeB: number): number {
  if (sizeA + sizeB === 0) return 1;
  return (2 * shared) / (sizeA + sizeB);
}

export interface TaskProfile {
  title: Int32Array;
  content: Int32Array;
}

/**
 * Weighted similarity of two tasks from their title and content Dice. When both titles are
 * empty (tables with only a 主要内容 column), the content decides alone; when both contents
 * are empty, the title does.
 */
export function combine(titleDice: number, contentDice: number, a: TaskProfile, b: TaskProfile): number {
  const noTitles = a.title.length === 0 && b.title.length === 0;
  const noContents = a.content.length === 0 && b.content.length === 0;
  if (noTitles && !noContents) return contentDice;
  if (noContents && !noTitles) return titleDice;
  return TITLE_WEIGHT * titleDice + CONTENT_WEIGHT * contentDice;
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
