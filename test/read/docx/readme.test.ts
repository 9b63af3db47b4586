import { describe, expect, it } from "vitest";
import { breakdownAsShown as breakdown, codeBlocks, readmeSection } from "../../support/readme-section.js";

const SECTION = readmeSection("docx");
const blocks = (lang: string): string[] => codeBlocks(SECTION, lang);

describe("the README's section on reading .docx", () => {
  it("shows a command that prints what the section says it prints", async () => {
    const [command] = blocks("sh");
    const [printed] = blocks("text");
    expect(command).toMatch(/^breakdown parse fixtures\/docx\/\S+\.docx/);
    const result = await breakdown(command as string);
    expect(result.code).toBe(0);
    expect(result.output).toBe(printed);
  });

  it("shows the NO_TABLE_FOUND error as the CLI prints it", async () => {
    const shown = blocks("text")[1] as string;
    const file = /^error NO_TABLE_FOUND: (\S+)/.exec(shown)?.[1];
    expect(file).toBeDefined();
    const result = await breakdown(`breakdown parse ${file} -o output`);
    expect(result.code).toBe(2);
    expect(result.output.startsWith(shown)).toBe(true);
  });
});
