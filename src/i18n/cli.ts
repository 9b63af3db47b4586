import { catalogue } from "./lang.js";

/**
 * What the command line says, in both languages: its help, its per-file lines, the batch's
 * summary, an error's frame. Codes, file names, flags and JSON keys stay as they are.
 */
export const CLI_TEXTS = catalogue(
  {
    // An error's frame (commands/report.ts).
    error: "错误",
    whatToDo: "处理办法：",
    internal: "这是 breakdown 的程序错误。请连同输入文件一起反馈。",
    // commander's own words.
    usage: "用法：",
    options: "选项：",
    commands: "命令：",
    arguments: "参数：",
    helpOption: "显示帮助",
    versionOption: "显示版本号",
    helpCommand: "显示某个命令的帮助",
    defaultIs: "默认",
    choicesAre: "可选",
    showHelpAfterError: "（加 --help 查看用法）",
    langOption: "界面、工作簿和 CSV 表头的语言：zh（中文）或 en（英文）；默认按 LC_ALL / LC_MESSAGES / LANG，未设置时为中文",
    // breakdown
    programDescription:
      "把政府任务分解表（任务分解表、责任分工表、重点工作责任清单）从 .docx\n或提取的文字转成经过校验的 JSON、Excel 和 CSV，每处修复都有记录；\n并比较两个版本。",
    noCommand: "请指定一个命令：",
    expectedPositiveInt: (p: { got: string }) => `应为正整数，实际为 ${p.got}`,
    expectedPositiveNumber: (p: { got: string }) => `应为正数，实际为 ${p.got}`,
    expectedSomeOf: (p: { list: string; got: string }) => `应为 ${p.list} 中的一个或几个，实际为 ${p.got}`,
    // parse
    parseDescription: "读取任务分解表（.docx、PDF 或文本），为每份写出 JSON、CSV 和 XLSX。",
    parseInputs: "要转换的文件（.docx、.pdf、.txt）、文件夹或通配模式",
    outOption: "输出文件夹",
    formatOption: (p: { formats: string }) => `要写出的格式，用逗号分隔：${p.formats}`,
    fixesOption: "人工修正的 JSON 文件，按任务序号和字段组织（见 `breakdown schema --fixes`）",
    referenceOption: "同一表格的另一份副本（.docx、文本或 breakdown 的 JSON），用来修复乱码、缺失和受损的行；可重复",
    strictOption: "有行需人工核对或原文缺失时，以状态码 3 退出",
    headersOption: "CSV 表头：文档自己的表头（printed）或规范字段名（canonical）",
    encodingOption: "文本编码，不自动检测（utf8、utf16le、gb18030……）",
    maxInputBytesOption: "拒绝大于此值的输入",
    maxUnzippedBytesOption: "拒绝解压后大于此值的 .docx",
    maxZipEntriesOption: "拒绝条目多于此值的 .docx",
    maxZipRatioOption: "拒绝压缩比高于此值的 .docx 条目",
    maxRowsOption: "拒绝行数多于此值的表格",
    maxPagesOption: "拒绝页数多于此值的 PDF",
    maxColumnsOption: "拒绝列数多于此值的表格",
    maxCellCharsOption: "拒绝字数多于此值的单元格",
    quietOption: "只输出错误",
    jobsOption: "同时转换的文件数，每个在一个工作线程中（默认：两核及以下为 1，否则每 1.4 核、每 20 个文件一个）",
    progressOption: "逐文件报告：原地刷新的进度条，或每个文件一行（auto：在终端上用进度条）",
    parseAfter:
      "\n输入：文件（不论扩展名都读取）、文件夹（其中的 .docx 和 .txt 文件，含子文件夹）和通配模式。\n" +
      "退出状态：0 每个输入都已读取（即使有行需人工核对），2 有输入无法使用，\n3 使用 --strict 且有行需人工核对。\n" +
      "示例：\n  breakdown parse seeds/table.txt -o output\n  breakdown parse table.docx --format xlsx --fixes fixes.json\n  breakdown parse site-copy.txt --reference office.docx -o output\n  breakdown parse tables/ \"archive/**/*.docx\" -o output --jobs 2",
    // schema
    schemaDescription: "输出 breakdown 所写文档的 JSON Schema（由其 zod 结构定义生成）。",
    schemaFixesOption: "改为输出修正文件的结构定义",
    schemaDiffOption: "改为输出 diff.json（`breakdown diff` 写出）的结构定义",
    // diff
    diffDescription: "比较任务分解表的两个版本（.docx、文本或 `breakdown parse` 写出的 JSON）：新增、删除、移动、重新编号和改写的任务。",
    diffOld: "较早的版本",
    diffNew: "较新的版本",
    diffOutOption: "写出 diff.json 和 diff.xlsx 的文件夹（不给时只输出摘要）",
    diffFormatOption: "输出，用逗号分隔：terminal,json,xlsx（默认：terminal，给出 -o 时再加 json,xlsx）",
    exactOption: "把字符宽度（，/,）或空白的变化也算作改动",
    diffEncodingOption: "文本输入的编码，不自动检测",
    diffQuietOption: "只输出错误（看退出状态）",
    diffAfter:
      "\n退出状态：0 没有差异，1 有差异，2 有输入无法使用\n（无法读取的行会报告，但不计入差异）。\n" +
      "示例：\n  breakdown diff 2023.docx 2024.docx\n  breakdown diff old.json new.docx -o diff-out --format json,xlsx",
    wrote: (p: { files: string }) => `已写出 ${p.files}`,
    // serve
    serveDescription: "打开审阅页面：拖入文档，改正标出的问题，下载 XLSX/CSV/JSON；比较两个版本。",
    portOption: "监听的端口（0：任意空闲端口）",
    hostOption: "监听的地址（不是 127.0.0.1/localhost 时，其他机器也能访问该页面）",
    maxUploadOption: "拒绝大于此值的上传文件（默认 20 MiB）",
    parseTimeoutOption: "读取上传文件超过此时长（秒）即停止（默认 120）",
    maxParsesOption: "同时读取的上传数，每个在一个工作进程中；稍多几个排队，其余提示重试（默认 2）",
    serveOpen: "请在浏览器中打开该地址；按 Ctrl+C 停止。",
    serveExposed: (p: { host: string }) =>
      `警告：正在 ${p.host} 上监听：其他机器可以访问此页面并上传文件，且检查请求是否指向本机（防 DNS 重绑定）的措施已关闭。`,
    // parse's per-file lines and the batch (commands/parse.ts, batch/*).
    counts: (p: { tasks: number; ok: number; repaired: number; needsReview: number; missing: number }) =>
      `${p.tasks} 项任务（正常 ${p.ok}，已修复 ${p.repaired}，需人工核对 ${p.needsReview}，原文缺失 ${p.missing}）`,
    failed: (p: { code: string }) => `失败（${p.code}）`,
    unknownFailure: "未知的失败",
    summaryHead: (p: { files: number; seconds: string; jobs: number; read: number; failed: number }) =>
      `${p.files} 个文件，用时 ${p.seconds} 秒（${p.jobs} 个并行任务）：已读取 ${p.read} 个，失败 ${p.failed} 个`,
    summaryStatus: "状态",
    summaryFiles: "文件",
    summaryTasks: "任务",
    summaryTotal: "合计",
    summaryFailedFiles: "失败的文件：",
    summaryFailedWord: "读取失败",
    summaryNote: "（“文件”为含该状态任务的文件数；读取失败的文件没有任务。）",
    progressCounts: (p: { done: number; total: number; ok: number; repaired: number; review: number; failed: number }) =>
      `${p.done}/${p.total}  正常 ${p.ok}  已修复 ${p.repaired}  需核对 ${p.review}  失败 ${p.failed}`,
  },
  {
    error: "error",
    whatToDo: "What to do: ",
    internal: "This is a bug in breakdown. Please report it with the input file.",
    usage: "Usage:",
    options: "Options:",
    commands: "Commands:",
    arguments: "Arguments:",
    helpOption: "display help for command",
    versionOption: "output the version number",
    helpCommand: "display help for command",
    defaultIs: "default",
    choicesAre: "choices",
    showHelpAfterError: "(run with --help for usage)",
    langOption: "language of messages, workbooks and CSV headers: zh (Chinese) or en (English); default from LC_ALL / LC_MESSAGES / LANG, Chinese when none is set",
    programDescription:
      "Turn Chinese government task breakdown tables (任务分解表, 责任分工表,\n" +
      "重点工作责任清单) from .docx or extracted text into validated JSON, Excel\n" +
      "and CSV, every repair recorded; and diff two versions.",
    noCommand: "Name a command:",
    expectedPositiveInt: (p: { got: string }) => `expected a positive integer, got ${p.got}`,
    expectedPositiveNumber: (p: { got: string }) => `expected a positive number, got ${p.got}`,
    expectedSomeOf: (p: { list: string; got: string }) => `expected some of ${p.list}, got ${p.got}`,
    parseDescription: "Read breakdown tables (.docx, PDF or text) and write JSON, CSV and XLSX for each.",
    parseInputs: "files (.docx, .pdf, .txt), folders or glob patterns to convert",
    outOption: "output folder",
    formatOption: (p: { formats: string }) => `formats to write, comma-separated: ${p.formats}`,
    fixesOption: "JSON file of manual fixes keyed by task number and field (see `breakdown schema --fixes`)",
    referenceOption: "another copy of the table (.docx, text or a breakdown JSON) to repair garbled, missing and damaged rows from; repeatable",
    strictOption: "exit with status 3 when rows need review or are missing",
    headersOption: "CSV header row: the document's own headers or canonical field names",
    encodingOption: "text encoding, instead of detecting it (utf8, utf16le, gb18030…)",
    maxInputBytesOption: "refuse inputs larger than this",
    maxUnzippedBytesOption: "refuse .docx whose entries unzip to more than this",
    maxZipEntriesOption: "refuse .docx with more entries than this",
    maxZipRatioOption: "refuse .docx entries compressed more than this ratio",
    maxRowsOption: "refuse tables with more rows than this",
    maxPagesOption: "refuse PDFs with more pages than this",
    maxColumnsOption: "refuse tables with more columns than this",
    maxCellCharsOption: "refuse cells longer than this",
    quietOption: "print nothing but errors",
    jobsOption: "files converted at once, each on a worker thread (default: 1 on two cores or fewer, else one per 1.4 cores and 20 files)",
    progressOption: "per-file report: a bar redrawn in place, or a line per file (auto: a bar on a terminal)",
    parseAfter:
      "\nInputs: files (read whatever their extension), folders (their .docx and .txt files,\n" +
      "recursively) and glob patterns.\n" +
      "Exit status: 0 every input read (even if rows need review), 2 an input could not be\n" +
      "used, 3 --strict and rows need review.\n" +
      "Examples:\n  breakdown parse seeds/table.txt -o output\n  breakdown parse table.docx --format xlsx --fixes fixes.json\n  breakdown parse site-copy.txt --reference office.docx -o output\n  breakdown parse tables/ \"archive/**/*.docx\" -o output --jobs 2",
    schemaDescription: "Print the JSON Schema of the document breakdown writes (generated from its zod schema).",
    schemaFixesOption: "print the schema of the fixes file instead",
    schemaDiffOption: "print the schema of diff.json (written by `breakdown diff`) instead",
    diffDescription: "Compare two versions of a breakdown table (.docx, text, or JSON from `breakdown parse`): tasks added, removed, moved, renumbered, reworded.",
    diffOld: "the earlier version",
    diffNew: "the later version",
    diffOutOption: "folder for diff.json and diff.xlsx (without it, only the summary is printed)",
    diffFormatOption: "outputs, comma-separated: terminal,json,xlsx (default: terminal, plus json,xlsx with -o)",
    exactOption: "count a change of character width (\uff0c/,) or whitespace as a change",
    diffEncodingOption: "text encoding of text inputs, instead of detecting it",
    diffQuietOption: "print nothing but errors (the exit status tells)",
    diffAfter:
      "\nExit status: 0 no differences, 1 differences, 2 an input could not be used\n" +
      "(rows that cannot be read are reported, not counted).\n" +
      "Examples:\n  breakdown diff 2023.docx 2024.docx\n  breakdown diff old.json new.docx -o diff-out --format json,xlsx",
    wrote: (p: { files: string }) => `Wrote ${p.files}`,
    serveDescription: "Open the review page: drop a document, fix what is flagged, download XLSX/CSV/JSON; compare two versions.",
    portOption: "port to listen on (0: any free port)",
    hostOption: "address to listen on (other than 127.0.0.1/localhost, other machines can reach the page)",
    maxUploadOption: "refuse uploaded files larger than this (default 20 MiB)",
    parseTimeoutOption: "stop reading an upload after this long (default 120)",
    maxParsesOption: "uploads read at once, each in a worker process; a few more wait, the rest are told to retry (default 2)",
    serveOpen: "Open the address in a browser; press Ctrl+C to stop.",
    serveExposed: (p: { host: string }) =>
      `warning: listening on ${p.host}: other machines can reach this page and upload to it, and the check that a request names this machine (against DNS rebinding) is off.`,
    counts: (p: { tasks: number; ok: number; repaired: number; needsReview: number; missing: number }) =>
      `${p.tasks} tasks (${p.ok} ok, ${p.repaired} repaired, ${p.needsReview} need review, ${p.missing} missing)`,
    failed: (p: { code: string }) => `failed (${p.code})`,
    unknownFailure: "unknown failure",
    summaryHead: (p: { files: number; seconds: string; jobs: number; read: number; failed: number }) =>
      `${p.files} file${p.files === 1 ? "" : "s"} in ${p.seconds} s (${p.jobs} job${p.jobs === 1 ? "" : "s"}): ${p.read} read, ${p.failed} failed`,
    summaryStatus: "status",
    summaryFiles: "files",
    summaryTasks: "tasks",
    summaryTotal: "total",
    summaryFailedFiles: "failed:",
    summaryFailedWord: "failed",
    summaryNote: "(files: the files with tasks of that status; a failed file has no tasks.)",
    progressCounts: (p: { done: number; total: number; ok: number; repaired: number; review: number; failed: number }) =>
      `${p.done}/${p.total}  ok ${p.ok}  repaired ${p.repaired}  review ${p.review}  failed ${p.failed}`,
  },
);
