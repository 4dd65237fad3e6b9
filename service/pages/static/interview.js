// The interview, enhanced: as the caseworker types, ask /check which questions matter for the
// answers so far and what is wrong with them, and show both in place. Without this script the
// page still works: "Update the questions" posts the form and the server does the same.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  const print = document.querySelector("[data-print]");
  if (print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }

  // a failed submit: the summary of the problems is read first (autofocus does it without JS)
  const summary = document.getElementById("summary");
  if (summary && document.activeElement !== summary) summary.focus();

  const form = document.getElementById("interview");
  if (!form) return;
  const touched = new Set();
  let timer = null;
  let asked = 0;

  function check() {
    const mine = ++asked;
    form.dataset.checking = "yes";
    fetch("/check", { method: "POST", body: new URLSearchParams(new FormData(form)) })
      .then(function (response) { return response.json(); })
      .then(function (result) { if (mine === asked) show(result); })
      .catch(function () { /* offline: the server checks again on submit */ })
      .finally(function () { if (mine === asked) delete form.dataset.checking; });
  }

  function show(result) {
    const asking = new Set(result.show);
    const required = new Set(result.required);
    form.querySelectorAll("[data-field]").forEach(function (field) {
      const name = field.dataset.field;
      field.hidden = !asking.has(name);
      const req = field.querySelector(".req");
      if (req) req.hidden = !required.has(name);
      const message = touched.has(name) ? (result.errors[name] || "") : "";
      const error = document.getElementById("err-" + name);
      if (error.textContent !== message) error.textContent = message;
      const named = document.getElementById("named-" + name);  // what a country box is read as
      if (named && named.textContent !== (result.countries[name] || "")) {
        named.textContent = result.countries[name] || "";
      }
      const control = document.getElementById("f-" + name);
      if (message) control.setAttribute("aria-invalid", "true");
      else control.removeAttribute("aria-invalid");
    });
    form.querySelectorAll("[data-section], [data-group]").forEach(function (part) {
      part.hidden = !Array.prototype.some.call(
        part.querySelectorAll("[data-field]"), function (field) { return !field.hidden; });
    });
  }

  function answered(event, wait) {
    if (!event.target.name) return;
    touched.add(event.target.name);
    form.dataset.checking = "yes";  // from now: the answers shown may be out of date
    clearTimeout(timer);
    timer = setTimeout(check, wait);
  }
  form.addEventListener("input", function (event) { answered(event, 300); });
  form.addEventListener("change", function (event) { answered(event, 0); });
})();
