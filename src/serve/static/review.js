// The review view: one document as breakdown read it, its repairs, and a person's fixes.
// Everything it shows comes from the server (POST /api/parse); edits go back as a fixes file.
import { clearError, download, dropZone, fill, h, postForm, saveBlob, showError } from "./dom.js";

const STATUS_TEXT = { ok: "ok", repaired: "repaired", needs_review: "needs review", missing: "missing" };

const state = {
  /** The document the person chose: kept in the browser, sent with every request. */
  file: null,
  /** The fixes file's content: { fixes: { "<seq>": { "<field>": "value" } } }. */
  fixes: { fixes: {} },
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
    showError($("review-error"), { code: "USAGE", message: "Choose a document (.docx or .txt); a .json alone is a fixes file.", details: [], remedy: "" });
    return;
  }
  state.file = documentFile;
  state.editing = null;
  let fixes = { fixes: {} };
  if (fixesFile) fixes = await fixesFileText(fixesFile);
  await load(fixes);
}

async function useFixesFile(file) {
  if (!state.file) {
    showError($("review-error"), { code: "USAGE", message: "Choose the document first, then its fixes file.", details: [], remedy: "" });
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

/** Read the document with these fixes; on an error, keep what was shown before. */
async function load(fixes) {
  const status = $("review-status");
  status.textContent = `Reading ${state.file.name}\u2026`;
  document.body.classList.add("busy");
  try {
    const response = await postForm("/api/parse", documentForm(fixes));
    const body = await response.json();
    clearError($("review-error"));
    state.view = body.view;
    state.fixes = body.fixes;
    state.editing = null;
    render();
    return true;
  } catch (error) {
    showError($("review-error"), error);
    return false;
  } finally {
    status.textContent = "";
    document.body.classList.remove("busy");
  }
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
  fill($("doc-title"), view.title || view.fileName);
  fill(
    $("doc-meta"),
    [view.issuer, view.issuedDateText].filter(Boolean).join(" \u00b7 "),
    h("span", { class: "source" }, ` ${view.fileName} (${view.format}, ${view.layout})`),
  );
  const c = view.counts;
  fill(
    $("counts"),
    h("span", { class: "count" }, `${c.tasks} tasks`),
    h("span", { class: "count status-ok" }, `${c.ok} ok`),
    h("span", { class: "count status-repaired" }, `${c.repaired} repaired`),
    h("span", { class: "count status-needs_review" }, `${c.needs_review} need review`),
    h("span", { class: "count status-missing" }, `${c.missing} missing`),
    view.leftovers ? h("span", { class: "count" }, `${view.leftovers} leftovers (text in no field, listed in the XLSX)`) : null,
  );
  const fixCount = Object.values(state.fixes.fixes).reduce((n, fields) => n + Object.keys(fields).length, 0);
  $("download-fixes").disabled = fixCount === 0;
  fill($("fix-count"), fixCount ? `${fixCount} edited cell${fixCount === 1 ? "" : "s"}` : "no edits yet");
  fill($("general-messages"), view.messages.map((m) => h("li", { class: `severity-${m.severity}` }, `${m.ruleId}: ${m.reason}`)));
  renderTable();
}

function renderTable() {
  const view = state.view;
  const table = $("task-table");
  fill(
    table.tHead,
    h("tr", {}, h("th", { scope: "col", class: "status-col" }, "status"), view.columns.map((col) => h("th", { scope: "col" }, col.header))),
  );
  const width = view.columns.length + 1;
  const rows = [];
  for (const row of view.rows) {
    if (row.kind === "section") {
      rows.push(h("tr", { class: ["section", `level-${row.level}`], data: { section: row.id } }, h("th", { colspan: width, scope: "rowgroup" }, row.label)));
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
  return repairs.map((r) => `${r.manual ? "edited by you" : r.ruleId}: ${r.before || "(empty)"} \u2192 ${r.after || "(empty)"}`).join("\n");
}

function taskRows(row, width) {
  const editing = state.editing === row.seq;
  const tr = h("tr", {
    class: ["task", `status-${row.status}`, row.attention && "attention", editing && "editing"],
    data: { seq: row.seq, status: row.status },
  });
  const statusCell = h(
    "td",
    { class: "status-cell" },
    h("span", { class: "status-badge" }, `${row.statusLabel} ${STATUS_TEXT[row.status]}`),
    row.messages.length || row.repairs.length ? h("button", { type: "button", class: "link", title: "Messages about this row" }, `${row.messages.length + row.repairs.length} note${row.messages.length + row.repairs.length === 1 ? "" : "s"}`) : null,
    row.editable && !editing ? h("button", { type: "button", class: "edit" }, row.status === "missing" ? "Fill in" : "Edit") : null,
  );
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
      td.append(h("textarea", { "aria-label": `${column.header} of task ${row.seq}`, name: cell.key, rows: cell.key === "content" ? 4 : 2 }));
      td.lastChild.value = cell.text;
    } else {
      td.append(cell.text);
      if (cell.repairs.length) {
        td.addEventListener("click", () => showCellDetail(row, column, cell));
        td.addEventListener("keydown", (e) => e.key === "Enter" && showCellDetail(row, column, cell));
      }
    }
    tr.append(td);
  });

  const out = [tr];
  if (row.raw) {
    out.push(h("tr", { class: ["raw", `status-${row.status}`, "attention"], data: { rawOf: row.seq } }, h("td", {}), h("td", { colspan: width - 1 }, h("span", { class: "raw-label" }, "As printed (unreadable): "), h("code", {}, row.raw))));
  }
  if (editing) {
    const save = h("button", { type: "button", class: "primary" }, "Save edits");
    const cancel = h("button", { type: "button" }, "Cancel");
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
        h("td", { colspan: width - 1 }, save, " ", cancel, h("span", { class: "hint" }, " Your edits become a fixes file (as for breakdown parse --fixes). Clear a cell you edited to drop the edit.")),
      ),
    );
  }
  return out;
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
        h("strong", {}, r.manual ? "manual (edited by a person)" : r.ruleId),
        ` \u2014 ${r.reason}`,
        h("div", { class: "before-after" }, h("del", {}, r.before || "(empty)"), " \u2192 ", h("ins", {}, r.after || "(empty)")),
      ),
    ),
  );
}

function showCellDetail(row, column, cell) {
  fill($("detail-body"), h("h3", {}, `Task ${row.seq} \u00b7 ${column.header}`), repairList(cell.repairs));
  $("detail").hidden = false;
}

function showRowDetail(row) {
  fill(
    $("detail-body"),
    h("h3", {}, `Task ${row.seq} \u00b7 ${row.statusLabel} ${STATUS_TEXT[row.status]}`),
    row.messages.length ? h("ul", { class: "messages" }, row.messages.map((m) => h("li", { class: `severity-${m.severity}` }, h("strong", {}, m.ruleId), ` ${m.reason}`))) : null,
    row.repairs.length ? repairList(row.repairs) : null,
  );
  $("detail").hidden = false;
}
