// Save and follow buttons without a page reload. Without this script the same forms post and redirect back.
(function () {
  'use strict';
  if (!window.fetch || !window.FormData) {
    return;
  }
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains('reader-toggle')) {
      return;
    }
    event.preventDefault();
    var button = form.querySelector('button');
    var status = form.querySelector('[role=status]');
    button.disabled = true;
    fetch(form.action, {
      method: 'POST',
      body: new FormData(form),
      headers: { 'Accept': 'application/json' },
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok || response.headers.get('Content-Type').indexOf('application/json') < 0) {
        throw new Error('not saved');
      }
      return response.json();
    }).then(function (result) {
      form.action = result.action;
      button.textContent = result.label;
      button.setAttribute('aria-pressed', String(result.state));
      if (button.dataset.name) {
        button.setAttribute('aria-label', result.label + ' ' + button.dataset.name);
      } else {
        button.removeAttribute('aria-label');
      }
      if (status) {
        status.textContent = result.message;
      }
    }).catch(function () {
      form.submit();
    }).finally(function () {
      button.disabled = false;
    });
  });
})();
