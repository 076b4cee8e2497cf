// The console's script: progressive enhancement only. Every page and form works without it; with
// it, lists, the queue and a shipment's page update live over Server-Sent Events, times follow
// the browser's zone (remembered in a cookie for the server), destructive buttons ask first, and
// the branding preview follows the form as it is typed. Plain ES2017, no build step.

export const CONSOLE_SCRIPT = String.raw`(function () {
  'use strict';
  var body = document.body;
  var live = body.getAttribute('data-live');
  var status = document.getElementById('live-status');

  function each(root, selector, fn) { Array.prototype.forEach.call(root.querySelectorAll(selector), fn); }
  function announce(text) { if (status && text) { status.textContent = ''; setTimeout(function () { status.textContent = text; }, 50); } }

  var tz;
  try { tz = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { tz = undefined; }
  if (tz && document.cookie.indexOf('wb_tz=' + encodeURIComponent(tz)) < 0) {
    document.cookie = 'wb_tz=' + encodeURIComponent(tz) + '; path=/; max-age=31536000; samesite=lax';
  }

  each(document, 'form[data-confirm]', function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) event.preventDefault();
    });
  });

  var frame = document.querySelector('[data-preview-frame]');
  var brandForm = document.querySelector('[data-branding-form]');
  if (frame && brandForm) {
    var timer;
    brandForm.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var params = new URLSearchParams();
        each(brandForm, 'input[data-preview]', function (input) { if (input.value) params.set(input.name, input.value); });
        frame.src = '/app/settings/branding/preview?' + params.toString();
      }, 300);
    });
  }

  function fetchText(url) {
    return fetch(url, { credentials: 'same-origin', headers: { accept: 'text/html' } }).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.text();
    });
  }

  function setBadge(total) {
    each(document, '[data-attention-count]', function (badge) {
      if (total > 0) { badge.className = 'badge'; badge.textContent = String(total); }
      else { badge.className = ''; badge.textContent = ''; }
    });
  }

  function refreshList(ids, types) {
    var rows = [];
    ids.forEach(function (id) { if (document.querySelector('tr[data-id="' + id + '"]')) rows.push(id); });
    if (types.indexOf('shipment.created') >= 0) {
      var notice = document.querySelector('[data-new-rows]');
      if (notice) notice.hidden = false;
    }
    if (rows.length === 0) return;
    var params = new URLSearchParams();
    rows.forEach(function (id) { params.append('id', id); });
    fetchText('/app/shipments/rows?' + params.toString()).then(function (html) {
      var holder = document.createElement('tbody');
      holder.innerHTML = html;
      each(holder, 'tr[data-id]', function (row) {
        var old = document.querySelector('tr[data-id="' + row.getAttribute('data-id') + '"]');
        if (old) { row.classList.add('updated'); old.parentNode.replaceChild(row, old); }
      });
      announce(body.getAttribute('data-updated-words') ? body.getAttribute('data-updated-words').replace('{n}', rows.length) : rows.length + ' updated');
    }).catch(function () {});
  }

  var queueBusy = false, queueAgain = false;
  function refreshQueue() {
    var target = document.getElementById('attention-queue');
    if (!target) return;
    if (queueBusy) { queueAgain = true; return; }
    queueBusy = true;
    var url = new URL(window.location.href);
    url.searchParams.set('fragment', '1');
    url.searchParams.delete('done');
    fetchText(url.pathname + url.search).then(function (html) {
      target.innerHTML = html;
      var total = target.querySelector('[data-attention-total]');
      if (total) { setBadge(Number(total.getAttribute('data-attention-total'))); announce(total.textContent); }
    }).catch(function () {}).then(function () {
      queueBusy = false;
      if (queueAgain) { queueAgain = false; refreshQueue(); }
    });
  }

  function refreshHome() {
    var target = document.getElementById('home-counts');
    if (!target) return;
    fetchText('/app?fragment=1').then(function (html) { target.innerHTML = html; }).catch(function () {});
  }

  function refreshDetail(ids) {
    var id = body.getAttribute('data-shipment');
    var target = document.getElementById('shipment-live');
    if (!id || !target || ids.indexOf(id) < 0) return;
    fetchText('/app/shipments/' + encodeURIComponent(id) + '/live').then(function (html) {
      target.innerHTML = html;
      announce(body.getAttribute('data-updated-words') ? body.getAttribute('data-updated-words').replace('{n}', 1) : 'updated');
    }).catch(function () {});
  }

  if (live && typeof EventSource === 'function') {
    var source = new EventSource('/app/events');
    source.addEventListener('ready', function () {
      body.setAttribute('data-live-ready', '');
      if (live === 'attention') refreshQueue();
    });
    source.addEventListener('error', function () { body.removeAttribute('data-live-ready'); });
    source.addEventListener('change', function (event) {
      var change;
      try { change = JSON.parse(event.data); } catch (e) { return; }
      var ids = change.shipments || [];
      var types = change.types || [];
      if (live === 'list') refreshList(ids, types);
      if (live === 'attention' && change.attention) refreshQueue();
      if (live === 'home' && change.attention) refreshHome();
      if (live === 'detail') refreshDetail(ids);
    });
  }
})();
`;
