import { PAGE_SCRIPT_PATH } from './paths.js';

// The service worker: keeps the last copy of each tracking page a browser opened, to show when
// offline, and shows push notifications. Network first for pages, so online visitors always see
// the current status.

export function serviceWorkerScript(): string {
  return String.raw`'use strict';
var CACHE = 'waybill-pages-v1';
var PAGE = /^\/t\/[A-Za-z0-9_-]{24}$/;
var ASSETS = [${JSON.stringify(PAGE_SCRIPT_PATH)}, '/assets/icon.svg', '/manifest.webmanifest'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(ASSETS); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name !== CACHE; }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function keep(path) {
  return fetch(path, { credentials: 'same-origin' }).then(function (response) {
    if (response.ok) return caches.open(CACHE).then(function (cache) { return cache.put(path, response); });
  });
}

self.addEventListener('message', function (event) {
  var path = event.data && event.data.keep;
  if (typeof path === 'string' && PAGE.test(path)) event.waitUntil(keep(path).catch(function () {}));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  var url = new URL(request.url);
  if (url.origin !== location.origin) return;
  if (PAGE.test(url.pathname)) {
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(url.pathname, copy); });
      }
      return response;
    }).catch(function () {
      return caches.match(url.pathname).then(function (hit) { return hit || Response.error(); });
    }));
    return;
  }
  if (ASSETS.indexOf(url.pathname) !== -1) {
    event.respondWith(caches.match(url.pathname).then(function (hit) { return hit || fetch(request); }));
  }
});

self.addEventListener('push', function (event) {
  var data = {};
  try { data = event.data ? event.data.json() : {}; } catch (e) { data = { body: event.data ? event.data.text() : '' }; }
  event.waitUntil(self.registration.showNotification(data.title || 'Parcel update', {
    body: data.body || '',
    tag: data.tag,
    icon: '/assets/icon.svg',
    data: { url: data.url || '/' },
  }));
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  var target = (event.notification.data && event.notification.data.url) || '/';
  event.waitUntil(self.clients.openWindow(target));
});
`;
}
