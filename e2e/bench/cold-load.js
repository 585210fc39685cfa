// `cargo xtask bench size`: every byte a reader's browser fetches for a cold load of the
// front page until the app has taken it over, the service worker has installed (what it
// precaches: the files the page did not load come over the network) and no request, the
// page's or the worker's, has been in flight for half a second, raw and as brotli (quality
// 11), in Debian's chromium; and of those, the bytes the first paint needs (the
// prerendered HTML and its stylesheet: no JS, no wasm, no data). Then the parts of the app
// the front page does not load (the archive's and search's), which come when first used.
// A file is counted once: the worker's copy of what the page loaded (the app's files, named
// by their content and cached for good) comes from the browser's HTTP cache.
// Usage: node bench/cold-load.js URL
const zlib = require('node:zlib');
const { chromium } = require('@playwright/test');

const QUIET_MS = 500;

(async () => {
  const url = process.argv[2];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' });
  const page = await context.newPage();
  const responses = [];
  // The requests in flight, the page's and the worker's, and when the last one began or
  // ended: the load is over once none has for QUIET_MS.
  const inflight = new Set();
  let last = Date.now();
  context.on('request', (request) => { inflight.add(request); last = Date.now(); });
  for (const event of ['requestfinished', 'requestfailed']) {
    context.on(event, (request) => { inflight.delete(request); last = Date.now(); });
  }
  // The context's responses: the page's and the service worker's (Playwright reports both
  // in Chromium).
  context.on('response', (response) => {
    const request = response.request();
    const type = request.resourceType();
    // Playwright gives no body for what the worker fetched: those files are read again here.
    const body = request.serviceWorker() && response.ok()
      ? fetch(response.url()).then((r) => r.arrayBuffer()).then((b) => Buffer.from(b))
      : response.body();
    responses.push(body.then((body) => ({
      url: response.url(),
      worker: Boolean(request.serviceWorker()),
      paint: type === 'document' || type === 'stylesheet',
      raw: body.length,
      br: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    }), () => null /* a redirect has no body: its target is counted */));
  });
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  // The worker has precached its files when it is active.
  await page.evaluate(() => ('serviceWorker' in navigator ? navigator.serviceWorker.ready.then(() => true) : false));
  const t0 = Date.now();
  while (inflight.size > 0 || Date.now() - last < QUIET_MS) {
    if (Date.now() - t0 > 60000) throw new Error(`network not idle after 60 s: ${[...inflight].map((r) => r.url()).join(' ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  // Each file once; marked as the worker's when only it fetched it.
  const byUrl = new Map();
  for (const f of (await Promise.all(responses)).filter(Boolean)) {
    const had = byUrl.get(f.url);
    if (!had || (had.worker && !f.worker)) byUrl.set(f.url, f);
  }
  const fetched = [...byUrl.values()];
  await browser.close();
  let raw = 0;
  let br = 0;
  let paint = 0;
  for (const f of fetched.sort((a, b) => b.br - a.br)) {
    raw += f.raw;
    br += f.br;
    if (f.paint) paint += f.br;
    console.log(`${String(f.raw).padStart(9)} B raw ${String(f.br).padStart(8)} B br  ${f.paint ? 'first paint ' : ''}${f.worker ? 'service worker ' : ''}${new URL(f.url).pathname}`);
  }
  console.log(`first paint: ${(paint / 1000).toFixed(1)} KB brotli (HTML + CSS; budget 20 KB)`);
  console.log(`cold load: ${fetched.length} requests, ${(raw / 1000).toFixed(1)} KB raw, ${(br / 1000).toFixed(1)} KB brotli (budget 220 KB)`);
  // What the cold load leaves for later: the parts of the app split off the wasm (the
  // service worker's LAZY list), fetched when the reader first opens the archive or search.
  const sw = await fetch(new URL('sw.js', url)).then((r) => r.text());
  const lazy = JSON.parse((sw.match(/const LAZY = (\[[^\]]*\]);/) || [])[1] || '[]');
  for (const file of lazy) {
    const body = Buffer.from(await fetch(new URL(file, url)).then((r) => r.arrayBuffer()));
    const later = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    console.log(`later, when first used: ${String(body.length).padStart(9)} B raw ${String(later).padStart(8)} B br  ${file}`);
  }
})();
