// Touch screens have no hover: the first tap on an annotation link shows what
// it is (its tip, which CSS draws on :focus); a second tap follows the link.
// Mouse and keyboard are untouched. No other script of ours runs on the site.
(() => {
  let touch = false;
  document.addEventListener("pointerdown", (event) => {
    touch = event.pointerType === "touch";
  }, true);
  // A keyboard on a touch device: Enter follows the link at once, as elsewhere.
  document.addEventListener("keydown", () => { touch = false; }, true);
  document.addEventListener("click", (event) => {
    const link = event.target.closest ? event.target.closest(".md-typeset a[data-tip]") : null;
    if (!touch || !link || link.dataset.tipShown) return;
    event.preventDefault();
    link.dataset.tipShown = "yes";
    link.addEventListener("blur", () => delete link.dataset.tipShown, { once: true });
    link.focus();
  });
})();
