// The compare view: two versions of a table, the diff `breakdown diff` computes (POST /api/diff).
import { clearError, download, dropZone, fill, h, postForm, showError } from "./dom.js";

const KIND_TEXT = {
  added: "added",
  removed: "removed",
  moved: "moved",
  renumbered: "renumbered",
  modified: "modified",
  "not-comparable": "not comparable",
  unchanged: "unchanged",
};

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
  $("compare-status").textContent = "Comparing\u2026";
  document.body.classList.add("busy");
  try {
    const body = await (await postForm("/api/diff", form())).json();
    clearError($("compare-error"));
    state.result = body.diff;
    state.labels = body.labels;
    render();
  } catch (error) {
    showError($("compare-error"), error);
  } finally {
    $("compare-status").textContent = "";
    document.body.classList.remove("busy");
  }
}

const label = (field) => state.labels[field] || (field.startsWith("extra.") ? field.slice(6) : field);

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
    return h("span", { class: "kept", title: p.old && p.old !== p.text ? `was printed: ${p.old}` : undefined }, shorten(p.text, where));
  });
}

function changeLine(change) {
  const name = h("span", { class: "field" }, `${label(change.field)}: `);
  if (change.type === "text") return h("div", { class: "change", title: `${change.old}\n\u2192\n${change.new}` }, name, textParts(change.parts));
  if (change.type === "list") {
    return h(
      "div",
      { class: "change" },
      name,
      change.added.map((x) => [h("ins", {}, x), " "]),
      change.removed.map((x) => [h("del", {}, x), " "]),
      change.reordered ? h("span", { class: "note" }, "(order changed) ") : null,
      change.unchanged.length ? h("span", { class: "note" }, `(${change.unchanged.length} unchanged)`) : null,
    );
  }
  return h("div", { class: "change" }, name, h("del", {}, change.old ?? "(none)"), " \u2192 ", h("ins", {}, change.new ?? "(none)"));
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
  fill(
    $("diff-summary"),
    h("p", {}, `${r.old.fileName} (${r.old.tasks} tasks) \u2192 ${r.new.fileName} (${r.new.tasks} tasks)`),
    h(
      "p",
      {},
      ["added", "removed", "moved", "renumbered", "modified"].map((k) => h("span", { class: ["count", `kind-${k}`] }, `${s.tasks[k]} ${KIND_TEXT[k]}`)),
      h("span", { class: "count kind-not-comparable" }, `${s.tasks.notComparable} not comparable`),
      h("span", { class: "count kind-unchanged" }, `${s.tasks.unchanged} unchanged`),
    ),
    s.different ? null : h("p", { class: "same" }, "The versions are the same."),
  );

  const oldSections = sectionLabels(r, "old");
  const newSections = sectionLabels(r, "new");
  const rows = r.tasks.map((t) => {
    const task = t.new || t.old;
    const details = t.changes.map(changeLine);
    if (t.kinds.includes("moved") && t.old && t.new) {
      details.unshift(h("div", { class: "change" }, h("span", { class: "field" }, "section: "), h("del", {}, oldSections.get(t.old.section) ?? t.old.section ?? "(none)"), " \u2192 ", h("ins", {}, newSections.get(t.new.section) ?? t.new.section ?? "(none)")));
    }
    if (t.reason) details.push(h("div", { class: "note" }, t.reason));
    return h(
      "tr",
      { class: ["diff-row", `kind-${t.kind}`], data: { kind: t.kind, kinds: t.kinds.join(" "), old: t.old ? t.old.seq : "", new: t.new ? t.new.seq : "" } },
      h("td", {}, t.kinds.map((k) => h("span", { class: ["badge", `kind-${k}`] }, KIND_TEXT[k]))),
      h("td", { class: "num" }, t.old ? String(t.old.seq) : ""),
      h("td", { class: "num" }, t.new ? String(t.new.seq) : ""),
      h("td", {}, task.title || "(no title)"),
      h("td", {}, details),
    );
  });
  fill($("diff-table").tBodies[0], rows);

  const sectionChanges = r.sections.filter((e) => e.kind !== "unchanged");
  fill(
    $("diff-sections"),
    r.document.length ? h("div", {}, h("h3", {}, "Document"), r.document.map(changeLine)) : null,
    sectionChanges.length
      ? h(
          "div",
          {},
          h("h3", {}, "Sections"),
          sectionChanges.map((e) =>
            h("div", { class: "change" }, e.kinds.map((k) => h("span", { class: ["badge", `kind-${k}`] }, k)), " ", e.new ? `${e.new.number} ${e.new.title}` : `${e.old.number} ${e.old.title}`, e.changes.map(changeLine)),
          ),
        )
      : null,
  );
}
