// The result printed for the file shows every folded part (the technical detail, the facts
// entered) and folds back those that were shut once printing is done.
(function () {
  "use strict";
  let opened = [];
  window.addEventListener("beforeprint", function () {
    opened = Array.from(document.querySelectorAll("details:not([open])"));
    opened.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
