import { describe, expect, it } from "vitest";
import { splitNames } from "../../src/genre/names.js";

describe("splitting a contacts or leaders cell into people", () => {
  it("keeps a post with the person after it, and a phone number with the person before it", () => {
    const none = new Set<string>();
    expect(splitNames("县委常委、副县长王五", none)).toEqual(["县委常委、副县长王五"]);
    expect(splitNames("副县长 李四、局长 王五", none)).toEqual(["副县长 李四", "局长 王五"]);
    expect(splitNames("赵六 电话\uff1a13600000003", none)).toEqual(["赵六 电话\uff1a13600000003"]);
    expect(splitNames("钱七\n0571-88886666", none)).toEqual(["钱七 0571-88886666"]);
  });

  it("reads posts listed apart (市长, 副市长) as leaders of their own", () => {
    expect(splitNames("市长,副市长", new Set())).toEqual(["市长", "副市长"]);
    expect(splitNames("县长、常务副县长、副县长", new Set())).toEqual(["县长", "常务副县长", "副县长"]);
  });

  it("takes a surname with a post (王局长, 李主任) for a person, and splits names run together", () => {
    expect(splitNames("李主任、张三", new Set())).toEqual(["李主任", "张三"]);
    expect(splitNames("王小明李四", new Set())).toEqual(["王小明", "李四"]);
    expect(splitNames("分管副县长", new Set())).toEqual(["分管副县长"]);
  });

  it("splits no list inside a bracket (党政(人大、政协)办公室副主任王某), and reads 校长 as a post listed apart", () => {
    expect(splitNames("党政（人大、政协）办公室副主任王某，卫生科科长张某", new Set())).toEqual(["党政（人大、政协）办公室副主任王某", "卫生科科长张某"]);
    expect(splitNames("张三(组长)、李四", new Set())).toEqual(["张三(组长)", "李四"]);
    expect(splitNames("校党委书记、校长", new Set())).toEqual(["校党委书记", "校长"]);
  });

  it("reads a two-character name padded to three characters' width (吕  乐) as one person", () => {
    expect(splitNames("吕  乐", new Set())).toEqual(["吕  乐"]);
    expect(splitNames("吕  乐、毛丕显", new Set())).toEqual(["吕  乐", "毛丕显"]);
    expect(splitNames("张三 李四", new Set())).toEqual(["张三", "李四"]);
  });
});
