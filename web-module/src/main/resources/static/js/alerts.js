// Live news alerts for signed-in readers: a toast when a followed topic, section or author has a new story.
// Without this script the alerts are still listed on /account/alerts.
(function () {
  'use strict';
  if (!window.EventSource || !document.body || !document.querySelector('.reader-menu')) {
    return;
  }
  var region = document.createElement('div');
  region.className = 'alert-toasts';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  document.body.appendChild(region);

  function toast(alert) {
    var box = document.createElement('div');
    box.className = 'alert-toast';
    var kicker = document.createElement('span');
    kicker.className = 'section-kicker';
    kicker.textContent = alert.because || 'New story';
    var link = document.createElement('a');
    link.href = alert.url;
    link.textContent = alert.headline;
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'link-button';
    close.textContent = 'Dismiss';
    close.addEventListener('click', function () { box.remove(); });
    box.appendChild(kicker);
    box.appendChild(link);
    box.appendChild(close);
    region.appendChild(box);
    setTimeout(function () { box.remove(); }, 15000);
  }

  var stream = new EventSource('/alerts/stream');
  stream.addEventListener('alert', function (event) {
    try {
      toast(JSON.parse(event.data));
    } catch (ignored) {
      // a malformed event is dropped; the alert stays on the alerts page
    }
  });
}());
