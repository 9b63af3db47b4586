import { catalogue } from "./lang.js";

/**
 * Every error code, in both languages: what it means and what to do. The code is the contract
 * (stable, English); these are what a person reads. The README's error table repeats the English
 * side word for word (test/safety/readme-errors.test.ts).
 *
 * To add a code: add it to ERROR_MEANINGS and ERROR_REMEDIES, each in both languages (a code
 * missing in one language, or in one of the two catalogues, fails `tsc`); add the sentences its
 * throw sites need to ERROR_DETAILS below; add its English row to the README's error table.
 */
export const ERROR_MEANINGS = catalogue(
  {
    INPUT_NOT_FOUND: "输入路径不存在或无法读取。",
    INPUT_EMPTY: "输入文件是空的（0 字节，或只有空白）。",
    INPUT_TOO_LARGE: "输入文件超过大小上限。",
    UNSUPPORTED_FORMAT: "文件不是可读取的格式（.docx、.doc、.wps、.rtf、.odt、.xlsx、.xls、.et、.ods、PDF、保存的网页、文本）：例如图片或演示文稿。",
    LEGACY_DOC:
      "文件是旧版二进制 Word .doc、WPS .wps、RTF 或 OpenDocument 文档，或 Excel .xls / WPS .et / .ods 工作簿，需要用 LibreOffice 转换后读取，但未安装 LibreOffice（或 BREAKDOWN_SOFFICE 指向的程序不存在）；或者是以文本形式显示的 .doc 字节。",
    CONVERSION_FAILED: "LibreOffice 已运行，但没有由该文件写出 .docx（.xlsx）：文件已损坏，或并非其字节所显示的格式。",
    CONVERSION_TIMEOUT: "LibreOffice 转换该文件的时间超过上限（120 秒；BREAKDOWN_CONVERT_TIMEOUT_MS），已被终止。",
    DOCX_ENCRYPTED: "该 .docx 设有密码（已加密）。",
    DOCX_UNREADABLE: "该 .docx（或 .xlsx）不是有效的 zip 压缩包：文件不完整、已损坏，或是其他文件改名为 .docx。",
    DOCX_NO_DOCUMENT: "该 zip 压缩包中没有 word/document.xml，不是 Word 文档。",
    DOCX_UNSAFE:
      "压缩包（.docx 或 .xlsx）疑似“zip 炸弹”（声明的大小、条目数或压缩比超出上限，或某条目解压后超过声明的大小），或某条目的路径指向压缩包之外，或其 XML 声明了 DTD 或实体。",
    DOCX_TOO_DEEP: "该 .docx 的 XML 元素嵌套层数超过任何 Word 文档（超过 256 层），或保存的网页的 HTML 超过 512 层，读取时会耗尽程序栈。",
    PDF_NO_TEXT: "该 PDF 没有文字层：页面是图片（扫描件或拍下的表格），没有可读的文字。",
    PDF_ENCRYPTED: "该 PDF 设有密码，不输入密码无法打开。",
    PDF_UNREADABLE: "文件开头是 PDF，但无法读取：文件不完整、已损坏，或开头之后并不是 PDF。",
    PDF_UNSAFE: "该 PDF 看起来是解压炸弹：压缩流解压后超过上限（总大小或压缩比），或页数超过上限。",
    ENCODING_UNKNOWN: "无法识别文本的编码（不是 UTF-8、UTF-16 或 GB18030/GBK，例如 Big5），或文本中夹有损坏的 UTF-8。",
    NO_TABLE_FOUND: "没有识别出任务分解表：没有含表头词（序号、重点任务、责任单位……）的表头行，也没有带编号的任务；或者这是转置印刷的统计表（各项目印成列，每个地区一行数字），错误信息会说明。",
    LIMIT_EXCEEDED: "表格的行数、列数或单元格字数超过上限。",
    FIXES_INVALID: "修正文件不是所需格式的 JSON，或指定了不存在的任务或字段。",
    JSON_INVALID: "作为输入的 .json 不是 `breakdown parse` 写出的文档（不符合其结构定义）。",
    REFERENCE_UNREADABLE: "用 --reference 给出的文件无法读取（不存在、为空、过大、不是任务分解表，或 JSON 不符合结构定义）。",
    OUTPUT_OVER_INPUT: "输出文件会覆盖某个输入文件。",
    OUTPUT_UNWRITABLE: "无法创建或写入输出文件夹。",
    WORKER_DIED:
      "读取该文件的工作进程中断：超出内存上限（640 MB 堆），或崩溃。批量处理中的其他文件照常读取，审阅页面也照常响应。",
    TIME_LIMIT: "读取上传文件的时间超过审阅页面允许的时长（`breakdown serve --parse-timeout`，120 秒）。",
    SERVER_BUSY: "审阅页面正在同时读取所允许的最多文件数。",
    USAGE: "命令行有误（未知选项、缺少参数或取值不对）。",
  },
  {
    INPUT_NOT_FOUND: "The input path does not exist or cannot be read.",
    INPUT_EMPTY: "The input file is empty (0 bytes, or only whitespace).",
    INPUT_TOO_LARGE: "The input is larger than the size limit.",
    UNSUPPORTED_FORMAT: "The file is none of the formats read (.docx, .doc, .wps, .rtf, .odt, .xlsx, .xls, .et, .ods, PDF, a saved web page, text): for example an image or a presentation.",
    LEGACY_DOC:
      "The file is an old binary Word .doc, a WPS .wps, an RTF or OpenDocument file, or an Excel .xls / WPS .et / .ods workbook, which breakdown reads by converting it with LibreOffice, and LibreOffice is not installed (or BREAKDOWN_SOFFICE names a missing program); or it is a .doc's bytes shown as text.",
    CONVERSION_FAILED: "LibreOffice ran but wrote no .docx (.xlsx) from the file: it is damaged, or not the format its bytes suggest.",
    CONVERSION_TIMEOUT: "LibreOffice took longer than the time limit (120 s; BREAKDOWN_CONVERT_TIMEOUT_MS) to convert the file and was stopped.",
    DOCX_ENCRYPTED: "The .docx is password-protected (encrypted).",
    DOCX_UNREADABLE: "The .docx (or .xlsx) is not a valid zip archive: truncated, damaged, or another file renamed to .docx.",
    DOCX_NO_DOCUMENT: "The zip archive has no word/document.xml, so it is not a Word document.",
    DOCX_UNSAFE:
      "The archive (.docx or .xlsx) looks like a zip bomb (declared size, entry count or compression ratio beyond the limits, or an entry that inflates past its declared size), an entry's path leaves the archive, or its XML declares a DTD or entities.",
    DOCX_TOO_DEEP: "The .docx's XML nests elements deeper than any Word document does (more than 256 levels), or a saved page's HTML more than 512 levels, which would overflow the reader's stack.",
    PDF_NO_TEXT: "The PDF has no text layer: its pages are images (a scan or a photo of the printed table), so there is no text to read.",
    PDF_ENCRYPTED: "The PDF is password-protected: it cannot be opened without its password.",
    PDF_UNREADABLE: "The file starts as a PDF but cannot be read: truncated, damaged, or not a PDF after its first bytes.",
    PDF_UNSAFE: "The PDF looks like a decompression bomb: its compressed streams inflate past the limits (total size or ratio), or it has more pages than the limit.",
    ENCODING_UNKNOWN: "The text is in an encoding that could not be identified (not UTF-8, UTF-16 or GB18030/GBK, e.g. Big5), or UTF-8 damaged inside the text.",
    NO_TABLE_FOUND: "No breakdown table was recognised: no header row with the vocabulary (序号, 重点任务, 责任单位…) and no numbered tasks; or the table is a statistics table printed transposed (its items as columns, each area a row of figures), which the message says.",
    LIMIT_EXCEEDED: "The table has more rows or columns, or a cell more characters, than the limits allow.",
    FIXES_INVALID: "The fixes file is not valid JSON of the expected shape, or names a task or field that does not exist.",
    JSON_INVALID: "A .json input is not a document written by `breakdown parse` (it fails the schema).",
    REFERENCE_UNREADABLE: "A file given with --reference cannot be read (missing, empty, too large, not a breakdown table, or a JSON that fails the schema).",
    OUTPUT_OVER_INPUT: "An output file would overwrite one of the inputs.",
    OUTPUT_UNWRITABLE: "The output folder cannot be created or written.",
    WORKER_DIED:
      "The worker process reading the file was lost: it ran out of its memory limit (a heap of 640 MB), or crashed. The other files of a batch are still read, and the review page goes on answering.",
    TIME_LIMIT: "Reading the uploaded file took longer than the review page allows (`breakdown serve --parse-timeout`, 120 s).",
    SERVER_BUSY: "The review page is already reading as many files as it allows at once.",
    USAGE: "The command line is not valid (unknown option, missing argument, bad value).",
  },
);

