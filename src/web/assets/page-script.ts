// The page's script: progressive enhancement only. Without it the page shows everything and every
// form works; with it, the page updates live (Server-Sent Events), times follow the browser's
// zone, the number can be copied, push notifications can be turned on, and the service worker
// keeps the last status for offline visits. Plain ES2017, no build step, no framework.

export const PAGE_SCRIPT = String.raw`(function () {
  'use strict';
  var body = document.body;
  var token = body.getAttribute('data-token');
  var locale = body.getAttribute('data-locale') || document.documentElement.lang || 'en';
  var dateLocale = locale === 'en' ? 'en-GB' : locale; // as the server formats them
  var tz;
  try { tz = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { tz = undefined; }

  function each(root, selector, fn) { Array.prototype.forEach.call(root.querySelectorAll(selector), fn); }

  function localize(root) {
    if (!tz) return;
    var format = new Intl.DateTimeFormat(dateLocale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: tz });
    each(root, 'time[data-local]', function (el) {
      var when = new Date(el.getAttribute('datetime'));
      if (!isNaN(when.getTime())) el.textContent = format.format(when);
    });
    var name = tz;
    try {
      new Intl.DateTimeFormat(dateLocale, { timeZoneName: 'long', timeZone: tz }).formatToParts(new Date()).forEach(function (part) {
        if (part.type === 'timeZoneName') name = part.value;
      });
    } catch (e) { /* keep the IANA id */ }
    each(root, '[data-zone-label]', function (el) { el.textContent = el.getAttribute('data-zone-label').replace('{zone}', name); });
  }
  if (tz && body.getAttribute('data-zone') && tz !== body.getAttribute('data-zone')) {
    document.cookie = 'wb_tz=' + encodeURIComponent(tz) + '; path=/; max-age=31536000; samesite=lax';
    localize(document);
  }

  each(document, 'button[data-copy]', function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var source = document.getElementById(button.getAttribute('data-copy'));
      var status = document.querySelector('[data-copy-status]');
      var text = source ? source.textContent.trim() : '';
      var done = function () { if (status) status.textContent = button.getAttribute('data-copied'); };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, selectText);
      else selectText();
      function selectText() {
        var range = document.createRange();
        range.selectNodeContents(source);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      }
    });
  });

  var offline = document.getElementById('offline');
  function showNetwork() { if (offline) offline.hidden = navigator.onLine; }
  window.addEventListener('online', showNetwork);
  window.addEventListener('offline', showNetwork);
  showNetwork();

  var worker = null;
  if (token && 'serviceWorker' in navigator) {
    worker = navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      // Keep this page (as it is now) for offline visits.
      if (registration.active) registration.active.postMessage({ keep: location.pathname });
      return registration;
    });
    worker.catch(function () { /* no offline copy; the page still works */ });
  }

  // A parcel's page follows its own stream; the order page names its stream in data-events.
  var events = body.getAttribute('data-events') || (token ? '/t/' + token + '/events' : null);
  if (events && window.EventSource) {
    var since = body.getAttribute('data-seq') || '0';
    var stream = new EventSource(events + '?since=' + encodeURIComponent(since));
    stream.addEventListener('open', function () { body.setAttribute('data-live', 'on'); });
    stream.addEventListener('error', function () { body.setAttribute('data-live', 'off'); });
    stream.addEventListener('update', function (event) {
      var data;
      try { data = JSON.parse(event.data); } catch (e) { return; }
      var live = document.getElementById('live');
      if (!live || typeof data.html !== 'string') return;
      live.innerHTML = data.html; // server-rendered, every value escaped there
      localize(live);
      body.setAttribute('data-seq', event.lastEventId);
      var announce = document.getElementById('announce');
      if (announce && data.status) announce.textContent = data.status;
      if (data.title) document.title = data.title;
      if (worker) worker.then(function (registration) {
        if (registration.active) registration.active.postMessage({ keep: location.pathname });
      });
    });
  }

  var push = document.querySelector('[data-push]');
  if (push && token && worker && 'PushManager' in window && 'Notification' in window) {
    push.hidden = false;
    var button = push.querySelector('button');
    var out = push.querySelector('[data-push-status]');
    button.addEventListener('click', function () {
      button.disabled = true;
      Notification.requestPermission().then(function (permission) {
        if (permission !== 'granted') throw new Error('permission ' + permission);
        return worker;
      }).then(function (registration) {
        return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(button.getAttribute('data-vapid')) });
      }).then(function (subscription) {
        return fetch('/t/' + token + '/notify/push', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ subscription: subscription.toJSON(), locale: locale, timeZone: tz || null }),
        });
      }).then(function (response) {
        if (!response.ok) throw new Error('status ' + response.status);
        out.className = 'notice ok';
        out.textContent = button.getAttribute('data-done');
      }).catch(function () {
        out.className = 'notice error';
        out.textContent = button.getAttribute('data-failed');
        button.disabled = false;
      });
    });
  }

  function keyBytes(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) base64 += '=';
    var raw = atob(base64);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
    return bytes;
  }

  var problem = document.querySelector('.notice.error[tabindex]');
  if (problem) problem.focus();
})();
`;
