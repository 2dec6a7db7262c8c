// Keeps an import's progress bar and figures current by polling its progress JSON; reloads once it has finished
// so the report link appears. Without JavaScript the page's reload link does the same.
(function () {
  'use strict';
  var job = document.getElementById('import-job');
  if (!job || job.getAttribute('data-settled') === 'true') {
    return;
  }
  var url = job.getAttribute('data-progress-url');
  var bar = document.getElementById('import-progress');

  function show(field, value) {
    var el = job.querySelector('[data-field="' + field + '"]');
    if (el) {
      el.textContent = value === null || value === undefined ? '–' : String(value);
    }
  }

  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (p) {
        if (p.total > 0) {
          bar.max = p.total;
          bar.value = p.done;
        }
        bar.textContent = p.percent + '%';
        ['status', 'done', 'total', 'percent', 'ratePerSecond', 'secondsLeft'].forEach(function (f) { show(f, p[f]); });
        Object.keys(p.counts || {}).forEach(function (k) { show(k, p.counts[k]); });
        if (p.finished || p.resumable) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 1500);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 5000);
      });
  }

  window.setTimeout(poll, 1000);
}());
