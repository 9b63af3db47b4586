// The review view: one document as breakdown read it, its repairs, and a person's fixes.
// Everything it shows comes from the server (POST /api/parse); edits go back as a fixes file.
import { clearError, download, dropZone, fill, h, onLangChange, postForm, saveBlob, showError, statusWord, t } from "./dom.js";

/** Fixes as the page writes them: `reviewed` lists the flagged rows the person said are done. */
const NO_FIXES = () => ({ fixes: {}, reviewed: [] });

const state = {
  /** The document the person chose: kept in the browser, sent with every request. */
  file: null,
  /** The fixes file's content: { fixes: { "<seq>": { "<field>": "value" } }, reviewed: [<seq>…] }. */
  fixes: NO_FIXES(),
  view: null,
  /** Task number of the row being edited. */
  editing: null,
};

const $ = (id) => document.getElementById(id);

export function initReview() {
  dropZone($("review-drop"), $("document-input"), chooseFiles);
  $("fixes-input").addEventListener("change", async () => {
    const input = $("fixes-input");
    const file = input.files && input.files[0];
    input.value = "";
    if (file) await useFixesFile(file);
  });
  $("only-attention").addEventListener("change", () => {
    $("task-table").classList.toggle("only-attention", $("only-attention").checked);
  });
  for (const button of document.querySelectorAll("[data-export]")) {
    button.addEventListener("click", () => exportAs(button.dataset.export));
  }
  $("download-fixes").addEventListener("click", () => {
    const blob = new Blob([`${JSON.stringify(state.fixes, null, 2)}\n`], { type: "application/json" });
    saveBlob(blob, `${stem()}.fixes.json`);
  });
  $("close-detail").addEventListener("click", () => ($("detail").hidden = true));
  onLangChange(() => {
    if (state.view) render();
  });
}

