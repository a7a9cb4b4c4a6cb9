// Counts down to a payment deadline: <span class="countdown" data-deadline="ISO-8601" data-expired="text">.
(function () {
  'use strict';
  function tick(el) {
    var left = Math.max(0, Math.floor((Date.parse(el.dataset.deadline) - Date.now()) / 1000));
    if (left === 0) { el.textContent = el.dataset.expired; return false; }
    var m = Math.floor(left / 60), s = left % 60;
    el.textContent = m + ':' + (s < 10 ? '0' : '') + s;
    return true;
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.countdown[data-deadline]').forEach(function (el) {
      if (!tick(el)) return;
      var timer = setInterval(function () { if (!tick(el)) clearInterval(timer); }, 1000);
    });
  });
})();
