// Score sheets (self-assessment, commune check, council member): a running total and how many
// criteria are answered, kept in the sticky bar. The server computes the real total; this only helps.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-score-sheet]").forEach(function (form) {
      var total = form.querySelector("[data-total]");
      var answered = form.querySelector("[data-answered]");
      function update() {
        var sum = 0, count = 0;
        form.querySelectorAll("input[type=radio][data-points]:checked").forEach(function (radio) {
          sum += parseFloat(radio.getAttribute("data-points")) || 0;
          count += 1;
        });
        if (total) total.textContent = (Math.round(sum * 100) / 100).toString().replace(".", document.documentElement.lang === "en" ? "." : ",");
        if (answered) answered.textContent = count.toString();
      }
      form.addEventListener("change", update);
      update();
    });
  });
})();
