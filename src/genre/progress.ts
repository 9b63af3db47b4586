/**
 * How a progress report (进展情况, 完成情况, 落实情况) begins: with the time it reports on (截至11月底,
 * 前三季度, 1-11月, 今年以来) or with what is done (已完成, 目前, 累计). A task's own wording rarely
 * begins so: it says what to do, not what was done.
 */
export const PROGRESS_OPENER =
  /^\s*(?:截至|截止|截止到|目前|当前|现已|已|今年以来|年初以来|本年度|全年|(?:\d{4}\s*年度?|今年|本年)?(?:前三季度|[一二三四1-4]季度|第[一二三四1-4]季度|上半年|下半年)|\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月|\d{1,2}\s*月(?:份|底|末)?[,，]|\d{4}\s*年\s*\d{1,2}\s*月(?:份|底|末)?[,，]|累计|共完成|共计|完成|全面完成|基本完成|正在|持续推进中|按计划|按序时|(?:此项|该项|该件|本项)(?:工作|任务|实事|项目)?(?:已|均已|正在))/;

/** Whether a sentence reads as the start of a progress report. */
export function opensProgress(text: string): boolean {
  return PROGRESS_OPENER.test(text);
}
