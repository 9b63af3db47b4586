import { BreakdownError } from "../../errors.js";
import type { Grid } from "../../model/grid.js";
import type { ResolvedParseOptions } from "../../options.js";

/** Read a .docx into a grid (mammoth → cheerio → dense grid). */
export async function readDocx(_bytes: Uint8Array, file: string, _options: ResolvedParseOptions): Promise<Grid> {
  throw new BreakdownError("UNSUPPORTED_FORMAT", "Reading .docx is not built yet.", { file });
}
