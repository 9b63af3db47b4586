import { describe, expect, it } from "vitest";
import { breakdownAsShown as breakdown, codeBlocks, readmeSection } from "../../support/readme-section.js";

const SECTION = readmeSection("pdf");
const blocks = (lang: string): string[] => codeBlocks(SECTION, lang);

describe("the README's section on reading PDF", () => {
  it("shows a command that prints what the section says it prints", async () => {
    const [command] = blocks("sh");
    const [printed] = blocks("text");
    expect(command).toMatch(/^breakdown parse fixtures\/pdf\/\S+\.pdf/);
    const result = await breakdown(command as string);
    expect(result.code).toBe(0);
    expect(result.output).toBe(printed);
  });

  it("shows the PDF_NO_TEXT error of a scan as the CLI prints it, what to do included", async () => {
    const shown = blocks("text")[1] as string;
    const file = /^error PDF_NO_TEXT: (\S+)/.exec(shown)?.[1];
    expect(file).toBeDefined();
    const result = await breakdown(`breakdown parse ${file} -o output`);
    expect(result.code).toBe(2);
    expect(result.output.startsWith(shown)).toBe(true);
  });
});
