// banmian's service worker (hand-written; see ARCHITECTURE.md). `cargo xtask dist` fills in
// VERSION, PRECACHE and LAZY from the build it belongs to, so one worker always serves one build:
// a new deploy's worker installs beside the old one and waits until the reader agrees.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
// The parts of the app split off the wasm (the archive's and search's views): fetched when
// the reader first opens one, then kept with the build. Not fetched at install, so a first
// visit does not pay for them; a worker updating for a reader who has downloaded issues
// fetches them too, so that what was downloaded still opens offline.
const LAZY = __LAZY__;
const SHELL = `banmian-shell-${VERSION}`;
const DATA = "banmian-data";
const DOWNLOADS = "banmian-downloads";
const PAGES = "banmian-pages";
// The prerendered pages a reader opened are kept for reading offline, the newest this many.
const PAGES_KEPT = 300;
const scope = new URL(self.registration.scope);
const shellUrl = new URL("shell.html", scope).href;
// A page names its build's scripts; this build's loader marks a page as this build's.
const MARK = PRECACHE.find((file) => /^init-[0-9a-f]+\.js$/.test(file));

self.addEventListener("install", (event) => {
  const files = caches.has(DOWNLOADS).then((downloaded) => (downloaded ? PRECACHE.concat(LAZY) : PRECACHE));
  event.waitUntil(
    Promise.all([caches.open(SHELL), files]).then(([cache, list]) => cache.addAll(list.map((p) => new URL(p, scope).href))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("banmian-shell-") && k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  // A byte range (a search result's snippet from its issue's file): the network's (a
  // cache keeps whole responses only; offline, results show without snippets, but the
  // viewer cuts the snippet from an issue it already holds).
  if (request.headers.has("range")) return;
  const path = url.pathname.slice(scope.pathname.length);
  if (request.mode === "navigate") {
    // Every address is a prerendered page. An issue's pages open from the cache when a
    // copy is kept (opened before, or downloaded) and are refreshed behind; the front page,
    // the archive and search come from the network first. Offline and never kept: the
    // app's shell, which renders the route from whatever data is cached.
    if (/^\d{4}-\d{2}-\d{2}/.test(path)) {
      const kept = thisBuilds(request);
      event.respondWith(kept.then((hit) => hit || freshPage(request)));
      // Only a copy served from the cache needs fetching behind it.
      event.waitUntil(kept.then((hit) => hit && refresh(request, PAGES)));
    } else {
      event.respondWith(freshPage(request));
    }
  } else if (path === "data/catalog.json" || path === "data/search/manifest.json") {
    // The catalog's head and the search manifest name the newest files: network first.
    event.respondWith(networkFirst(request));
  } else if (path.startsWith("data/issues/")) {
    // An issue opens from the cache at once; a correction published since is fetched
    // behind it and shown the next time.
    event.respondWith(cacheFirst(request));
    event.waitUntil(refresh(request));
  } else if (path.startsWith("data/")) {
    // The rest is named by its content and never changes: the catalog's month pieces
    // (`data/catalog/2026-04-<hash>.json`), its older months (`data/catalog/older-<hash>.json`)
    // and the search segments (hashed folders).
    event.respondWith(cacheFirst(request));
  } else if (LAZY.includes(path)) {
    event.respondWith(fromShell(request).then((hit) => hit || fetchInto(SHELL, request)));
  } else {
    event.respondWith(fromShell(request).then((hit) => hit || caches.match(request)).then((hit) => hit || fetch(request)));
  }
});

function freshPage(request) {
  return fetch(request)
    .then((response) => {
      if (response.ok) keepPage(request, response.clone());
      return response;
    })
    .catch(() => thisBuilds(request).then((hit) => hit || fromShell(shellUrl)));
}

// A kept copy of a page, if it was published with this build: a page kept before an update
// names the old build's scripts, which this worker no longer has (the shell renders it instead).
function thisBuilds(request) {
  return caches.match(request, { ignoreSearch: true }).then((hit) =>
    !hit || !MARK ? hit : hit.clone().text().then((html) => (html.includes(MARK) ? hit : undefined)),
  );
}

function keepPage(request, response) {
  caches.open(PAGES).then((cache) =>
    cache
      .put(request, response)
      .then(() => cache.keys())
      .then((keys) => Promise.all(keys.slice(0, Math.max(0, keys.length - PAGES_KEPT)).map((k) => cache.delete(k)))),
  );
}

function fromShell(request) {
  return caches.open(SHELL).then((cache) => cache.match(request));
}

function cacheFirst(request) {
  return caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetchAndKeep(request));
}

// Fetches a fresh copy of something already cached and updates every cache holding it
// (the downloads too) and its own cache, `home`; offline, nothing happens.
function refresh(request, home = DATA) {
  return caches.match(request, { ignoreSearch: true }).then((hit) => {
    if (!hit || !self.navigator.onLine) return;
    return fetch(request)
      .then((response) => {
        if (!response.ok) return;
        return Promise.all(
          [home, DOWNLOADS].map((name) =>
            caches.open(name).then((cache) =>
              cache.match(request, { ignoreSearch: true }).then((old) => (old || name === home) && cache.put(request, response.clone())),
            ),
          ),
        );
      })
      .catch(() => {});
  });
}

function networkFirst(request) {
  return fetchAndKeep(request).catch(() => caches.match(request).then((hit) => hit || Promise.reject(new TypeError("offline"))));
}

function fetchAndKeep(request) {
  return fetchInto(DATA, request);
}

function fetchInto(name, request) {
  return fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(name).then((cache) => cache.put(request, copy));
    }
    return response;
  });
}