function stem() {
  const name = state.view ? state.view.fileName : "document";
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Dropped or chosen files: the document, and a .json among them is its fixes file. */
async function chooseFiles(files) {
  const fixesFile = files.find((f) => /\.json$/i.test(f.name));
  const documentFile = files.find((f) => f !== fixesFile);
  if (!documentFile) {
    if (fixesFile && state.file) return useFixesFile(fixesFile);
    showError($("review-error"), { code: "USAGE", message: t("error.chooseDocument"), details: [], remedy: "" });
    return;
  }
  state.file = documentFile;
  state.editing = null;
  let fixes = NO_FIXES();
  if (fixesFile) fixes = await fixesFileText(fixesFile);
  await load(fixes, { newDocument: true });
}

async function useFixesFile(file) {
  if (!state.file) {
    showError($("review-error"), { code: "USAGE", message: t("error.documentFirst"), details: [], remedy: "" });
    return;
  }
  await load(await fixesFileText(file));
}

/** The fixes file as text: the server checks it, as `breakdown parse --fixes` does. */
async function fixesFileText(file) {
  return { text: await file.text(), name: file.name };
}

function documentForm(fixes) {
  const form = new FormData();
  form.append("document", state.file, state.file.name);
  if (fixes && fixes.text !== undefined) form.append("fixes", new Blob([fixes.text], { type: "application/json" }), fixes.name);
  else if (fixes) form.append("fixes", JSON.stringify(fixes));
  return form;
}

/**
 * Read the document with these fixes. On an error with a newly chosen document, what the
 * previous one showed goes (its table and downloads are not this file's); on an error with the
 * same document (an edit), the last good state stays.
 */
async function load(fixes, { newDocument = false } = {}) {
  const status = $("review-status");
  const name = state.file.name;
  status.textContent = t("review.reading", { name });
  document.body.classList.add("busy");
  try {
    const response = await postForm("/api/parse", documentForm(fixes));
    const body = await response.json();
    clearError($("review-error"));
    state.view = body.view;
    // A fixes file without `reviewed` takes every row it fixes as done: the page says so explicitly.
    state.fixes = { ...body.fixes, reviewed: body.fixes.reviewed ?? Object.keys(body.fixes.fixes).map(Number) };
    state.editing = null;
    render();
    return true;
  } catch (error) {
    if (newDocument) forgetDocument();
    showError($("review-error"), error, t(newDocument ? "error.readFailed" : "error.editFailed", { name }));
    return false;
  } finally {
    status.textContent = "";
    document.body.classList.remove("busy");
  }
}

/** Nothing loaded: the table, its downloads and its details leave the page. */
function forgetDocument() {
  state.file = null;
  state.view = null;
  state.fixes = NO_FIXES();
  state.editing = null;
  $("review").hidden = true;
  $("detail").hidden = true;
  fill($("task-table").tHead);
  fill($("task-table").tBodies[0]);
  delete document.body.dataset.view;
}

async function exportAs(format) {
  if (!state.file) return;
  try {
    await download(`/api/export?format=${encodeURIComponent(format)}`, documentForm(state.fixes), `${stem()}.${format}`);
    clearError($("review-error"));
  } catch (error) {
    showError($("review-error"), error);
  }
}

function render() {
  const view = state.view;
  $("review").hidden = false;
  $("detail").hidden = true;
  document.body.dataset.view = "review-loaded";
  fill($("doc-title"), h("span", { class: "doc" }, view.title || view.fileName));
  fill(
    $("doc-meta"),
    h("span", { class: "doc" }, [view.issuer, view.issuedDateText].filter(Boolean).join(" \u00b7 ")),
    h("span", { class: ["source", "doc"] }, ` ${view.fileName} (${view.format}, ${view.layout})`),
  );
  const c = view.counts;
  fill(
    $("counts"),
    h("span", { class: "count" }, t("count.tasks", { n: c.tasks })),
    ["ok", "repaired", "needs_review", "missing"].map((status) => h("span", { class: ["count", `status-${status}`], data: { status } }, `${statusWord(status)} ${c[status]}`)),
    view.leftovers ? h("span", { class: "count" }, t("count.leftovers", { n: view.leftovers })) : null,
  );
  const fixCount = Object.values(state.fixes.fixes).reduce((n, fields) => n + Object.keys(fields).length, 0);
  $("download-fixes").disabled = fixCount === 0 && state.fixes.reviewed.length === 0;
  fill($("fix-count"), fixCount ? t("review.fixCount", { n: fixCount }) : t("review.noEdits"));
  fill($("general-messages"), view.messages.map((m) => h("li", { class: `severity-${m.severity}` }, h("code", { class: "rule-id" }, m.ruleId), " ", h("span", { class: "reason" }, m.reason))));
  renderTable();
}

function renderTable() {
  const view = state.view;
  const table = $("task-table");
  fill(
    table.tHead,
    h("tr", {}, h("th", { scope: "col", class: "status-col" }, t("table.status")), view.columns.map((col) => h("th", { scope: "col", class: "doc", data: { key: col.key } }, col.header))),
  );
  const width = view.columns.length + 1;
  const rows = [];
  for (const row of view.rows) {
    if (row.kind === "section") {
      rows.push(h("tr", { class: ["section", `level-${row.level}`], data: { section: row.id } }, h("th", { colspan: width, scope: "rowgroup", class: "doc" }, row.label)));
      continue;
    }
    rows.push(...taskRows(row, width));
  }
  markSectionsWithAttention(view.rows, rows);
  fill(table.tBodies[0], rows);
}

/** Under the attention filter a section stays only if a row in it (or its subsections) is kept. */
function markSectionsWithAttention(viewRows, trs) {
  const sectionTrs = trs.filter((tr) => tr.classList.contains("section"));
  viewRows.forEach((row, i) => {
    if (row.kind !== "section") return;
    for (let j = i + 1; j < viewRows.length; j++) {
      const next = viewRows[j];
      if (next.kind === "section" && next.level <= row.level) break;
      if (next.kind === "task" && next.attention) {
        sectionTrs.find((tr) => tr.dataset.section === row.id)?.classList.add("attention");
        break;
      }
    }
  });
}

function repairTitle(repairs) {
  return repairs.map((r) => `${r.manual ? t("repair.byYou") : r.ruleId}: ${r.before || t("repair.empty")} \u2192 ${r.after || t("repair.empty")}`).join("\n");
}

function taskRows(row, width) {
  const editing = state.editing === row.seq;
  const tr = h("tr", {
    class: ["task", `status-${row.status}`, row.attention && "attention", editing && "editing"],
    data: { seq: row.seq, status: row.status },
  });
  const flagged = row.status === "needs_review" || row.status === "missing";
  const notes = row.messages.length + row.repairs.length;
  const statusCell = h(
    "td",
    { class: "status-cell" },
    h("span", { class: "status-badge" }, statusWord(row.status)),
    notes ? h("button", { type: "button", class: "link", title: t("row.notesTitle") }, t("row.notes", { n: notes })) : null,
    row.editable && !editing ? h("button", { type: "button", class: "edit" }, row.status === "missing" ? t("row.fillIn") : t("row.edit")) : null,
    // The row is done when the person says so, not when one of its cells is filled.
    row.editable && flagged && !editing ? h("button", { type: "button", class: "reviewed", title: t("row.reviewedHint", { status: statusWord("repaired") }) }, t("row.markReviewed")) : null,
  );
  statusCell.querySelector("button.reviewed")?.addEventListener("click", () => markReviewed(row));
  statusCell.querySelector("button.link")?.addEventListener("click", () => showRowDetail(row));
  statusCell.querySelector("button.edit")?.addEventListener("click", () => {
    state.editing = row.seq;
    renderTable();
    document.querySelector(`tr.task[data-seq="${row.seq}"] textarea`)?.focus();
  });
  tr.append(statusCell);

  row.cells.forEach((cell, i) => {
    const column = state.view.columns[i];
    const manual = cell.repairs.some((r) => r.manual);
    const repaired = cell.repairs.some((r) => !r.manual);
    const td = h("td", {
      class: ["cell", repaired && "repaired", manual && "manual"],
      data: { key: cell.key },
      title: cell.repairs.length ? repairTitle(cell.repairs) : undefined,
      tabindex: cell.repairs.length && !editing ? 0 : undefined,
    });
    if (editing && column.editable) {
      td.append(h("textarea", { "aria-label": t("row.fieldOfTask", { field: column.header, seq: row.seq }), name: cell.key, rows: cell.key === "content" ? 4 : 2 }));
      td.lastChild.value = cell.text;
    } else {
      td.classList.add("doc");
      td.append(cellContent(cell));
      if (cell.repairs.length) {
        td.addEventListener("click", () => showCellDetail(row, column, cell));
        td.addEventListener("keydown", (e) => e.key === "Enter" && showCellDetail(row, column, cell));
      }
    }
    tr.append(td);
  });

  const out = [tr];
  if (row.raw) {
    out.push(h("tr", { class: ["raw", `status-${row.status}`, "attention"], data: { rawOf: row.seq } }, h("td", {}), h("td", { colspan: width - 1 }, h("span", { class: "raw-label" }, t("row.raw")), h("code", { class: "doc" }, row.raw))));
  }
  if (editing) {
    const save = h("button", { type: "button", class: "primary" }, t("row.save"));
    const cancel = h("button", { type: "button" }, t("row.cancel"));
    save.addEventListener("click", () => saveRow(row, tr));
    cancel.addEventListener("click", () => {
      state.editing = null;
      renderTable();
    });
    out.push(
      h(
        "tr",
        { class: ["edit-bar", "attention"] },
        h("td", {}),
        h("td", { colspan: width - 1 }, save, " ", cancel, " ", h("span", { class: "hint" }, t("row.editHint"))),
      ),
    );
  }
  return out;
}

/** A list's names each kept whole (a name never wraps inside: 龙小江, not 龙小/江), or the cell's text. */
function cellContent(cell) {
  if (!cell.items || cell.items.length === 0) return cell.text;
  const parts = [];
  cell.items.forEach((item, i) => {
    if (i > 0) parts.push(cell.separator);
    parts.push(h("span", { class: "item" }, item));
  });
  return h("span", { class: "items" }, parts);
}

/** The person says a flagged row is done: it is listed in the fixes' `reviewed`, and read again. */
async function markReviewed(row) {
  const next = JSON.parse(JSON.stringify(state.fixes));
  if (!next.reviewed.includes(row.seq)) next.reviewed.push(row.seq);
  await load(next);
}

/** A row's edits → the fixes file, then the document is read again with them. */
async function saveRow(row, tr) {
  const next = JSON.parse(JSON.stringify(state.fixes));
  const seq = String(row.seq);
  const fields = { ...(next.fixes[seq] || {}) };
  for (const area of tr.querySelectorAll("textarea")) {
    const key = area.name;
    const cell = row.cells.find((c) => c.key === key);
    const value = area.value.trim();
    if (value === "" && key in fields) delete fields[key];
    else if (value !== "" && value !== cell.text) fields[key] = value;
  }
  if (Object.keys(fields).length) next.fixes[seq] = fields;
  else delete next.fixes[seq];
  // On an error the page keeps showing the last good state, and its fixes.
  await load(next);
}

function repairList(repairs) {
  return h(
    "ul",
    { class: "repairs" },
    repairs.map((r) =>
      h(
        "li",
        { class: r.manual ? "manual" : "repaired" },
        r.manual ? h("strong", {}, t("repair.byPerson")) : h("strong", { class: "rule-id" }, r.ruleId),
        " \u2014 ",
        h("span", { class: "reason" }, r.reason),
        h("div", { class: ["before-after", "doc"] }, h("del", {}, r.before || t("repair.empty")), " \u2192 ", h("ins", {}, r.after || t("repair.empty"))),
      ),
    ),
  );
}

function showCellDetail(row, column, cell) {
  fill($("detail-body"), h("h3", {}, t("detail.task", { seq: row.seq }), " \u00b7 ", h("span", { class: "doc" }, column.header)), repairList(cell.repairs));
  $("detail").hidden = false;
}

function showRowDetail(row) {
  fill(
    $("detail-body"),
    h("h3", {}, `${t("detail.task", { seq: row.seq })} \u00b7 ${statusWord(row.status)}`),
    row.messages.length ? h("ul", { class: "messages" }, row.messages.map((m) => h("li", { class: `severity-${m.severity}` }, h("strong", { class: "rule-id" }, m.ruleId), " ", h("span", { class: "reason" }, m.reason)))) : null,
    row.repairs.length ? repairList(row.repairs) : null,
  );
  $("detail").hidden = false;
}
