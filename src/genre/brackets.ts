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
  let depth = 0;
  for (const ch of text) depth += bracketStep(ch);
  return depth;
}
