import { describe, expect, it } from "vitest";
import { catalogue, langFromAcceptLanguage, langFromEnv } from "../../src/i18n/lang.js";

describe("langFromEnv", () => {
  it("reads LC_ALL before LANG, Chinese for zh_* and when unset", () => {
    expect(langFromEnv({ LANG: "zh_CN.UTF-8" })).toBe("zh");
    expect(langFromEnv({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(langFromEnv({ LC_ALL: "en_GB.UTF-8", LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(langFromEnv({ LC_ALL: "", LANG: "zh_TW.UTF-8" })).toBe("zh");
    expect(langFromEnv({})).toBe("zh");
    expect(langFromEnv({ LANG: "C.UTF-8" })).toBe("zh");
  });
});

describe("langFromAcceptLanguage", () => {
  it("takes the best-quality zh or en range", () => {
    expect(langFromAcceptLanguage(undefined)).toBe("zh");
    expect(langFromAcceptLanguage("en-US,en;q=0.9")).toBe("en");
    expect(langFromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(langFromAcceptLanguage("en;q=0.5,zh-TW;q=0.8")).toBe("zh");
    expect(langFromAcceptLanguage("fr-FR,en;q=0.7")).toBe("en");
    expect(langFromAcceptLanguage("fr-FR")).toBe("zh");
    expect(langFromAcceptLanguage("zh;q=0,en")).toBe("en");
  });
});

describe("catalogue", () => {
  it("gives each language its own entries", () => {
    const c = catalogue({ hello: "你好", count: (p: { n: number }) => `${p.n} 项` }, { hello: "Hello", count: (p) => `${p.n} items` });
    expect(c.zh.hello).toBe("你好");
    expect(c.en.count({ n: 3 })).toBe("3 items");
    // @ts-expect-error a key missing in English fails the build
    catalogue({ a: "甲", b: "乙" }, { a: "A" });
  });
});
