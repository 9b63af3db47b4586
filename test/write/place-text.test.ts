import { describe, expect, it } from "vitest";
import { describePlace } from "../../src/write/place-text.js";

describe("describePlace", () => {
  it("says a place in extracted text by page, line and character offsets", () => {
    expect(describePlace({ offset: 263, end: 264, line: 2, page: 1 })).toBe("第1页 第2行 字符263–264");
    expect(describePlace({ offset: 5, end: 5, line: 1 })).toBe("第1行 字符5");
  });

  it("says a place in a .docx by table, row and column counted from 1", () => {
    expect(describePlace({ table: 0, row: 3, column: 2 })).toBe("表1 第4行 第3列");
    expect(describePlace({ table: 1 })).toBe("表2");
  });

  it("says nothing for an unknown place", () => {
    expect(describePlace({})).toBe("");
  });
});
