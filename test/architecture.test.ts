import { describe, expect, it } from "vitest";
import { checkLayers } from "../scripts/check-layers.mjs";

describe("the source's layers (docs/architecture.md)", () => {
  it("has no import from a lower layer to a higher one, and no import cycle", () => {
    expect(checkLayers()).toEqual([]);
  });
});
