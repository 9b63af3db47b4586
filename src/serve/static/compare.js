// The compare view: two versions of a table, the diff `breakdown diff` computes (POST /api/diff).
import { clearError, download, dropZone, fill, h, onLangChange, postForm, showError, t as text } from "./dom.js";

const kindText = (kind) => text(`kind.${kind}`);

/** Kept text longer than this is shortened around the changes (the whole texts are in the tooltip). */
const CONTEXT_CHARS = 24;

const state = { old: null, new: null, result: null, labels: {} };
const $ = (id) => document.getElementById(id);

export function initCompare() {
  for (const side of ["old", "new"]) {
    dropZone($(`${side}-drop`), $(`${side}-input`), (files) => {
      state[side] = files[0];
      fill($(`${side}-name`), files[0].name);
      if (state.old && state.new) void compare();
    });
  }
  onLangChange(() => {
    if (state.result) render();
  });
  $("only-changes").addEventListener("change", () => $("diff-table").classList.toggle("only-changes", $("only-changes").checked));
  for (const button of document.querySelectorAll("[data-diff-export]")) {
    button.addEventListener("click", async () => {
      try {
        await download(`/api/diff/export?format=${encodeURIComponent(button.dataset.diffExport)}`, form(), `diff.${button.dataset.diffExport}`);
        clearError($("compare-error"));
      } catch (error) {
        showError($("compare-error"), error);
      }
    });
  }
}

function form() {
  const f = new FormData();
  f.append("old", state.old, state.old.name);
  f.append("new", state.new, state.new.name);
  return f;
}

async function compare() {
  $("compare-status").textContent = text("compare.comparing");
  document.body.classList.add("busy");
  try {
    const body = await (await postForm("/api/diff", form())).json();
    clearError($("compare-error"));
    state.result = body.diff;
    state.labels = body.labels;
    render();
  } catch (error) {
    // The previous comparison is not of these files: it goes.
    state.result = null;
    $("compare").hidden = true;
    fill($("diff-table").tBodies[0]);
    fill($("diff-sections"));
    if (document.body.dataset.view === "compare-loaded") delete document.body.dataset.view;
    showError($("compare-error"), error, text("error.compareFailed"));
  } finally {
    $("compare-status").textContent = "";
    document.body.classList.remove("busy");
  }
}

/** A task's field by the header the table prints for it (the document's own words). */
const label = (field) => h("span", { class: "doc" }, state.labels[field] || (field.startsWith("extra.") ? field.slice(6) : field));
/** The document's own fields (title, issuer, date, columns) by their own names, not a column's header. */
const documentLabel = (field) => text(`docField.${field}`);
/** A section's fields: its number and its title. */
const sectionLabel = (field) => text(`sectionField.${field}`);

function shorten(text, where) {
  if (text.length <= 2 * CONTEXT_CHARS + 1) return text;
  if (where === "first") return `\u2026${text.slice(-CONTEXT_CHARS)}`;
  if (where === "last") return `${text.slice(0, CONTEXT_CHARS)}\u2026`;
  return `${text.slice(0, CONTEXT_CHARS)}\u2026${text.slice(-CONTEXT_CHARS)}`;
}

/** Word-level parts: kept text plain, insertions <ins>, deletions <del>. */
function textParts(parts) {
  return parts.map((p, i) => {
    if (p.op === "insert") return h("ins", {}, p.text);
    if (p.op === "delete") return h("del", {}, p.text);
    const where = i === 0 ? "first" : i === parts.length - 1 ? "last" : "middle";
    return h("span", { class: "kept", title: p.old && p.old !== p.text ? text("compare.wasPrinted", { text: p.old }) : undefined }, shorten(p.text, where));
  });
}

function changeLine(change, labelOf = label) {
  const name = h("span", { class: "field", data: { field: change.field } }, [labelOf(change.field), text("compare.fieldSep")]);
  if (change.type === "text") return h("div", { class: "change", title: `${change.old}\n\u2192\n${change.new}` }, name, h("span", { class: "doc" }, textParts(change.parts)));
  if (change.type === "list") {
    return h(
      "div",
      { class: "change" },
      name,
      change.added.map((x) => [h("ins", { class: "doc" }, x), " "]),
      change.removed.map((x) => [h("del", { class: "doc" }, x), " "]),
      change.reordered ? h("span", { class: "note" }, text("compare.orderChanged"), " ") : null,
      change.unchanged.length ? h("span", { class: "note" }, text("compare.unchangedItems", { n: change.unchanged.length })) : null,
    );
  }
  return h("div", { class: "change" }, name, h("del", { class: "doc" }, change.old ?? text("compare.none")), " \u2192 ", h("ins", { class: "doc" }, change.new ?? text("compare.none")));
}