export const ERROR_REMEDIES = catalogue(
  {
    INPUT_NOT_FOUND: "请检查路径；路径含空格时请加引号。",
    INPUT_EMPTY: "请重新下载或导出该文档。",
    INPUT_TOO_LARGE: "如文件确属正常，可用 --max-input-bytes 提高上限。",
    UNSUPPORTED_FORMAT: "请用 Word 或 WPS 打开并另存为 .docx 或 PDF，或把其中文字复制到 .txt 文件。",
    LEGACY_DOC:
      "请安装 LibreOffice（Debian/Ubuntu：apt-get install libreoffice-writer-nogui，电子表格另需 libreoffice-calc-nogui），或把 BREAKDOWN_SOFFICE 设为其 soffice 的路径；也可用 Word、WPS 或 LibreOffice 打开并另存为 .docx（.xlsx）。",
    CONVERSION_FAILED: "请用 Word、WPS 或 LibreOffice 打开该文件；如能打开，请另存为 .docx（.xlsx）再读取。",
    CONVERSION_TIMEOUT: "请在 Word、WPS 或 LibreOffice 中另存为 .docx（.xlsx）再读取；机器较慢时可提高 BREAKDOWN_CONVERT_TIMEOUT_MS。",
    DOCX_ENCRYPTED: "请在 Word 中输入密码打开，另存一份不设密码的副本。",
    DOCX_UNREADABLE: "请重新下载该文件；如能在 Word 中打开，请再次另存为 .docx。",
    DOCX_NO_DOCUMENT: "请确认该文件是 Word 文档，而不是其他 Office 文件或 zip 文件。",
    DOCX_UNSAFE: "也不要用其他软件打开该文件；如文件确属正常，可提高 --max-unzipped-bytes / --max-zip-entries / --max-zip-ratio。",
    DOCX_TOO_DEEP: "请用 Word 打开该文件并另存为 .docx；如文件确属正常，请连同文件一起反馈。",
    PDF_NO_TEXT: "请向发文单位索取 .docx，或先对 PDF 做文字识别（例如 ocrmypdf -l chi_sim in.pdf out.pdf）再读取结果。",
    PDF_ENCRYPTED: "请用密码打开后打印或另存一份不加密的副本，或向发文单位索取 .docx。",
    PDF_UNREADABLE: "请重新下载该文件；如 PDF 阅读器能打开，请另存或打印为新的 PDF。",
    PDF_UNSAFE: "请不要用其他工具打开它；如文件确属正常，请放宽 --max-unzipped-bytes、--max-zip-ratio 或 --max-pages。",
    ENCODING_UNKNOWN:
      "请把文本另存为 UTF-8，或用 --encoding 指定编码（例如 --encoding big5；--encoding utf-8 会保留损坏的 UTF-8 并列出无法解码的字节）。",
    NO_TABLE_FOUND: "请确认这是一份任务分解表；下面列出了读到的表格或文字。",
    LIMIT_EXCEEDED: "如文档确属正常，可提高 --max-rows、--max-columns 或 --max-cell-chars。",
    FIXES_INVALID: "请改正修正文件；`breakdown schema --fixes` 可输出其 JSON Schema。",
    JSON_INVALID: "请改用 .docx 或文本，或重新运行 `breakdown parse` 写出 JSON。",
    REFERENCE_UNREADABLE: "请检查参照文件的路径，并确认它是同类表格的 .docx、文本或 JSON；上面说明了无法读取的原因。",
    OUTPUT_OVER_INPUT: "请用 -o 另选一个输出文件夹。",
    OUTPUT_UNWRITABLE: "请检查该文件夹的权限和磁盘剩余空间。",
    WORKER_DIED: "该文件远大于或远复杂于真实的表格；请检查它，如确属正常，请单独读取（`breakdown parse 文件`）并反馈。",
    TIME_LIMIT: "请改用 `breakdown parse 文件` 读取；如文件确属正常，可用更长的 --parse-timeout 重新启动页面。",
    SERVER_BUSY: "请过几秒钟再试。",
    USAGE: "请运行 `breakdown --help` 或 `breakdown <命令> --help` 查看用法。",
  },
  {
    INPUT_NOT_FOUND: "Check the path; quote it if it contains spaces.",
    INPUT_EMPTY: "Download or export the document again.",
    INPUT_TOO_LARGE: "Raise the limit with --max-input-bytes if the file is genuine.",
    UNSUPPORTED_FORMAT: "Open it in Word or WPS and save it as .docx or PDF, or copy its text into a .txt file.",
    LEGACY_DOC:
      "Install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui, and libreoffice-calc-nogui for spreadsheets) or set BREAKDOWN_SOFFICE to its soffice; or open the file in Word, WPS or LibreOffice and save it as .docx (.xlsx).",
    CONVERSION_FAILED: "Open the file in Word, WPS or LibreOffice; if it opens, save it as .docx (.xlsx) and read that.",
    CONVERSION_TIMEOUT: "Save the file as .docx (.xlsx) in Word, WPS or LibreOffice and read that, or raise BREAKDOWN_CONVERT_TIMEOUT_MS on a slow machine.",
    DOCX_ENCRYPTED: "Open it in Word with the password and save an unprotected copy.",
    DOCX_UNREADABLE: "Download the file again; if it opens in Word, save it again as .docx.",
    DOCX_NO_DOCUMENT: "Check that the file is a Word document and not another Office or zip file.",
    DOCX_UNSAFE: "Do not open the file in other tools either; if it is genuine, raise --max-unzipped-bytes / --max-zip-entries / --max-zip-ratio.",
    DOCX_TOO_DEEP: "Open the file in Word and save it again as .docx; if it is genuine, report it with the file.",
    PDF_NO_TEXT: "Ask the issuing office for the .docx, or run OCR on the PDF (e.g. ocrmypdf -l chi_sim in.pdf out.pdf) and read the result.",
    PDF_ENCRYPTED: "Open it with the password and print or save an unprotected copy, or ask the office for the .docx.",
    PDF_UNREADABLE: "Download the file again; if it opens in a PDF viewer, save or print it to a new PDF.",
    PDF_UNSAFE: "Do not open the file in other tools either; if it is genuine, raise --max-unzipped-bytes / --max-zip-ratio / --max-pages.",
    ENCODING_UNKNOWN:
      "Save the text as UTF-8, or name the encoding with --encoding (e.g. --encoding big5; --encoding utf-8 keeps damaged UTF-8 and lists the bad bytes).",
    NO_TABLE_FOUND: "Check that this is a breakdown table; the message lists the tables or lines that were seen.",
    LIMIT_EXCEEDED: "Raise --max-rows, --max-columns or --max-cell-chars if the document is genuine.",
    FIXES_INVALID: "Correct the fixes file; `breakdown schema --fixes` prints its JSON Schema.",
    JSON_INVALID: "Give the .docx or text instead, or re-run `breakdown parse` to write the JSON again.",
    REFERENCE_UNREADABLE: "Check the reference's path and that it is a .docx, text or JSON of the same kind of table; the message gives the reason it could not be read.",
    OUTPUT_OVER_INPUT: "Choose another output folder with -o.",
    OUTPUT_UNWRITABLE: "Check the folder's permissions and free disk space.",
    WORKER_DIED: "The file is far larger or more deeply built than a real table; check it, and if it is genuine, read it alone (`breakdown parse FILE`) and report it.",
    TIME_LIMIT: "Read the file with `breakdown parse FILE` instead, or restart the page with a longer --parse-timeout if it is genuine.",
    SERVER_BUSY: "Try again in a few seconds.",
    USAGE: "Run `breakdown --help` or `breakdown <command> --help`.",
  },
);

