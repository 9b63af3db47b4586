// The review page: two views, switched by the tabs (and the address's #review / #compare).
import { initCompare } from "./compare.js";
import { applyTexts, switchLang } from "./dom.js";
import { initReview } from "./review.js";

function showView(name) {
  const view = name === "compare" ? "compare" : "review";
  for (const tab of document.querySelectorAll("[data-tab]")) tab.setAttribute("aria-selected", String(tab.dataset.tab === view));
  document.getElementById("review-view").hidden = view !== "review";
  document.getElementById("compare-view").hidden = view !== "compare";
}

for (const tab of document.querySelectorAll("[data-tab]")) {
  tab.addEventListener("click", () => {
    history.replaceState(null, "", `${location.search}#${tab.dataset.tab}`);
    showView(tab.dataset.tab);
  });
}
for (const button of document.querySelectorAll("[data-lang]")) {
  button.addEventListener("click", () => void switchLang(button.dataset.lang));
}
applyTexts();
initReview();
initCompare();
showView(location.hash.slice(1));
document.body.dataset.ready = "true";
