import type { Locator } from "./locator.js";
import type { Stream } from "./stream.js";
import type { TextTable } from "./text-table.js";

export function readLabelled(_stream: Stream, _locator: Locator): TextTable | null {
  return null;
}