/** A byte count as a person reads it, in the catalogue's language. */
const bytes = (n: number): string => String(n);

/**
 * The sentence each throw site says about its error (the detail after the code), in both
 * languages, with the values it names as parameters. `BreakdownError`'s `message` is the English
 * one (for library users); the CLI prints the one of `--lang`.
 */
export const ERROR_DETAILS = catalogue(
  {
    // INPUT_NOT_FOUND
    notAFile: "该路径不是文件。",
    fileNotFound: "文件不存在或无法读取。",
    folderIsNotFile: "该路径是一个文件夹，不是文件：请给出其中的一个文件。",
    folderUnreadable: "无法读取该文件夹。",
    folderEmpty: (p: { extensions: string[] }) => `该文件夹中没有可读的文件（${p.extensions.join("、")}）。`,
    patternUnmatched: (p: { extensions: string[] }) => `没有与该模式匹配的可读文件（${p.extensions.join("、")}）。`,
    notFileOrFolder: "该路径既不是文件也不是文件夹。",
    fixesNotFound: "修正文件不存在或无法读取。",
    // INPUT_EMPTY
    emptyFile: "文件是空的（0 字节）。",
    onlyWhitespace: "文件中没有文字（只有空白）。",
    // INPUT_TOO_LARGE
    inputTooLarge: (p: { size: number; limit: number }) => `输入有 ${bytes(p.size)} 字节，超过上限 ${bytes(p.limit)}（--max-input-bytes）。`,
    // UNSUPPORTED_FORMAT / LEGACY_DOC / DOCX_ENCRYPTED
    oleEncrypted: "该文档设有密码（加密的 Office 文件包）。",
    wps: "该文件是 WPS .wps 文档，不是 .docx。",
    wpsWithoutWord: "该文件名为或标记为 WPS .wps 文档，但其中没有 Word 文档流（WordDocument），无法转换。",
    noLibreOffice: (p: { format: string; to: string; pkg: string; env: string }) =>
      `该文件是 .${p.format} 格式，需要用 LibreOffice 转换为 .${p.to} 后读取，但未安装 LibreOffice（soffice 不在 PATH 中，或 ${p.env} 指向的程序不存在）。请安装（Debian/Ubuntu：apt-get install ${p.pkg}），或把 ${p.env} 设为 soffice 的路径，或将文件另存为 .${p.to}。`,
    conversionTimeout: (p: { format: string; to: string; seconds: number }) => `LibreOffice 将该 .${p.format} 文件转换为 .${p.to} 用时超过 ${p.seconds} 秒，已被终止。`,
    conversionFailed: (p: { format: string; to: string; said: string }) => `LibreOffice 未能将该文件（按 .${p.format} 读取）转换为 .${p.to}（${p.said}）；文件可能已损坏，或并非其字节所显示的格式。`,
    htmlTooDeep: (p: { limit: number }) => `该网页的元素嵌套超过 ${p.limit} 层，远深于任何真实网页；读取前即予拒绝。`,
    htmlNoText: "没有找到任务分解表：该网页除导航和页脚外没有文字。",
    conversionNotStarted: (p: { program: string; format: string; reason: string }) => `无法启动 LibreOffice（${p.program}）来转换该 .${p.format} 文件：${p.reason}。`,
    workbookTooManyRows: (p: { limit: number; part: string }) => `该工作簿各工作表的行数超过 ${p.limit}（--max-rows），在 ${p.part} 处超出；读取前即予拒绝。`,
    noWorkbook: "该 zip 压缩包中没有 xl/workbook.xml，不是 Excel 工作簿。",
    workbookUnreadable: (p: { reason: string }) => `无法读取该工作簿（${p.reason}）：文件可能已损坏。`,
    binaryDoc: "该文件是旧版二进制 Word .doc，不是 .docx。",
    binaryDocText: "该文本是旧版二进制 Word .doc 的内部字节（被当作文字显示），不是文档的文字。",
    xls: "该文件是 Excel 97–2003 .xls 工作簿，不是 Word 文档。",
    ppt: "该文件是 PowerPoint 97–2003 .ppt 演示文稿，不是 Word 文档。",
    ole: "该文件是 OLE2 复合文件（旧版 Office 格式），其中没有 Word 文档。",
    pdf: "该文件是 PDF，不是 .docx 或文本。",
    rtf: "该文件是 RTF，不是 .docx 或文本。",
    // PDF_NO_TEXT / PDF_ENCRYPTED / PDF_UNREADABLE / PDF_UNSAFE
    pdfNoText: (p: { pages: number; images: number }) => `该 PDF 没有文字层：${p.pages === 1 ? "其页面" : `其 ${p.pages} 页`}只有 ${p.images} 幅图片，没有文字（扫描件，或没有页面的 PDF）。`,
    pdfEncrypted: "该 PDF 设有密码，不输入密码无法打开。",
    pdfUnreadable: (p: { reason: string }) => `无法读取该 PDF（已损坏或不完整），原因：${p.reason}。`,
    pdfStreamRatio: (p: { at: number; ratio: number; compressed: number; cap: number }) => `位于第 ${p.at} 字节的压缩流解压后超过 ${p.ratio} 倍（--max-zip-ratio）：${p.compressed} 字节解压超过 ${p.cap} 字节。`,
    pdfStreamsTotal: (p: { limit: number }) => `该 PDF 的压缩流解压后总计超过 ${p.limit} 字节（--max-unzipped-bytes）。`,
    pdfPages: (p: { pages: number; limit: number }) => `该 PDF 有 ${p.pages} 页，超过上限 ${p.limit} 页（--max-pages）。`,
    pdfScannedPages: (p: { pages: string; count: number }) => `${p.count === 1 ? "第" : "第"} ${p.pages} 页只有图片，没有文字：表格可能是扫描件（请做文字识别，或向发文单位索取 .docx）`,
    image: "该文件是图片，不是 .docx 或文本。",
    archive: "该文件是压缩包（gzip、7z 或 RAR），不是 .docx 或文本：请先从中解压出文档。",
    zipEncrypted: "压缩包中的条目已加密（设有密码的 zip）。",
    zipEntryEncrypted: (p: { entry: string }) => `压缩包中的条目已加密（${p.entry}）：这是设有密码的 zip。`,
    // DOCX_UNREADABLE / DOCX_NO_DOCUMENT
    docxNotZip: "文件名为 .docx，但不是 zip 压缩包（文件不完整，或是其他格式改名）。",
    docxDamaged: (p: { reason: string }) => `无法读取该 .docx（zip 或 XML 已损坏），原因：${p.reason}。`,
    zipUnreadable: (p: { reason: string }) => `该文件不是可读的 zip 压缩包（${p.reason}）：可能不完整或已损坏。`,
    zipNoLocalHeader: (p: { entry: string }) => `该文件不是可读的 zip 压缩包（目录所指位置没有 ${p.entry} 的本地文件头）：可能不完整或已损坏。`,
    zipEntryPastEnd: (p: { entry: string }) => `该文件不是可读的 zip 压缩包（${p.entry} 超出文件末尾）：可能不完整或已损坏。`,
    zipEntryBroken: (p: { entry: string; reason: string }) => `该文件不是可读的 zip 压缩包（${p.entry}：${p.reason}）：可能不完整或已损坏。`,
    zipMethod: (p: { entry: string; method: number }) => `该文件不是可读的 zip 压缩包（${p.entry} 使用压缩方法 ${p.method}，Word 从不使用）。`,
    zipSizeMismatch: (p: { entry: string; size: number; declared: number }) =>
      `该文件不是可读的 zip 压缩包（${p.entry} 解压后为 ${p.size} 字节，而不是声明的 ${p.declared} 字节）：可能不完整或已损坏。`,
    noWordDocument: "该 zip 压缩包中没有 Word 文档（没有带正文的 word/document.xml）：不是 .docx。",
    noMainPart: (p: { part: string; looksLike: "xlsx" | "pptx" | "odt" | "" }) =>
      `该 zip 压缩包中没有 ${p.part}，不是 Word 文档。${{ xlsx: "它像是 Excel 工作簿（.xlsx）。", pptx: "它像是 PowerPoint 演示文稿（.pptx）。", odt: "它像是 OpenDocument 文件（.odt），请另存为 .docx。", "": "" }[p.looksLike]}`,
    // DOCX_UNSAFE / DOCX_TOO_DEEP
    zipPathEscapes: (p: { reason: string }) => `压缩包中有条目的路径指向压缩包之外（${p.reason}）。`,
    zipLiesAboutSize: (p: { entry: string; declared: number }) => `条目 ${p.entry} 解压后超过其声明的 ${p.declared} 字节：压缩包谎报大小（zip 炸弹）。`,
    zipTooManyEntries: (p: { count: number; limit: number }) => `压缩包有 ${p.count} 个条目，超过上限 ${p.limit}（--max-zip-entries）。`,
    zipMoreEntries: (p: { limit: number }) => `压缩包的条目多于 ${p.limit} 个（--max-zip-entries）。`,
    zipTooBig: (p: { limit: number; declared: number; entry: string }) =>
      `压缩包的条目解压后超过 ${p.limit} 字节（--max-unzipped-bytes）；到条目 ${p.entry} 时已声明 ${p.declared} 字节。`,
    zipRatio: (p: { entry: string; ratio: number | null; limit: number; compressed: number; declared: number }) =>
      `条目 ${p.entry} 的压缩比为 ${p.ratio === null ? "无穷大" : `${p.ratio}×`}，超过上限 ${p.limit}×（--max-zip-ratio）；压缩后 ${p.compressed} 字节，声明解压后为 ${p.declared} 字节。`,
    xmlDtd: (p: { part: string }) => `XML 部件 ${p.part} 声明了 DTD 或实体（<!DOCTYPE / <!ENTITY>），Word 从不这样写；为不展开任何实体，予以拒绝。`,
    xmlTooDeep: (p: { part: string; limit: number; depth: number }) => `XML 部件 ${p.part} 的元素嵌套超过 ${p.limit} 层，任何 Word 文档都不会这样；实际至少 ${p.depth} 层。`,
    // ENCODING_UNKNOWN / USAGE (encoding)
    encodingUnknown: (p: { count: number; firstByte: number | null; firstBytes: string }) =>
      `该文本不是 UTF-8、UTF-16 或 GB18030/GBK（可能是 Big5 或其他编码）；按 UTF-8 有 ${p.count} 处无法解码${p.firstByte === null ? "" : `，第一处在第 ${p.firstByte} 字节（${p.firstBytes}）`}，按 GB18030 或 UTF-16 读也有无法识别的字符。使用 --encoding utf-8 时会保留文本，并把每处无法解码的字节列为未入表文本。`,
    encodingFlagUnknown: (p: { got: string }) => `--encoding 指定了未知的编码：${p.got}。`,
    // NO_TABLE_FOUND
    noTableText: "没有找到任务分解表：没有表头行（序号、重点任务、责任单位……），也没有带责任单位的编号任务。",
    noTableTransposed: "这是转置印刷的统计表：各项目印成列（每项下面重复“目标、任务、进度……”），每个地区一行数字。breakdown 按行读取任务，不读这种表；请换用按项目逐行排列的任务分解表。",
    noTableDocx: (p: { tables: number }) =>
      p.tables === 0
        ? "没有找到任务分解表。文档中没有表格含表头词（序号、重点任务、主要内容、责任单位……）。"
        : `没有找到任务分解表。文档中的 ${p.tables} 个表格都没有含表头词（序号、重点任务、主要内容、责任单位……）的表头行。`,
    // LIMIT_EXCEEDED
    tooManyRows: (p: { rows: number; limit: number }) => `表格有 ${p.rows} 行，超过上限 ${p.limit}（--max-rows）。`,
    tooManyColumns: (p: { columns: number; limit: number }) => `表格有 ${p.columns} 列，超过上限 ${p.limit}（--max-columns）。`,
    cellTooLong: (p: { chars: number; limit: number }) => `有一个单元格有 ${p.chars} 个字符，超过上限 ${p.limit}（--max-cell-chars）。`,
    docTooManyRows: (p: { rows: number; limit: number }) => `文档有 ${p.rows} 个表格行，超过上限 ${p.limit}（--max-rows）。`,
    rowsUncuttable: (p: { rows: number; most: number; limit: number }) =>
      `文档有 ${p.rows} 个无法分开的表格行（某单元格向下合并跨越了它们、某个域未结束，或 XML 结构无法切分）；一次读入可能多达 ${p.most} 行，超过 --max-rows（${p.limit}）的三分之一。`,
    // FIXES_INVALID
    fixesUnreadable: "无法读取修正文件。",
    fixesNotJson: (p: { reason: string }) => `修正文件不是有效的 JSON：${p.reason}。`,
    fixesShape: (p: { path: string; reason: string }) => `修正文件在 \`${p.path}\` 处格式不对：${p.reason}。`,
    fixesNoTask: (p: { seq: number; range: string }) => `修正文件指定了第 ${p.seq} 项任务，而文档中没有这一项（${p.range === "" ? "文档没有任务" : `文档的任务为 ${p.range}`}）。`,
    fixesReviewedNoTask: (p: { seq: number; range: string }) => `修正文件把第 ${p.seq} 项任务标为已核对，而文档中没有这一项（${p.range === "" ? "文档没有任务" : `文档的任务为 ${p.range}`}）。`,
    fixesNoField: (p: { seq: number; field: string; fields: string }) => `第 ${p.seq} 项任务的修正指定了字段 \`${p.field}\`，该字段不存在；可用的字段为 ${p.fields}。`,
    fixesNoSection: (p: { seq: number; section: string; sections: string }) => `第 ${p.seq} 项任务的修正指定了板块 \`${p.section}\`，该板块不存在；现有板块为 ${p.sections}。`,
    // JSON_INVALID
    jsonNotJson: (p: { reason: string }) => `该文件不是有效的 JSON：${p.reason}。`,
    jsonVersion: (p: { got: string; readable: string }) => `该 JSON 按结构版本 ${p.got} 写出；本程序能读取 ${p.readable}，实际为 ${p.got}。`,
    jsonSchema: (p: { count: number }) => `该 JSON 不是 \`breakdown parse\` 写出的文档（有 ${p.count} 处不符合结构定义）。`,
    // REFERENCE_UNREADABLE
    referenceUnreadable: (p: { code: string; zh: string; en: string }) => `无法读取参照文件：${p.code}：${p.zh}`,
    // OUTPUT_OVER_INPUT / OUTPUT_UNWRITABLE
    outputOverInput: (p: { target: string; input: string }) => `写出 ${p.target} 会覆盖输入文件 ${p.input}。`,
    outputUnwritable: (p: { target: string }) => `无法写入 ${p.target}。`,
    outputFolderUnwritable: (p: { dir: string }) => `无法创建输出文件夹 ${p.dir}。`,
    // WORKER_DIED
    workerOutOfMemory: (p: { heapMb: number }) => `读取该文件的工作进程中断：内存耗尽（工作进程的堆上限为 ${p.heapMb} MB）。其他文件不受影响。`,
    workerStopped: (p: { how: string }) => `读取该文件的工作进程中断：进程停止（${p.how}）。其他文件不受影响。`,
    // USAGE
    usage: (p: { code: string; reason: string; quoted: string[] }) => {
      // commander's messages (its error codes), said again in Chinese with the words they quote.
      const [a = "", b = ""] = p.quoted;
      const said: Record<string, string> = {
        "commander.unknownOption": `未知选项 ${a}。`,
        "commander.unknownCommand": `未知命令 ${a}。`,
        "commander.missingArgument": `缺少参数 ${a}。`,
        "commander.optionMissingArgument": `选项 ${a} 缺少取值。`,
        "commander.missingMandatoryOptionValue": `缺少必需的选项 ${a}。`,
        "commander.excessArguments": "参数过多。",
        "commander.invalidArgument": `${a} 的取值 ${b} 无效：${(/is invalid\. (.*)$/s.exec(p.reason)?.[1] ?? "").replace(/^Allowed choices are (.*)\.$/, "可选值为 $1")}。`,
      };
      return said[p.code] ?? `命令行有误：${p.reason}`;
    },
    badOption: (p: { option: string; reason: string }) => `选项 \`${p.option}\` 无效：${p.reason}。`,
    badFlag: (p: { flag: string; reason: string; got: string }) => `${p.flag}：${p.reason}，实际为 ${p.got}。`,
    badDiffOption: (p: { option: string; reason: string }) => `diff 选项 \`${p.option}\` 无效：${p.reason}。`,
    badInput: (p: { what: string; got: string }) => `输入${p.what}；实际为 ${p.got}。`,
    fixesForOne: (p: { inputs: number }) => `--fixes 只适用于一份文档，实际给出了${p.inputs === 1 ? "一个文件夹或模式" : ` ${p.inputs} 个输入`}。`,
    diffNeedsOut: (p: { formats: string }) => `--format ${p.formats} 要写出文件：请用 -o 目录 指定文件夹，目前没有 -o。`,
    portInUse: (p: { port: string }) => `--port：端口已被占用：${p.port}；请用 --port 另选一个（0：任意空闲端口）。`,
    noSuchHost: (p: { host: string }) => `--host：本机没有该地址：${p.host}。`,
    cannotListen: (p: { where: string; reason: string }) => `无法在 ${p.where} 上监听：${p.reason}。`,
  },
  {
    notAFile: "The path is not a file.",
    fileNotFound: "The file does not exist or cannot be read.",
    folderIsNotFile: "The path is a folder, not a file: give one of its files.",
    folderUnreadable: "The folder cannot be read.",
    folderEmpty: (p: { extensions: string[] }) => `The folder has no file breakdown reads (${p.extensions.join(", ")}).`,
    patternUnmatched: (p: { extensions: string[] }) => `No file breakdown reads (${p.extensions.join(", ")}) matches the pattern.`,
    notFileOrFolder: "The path is not a file or a folder.",
    fixesNotFound: "The fixes file does not exist or cannot be read.",
    emptyFile: "The file is empty (0 bytes).",
    onlyWhitespace: "The file has no text (only whitespace).",
    inputTooLarge: (p: { size: number; limit: number }) => `The input is ${bytes(p.size)} bytes, over the limit of ${bytes(p.limit)} (--max-input-bytes).`,
    oleEncrypted: "The document is password-protected (an encrypted Office package).",
    wps: "The file is a WPS .wps document, not a .docx.",
    wpsWithoutWord: "The file is named or marked as a WPS .wps document but holds no Word document stream (WordDocument): it cannot be converted.",
    noLibreOffice: (p: { format: string; to: string; pkg: string; env: string }) =>
      `The file is .${p.format}; it is read by converting it to .${p.to} with LibreOffice, which is not installed (soffice is not on PATH, or ${p.env} names a missing program). Install it (Debian/Ubuntu: apt-get install ${p.pkg}) or set ${p.env} to its soffice, or save the file as .${p.to}.`,
    conversionTimeout: (p: { format: string; to: string; seconds: number }) => `LibreOffice took longer than ${p.seconds} s to convert the .${p.format} file to .${p.to} and was stopped.`,
    conversionFailed: (p: { format: string; to: string; said: string }) => `LibreOffice could not convert the file, read as .${p.format}, to .${p.to} (${p.said}); it may be damaged or not what its bytes suggest.`,
    htmlTooDeep: (p: { limit: number }) => `The page nests elements more than ${p.limit} levels deep, far deeper than any real page; it is refused before it is read.`,
    htmlNoText: "No breakdown table found: the page shows no text outside its navigation and footer.",
    conversionNotStarted: (p: { program: string; format: string; reason: string }) => `LibreOffice (${p.program}) could not be started to convert the .${p.format} file: ${p.reason}.`,
    workbookTooManyRows: (p: { limit: number; part: string }) => `The workbook's sheets have more than ${p.limit} rows (--max-rows), by ${p.part}; it is refused before it is read.`,
    noWorkbook: "The zip archive has no xl/workbook.xml, so it is not an Excel workbook.",
    workbookUnreadable: (p: { reason: string }) => `The workbook could not be read (${p.reason}): it may be damaged.`,
    binaryDoc: "The file is an old binary Word .doc, not a .docx.",
    binaryDocText: "The text is the inside of an old binary Word .doc (its bytes were shown as text), not the document's text.",
    xls: "The file is an Excel 97–2003 .xls workbook, not a Word document.",
    ppt: "The file is a PowerPoint 97–2003 .ppt presentation, not a Word document.",
    ole: "The file is an OLE2 compound file (an old Office format) with no Word document in it.",
    pdf: "The file is a PDF, not a .docx or text.",
    rtf: "The file is RTF, not a .docx or text.",
    // PDF_NO_TEXT / PDF_ENCRYPTED / PDF_UNREADABLE / PDF_UNSAFE
    pdfNoText: (p: { pages: number; images: number }) => `The PDF has no text layer: ${p.pages === 1 ? "its page holds" : `its ${p.pages} pages hold`} ${p.images} image${p.images === 1 ? "" : "s"} and no text (a scan, or a PDF with no pages).`,
    pdfEncrypted: "The PDF is password-protected: it cannot be opened without its password.",
    pdfUnreadable: (p: { reason: string }) => `The PDF cannot be read (damaged or truncated); got: ${p.reason}.`,
    pdfStreamRatio: (p: { at: number; ratio: number; compressed: number; cap: number }) => `A stream at byte ${p.at} inflates more than ${p.ratio}× (--max-zip-ratio); got ${p.compressed} bytes inflating past ${p.cap}.`,
    pdfStreamsTotal: (p: { limit: number }) => `The PDF's streams inflate to more than ${p.limit} bytes in all (--max-unzipped-bytes).`,
    pdfPages: (p: { pages: number; limit: number }) => `The PDF has ${p.pages} pages, over the limit of ${p.limit} (--max-pages).`,
    pdfScannedPages: (p: { pages: string; count: number }) => `${p.count === 1 ? "page" : "pages"} ${p.pages} ${p.count === 1 ? "is" : "are"} only images, with no text: the table may be scanned (OCR it, or ask the office for the .docx)`,
    image: "The file is an image, not a .docx or text.",
    archive: "The file is a compressed archive (gzip, 7z or RAR), not a .docx or text: extract the document from it first.",
    zipEncrypted: "The archive's entries are encrypted (a password-protected zip).",
    zipEntryEncrypted: (p: { entry: string }) => `The archive's entries are encrypted (${p.entry}): a password-protected zip.`,
    docxNotZip: "The file is named .docx but is not a zip archive (truncated, or another format renamed).",
    docxDamaged: (p: { reason: string }) => `The .docx cannot be read (a damaged zip or XML), got: ${p.reason}.`,
    zipUnreadable: (p: { reason: string }) => `The file is not a readable zip archive (${p.reason}): it may be truncated or damaged.`,
    zipNoLocalHeader: (p: { entry: string }) => `The file is not a readable zip archive (no local header for ${p.entry} where the directory puts it): it may be truncated or damaged.`,
    zipEntryPastEnd: (p: { entry: string }) => `The file is not a readable zip archive (${p.entry} runs past its end): it may be truncated or damaged.`,
    zipEntryBroken: (p: { entry: string; reason: string }) => `The file is not a readable zip archive (${p.entry}: ${p.reason}): it may be truncated or damaged.`,
    zipMethod: (p: { entry: string; method: number }) => `The file is not a readable zip archive (${p.entry} uses compression method ${p.method}, which Word never writes).`,
    zipSizeMismatch: (p: { entry: string; size: number; declared: number }) =>
      `The file is not a readable zip archive (${p.entry} inflates to ${p.size} bytes, not the ${p.declared} it declares): it may be truncated or damaged.`,
    noWordDocument: "The zip archive holds no Word document (no word/document.xml with a body): it is not a .docx.",
    noMainPart: (p: { part: string; looksLike: "xlsx" | "pptx" | "odt" | "" }) =>
      `The zip archive has no ${p.part}, so it is not a Word document.${{ xlsx: " It looks like an Excel workbook (.xlsx).", pptx: " It looks like a PowerPoint presentation (.pptx).", odt: " It looks like an OpenDocument file (.odt); save it as .docx.", "": "" }[p.looksLike]}`,
    zipPathEscapes: (p: { reason: string }) => `The archive has an entry whose path leaves the archive (${p.reason}).`,
    zipLiesAboutSize: (p: { entry: string; declared: number }) => `Entry ${p.entry} inflates to more than its declared ${p.declared} bytes: the archive lies about its sizes (a zip bomb).`,
    zipTooManyEntries: (p: { count: number; limit: number }) => `The archive has ${p.count} entries, over the limit of ${p.limit} (--max-zip-entries).`,
    zipMoreEntries: (p: { limit: number }) => `The archive has more than ${p.limit} entries (--max-zip-entries).`,
    zipTooBig: (p: { limit: number; declared: number; entry: string }) =>
      `The archive's entries unzip to more than ${p.limit} bytes (--max-unzipped-bytes); got ${p.declared} bytes by entry ${p.entry}.`,
    zipRatio: (p: { entry: string; ratio: number | null; limit: number; compressed: number; declared: number }) =>
      `Entry ${p.entry} is compressed ${p.ratio === null ? "infinitely" : `${p.ratio}×`}, over the limit of ${p.limit}× (--max-zip-ratio); got ${p.compressed} bytes declared to unzip to ${p.declared}.`,
    xmlDtd: (p: { part: string }) => `The XML part ${p.part} declares a DTD or entities (<!DOCTYPE / <!ENTITY>), which Word never writes; it is refused so that no entity is expanded.`,
    xmlTooDeep: (p: { part: string; limit: number; depth: number }) => `The XML part ${p.part} nests elements more than ${p.limit} deep, which no Word document does; got at least ${p.depth}.`,
    encodingUnknown: (p: { count: number; firstByte: number | null; firstBytes: string }) =>
      `The text is not UTF-8, UTF-16 or GB18030/GBK (perhaps Big5 or another encoding); got ${p.count} undecodable UTF-8 sequences${p.firstByte === null ? "" : `, the first at byte ${p.firstByte} (${p.firstBytes})`}, and unreadable characters as GB18030 or UTF-16. With --encoding utf-8 the text is kept and each undecodable sequence listed as a leftover.`,
    encodingFlagUnknown: (p: { got: string }) => `Unknown encoding for --encoding, got ${p.got}.`,
    noTableText: "No breakdown table found: no header row (序号, 重点任务, 责任单位…) and no numbered tasks with units.",
    noTableTransposed: "The table is a statistics table printed transposed: its items are columns (each with the same sub-headers, 目标, 任务, 进度…, repeated) and each area a row of figures. breakdown reads tasks as rows and does not read this table; use a breakdown table that lists one item per row.",
    noTableDocx: (p: { tables: number }) =>
      `No breakdown table found. ${p.tables === 0 ? "The document has no tables" : `None of its ${p.tables} table${p.tables === 1 ? "" : "s"} has a header row`} with the vocabulary (序号, 重点任务, 主要内容, 责任单位…).`,
    tooManyRows: (p: { rows: number; limit: number }) => `The table has ${p.rows} rows, over the limit of ${p.limit} (--max-rows).`,
    tooManyColumns: (p: { columns: number; limit: number }) => `The table has ${p.columns} columns, over the limit of ${p.limit} (--max-columns).`,
    cellTooLong: (p: { chars: number; limit: number }) => `A cell has ${p.chars} characters, over the limit of ${p.limit} (--max-cell-chars).`,
    docTooManyRows: (p: { rows: number; limit: number }) => `The document has ${p.rows} table rows, over the limit of ${p.limit} (--max-rows).`,
    rowsUncuttable: (p: { rows: number; most: number; limit: number }) =>
      `The document has ${p.rows} table rows that cannot be cut apart (a cell merged down across them, a field left open, or XML the cut does not follow); read at once, it may have ${p.most}, a third of --max-rows (${p.limit}).`,
    fixesUnreadable: "The fixes file cannot be read.",
    fixesNotJson: (p: { reason: string }) => `The fixes file is not valid JSON: ${p.reason}.`,
    fixesShape: (p: { path: string; reason: string }) => `The fixes file is not of the expected shape at \`${p.path}\`: ${p.reason}.`,
    fixesNoTask: (p: { seq: number; range: string }) => `The fixes name task ${p.seq}, which the document does not have (it has ${p.range === "" ? "no tasks" : p.range}).`,
    fixesReviewedNoTask: (p: { seq: number; range: string }) => `The fixes mark task ${p.seq} reviewed, which the document does not have (it has ${p.range === "" ? "no tasks" : p.range}).`,
    fixesNoField: (p: { seq: number; field: string; fields: string }) => `The fix for task ${p.seq} names field \`${p.field}\`, which does not exist; fields are ${p.fields}.`,
    fixesNoSection: (p: { seq: number; section: string; sections: string }) => `The fix for task ${p.seq} names section \`${p.section}\`, which does not exist; sections are ${p.sections}.`,
    jsonNotJson: (p: { reason: string }) => `The file is not valid JSON: ${p.reason}.`,
    jsonVersion: (p: { got: string; readable: string }) => `The JSON was written for schema version ${p.got}; this breakdown reads ${p.readable}, got ${p.got}.`,
    jsonSchema: (p: { count: number }) => `The JSON is not a document written by \`breakdown parse\` (${p.count} schema problem${p.count === 1 ? "" : "s"}).`,
    referenceUnreadable: (p: { code: string; zh: string; en: string }) => `The reference could not be read: ${p.code}: ${p.en}`,
    outputOverInput: (p: { target: string; input: string }) => `Writing ${p.target} would overwrite the input ${p.input}.`,
    outputUnwritable: (p: { target: string }) => `${p.target} cannot be written.`,
    outputFolderUnwritable: (p: { dir: string }) => `The output folder ${p.dir} cannot be created.`,
    workerOutOfMemory: (p: { heapMb: number }) => `The worker reading this file was lost: it ran out of memory (a worker's heap is limited to ${p.heapMb} MB). The other files are not affected.`,
    workerStopped: (p: { how: string }) => `The worker reading this file was lost: it stopped (${p.how}). The other files are not affected.`,
    usage: (p: { code: string; reason: string; quoted: string[] }) => p.reason,
    badOption: (p: { option: string; reason: string }) => `Invalid option \`${p.option}\`: ${p.reason}.`,
    badFlag: (p: { flag: string; reason: string; got: string }) => `${p.flag}: ${p.reason}, got ${p.got}.`,
    badDiffOption: (p: { option: string; reason: string }) => `Invalid diff option \`${p.option}\`: ${p.reason}.`,
    badInput: (p: { what: string; got: string }) => `The input${p.what}; got ${p.got}.`,
    fixesForOne: (p: { inputs: number }) => `--fixes applies to one document, got ${p.inputs === 1 ? "a folder or pattern" : `${p.inputs} inputs`}.`,
    diffNeedsOut: (p: { formats: string }) => `--format ${p.formats} writes files: give the folder with -o DIR, got no -o.`,
    portInUse: (p: { port: string }) => `--port: the port is in use, got ${p.port}; choose another with --port (0: any free port).`,
    noSuchHost: (p: { host: string }) => `--host: this machine has no such address, got ${p.host}.`,
    cannotListen: (p: { where: string; reason: string }) => `Cannot listen on ${p.where}: ${p.reason}.`,
  },
);

