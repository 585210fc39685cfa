// banmian's service worker (hand-written; see ARCHITECTURE.md). `cargo xtask dist` fills in
// VERSION and PRECACHE from the build it belongs to, so one worker always serves one build:
// a new deploy's worker installs beside the old one and waits until the reader agrees.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const SHELL = `banmian-shell-${VERSION}`;
const DATA = "banmian-data";
const DOWNLOADS = "banmian-downloads";
const scope = new URL(self.registration.scope);
const shellUrl = new URL("index.html", scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PRECACHE.map((p) => new URL(p, scope).href))));
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
  const path = url.pathname.slice(scope.pathname.length);
  if (request.mode === "navigate") {
    // Every route is the same app shell: this build's, from its own cache.
    event.respondWith(fromShell(shellUrl).then((hit) => hit || fetch(request)));
  } else if (path === "data/catalog.json" || path === "data/search/manifest.json") {
    event.respondWith(networkFirst(request));
  } else if (path.startsWith("data/issues/")) {
    // An issue opens from the cache at once; a correction published since is fetched
    // behind it and shown the next time.
    event.respondWith(cacheFirst(request));
    event.waitUntil(refresh(request));
  } else if (path.startsWith("data/")) {
    // Search segments live in content-hashed folders: they never change.
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(fromShell(request).then((hit) => hit || caches.match(request)).then((hit) => hit || fetch(request)));
  }
});

function fromShell(request) {
  return caches.open(SHELL).then((cache) => cache.match(request));
}

function cacheFirst(request) {
  return caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetchAndKeep(request));
}

// Fetches a fresh copy of something already cached and updates every cache holding it
// (the downloads too); offline or unchanged, nothing happens.
function refresh(request) {
  return caches.match(request, { ignoreSearch: true }).then((hit) => {
    if (!hit || !self.navigator.onLine) return;
    return fetch(request)
      .then((response) => {
        if (!response.ok) return;
        return Promise.all(
          [DATA, DOWNLOADS].map((name) =>
            caches.open(name).then((cache) =>
              cache.match(request, { ignoreSearch: true }).then((old) => (old || name === DATA) && cache.put(request, response.clone())),
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
  return fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(DATA).then((cache) => cache.put(request, copy));
    }
    return response;
  });
}
