/**
 * The brackets a unit's name or a list may carry its own words in (各县〔市、区〕政府〔管委会〕,
 * 各区县政府<南太湖新区、长合区管委会>, 县发改局（牵头）): a list is never cut inside one.
 */
const OPENERS = new Set(["(", "（", "[", "［", "【", "〔", "<", "〈", "《"]);
const CLOSERS = new Set([")", "）", "]", "］", "】", "〕", ">", "〉", "》"]);

/** How a character changes the bracket depth: +1 opens, -1 closes, 0 neither. */
export function bracketStep(ch: string): -1 | 0 | 1 {
  return OPENERS.has(ch) ? 1 : CLOSERS.has(ch) ? -1 : 0;
}

/** How many brackets `text` leaves open at its end (negative when it closes more than it opens). */
export function bracketDepth(text: string): number {
  return depthBy(text, bracketStep);
}

// The brackets a field's own words are printed in, which a cut inside leaves unpaired: round and
// lenticular (（ ） 〔 〕 【 】), not the ASCII [ of a terminal's escape nor a title's 《》.
const ROUND_OPENERS = new Set(["(", "（", "〔", "【"]);
const ROUND_CLOSERS = new Set([")", "）", "〕", "】"]);

/** bracketDepth counting only round and lenticular brackets. */
export function roundBracketDepth(text: string): number {
  return depthBy(text, (ch) => (ROUND_OPENERS.has(ch) ? 1 : ROUND_CLOSERS.has(ch) ? -1 : 0));
}

function depthBy(text: string, step: (ch: string) => number): number {
  let depth = 0;
  for (const ch of text) depth += step(ch);
  return depth;
}

/**
 * Does `text` leave a bracket or a quotation open at its end (张娟代表提出的“关于…: the quotation goes on)?
 * A title cut there would end inside the words it quotes.
 */
export function leavesOpen(text: string): boolean {
  const count = (c: string): number => text.split(c).length - 1;
  return bracketDepth(text) > 0 || count("“") > count("”") || count("‘") > count("’") || count("「") > count("」") || count('"') % 2 === 1;
}