export type ErrorDetailKey = keyof (typeof ERROR_DETAILS)["zh"];
type DetailEntry<K extends ErrorDetailKey> = (typeof ERROR_DETAILS)["zh"][K];
export type ErrorDetailParams<K extends ErrorDetailKey> = DetailEntry<K> extends (params: infer P) => string ? P : undefined;

/** One throw site's sentence: its catalogue key and the values it names. Plain data (it crosses a worker's boundary). */
export type ErrorDetail = { [K in ErrorDetailKey]: ErrorDetailParams<K> extends undefined ? { key: K; params?: undefined } : { key: K; params: ErrorDetailParams<K> } }[ErrorDetailKey];

/** The detail `key` with its parameters (`detail("inputTooLarge", { size, limit })`). */
export function detail<K extends ErrorDetailKey>(key: K, ...params: ErrorDetailParams<K> extends undefined ? [] : [ErrorDetailParams<K>]): ErrorDetail {
  return { key, params: params[0] } as ErrorDetail;
}

/** A detail's sentence in a language. */
export function detailText(d: ErrorDetail, lang: "zh" | "en"): string {
  const entry = ERROR_DETAILS[lang][d.key] as string | ((p: unknown) => string);
  return typeof entry === "string" ? entry : entry(d.params);
}

/**
 * The lines under an error (`BreakdownError.details`: the tables or lines NO_TABLE_FOUND saw, the
 * schema problems of a JSON), said in `lang`. They are kept English in the error (the library's
 * callers and the review page read them as they are); their few shapes are said again here, and
 * the document's own text in them (header words, first lines) is kept as it is.
 */
