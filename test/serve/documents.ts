import { breakdownDocument, buildDocx } from "../../scripts/fixtures/build-docx.mjs";

/** Cell texts that would run script if a page put them into HTML. */
export const HOSTILE_TITLE = "<img src=x onerror=window.__pwned=1>";
export const HOSTILE_CONTENT = "<script>window.__pwned=1</script>\u52a0\u5f3a\u7f51\u7edc\u5b89\u5168\u7ba1\u7406\u3002"; // …加强网络安全管理。

/**
 * A breakdown table as an office would send it in Word, whose first task's cells hold markup:
 * the review page must show them as text.
 */
export function hostileDocx(): Promise<Uint8Array> {
  return buildDocx(
    breakdownDocument({
      title: "\u67d0\u533a\u7f51\u7edc\u5b89\u5168\u5de5\u4f5c\u4efb\u52a1\u5206\u89e3\u8868", // 某区网络安全工作任务分解表
      columns: ["\u5e8f\u53f7", "\u91cd\u70b9\u4efb\u52a1", "\u4e3b\u8981\u5185\u5bb9", "\u8d23\u4efb\u5355\u4f4d"], // 序号 重点任务 主要内容 责任单位
      rows: [
        { section: "\u4e00\u3001\u5065\u5168\u5de5\u4f5c\u673a\u5236" }, // 一、健全工作机制
        { cells: ["1", HOSTILE_TITLE, HOSTILE_CONTENT, "\u533a\u7f51\u4fe1\u529e"] }, // 区网信办
        { cells: ["2", "\u5f00\u5c55\u5b89\u5168\u68c0\u67e5", "\u6bcf\u5b63\u5ea6\u5f00\u5c55\u4e00\u6b21\u7f51\u7edc\u5b89\u5168\u68c0\u67e5\u3002", "\u533a\u7f51\u4fe1\u529e\u3001\u533a\u516c\u5b89\u5c40"] }, // 开展安全检查 / 每季度开展一次网络安全检查。 / 区网信办、区公安局
      ],
    }),
    { pages: 1 },
  );
}
