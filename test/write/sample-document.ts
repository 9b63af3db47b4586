import { BreakdownDocumentSchema, SCHEMA_VERSION, type BreakdownDocument, type Task } from "../../src/model/document.js";

/**
 * Documents built in the tests, to reach what the seed has not: lead and support units, two
 * levels of sections and an empty one, a deadline and an unknown column, .docx places, and cells
 * that a spreadsheet would run as formulas. Each is checked against the schema, so it is a
 * document `parse` could have written.
 */

type TaskInput = Partial<Task> & Pick<Task, "seq" | "title">;

function task(input: TaskInput): Task {
  return {
    seqPrinted: String(input.seq),
    section: null,
    category: null,
    content: "",
    units: [...(input.leadUnits ?? []), ...(input.supportUnits ?? [])],
    leadUnits: [],
    supportUnits: [],
    contacts: [],
    leaders: [],
    deadline: null,
    progress: null,
    target: null,
    source: null,
    note: null,
    extra: {},
    status: "ok",
    repairs: [],
    raw: "",
    where: { table: 0, row: input.seq + 1 },
    fields: {},
    merged: [],
    ...input,
  };
}

export const UNKNOWN_HEADER = "督办说明";

export function sampleDocument(): BreakdownDocument {
  const doc: BreakdownDocument = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "breakdown", version: "0.0.0-test" },
    document: {
      title: "某县2025年重点工作任务分解表",
      issuer: "某县人民政府办公室",
      issuedDate: "2025-02-10",
      issuedDateText: "2025年2月10日",
      source: {
        fileName: "sample.docx",
        format: "docx",
        sha256: "a".repeat(64),
        bytes: 1234,
        encoding: null,
        layout: "docx-table",
        originalName: null,
        pageCount: null,
      },
    },
    columns: [
      { header: "序号", field: "seq", index: 0 },
      { header: "重点任务", field: "title", index: 1 },
      { header: "具体内容", field: "content", index: 2 },
      { header: "牵头单位", field: "leadUnits", index: 3 },
      { header: "配合单位", field: "supportUnits", index: 4 },
      { header: "完成时限", field: "deadline", index: 5 },
      { header: UNKNOWN_HEADER, field: "extra", index: 6 },
    ],
    sections: [
      { id: "一", number: "一", title: "优化营商环境", level: 1, parent: null, where: { table: 0, row: 1 } },
      { id: "一(一)", number: "(一)", title: "提升政务服务", level: 2, parent: "一", where: { table: 0, row: 2 } },
      { id: "一(二)", number: "(二)", title: "加强要素保障", level: 2, parent: "一", where: { table: 0, row: 5 } },
      { id: "二", number: "二", title: "尚无任务的部分", level: 1, parent: null, where: { table: 0, row: 9 } },
    ],
    tasks: [
      task({
        seq: 1,
        section: "一(一)",
        title: "推行“一件事一次办”",
        content: "梳理高频事项清单。\n推动跨部门协同办理。",
        leadUnits: ["县政务服务中心"],
        supportUnits: ["县大数据中心", "各县(市、区)政府"],
        deadline: "2025年6月底前",
        extra: { [UNKNOWN_HEADER]: "每月调度" },
      }),
      task({
        seq: 2,
        section: "一(一)",
        title: "深化“一网通办”",
        content: "推动政务服务事项全程网上办理。",
        leadUnits: ["县政务服务中心", "县数据局"],
        supportUnits: [],
        units: ["县政务服务中心", "县数据局", "各乡镇"],
        deadline: "2025年12月底前",
        extra: { [UNKNOWN_HEADER]: "季度通报" },
        status: "repaired",
        repairs: [
          { ruleId: "ocr-period", field: "content", before: "全程网上办理o", after: "全程网上办理。", where: { table: 0, row: 3, column: 2 }, reason: "A lone o is 。 misread." },
          { ruleId: "manual", field: `extra.${UNKNOWN_HEADER}`, before: "季度通掁", after: "季度通报", where: { table: 0, row: 3, column: 6 }, reason: "Fixed by a person." },
          { ruleId: "manual", field: "leaders", before: "", after: "", where: { table: 0, row: 3 }, reason: "A field the table has no column for." },
        ],
      }),
      task({ seq: 3, section: "一(二)", title: "", status: "needs_review", raw: "保障项目\u0001用地 ■■ 县自然资源局", seqPrinted: null }),
      task({ seq: 4, section: "一(二)", title: "", status: "missing", raw: "", seqPrinted: null }),
      task({
        seq: 5,
        section: "一(二)",
        title: "拓宽企业融资渠道",
        content: "开展政银企对接活动。",
        leadUnits: ["县金融服务中心"],
        supportUnits: ["县财政局"],
        deadline: "长期坚持",
        seqPrinted: "5.",
      }),
    ],
    messages: [
      { ruleId: "garbled-row", severity: "warning", reason: "Row 3 could not be read.", seq: 3, field: null, where: { table: 0, row: 6 }, actual: "保障项目\u0001用地 ■■ 县自然资源局" },
      { ruleId: "missing-row", severity: "warning", reason: "Number 4 is absent from the source.", seq: 4, field: null, where: { table: 0, row: 7 } },
      { ruleId: "merged-cell", severity: "info", reason: "The deadline cell spans two rows.", seq: 5, field: "deadline", where: { table: 0, row: 8, column: 5 } },
      { ruleId: "second-table", severity: "info", reason: "A second table was not read.", seq: null, field: null, where: { table: 1 } },
    ],
    leftovers: [{ text: "抄送\uff1a县委办", reason: "outside-table", where: { table: 0 } }],
  };
  return BreakdownDocumentSchema.parse(doc);
}

/** Text a spreadsheet would run: every kind OWASP lists, one per cell kind. */
export const HOSTILE = {
  title: "=cmd|' /C calc'!A0",
  content: "+1",
  lead: "-2",
  support: "@SUM(A1:A9)",
  deadline: "\t=1+1",
  extra: "\r=HYPERLINK(\"http://x\")",
  section: "=1+2",
  docTitle: "=WEBSERVICE(\"http://x\")",
} as const;

/** A document whose cells start like formulas, in every column, a section title and the document title. */
export function hostileDocument(): BreakdownDocument {
  const doc = sampleDocument();
  doc.document.title = HOSTILE.docTitle;
  doc.sections[1] = { ...(doc.sections[1] as BreakdownDocument["sections"][number]), title: HOSTILE.section, number: "" };
  const first = doc.tasks[0] as Task;
  doc.tasks[0] = {
    ...first,
    title: HOSTILE.title,
    content: HOSTILE.content,
    leadUnits: [HOSTILE.lead],
    supportUnits: [HOSTILE.support],
    units: [HOSTILE.lead, HOSTILE.support],
    deadline: HOSTILE.deadline,
    extra: { [UNKNOWN_HEADER]: HOSTILE.extra },
  };
  return BreakdownDocumentSchema.parse(doc);
}