export function detailLineText(line: string, lang: "zh" | "en"): string {
  if (lang === "en") return line;
  let m = /^first lines: (.*)$/s.exec(line);
  if (m) return `开头几行：${m[1]}`;
  if (line === "the document has no tables") return "文档中没有表格";
  m = /^read as \.(\w+), converted to \.(\w+) by (.+)$/.exec(line);
  if (m) return `按 .${m[1]} 读取，已由 ${m[3]} 转换为 .${m[2]}`;
  m = /^and (\d+) more tables$/.exec(line);
  if (m) return `另有 ${m[1]} 个表格`;
  m = /^… and (\d+) more$/.exec(line);
  if (m) return `……另有 ${m[1]} 处`;
  m = /^table (\d+)(?: \(inside table (\d+)\))?, (\d+) rows? × (\d+) columns?: (?:(no text)|(first row)|row (\d+)): ?(.*)$/s.exec(line);
  if (m) {
    const where = `表 ${m[1]}${m[2] ? `（位于表 ${m[2]} 内）` : ""}，${m[3]} 行 × ${m[4]} 列`;
    if (m[5]) return `${where}：没有文字`;
    return `${where}：${m[6] ? "第一行" : `第 ${m[7]} 行`}：${m[8]}`;
  }
  m = /^(.+?): (.*), got (.*)$/s.exec(line);
  if (m) return `${m[1] === "(top level)" ? "（顶层）" : m[1]}：${m[2]}，实际为 ${m[3]}`;
  return line;
}
