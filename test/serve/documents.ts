import { breakdownDocument, buildDocx } from "../../scripts/fixtures/build-docx.mjs";

/** Cell texts that would run script if a page put them into HTML. */
export const HOSTILE_TITLE = "<img src=x onerror=window.__pwned=1>";
export const HOSTILE_CONTENT = "<script>window.__pwned=1</script>加强网络安全管理。";

/**
 * A breakdown table as an office would send it in Word, whose first task's cells hold markup:
 * the review page must show them as text.
 */
export function hostileDocx(): Promise<Uint8Array> {
  return buildDocx(
    breakdownDocument({
      title: "某区网络安全工作任务分解表",
      columns: ["序号", "重点任务", "主要内容", "责任单位"],
      rows: [
        { section: "一、健全工作机制" },
        { cells: ["1", HOSTILE_TITLE, HOSTILE_CONTENT, "区网信办"] },
        { cells: ["2", "开展安全检查", "每季度开展一次网络安全检查。", "区网信办、区公安局"] },
      ],
    }),
    { pages: 1 },
  );
}
