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

    // A table wider than its box scrolls sideways; the box takes keyboard focus (arrow keys scroll it) and is
    // named by the table's caption. Only boxes that scroll: one that fits adds no tab stop.
    function scrollableTables() {
      document.querySelectorAll(".table-wrap").forEach(function (box) {
        if (box.scrollWidth > box.clientWidth + 1) {
          box.setAttribute("tabindex", "0");
          var caption = box.querySelector("caption");
          if (caption && caption.textContent.trim()) {
            box.setAttribute("role", "region");
            box.setAttribute("aria-label", caption.textContent.trim());
          }
        } else if (box.getAttribute("tabindex") === "0") {
          box.removeAttribute("tabindex");
          box.removeAttribute("role");
          box.removeAttribute("aria-label");
        }
      });
    }
    scrollableTables();
    window.addEventListener("resize", scrollableTables);

    // A livestream player: the platform's embedded video replaces the play button when pressed (nothing loads before).
    document.querySelectorAll("button[data-play]").forEach(function (button) {
      button.addEventListener("click", function () {
        var player = document.getElementById(button.getAttribute("data-play"));
        if (!player) return;
        var frame = document.createElement("iframe");
        frame.src = player.getAttribute("data-embed") + (player.getAttribute("data-embed").indexOf("?") < 0 ? "?" : "&") + "autoplay=1";
        frame.title = player.getAttribute("data-title") || "";
        frame.allow = "autoplay; encrypted-media; picture-in-picture";
        frame.allowFullscreen = true;
        player.replaceChildren(frame);
        frame.focus();
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