/** Why a pair cannot be compared, from the statuses of its rows (the diff's `reason` says it in English). */
function notComparableText(entry) {
  const parts = [];
  for (const side of ["old", "new"]) {
    const ref = entry[side];
    const sideText = text(`side.${side}`);
    if (!ref) parts.push(text("notComparable.noRow", { side: sideText }));
    else if (ref.status === "needs_review") parts.push(text("notComparable.unreadable", { side: sideText, seq: ref.seq }));
    else if (ref.status === "missing") parts.push(text("notComparable.missing", { side: sideText, seq: ref.seq }));
  }
  return parts.length ? parts.join(text("notComparable.join")) : entry.reason;
}

function sectionLabels(result, side) {
  const labels = new Map();
  for (const s of result.sections) if (s[side]) labels.set(s[side].id, `${s[side].number} ${s[side].title}`);
  return labels;
}

function render() {
  const r = state.result;
  const s = r.summary;
  $("compare").hidden = false;
  document.body.dataset.view = "compare-loaded";
  const count = (kind, n) => h("span", { class: ["count", `kind-${kind}`], data: { kind, n } }, `${kindText(kind)} ${n}`);
  fill(
    $("diff-summary"),
    h("p", {}, text("compare.summary", { old: r.old.fileName, oldTasks: r.old.tasks, new: r.new.fileName, newTasks: r.new.tasks })),
    h(
      "p",
      {},
      ["added", "removed", "moved", "renumbered", "modified"].map((k) => count(k, s.tasks[k])),
      count("not-comparable", s.tasks.notComparable),
      count("unchanged", s.tasks.unchanged),
    ),
    s.different ? null : h("p", { class: "same" }, text("compare.same")),
  );

  const oldSections = sectionLabels(r, "old");
  const newSections = sectionLabels(r, "new");
  const rows = r.tasks.map((t) => {
    const task = t.new || t.old;
    const details = t.changes.map((c) => changeLine(c));
    if (t.kinds.includes("moved") && t.old && t.new) {
      details.unshift(h("div", { class: "change" }, h("span", { class: "field" }, [text("compare.section"), text("compare.fieldSep")]), h("del", { class: "doc" }, oldSections.get(t.old.section) ?? t.old.section ?? text("compare.none")), " \u2192 ", h("ins", { class: "doc" }, newSections.get(t.new.section) ?? t.new.section ?? text("compare.none"))));
    }
    if (t.kind === "not-comparable") details.push(h("div", { class: "note" }, notComparableText(t)));
    else if (t.reason) details.push(h("div", { class: "note" }, t.reason));
    return h(
      "tr",
      { class: ["diff-row", `kind-${t.kind}`], data: { kind: t.kind, kinds: t.kinds.join(" "), old: t.old ? t.old.seq : "", new: t.new ? t.new.seq : "" } },
      h("td", {}, t.kinds.map((k) => h("span", { class: ["badge", `kind-${k}`] }, kindText(k)))),
      h("td", { class: "num" }, t.old ? String(t.old.seq) : ""),
      h("td", { class: "num" }, t.new ? String(t.new.seq) : ""),
      h("td", { class: "task-title" }, task.title ? h("span", { class: "doc" }, task.title) : text("compare.noTitle")),
      h("td", {}, details),
    );
  });
  fill($("diff-table").tBodies[0], rows);

  const sectionChanges = r.sections.filter((e) => e.kind !== "unchanged");
  fill(
    $("diff-sections"),
    r.document.length ? h("div", { id: "document-changes" }, h("h3", {}, text("compare.document")), r.document.map((c) => changeLine(c, documentLabel))) : null,
    sectionChanges.length
      ? h(
          "div",
          {},
          h("h3", {}, text("compare.sections")),
          sectionChanges.map((e) =>
            h(
              "div",
              { class: "change" },
              e.kinds.map((k) => h("span", { class: ["badge", `kind-${k}`] }, kindText(k))),
              " ",
              h("span", { class: "doc" }, e.new ? `${e.new.number} ${e.new.title}` : `${e.old.number} ${e.old.title}`),
              e.changes.map((c) => changeLine(c, sectionLabel)),
            ),
          ),
        )
      : null,
  );
}
