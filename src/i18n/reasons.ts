import { catalogue, type Lang } from "./lang.js";

/**
 * The reason of a repair or a message, in the reader's language. The JSON's `reason` is English
 * (the contract); the workbook's 问题清单, the cells' notes and the terminal show it from here,
 * keyed by its `ruleId`:
 *
 * - RULE_TEXTS: what each rule does, one sentence per language. Every ruleId the code can emit
 *   has one (test/i18n/reasons.test.ts collects them from the source), so no reason is ever shown
 *   in English under Chinese.
 * - REASON_PATTERNS: the finer sentences. A rule's English reasons have a few fixed shapes with
 *   the document's own words in them (a number, a 「quoted text」); each shape is matched and said
 *   again in Chinese with the same values. A reason no shape matches is shown as its rule's
 *   sentence (RULE_TEXTS), followed by the quoted texts it names.
 *
 * A new rule: add its sentence to RULE_TEXTS (both languages), and its reasons' shapes here.
 */
export const RULE_TEXTS = catalogue(
  {
    "duplicate-sentence": "同一句话连续印了两遍，已删去重复的一遍。",
    "duty-lines": "职责逐行书写，每行以承担该项职责的单位开头：按“责任单位 | 工作职责”读取。",
    "group-blocks": "任务是各工作组：每组先写组名，再写组长、成员和职责，已按组读取。",
    "counted-list": "任务取自文中先说明件数、再逐项列出的清单（如“十件民生实事分别是：……”），每项均标为需人工核对。",
    "sentence-duties": "任务取自写明由谁负责的句子（如“……，由某某负责。”“这项工作由某某负责”），每项均标为需人工核对。",
    "clause-duties": "任务取自以责任单位开头的分句（如“县财政局要……，县自然资源局要……”“县水利局牵头，……”），每项均标为需人工核对。",
    "duty-points": "任务取自讲话中的各点（“一是……二是……”），责任单位取自各点中写明由谁负责的分句，每项均标为需人工核对。",
    "field-check": "该字段的内容看起来不对，请核对。",
    "garbled-row": "该行无法识别，原文保留在 raw 中供核对。",
    headerless: "文本从表格中间开始，没有表头：按各列内容为列命名。",
    "interleaved-cells": "单元格的一部分印在了行号之前，已把两部分连起来。",
    "invalid-utf8": "文档中有无法解码的 UTF-8 字节，已列出。",
    "labelled-sections": "任务按带编号的小标题分项写出（小标题即字段名），已按一行读取。",
    mammoth: "读取 Word 文档时的提示。",
    manual: "按修正文件人工修改。",
    "missing-row": "原文缺少该序号，用占位行标出，未补写任何内容。",
    "nested-table": "单元格中嵌套的表格已读入该单元格的文字：每行一行，单元格之间用制表符分隔。",
    "ocr-hanzi": "OCR 认错或漏掉了汉字，已按文档其他处和本类文件的常用词改正。",
    "ocr-latin": "中文词中夹着的拉丁字母是 OCR 误识，已按文档其他处的写法改正。",
    "ocr-period": "汉字之间孤立的字母 o 是 OCR 把句号“。”认错了。",
    "other-table": "文档中另有一个表格，未读入本表。",
    "xlsx-sheets": "工作簿的每个工作表各为一个表格，行、列从 0 起计。",
    "html-places": "位置中的表、行、列按网页中 <table> 元素开始的先后（含嵌套的表格）从 0 起计；未入表文本的偏移量和行号指解码后的网页。",
    "html-as-text": "网页中没有带任务分解表表头的 <table>：已把网页显示的文字（每段一行，表格每行一行、单元格之间用制表符分隔）按文本读取；偏移量和行号指这段文字。",
    "page-marker": "已删去分享网站或页面加入的页码标记。",
    "pinyin-gloss": "已删去镜像网站在汉字后加注的拼音。",
    "forum-jammer": "已删去论坛为防采集插入的乱码字符。",
    "html-space": "已删去以 HTML 名称印出的空格(&nbsp;)。",
    "lost-blank": "已删去镜像网站以“?”印出的丢失空格。",
    "quote-pair": "引号不成对，已补全或按原样保留。",
    reference: "该行内容取自参照文件（另一版本），请对照原件核对。",
    "reference-majority": "几份副本不一致，按多数副本的写法取值。",
    "reference-unrelated": "参照文件与本表对不上，未从中取任何内容。",
    "repeated-label": "同一任务中同一标签出现两次，其下内容已合并，并标出该任务。",
    "row-cells": "该行的单元格数与表头不符，已按各单元格的内容放入相应的列。",
    "row-ends-text": "文本在最后一行中间结束：该行后面的单元格没有印出，只有已印出的部分。",
    "row-cut": "该行的单元格无法区分。",
    "rows-joined": "分页处被拆开的一行已重新连起来。",
    "pdf-merge-continued": "跨页的合并单元格在下一页顶端印为空白：已把它的值给了该页的那几行。",
    "pdf-row-continued": "被分页切开的一行在下一页顶端接着印出：已把两半读作一行。",
    "section-unit": "任务未写责任单位，取其所在板块标题中的单位。",
    "section-lead": "任务未写牵头单位，其所在板块标题写明由该单位牵头，已记为牵头单位。",
    "ordinal-twice": "任务已有编号，其文字又以同一序数词开头（如“一是”），已去掉该序数词。",
    "unit-alias": "单位名称后注明的简称（以下简称……）不是名称的一部分，已去掉。",
    "units-after": "一组目标之后的一行写明了它们的责任单位：已从文字中移出，并记入其所指的各项目标。",
    "first-leads": "文件写明列第一位的单位为牵头单位：已把第一个单位记为牵头单位，其余为配合单位。",
    "section-leaders": "板块标题写明了牵头领导，已列为其下各项任务的领导。",
    "units-in-text": "任务没有责任单位而其内容末尾写有责任单位：已移入责任单位。",
    "units-opening": "任务没有责任单位而其文字以责任单位及其职责开头：已移入责任单位。",
    "unit-title": "任务没有责任单位而其标题只是一个单位名称、下面写的是其职责：已将该名称移入责任单位。",
    "deadline-opening": "任务没有完成时限而其文字以时限开头：已同时记为完成时限。",
    "section-units": "板块标题行中写有责任单位，已记入该板块下的任务。",
    "seq-inferred": "该行没有序号（或序号不是数字），已按前后行推定。",
    "row-doubt": "该任务的读取有不确定之处，已标为需人工核对。",
    "seq-order": "序号倒退或重复。",
    "seq-restart": "序号在新的板块重新从头编号：seq 在全文连续计数，seqPrinted 保留原印序号。",
    "short-row": "该行的单元格少于表头。",
    "title-split": "单元格连在一起，标题与内容的分界是推测的。",
    transposed: "表格是转置印刷的（每列一项任务，表头在第一列），已按列读取。",
    "unit-etc": "单位名称后的“等”表示名单未列全，不属于单位名称。",
    "unit-mark": "单位名称前的符号（如 *、★）是表格的标记，不属于单位名称。",
    "units-charged": "责任单位取自文字中写明由其负责的句子，文字保持原样；已标为需人工核对。",
    "unit-people": "单位名称后所写的负责人已移入联系人，单位保留。",
    "unit-roles": "单元格中写明了各单位的分工（或时限、说明），已分别读入相应字段；分工用语不是单位名称。",
    "xlsx-cell-limit": "单元格超过 Excel 的字数上限，表中已截断，全文见 JSON 和 CSV。",
  },
  {
    "duplicate-sentence": "The same sentence was printed twice in a row; the repeat was removed.",
    "duty-lines": "The duties are written one per line, each beginning with the units that hold it: read as 责任单位 | 工作职责.",
    "group-blocks": "The tasks are working groups, each under its name with who is in it and its duties.",
    "counted-list": "The tasks are the items of a list the text announces with its count; each is flagged.",
    "sentence-duties": "The tasks are said in sentences that name who does them; each is flagged.",
    "clause-duties": "The tasks are said in clauses that open with who does them; each is flagged.",
    "duty-points": "The tasks are a speech's points (一是…二是…), their units named in their clauses; each is flagged.",
    "field-check": "The field's content does not look right; check it.",
    "garbled-row": "The row could not be read; its text is kept in raw for review.",
    headerless: "The text starts inside a table, with no header: its columns were named by what their cells hold.",
    "interleaved-cells": "Part of a cell was printed before the row's number; the two parts were joined.",
    "invalid-utf8": "The document holds bytes that are not valid UTF-8; they are listed.",
    "labelled-sections": "The task is set out under numbered headings that name its fields: read as one row.",
    mammoth: "A note from reading the Word document.",
    manual: "Changed by the fixes file.",
    "missing-row": "The number is absent from the source; a placeholder marks it, nothing was invented.",
    "nested-table": "A table nested in a cell was read into the cell's text: one line per row, its cells separated by a tab.",
    "ocr-hanzi": "A character misread or dropped by OCR, corrected from the document's other uses and the genre's stock phrases.",
    "ocr-latin": "Latin letters inside a Chinese word are an OCR slip, corrected from the document's spelling elsewhere.",
    "ocr-period": "A lone `o` between Chinese characters is 。 misread by OCR.",
    "other-table": "The document has another table, not read into this one.",
    "xlsx-sheets": "Each sheet of the workbook is a table, its rows and columns counted from 0.",
    "html-places": "A place's table, row and column count the page's <table> elements in the order they start (nested ones included), from 0; a leftover's offset and line are in the decoded page.",
    "html-as-text": "The page has no <table> with a breakdown header: its visible text was read as text; offsets and lines are in that text.",
    "page-marker": "A page marker added by the sharing site or the page was removed.",
    "pinyin-gloss": "The mirror's pinyin gloss after a character was removed.",
    "forum-jammer": "The forum's anti-copy noise was removed.",
    "html-space": "A space printed as its HTML name (&nbsp;) was removed.",
    "lost-blank": "A blank the mirror lost, printed as ?, was removed.",
    "quote-pair": "A quote mark without its pair was completed or left as printed.",
    reference: "The row was taken from the reference (another version); check it against the original.",
    "reference-majority": "The copies disagree; the value most copies print was taken.",
    "reference-unrelated": "The reference does not align with this table; nothing was taken from it.",
    "repeated-label": "A label appears twice in one task; the values under it were joined, and the task is flagged.",
    "row-cells": "The row's cells do not match the header; each was placed in the column it reads like.",
    "row-ends-text": "The text ends inside its last row: the row's last cells are not printed, only what the text gives so far.",
    "row-cut": "The row's cells could not be told apart.",
    "rows-joined": "A row split across a page break was joined again.",
    "pdf-merge-continued": "A merged cell cut by a page break is printed empty at the top of the next page: its value was given to those rows.",
    "pdf-row-continued": "A row cut by a page break goes on at the top of the next page: its two halves were read as one row.",
    "section-unit": "The task names no unit; the unit its section heading names was taken.",
    "section-lead": "The task names no lead unit; its section heading says which unit leads its tasks, and that unit was taken as the lead.",
    "ordinal-twice": "The task is numbered and its wording opens with the same number as an ordinal word (一是): the word was taken off the wording.",
    "unit-alias": "The short name a document gives a unit after its name (以下简称…) is not part of the name: it was taken off.",
    "units-after": "A line after a group of targets names their unit: it was taken out of the wording and given to the targets it counts back.",
    "first-leads": "The document says the unit listed first leads: the first unit was taken as the lead, the others as support.",
    "section-leaders": "The section heading names its leaders; they were put first among the leaders of each task under it.",
    "units-in-text": "The task had no units and its wording ended with them: they were moved to its units.",
    "units-opening": "The task had no units and its wording opened with them and their duty: they were moved to its units.",
    "unit-title": "The task had no units and its title was only a unit's name over its duty: the name was moved to its units.",
    "deadline-opening": "The task had no deadline and its wording opened with one: it was taken as its deadline too.",
    "section-units": "The section's heading row names units; they were given to the section's tasks.",
    "seq-inferred": "The row has no number (or not a number); it was numbered from its neighbours.",
    "row-doubt": "The task was read with doubt and is flagged for review.",
    "seq-order": "The numbers go backwards or repeat.",
    "seq-restart": "Numbering starts again in a new section: seq counts across the document, seqPrinted keeps the printed number.",
    "short-row": "The row has fewer cells than the header.",
    "title-split": "The cells run together; where the title ends and the content begins was guessed.",
    transposed: "The table is printed transposed (one task per column, the headers down the first column): it was read column by column.",
    "unit-etc": "等 after a unit's name says the list is open; it is not part of the name.",
    "unit-mark": "A mark before a unit's name (*, ★) is the table's sign, not part of the name.",
    "units-charged": "The units were taken from a sentence of the wording that charges them; the wording is kept whole, and the task is flagged.",
    "unit-people": "People named after a unit in a cell of units were moved to the contacts; the units stay.",
    "unit-roles": "The cell says each unit's role (or a deadline, or a note): each part is read into its field; the role words are not names.",
    "xlsx-cell-limit": "The cell is longer than Excel allows; it is cut in the workbook, the whole text is in the JSON and the CSV.",
  },
);

