import { describe, expect, it } from "vitest";
import { splitTitle } from "../../../src/read/text/title-split.js";

const cut = (text: string): [string, string] => {
  const { at } = splitTitle(text);
  return [text.slice(0, at), text.slice(at)];
};

describe("where a title run into its content ends", () => {
  it("ends a title on its noun where the content opens with an action (…融合发展|建设农产品…, 习惯培养|落实…)", () => {
    expect(cut("推进农村一二三产业融合发展建设农产品产地冷藏保鲜设施20个")[0]).toBe("推进农村一二三产业融合发展");
    expect(cut("习惯培养落实垃圾分类党建引领机制和四级联动机制")[0]).toBe("习惯培养");
    expect(cut("宣传教育加强垃圾分类宣传,普及分类知识")[0]).toBe("宣传教育");
  });

  it("never starts the content with a word that binds it to the title (…机制|和市、区…)", () => {
    const [, content] = cut("落实垃圾分类党建引领机制和市、区、街道四级联动机制,开展联动会议");
    expect(content).not.toMatch(/^[和与及的等]/);
  });

  it("never starts the content with the bound end of a word the cut would split (…革命资源|化利用)", () => {
    expect(cut("推进农村厕所革命资源化利用,农村卫生厕所普及率达到90%以上。")[0]).toBe("推进农村厕所革命");
    expect(cut("推进农村厕所革命资源化利用,农村卫生厕所普及率达到90%以上。")[1].startsWith("化")).toBe(false);
  });

  it("is sure only when both ends agree with the genre's wording", () => {
    expect(splitTitle("推进农村一二三产业融合发展建设农产品产地冷藏保鲜设施20个").confidence).toBeGreaterThan(0.9);
    expect(splitTitle("甲乙丙丁戊己庚辛壬癸子丑寅卯").confidence).toBe(0);
  });
});
