// OCOP Hub: a little progressive enhancement. Every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  document.addEventListener("DOMContentLoaded", function () {
    // A select with data-autosubmit submits its form on change (its submit button stays for no-JS).
    document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
      select.addEventListener("change", function () { select.form.submit(); });
    });

    // Forms with data-confirm ask before a destructive action.
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (!window.confirm(form.getAttribute("data-confirm"))) event.preventDefault();
      });
    });

    // A product gallery: a thumbnail (a link to its photo) shows its photo in the main picture.
    document.querySelectorAll("[data-gallery]").forEach(function (list) {
      var main = document.getElementById(list.getAttribute("data-gallery"));
      if (!main) return;
      list.addEventListener("click", function (event) {
        var thumb = event.target.closest("a[data-photo]");
        if (!thumb) return;
        event.preventDefault();
        main.src = thumb.getAttribute("data-photo");
        main.alt = thumb.getAttribute("data-alt") || "";
        list.querySelectorAll("a[aria-current]").forEach(function (a) { a.removeAttribute("aria-current"); });
        thumb.setAttribute("aria-current", "true");
      });
    });

    // Province → commune: <select data-communes-for="id-of-province-select"> is refilled from the API.
    document.querySelectorAll("select[data-communes-for]").forEach(function (communes) {
      var province = document.getElementById(communes.getAttribute("data-communes-for"));
      if (!province) return;
      province.addEventListener("change", function () {
        var placeholder = communes.getAttribute("data-placeholder") || "";
        communes.innerHTML = "";
        communes.appendChild(new Option(placeholder, ""));
        if (!province.value) return;
        communes.setAttribute("aria-busy", "true");
        fetch("/api/v1/provinces/" + encodeURIComponent(province.value) + "/communes", { headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (list) {
            list.forEach(function (c) { communes.appendChild(new Option(c.name, c.code)); });
          })
          .finally(function () { communes.removeAttribute("aria-busy"); });
      });
    });
  });
})();