export type RuleId = keyof (typeof RULE_TEXTS)["zh"];

type Shape = readonly [RegExp, (m: RegExpMatchArray) => string];

/** The fields a field-check reason names, as a person knows them. */
const FIELD_ZH: Readonly<Record<string, string>> = {
  title: "标题",
  content: "内容",
  units: "责任单位",
  leadUnits: "牵头单位",
  supportUnits: "配合单位",
  deadline: "完成时限",
  leaders: "责任领导",
  contacts: "联系人",
};

/** The shapes of the rules' English reasons, each said again in Chinese (m[1]… are the values). */
const REASON_PATTERNS: Readonly<Record<string, readonly Shape[]>> = {
  "duplicate-sentence": [[/^The same sentence was printed twice in a row; the repeat was removed\.$/, () => "同一句话连续印了两遍，已删去重复的一遍。"]],
  "duty-lines": [[/^The duties are written one per line/, () => "职责逐行书写，每行以承担该项职责的单位开头：按“责任单位 | 工作职责”读取。"]],
  "group-blocks": [
    [/^The tasks are working groups, each under its name with who is in it and its duties: the group's name is read as the title/, () => "任务是各工作组：每组先写组名，再写组长、成员单位和职责；组名读作标题，组成单位读作责任单位。"],
    [/^The tasks are working groups, each under its name with who heads it and its duties: the group is read as the unit/, () => "任务是各工作组：每组先写组名，再写组长和职责；该组读作承担职责的单位。"],
  ],
  "sentence-duties": [[/^The tasks are said in sentences that name who does them .*: (\d+) were read, each flagged\.$/, (m) => `任务取自写明由谁负责的句子（“……，由某某负责。”“这项工作由某某负责”“N项由某某牵头，分别是……”）：共读出 ${m[1]} 项，每项均标为需人工核对。`]],
  "clause-duties": [[/^The tasks are said in clauses that open with who does them .*: (\d+) were read, each flagged\.$/, (m) => `任务取自以责任单位开头的分句（“某某要……”“某某负责……”“某某牵头，……”）：共读出 ${m[1]} 项，每项均标为需人工核对。`]],
  "duty-points": [[/^The tasks are a speech's points \(一是…二是…\), each charging units in its sentences: (\d+) were read, each flagged\.$/, (m) => `任务取自讲话中的各点（“一是……二是……”），责任单位取自各点的分句：共读出 ${m[1]} 项，每项均标为需人工核对。`]],
  "counted-list": [[/^The tasks are the (\d+) items of a list the text announces with its count; each is flagged\.$/, (m) => `任务取自文中先说明件数、再逐项列出的 ${m[1]} 项清单，每项均标为需人工核对。`]],
  "field-check": [
    [/^(「[^」]*」) does not read as a unit's name/, (m) => `${m[1]} 不像单位名称：责任单位可能切分有误，或取自正文。`],
    [/^(「[^」]*」) alone is no one's name: the names in (「[^」]*」) may be cut wrongly\.$/, (m) => `${m[1]} 单独不是人名：${m[2]} 中的姓名可能切分有误。`],
    [/^The table names units for its tasks but none for this one/, () => "表中的任务都写有责任单位，唯独本项没有：其单位可能在其他字段中，或已丢失。"],
    [/^No unit, leader or person is named for this task/, () => "本项任务没有写明责任单位、领导或责任人：未找到由谁落实，其文字中可能含有单位。"],
    [/^The task has no wording of its own/, () => "本项任务没有自己的文字：其内容可能在其他字段中，或已丢失。"],
    [/^The (title|content) begins with (「[^」]*」): its number may have been lost/, (m) => `${m[1] === "title" ? "标题" : "内容"}以 ${m[2]} 开头：其序号可能已丢失，或单元格从句子中间切开。`],
    [/^The (title|content) begins with a number (「[^」]*」): the task's numbering may have been missed\.$/, (m) => `${m[1] === "title" ? "标题" : "内容"}以编号 ${m[2]} 开头：任务的编号可能未被识别。`],
    [/^The (title|content) holds characters of a garbled text (「[^」]*」)/, (m) => `${m[1] === "title" ? "标题" : "内容"}中有乱码字符 ${m[2]}：可能与原文不符。`],
    [/^A heading (「[^」]*」) is inside the (title|content):/, (m) => `${m[2] === "title" ? "标题" : "内容"}中有标题 ${m[1]}：文件的下一部分可能并入了本项任务。`],
    [/^The (title|content) begins with the role word (「[^」]*」)/, (m) => `${m[1] === "title" ? "标题" : "内容"}以表示分工的 ${m[2]} 开头：它所说的单位可能在前面丢失了。`],
    [/^The next task's number (「[^」]*」) opens a line inside the (title|content)/, (m) => `${m[2] === "title" ? "标题" : "内容"}中有一行以下一项的编号 ${m[1]} 开头：下一项任务可能并入了本项。`],
    [/^The (title|content) ends with a role word (「[^」]*」)/, (m) => `${m[1] === "title" ? "标题" : "内容"}以表示分工的 ${m[2]} 结尾：责任单位可能留在了文字中。`],
    [/^A field label (「[^」]*」) is inside the (\S+):/, (m) => `${FIELD_ZH[m[2] ?? ""] ?? m[2]}中有字段标签 ${m[1]}：两个字段（或两项任务）可能连在了一起。`],
    [/^Units in a bracket (「[^」]*」) stand inside the wording/, (m) => `正文中间有括号内的单位 ${m[1]}，其后还有文字：正文可能包含几项任务，各自写明了责任单位。`],
    [/^(「[^」]*」) is named twice in the (\S+):/, (m) => `${m[1]} 在${FIELD_ZH[m[2] ?? ""] ?? m[2]}中出现了两次：可能有两份单位名单被连在了一起。`],
    [/^(「[^」]*」) is too long for a person/, (m) => `${m[1]} 太长，不像人名：可能有句子混入了该列。`],
    [/^The deadline is as long as a sentence/, () => "完成时限长得像一句话：可能有文字混入了该列。"],
    [/^The (\S+) (opens a bracket it does not close|closes a bracket it did not open)/, (m) => `${FIELD_ZH[m[1] ?? ""] ?? m[1]}${m[2]?.startsWith("opens") ? "有左括号而无右括号" : "有右括号而无左括号"}：该字段可能在括号中间被切开。`],
  ],
  "garbled-row": [
    [/^Text after row (\S+) could not be read as a row, and no number is missing there; it is kept as a leftover\.$/, (m) => `第 ${m[1] === "(start)" ? "（开头）" : m[1]} 行之后的文字无法读成一行，且此处没有缺号；已作为未入表文本保留。`],
    [/^Row (\d+) could not be read \((.*)\)\. Its text is kept in raw for review\.$/, (m) => `第 ${m[1]} 行无法识别（${garbledWhy(m[2] ?? "")}）。原文保留在 raw 中供核对。`],
  ],
  headerless: [[/^The text starts inside a table( printed one cell per line)?, with no header: its columns were named by what their (?:cells|lines) hold \((.*)\)\.$/, (m) => `文本从表格中间开始${m[1] ? "（每格一行）" : ""}，没有表头：按各列内容为列命名（${m[2]}）。`]],
  "interleaved-cells": [[/^The first part of this cell \((「[^」]*」)\) was printed before the row's number; the two parts were joined\.$/, (m) => `该单元格的前一部分（${m[1]}）印在了行号之前，已把两部分连起来。`]],
  "labelled-sections": [[/^The task is set out under numbered headings that name its fields \((.*)\): read as one row under those columns\.$/, (m) => `该任务按带编号的小标题分项写出（${m[1]}），已按这些列读成一行。`]],
  "missing-row": [[/^Number (\d+) is absent from the source \(row (\d+) is followed by (\d+)\); a placeholder marks it, nothing was invented\.$/, (m) => `原文缺少第 ${m[1]} 项（第 ${m[2]} 项之后是第 ${m[3]} 项）；用占位行标出，未补写任何内容。`]],
  "xlsx-sheets": [[/^Each sheet of the workbook is a table, its rows and columns counted from 0 \((.*)\)\.$/, (m) => `工作簿的每个工作表各为一个表格，行、列从 0 起计（${(m[1] ?? "").replace(/table (\d+): sheet /g, "表 $1：工作表 ")}）。`]],
  "html-places": [[/^A place's table, row and column count the page's <table> elements/, () => "位置中的表、行、列按网页中 <table> 元素开始的先后（含嵌套的表格）从 0 起计；未入表文本的偏移量和行号指解码后的网页。"]],
  "html-as-text": [[/^The page has no <table> with a breakdown header/, () => "网页中没有带任务分解表表头的 <table>：已把网页显示的文字（每段一行，表格每行一行、单元格之间用制表符分隔）按文本读取；偏移量和行号指这段文字。"]],
  "nested-table": [[/^A table nested in this cell \(table (\d+)\) was read into the cell's text/, (m) => `该单元格中嵌套的表格（表 ${m[1]}）已读入单元格文字：每行一行，单元格之间用制表符分隔。`]],
  "ocr-hanzi": [
    [/^(「[^」]*」) is (「[^」]*」) (misread|with a character dropped|with a character doubled) by OCR: (.*)\.$/, (m) => `${m[1]} 是 OCR ${SLIPS[m[3] ?? ""] ?? ""} ${m[2]}：${evidence(m[4] ?? "")}。`],
    [/^(「[^」]*」) may be (「[^」]*」) (misread|with a character dropped|with a character doubled) by OCR; left as printed, the evidence is weak: (.*)\.$/, (m) => `${m[1]} 可能是 OCR ${SLIPS[m[3] ?? ""] ?? ""} ${m[2]}；证据不足，按原样保留：${evidence(m[4] ?? "")}。`],
    [/^A 。 dropped by OCR between two sentences: (「[^」]*」) ends a complete sentence, (「[^」]*」) begins the next with an action word, and the document prints (「[^」]*」) nowhere else\.$/, (m) => `OCR 漏掉了两句之间的句号“。”：${m[1]} 是完整一句的结尾，${m[2]} 以动词开始下一句，且文档中别处没有 ${m[3]}。`],
  ],
  "ocr-latin": [[/^(「[^」]*」) inside a Chinese word is an OCR slip; the document spells (「[^」]*」) elsewhere\.$/, (m) => `中文词中的 ${m[1]} 是 OCR 误识；文档别处写作 ${m[2]}。`]],
  "ocr-period": [[/^A lone `o` between Chinese characters is 。 misread by OCR\.$/, () => "汉字之间孤立的字母 o 是 OCR 把句号“。”认错了。"]],
  "page-marker": [
    [/^Page (marker|footer) (.+?) (?:of the sharing site )?removed\.( It fell between cells, so no field changed\.)?$/, (m) => `已删去${m[1] === "footer" ? "页脚" : "分享网站的页码标记"} ${m[2]}。${m[3] ? "它位于单元格之间，没有字段因此改变。" : ""}`],
  ],
  "forum-jammer": [[/^The forum's anti-copy noise (「[^」]*」) removed\.( It fell between cells, so no field changed\.)?$/, (m) => `已删去论坛为防采集插入的乱码 ${m[1]}。${m[2] ? "它位于单元格之间，没有字段因此改变。" : ""}`]],
  "html-space": [[/^A space printed as its HTML name (「[^」]*」) removed\.( It fell between cells, so no field changed\.)?$/, (m) => `已删去以 HTML 名称印出的空格 ${m[1]}。${m[2] ? "它位于单元格之间，没有字段因此改变。" : ""}`]],
  "lost-blank": [[/^A blank the mirror lost, printed as (「[^」]*」), removed\.( It fell between cells, so no field changed\.)?$/, (m) => `已删去镜像网站以 ${m[1]} 印出的丢失空格。${m[2] ? "它位于单元格之间，没有字段因此改变。" : ""}`]],
  "pinyin-gloss": [[/^The mirror's pinyin gloss (「[^」]*」) after a character removed\.( It fell between cells, so no field changed\.)?$/, (m) => `已删去镜像网站在汉字后加注的拼音 ${m[1]}。${m[2] ? "它位于单元格之间，没有字段因此改变。" : ""}`]],
  "quote-pair": [
    [/^An unpaired quote mark was left as printed/, () => "有一个不成对的引号按原样保留：无法判断所引词语从哪里开始或结束。"],
    [/^The quote around (「[^」]*」) had lost its (opening|closing) mark\.$/, (m) => `${m[1]} 的引号缺了${m[2] === "opening" ? "前" : "后"}引号，已补上。`],
  ],
  reference: [
    [/^The row could not be read here; its cell is taken from the row in its place in the reference \((.*)\), between rows that align\.$/, (m) => `此处该行无法识别；该单元格取自参照文件中位于同一位置的行（${taskRefs(m[1] ?? "")}），其前后的行均能对齐。`],
    [/^The reader had to repair this cell; the reference \((.*)\) reads it the same but at the damaged spots\.$/, (m) => `读取时修复过该单元格；参照文件（${taskRefs(m[1] ?? "")}）除受损处外读法相同。`],
    [/^This row was filled from another version of the table, (.*); confirm it against the document before relying on it\.$/, (m) => `该行取自表格的另一版本（${taskRefs(m[1] ?? "")}）；使用前请对照原件核对。`],
    [/^The reference (\S+) \(task (\d+)\) reads this cell otherwise; the input's reading is kept, as nothing marks it damaged\.$/, (m) => `参照文件 ${m[1]}（第 ${m[2]} 项）对该单元格读法不同；输入文件的读法未见受损，予以保留。`],
    [/^The reference (\S+) is (the same document|another version, .*?): (.*); (\d+) garbled or missing row\(s\) lie between rows that align\.$/, (m) => `参照文件 ${m[1]} 是${m[2] === "the same document" ? "同一份文件" : `另一版本（${(m[2] ?? "").replace(/^another version, /, "")}）`}：${m[3]}；能对齐的行之间有 ${m[4]} 个乱码或缺失的行。`],
  ],
  "reference-majority": [[/^The references disagree on this cell: (.*)$/, (m) => `几份参照文件对该单元格读法不一：${m[1]}`]],
  "reference-unrelated": [[/^The reference (\S+) does not align with this table \((.*)\); nothing was taken from it\.$/, (m) => `参照文件 ${m[1]} 与本表对不上（${m[2]}）；未从中取任何内容。`]],
  "repeated-label": [[/^The label (「[^」]*」) appears twice in one task/, (m) => `标签 ${m[1]} 在同一任务中出现两次；其下内容已合并，并标出该任务。`]],
  "row-cells": [
    [/^Row (\d+) has (\d+) lines where the header has (\d+) cells after the number: each line was placed in the column it reads like/, (m) => `第 ${m[1]} 行有 ${m[2]} 行文字，而表头在序号之后有 ${m[3]} 格：每行文字按其内容放入相应的列（单位、人员、日期、数字、正文），没有文字的列沿用上一行的值（合并单元格）。`],
    [/^Row (\d+) has (\d+) lines where the header has (\d+) cells after the number, and which column a line belongs to is a guess/, (m) => `第 ${m[1]} 行有 ${m[2]} 行文字，而表头在序号之后有 ${m[3]} 格；某行文字属于哪一列是推测的（它不像所在的列，或也像下一列）。`],
    [/^A row has (\d+) cells where the header has (\d+): its cells were placed left to right and may be in the wrong columns\.$/, (m) => `有一行只有 ${m[1]} 格，而表头有 ${m[2]} 格：已从左到右放置，可能放错了列。`],
    [/^A row has (\d+) cells where the header has (\d+): its first goes on with the numbering of the column (「[^」]*」) above and was placed there/, (m) => `有一行只有 ${m[1]} 格，而表头有 ${m[2]} 格：其第一格接着上一行 ${m[3]} 列的编号，已放入该列，其余各格依次放在其后；该行其他单元格为空。`],
    [/^Each row is a line with its cells separated by spaces/, () => "每行为一行文字，单元格之间以空格分隔：按各格内容（单位、人员、日期、正文）区分单元格。"],
    [/^The table has no row numbers: its rows were cut from the lines/, () => "表格没有序号：按各行内容（单位、人员、日期、数字、正文）切分行，列按顺序，缺的单元格沿用上一行的值（合并单元格）。"],
    [/^A row of a table with no row numbers has an empty cell that took the value of the row above/, () => "无序号表格中有一行的空单元格沿用了上一行的值：可能是合并单元格，也可能是表格已结束、这是该页的下一段。"],
    [/^The table's cells are separated by single spaces, with no row numbers/, () => "表格的单元格之间只隔一个空格，且没有序号：按各格内容（单位、人员、日期、数字、正文）切分行。"],
  ],
  "row-ends-text": [
    [/^The text ends inside the last row(?: \(([^)]*)\))?: its last cells \((.*)\) are not printed/, (m) => `文本在最后一行${m[1] ? `（第 ${m[1]} 行）` : ""}中间结束：该行后面的单元格（${m[2]}）没有印出，只有已印出的部分。`],
    [/^The text ends inside the last row(?: \(([^)]*)\))?, in the middle of its (「[^」]*」): the row may go on past the excerpt\.$/, (m) => `文本在最后一行${m[1] ? `（第 ${m[1]} 行）` : ""}的${m[2]}中间结束：该行可能在摘录之外还有内容。`],
  ],
  "row-cut": [[/^Row (\d+): its cells could not be told apart \((.*)\)\.$/, (m) => `第 ${m[1]} 行：单元格无法区分（${m[2]?.startsWith("no unit list") ? "正文之后没有找到单位名单" : m[2]}）。`]],
  "pdf-row-continued": [[/^A row cut by the page break after page (\d+) goes on at the top of page (\d+): its two halves were read as one row\.$/, (m) => `第 ${m[1]} 页末被分页切开的一行在第 ${m[2]} 页顶端接着印出：已把两半读作一行。`]],
  "pdf-merge-continued": [[/^A cell merged down over the last rows of page (\d+) goes on, printed empty, at the top of page (\d+):/, (m) => `第 ${m[1]} 页末几行的合并单元格在第 ${m[2]} 页顶端印为空白：已把它的值给了该页的那几行，如同 .docx 中一个合并单元格给它下面的每一行。`]],
  "units-after": [
    [/^The line (「[^」]*」) names the unit of the (\d+) targets? it follows; it was taken out of the wording\.$/, (m) => `${m[1]} 写明了其前 ${m[2]} 项目标的责任单位，已从文字中移出。`],
    [/^The line (「[^」]*」) after the targets names their unit: (.+)\.$/, (m) => `目标之后的 ${m[1]} 写明了它们的责任单位：${m[2]}。`],
  ],
  "first-leads": [[/^The document says the unit listed first leads( \(for the tasks after it too\))?: (.+?) leads, the others help\.$/, (m) => `文件写明列第一位的单位为牵头单位${m[1] ? "（其后各项同此）" : ""}：${m[2]} 牵头，其余单位配合。`]],
  "section-leaders": [[/^The section heading the task is under names its leaders \((.+?)\); they lead this task too and were put first\.$/, (m) => `本项任务所在板块的标题写明了领导（${m[1]}）：他们也是本项任务的领导，已列在前面。`]],
  "section-unit": [[/^The task names no unit; the section heading it is under names only (.+?), the group the list gives this task to\.$/, (m) => `本项任务未写责任单位；其所在板块的标题只写了 ${m[1]}，即清单把本项任务交给的单位。`]],
  "units-in-text": [
    [/^The (title|content) ends with the task's units \((「[^」]*」)\) and the task has none of its own: they were moved to its units\.$/, (m) => `${m[1] === "title" ? "标题" : "内容"}末尾写有本项任务的责任单位（${m[2]}），而本项任务自身没有：已移入责任单位。`],
    [/^The units were taken from the end of the (title|content)\.$/, (m) => `责任单位取自${m[1] === "title" ? "标题" : "内容"}的末尾。`],
  ],
  "deadline-opening": [[/^The (title|content) opens with a deadline \((「[^」]*」)\) and the task has none of its own: it was taken as its deadline too\.$/, (m) => `${m[1] === "title" ? "标题" : "内容"}以时限 ${m[2]} 开头，而本项任务没有自己的完成时限：已同时记为完成时限。`]],
  "units-opening": [
    [/^The (title|content) opens with the task's units and their duty \((「[^」]*」)\) and the task has none of its own: they were moved to its units\.$/, (m) => `${m[1] === "title" ? "标题" : "内容"}以本项任务的责任单位及其职责开头（${m[2]}），而本项任务自身没有责任单位：已移入责任单位。`],
    [/^The units were taken from the start of the (title|content)\.$/, (m) => `责任单位取自${m[1] === "title" ? "标题" : "内容"}的开头。`],
  ],
  "unit-title": [
    [/^The title (「[^」]*」) is only a unit's name over its duty, and the task names no unit: it was moved to its units\.$/, (m) => `标题 ${m[1]} 只是一个单位名称、下面写的是其职责，而本项任务没有责任单位：已移入责任单位。`],
    [/^The units were taken from the task's title, a unit's name alone\.$/, () => "责任单位取自本项任务的标题（只是一个单位名称）。"],
  ],
  "row-doubt": [[/^Task (\d+) was read with doubt: ([\s\S]+)\.$/, (m) => `第 ${m[1]} 项任务的读取有不确定之处：${doubtWhy(m[2] as string)}。已标为需人工核对。`]],
  "seq-inferred": [
    [/^A row has no number; it was numbered (\d+) from its neighbours\.$/, (m) => `有一行没有序号；已按前后行编为第 ${m[1]} 项。`],
    [/^A row's number (「[^」]*」) is not a number; it was numbered (\d+) from its neighbours\.$/, (m) => `有一行的序号 ${m[1]} 不是数字；已按前后行编为第 ${m[2]} 项。`],
  ],
  "seq-order": [[/^Row (\S+) comes after row (\S+): the numbers go backwards or repeat\.$/, (m) => `第 ${m[1]} 行排在第 ${m[2]} 行之后：序号倒退或重复。`]],
  "seq-restart": [[/^Numbering starts again at (.+?) in section (.+?): seq counts across the document, seqPrinted keeps the printed number\.$/, (m) => `序号在板块 ${m[2]} 中从 ${m[1]} 重新开始：seq 在全文连续计数，seqPrinted 保留原印序号。`]],
  "title-split": [[/^Row (\d+): where the title ends and the content begins was guessed/, (m) => `第 ${m[1]} 行：单元格连在一起，标题与内容的分界是推测的。`]],
  transposed: [[/^The table is printed transposed/, () => "表格是转置印刷的（每列一项任务，表头在第一列），已按列读取。"]],
  "unit-people": [[/^People named after a unit in the cell \(((?:「[^」]*」)+)\) were moved to the contacts; the units stay\.$/, (m) => `单位名称后所写的负责人（${m[1]}）已移入联系人，单位保留。`]],
  "unit-etc": [[/^(\S+) after a unit's name says the list is open/, (m) => `单位名称后的“${m[1]}”表示名单未列全（还有其他单位），不属于单位名称。`]],
  "unit-mark": [[/^The mark (\S+) before a unit's name/, (m) => `单位名称前的符号“${m[1]}”是表格的标记，不属于单位名称。`]],
  "units-charged": [
    [/^The units were taken from a sentence of the (title|content) that charges (「[^」]*」); the (?:title|content) is kept whole\.$/, (m) => `责任单位 ${m[2]} 取自${m[1] === "title" ? "标题" : "内容"}中写明由其负责的句子，${m[1] === "title" ? "标题" : "内容"}保持原样。`],
    [/^Task (\d+): its units (「[^」]*」) were taken from a sentence that charges them; check them\.$/, (m) => `第 ${m[1]} 项任务：责任单位 ${m[2]} 取自写明由其负责的句子，请核对。`],
  ],
  "unit-roles": [
    [/^The cell says each unit's role .*; a sentence after the units \((「[^」]*」)\) was kept as the (note|progress), which is a guess\.$/, (m) => `单元格中写明了各单位的分工：各部分已分别读入相应字段；单位之后的一句话（${m[1]}）暂作${m[2] === "progress" ? "进展情况" : "备注"}，这是推测的，请核对。`],
    [/^The cell says each unit's role/, () => "单元格中写明了各单位的分工（或时限、对所有任务的说明）：各部分已分别读入相应字段；分工用语不是单位名称。"],
  ],
};

/** garbled-row's reasons in brackets. */
// Why a row was read with doubt (GridRow.uncertain), in Chinese; the document's words in 「」 kept.
const DOUBTS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [/^it was read as a task from its number alone: no unit or label goes with it$/, () => "只凭编号读作任务，没有单位或标签"],
  [/^the text ends inside this row: the cells after its wording are missing$/, () => "文本在该行中间结束，内容之后的单元格缺失"],
  [/^where one wording cell ends and the next begins was guessed \(the cells run together\)$/, () => "各单元格连在一起，文字单元格的分界是推断的"],
  [/^where one unit column ends and the next begins was guessed \(their names run together\)$/, () => "单位名称连在一起，两个单位列的分界是推断的"],
  [/^no responsible unit was found with it \(the excerpt may end inside it, or begin after the heading that names them\)$/, () => "没有找到责任单位（摘录可能在其中结束，或从写明单位的标题之后开始）"],
  [/^it has no number and the text begins with it: its beginning may be on the page before$/, () => "没有编号且位于文本开头，开头部分可能在前一页"],
  [/^its units follow a colon whose label the page lost: they were read as its units$/, () => "单位写在丢失了标签的冒号之后，已按责任单位读取"],
  [/^its cells fit one column to the right of where they were printed, from the column 「([^」]*)」 on: that column's value was taken from the row above$/, (m) => `各单元格从「${m[1]}」列起向右错一列才与表头对应：该列的值取自上一行`],
  [/^who heads the group and the bodies it is made of were read from the sentence that says so, not from labels$/, () => "工作组的组长和组成单位取自说明组成的句子，而非标签"],
  [/^its units were read from the sentence that charges them \(X要… \/ X负责…\), not from a bracket or a label$/, () => "责任单位取自交办它的句子（X要… / X负责…），而非括号或标签"],
  [/^the label (「[^」]*」) is printed twice in it: two tasks may have run together$/, (m) => `标签 ${m[1]} 出现两次，可能是两项任务连在一起`],
  [/^the table has no header: its columns were named by what their cells hold \((.+)\), and some could be another column$/, (m) => `表格没有表头，各列按内容推定（${m[1]}），有的可能属于另一列`],
  [/^its cells were cut at spaces by what they look like, and one does not look like its column$/, () => "单元格按空格和内容推断切分，有一格与所在列不符"],
  [/^its row was run together with the others, and its cells were cut at spaces by what they look like$/, () => "该行与其他行连在一起，单元格按空格和内容推断切分"],
  [/^its cells do not match the header's columns$/, () => "单元格与表头各列对不上"],
  [/^its lines were cut into cells by what they look like, and one does not look like its column$/, () => "各行按内容推断切成单元格，有一格与所在列不符"],
  [/^a cell of it was empty and took the value of the row above \(a merged cell, or the table had ended\)$/, () => "有一格为空，已取上一行的值（合并单元格，或表格已结束）"],
  [/^its lines do not all look like the columns they were placed in$/, () => "有的行与所放入的列不符"],
  [/^a cell of it was empty and took the value of the row above, which was read with doubt$/, () => "有一格为空，已取上一行的值，而上一行的读取本身有疑问"],
  [/^the text ends inside this row, before its units$/, () => "文本在该行中间、责任单位之前结束"],
  [/^the text ends inside this row: its last cells were not printed$/, () => "文本在该行中间结束，最后几格没有印出"],
  [/^the text ends inside this row's wording$/, () => "文本在该行的文字中间结束"],
  [/^the page has no header: its columns were named by what their lines hold$/, () => "页面没有表头，各列按内容推定"],
  [/^its cells were told apart at spaces by what they look like, and one could belong to the next column$/, () => "单元格按空格和内容区分，有一格可能属于下一列"],
  [/^two cells of text follow each other and the first ends inside a sentence: where one ends and the next begins was guessed$/, () => "两个文字单元格相连，前一格在句中结束：两格的分界是推测的"],
  [/^its line has more pieces than the header has columns, and some were joined into one cell by what they look like$/, () => "该行的片段多于表头列数，部分片段按内容被合并为一个单元格"],
  [/^the words just before it, with no number, were read as a heading (「[^」]*」): they may be the start of its wording$/, (m) => `它前面没有编号的文字 ${m[1]} 被读作标题，可能是它的文字开头`],
  [/^half or more of the table's rows \((\d+) of (\d+)\) could not be read with certainty, and this one was read the same way$/, (m) => `表中半数以上的行（${m[2]} 行中的 ${m[1]} 行）无法确定，本行按同样方式读取`],
  [/^nothing marks where the list's last duty ends: the lines after it may be read into it$/, () => "清单最后一项职责的结尾没有标记，其后的文字可能被读入了该项"],
  [/^its duties are only the items announced under its name: the lines before may say more of them$/, () => "其职责只有在其名称下列出的各项，前面几行可能还写有该单位的职责"],
  [/^the group, its head and its duty were taken from the sentence that sets it up$/, () => "工作组、组长及其职责取自成立该组的句子"],
  [/^the excerpt ends inside the list the report announced: this item may go on$/, () => "摘录在所列清单中间结束，本项可能未完"],
  [/^its words and units were cut from a sentence that names who does it$/, () => "任务文字和责任单位取自写明由谁负责的句子"],
  [/^a point of a speech: its units were taken from the clauses that charge them$/, () => "讲话中的一点：责任单位取自其中写明由谁负责的分句"],
  [/^the heading it is under holds words no field took (「[^」]*」): they may say more of it$/, (m) => `它所在的标题下有未读入任何字段的文字 ${m[1]}，可能还与本项有关`],
  [/^its beginning is on the page before: its lines were placed in its last columns$/, () => "本行开头在上一页，已把印出的各行依次放入最后几列"],
  [/^read from a list a report announces with its count \(十件民生实事…分别是：…\): no unit is named with it$/, () => "取自文中先说件数再逐项列出的清单，未写明责任单位"],
  [/^read from a list a report announces with its count \(十件民生实事…分别是：…\): its units were read from the sentence that gives it to them$/, () => "取自文中先说件数再逐项列出的清单，责任单位取自交办它的句子"],
];

/** A doubt in Chinese, or as given (with its 「」 texts) when no shape matches. */
export function doubtWhy(why: string): string {
  for (const [re, say] of DOUBTS) {
    const m = re.exec(why);
    if (m) return say(m);
  }
  const quoted = why.match(/「[^」]*」/g);
  return quoted ? `读取有疑问（${quoted.join("、")}）` : "读取有疑问";
}

function garbledWhy(why: string): string {
  if (why.startsWith("its cells could not be told apart")) return "单元格无法区分";
  if (why.startsWith("garbled text where the row should be")) return "该行位置是乱码；其序号按前后行推定";
  return why;
}

/** ocr-hanzi's kinds of slip, as the sentence「X 是 OCR … Y」says them. */
const SLIPS: Record<string, string> = { misread: "认错的", "with a character dropped": "漏掉一个字的", "with a character doubled": "多印一个字的" };

/**
 * ocr-hanzi's evidence: how often the document prints the right phrase, whether the genre uses
 * it, and the look-alike characters with where each was seen (`seed row 2: 黄物落实 printed for 贯彻落实`).
 */
function evidence(text: string): string {
  const parts: string[] = [];
  let rest = text;
  let m = /^the document prints (「[^」]*」) (once|(\d+) times) elsewhere(?:; |$)/.exec(rest);
  if (m) {
    parts.push(`文档别处印有 ${m[1]} ${m[2] === "once" ? "1" : m[3]} 次`);
    rest = rest.slice(m[0].length);
  }
  m = /^(「[^」]*」) is a stock phrase of the genre, printed by (\d+) documents \(([^)]*)\)(?:; |$)/.exec(rest);
  if (m) {
    parts.push(`${m[1]} 是本类文件的常用语，有 ${m[2]} 份文件印有（${m[3]}）`);
    rest = rest.slice(m[0].length);
  }
  m = /^look-alike characters (.*)$/.exec(rest);
  if (m) {
    const pairs = (m[1] ?? "")
      .replace(/([^\s;:]+) row (\d+): ([^\s;]+) printed for ([^\s;]+)/g, "$1 第 $2 行把 $4 印作 $3")
      .replace(/a classic look-alike pair of Chinese proofreading lists \(形近字\); not yet seen in our samples/g, "校对常见的形近字，样本中尚未见到")
      .replace(/([^\s;:]+\/[^\s;:]+): /g, "$1：")
      .split("; ");
    parts.push(`形近字 ${pairs.join("；")}`);
    rest = "";
  }
  if (rest !== "") parts.push(rest);
  return parts.join("；");
}

/** `seed-revised-2024.docx task 8, …` as `seed-revised-2024.docx 第 8 项，…`. */
function taskRefs(text: string): string {
  return text.replace(/ task (\d+)/g, " 第 $1 项").replace(/, /g, "，");
}

/**
 * A repair's or a message's reason in `lang`: under English the reason as recorded; under
 * Chinese the rule's shape matched and said again, else the rule's sentence with the recorded
 * reason beside it, else — a rule this catalogue does not know — the English reason.
 */
export function reasonText(ruleId: string, reason: string, lang: Lang): string {
  if (lang === "en") return reason;
  for (const [pattern, say] of REASON_PATTERNS[ruleId] ?? []) {
    const m = reason.match(pattern);
    if (m) return say(m);
  }
  const general = (RULE_TEXTS.zh as Record<string, string>)[ruleId];
  if (general === undefined) return reason;
  // No shape of this rule matched: its sentence, and the recorded reason beside it, so that
  // nothing the reason says (the document's words, a file's name) is lost.
  return `${general}（${reason}）`;
}

/** Whether a reason is said in Chinese by a shape of its own (not only its rule's general sentence): for the tests' figures. */
export function hasOwnShape(ruleId: string, reason: string): boolean {
  return (REASON_PATTERNS[ruleId] ?? []).some(([pattern]) => pattern.test(reason));
}
