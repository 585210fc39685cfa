// `cargo xtask bench scale`, step 3: a reader's first search of a big archive, in Debian's
// chromium against the site served by nginx over HTTPS and HTTP/2 (as a paper serves it, so
// the responses are brotli as nginx sends them). For each query, in a fresh browser context
// (nothing cached, service workers blocked): the front page is loaded until the app has taken
// it over and the network is idle (the cold load), then the query is typed into the search
// box and submitted with Enter, as a reader does. Figures: the ms from Enter until the result
// count ("共 N 条") shows (the 250 ms pause the box waits for while one types is not counted),
// and every byte fetched from typing until the network is idle: each response's encoded
// bytes with its headers, as the network saw them (Chrome's encodedDataLength).
// Prints tab-separated lines on stdout for xtask:
//   cold BYTES REQUESTS                      (the front page's cold load)
//   query Q MS BYTES REQUESTS INDEX_BYTES ISSUE_BYTES COUNT
// (INDEX_BYTES and ISSUE_BYTES: of BYTES, those from data/search/ and data/issues/); and on
// stderr each query's bytes by folder.
// Usage: node bench/scale-bench.js BASE_URL QUERY... (BENCH_DETAIL=1: each response of a
// query on stderr, its bytes and URL; BENCH_TRACE=PREFIX: a Chromium trace of each query,
// from Enter to the count, in PREFIX-QUERY.json)
const { chromium } = require('@playwright/test');

const [base, ...queries] = process.argv.slice(2);
const QUIET_MS = 500;

/** The folder a response is counted in: `data/search`, `data/issues`, `data` or `app`. */
function folder(url) {
  const m = /^\/(data\/[^/]+\/|data\/)/.exec(new URL(url).pathname);
  return m ? m[1].replace(/\/$/, '') : 'app';
}

/** Counts what the page fetches, and knows when the network has been idle for QUIET_MS. */
async function watch(context, page) {
  const cdp = await context.newCDPSession(page);
  const net = { bytes: 0, requests: 0, folders: {}, inflight: new Map(), last: Date.now() };
  cdp.on('Network.requestWillBeSent', (e) => { net.inflight.set(e.requestId, e.request.url); net.last = Date.now(); });
  cdp.on('Network.loadingFinished', (e) => {
    const url = net.inflight.get(e.requestId);
    net.inflight.delete(e.requestId);
    if (process.env.BENCH_DETAIL && net.counting) console.error(`  ${e.encodedDataLength}\t${url}`);
    net.bytes += e.encodedDataLength;
    net.requests += 1;
    if (url) {
      const f = folder(url);
      net.folders[f] = (net.folders[f] || 0) + e.encodedDataLength;
    }
    net.last = Date.now();
  });
  cdp.on('Network.loadingFailed', (e) => { net.inflight.delete(e.requestId); net.last = Date.now(); });
  await cdp.send('Network.enable');
  net.reset = () => { net.bytes = 0; net.requests = 0; net.folders = {}; net.counting = true; };
  net.idle = async () => {
    const t0 = Date.now();
    while (net.inflight.size > 0 || Date.now() - net.last < QUIET_MS) {
      if (Date.now() - t0 > 60000) throw new Error(`network not idle after 60 s: ${[...net.inflight.values()].join(' ')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return net;
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    // The test certificate trusted by its key, as a real one is: Chromium keeps nothing in
    // its HTTP cache from a site whose certificate errors it ignores, so a file fetched
    // again would cost its whole size instead of a 304.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      process.env.BENCH_SPKI ? `--ignore-certificate-errors-spki-list=${process.env.BENCH_SPKI}` : '--ignore-certificate-errors'],
  });
  let cold = null;
  for (const q of queries) {
    const context = await browser.newContext({ serviceWorkers: 'block', ignoreHTTPSErrors: !process.env.BENCH_SPKI });
    const page = await context.newPage();
    const net = await watch(context, page);
    await page.goto(base);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 60000 });
    await net.idle();
    if (!cold) cold = { bytes: net.bytes, requests: net.requests };
    // Enter starts the clock; the count, or the note that nothing was found, stops it.
    await page.evaluate(() => {
      const s = {};
      window.scaleBench = s;
      document.addEventListener('keydown', (e) => { if (e.key === 'Enter' && s.t0 === undefined) s.t0 = performance.now(); }, true);
      const done = () => {
        const shown = [...document.querySelectorAll('[role=status]')].find((el) => /^共 \d+ 条$|^没有找到/.test(el.textContent.trim()));
        if (shown && s.t0 !== undefined && s.t1 === undefined) {
          s.t1 = performance.now();
          s.text = shown.textContent.trim();
        }
      };
      new MutationObserver(done).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
    });
    net.reset();
    const box = page.getByRole('searchbox', { name: '搜索本报' });
    await box.fill(q);
    if (process.env.BENCH_TRACE) await browser.startTracing(page, { path: `${process.env.BENCH_TRACE}-${q}.json` });
    await box.press('Enter');
    await page.waitForFunction(() => window.scaleBench.t1 !== undefined, null, { timeout: 60000 });
    if (process.env.BENCH_TRACE) await browser.stopTracing();
    await net.idle();
    const { t0, t1, text } = await page.evaluate(() => window.scaleBench);
    const count = /^共 (\d+) 条$/.exec(text);
    const { 'data/search': index = 0, 'data/issues': issues = 0 } = net.folders;
    const [bytes, requests] = [net.bytes, net.requests];
    const folders = Object.entries(net.folders).map(([f, b]) => `${f} ${(b / 1000).toFixed(1)} KB`).join(', ');
    // A result reads its line and snippet when it comes near the screen: what a reader
    // who scrolls through every result shown pays on top, counted apart.
    const rows = page.locator('.results > li');
    for (const row of await rows.all()) {
      await row.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => el.getAttribute('aria-busy') !== 'true', await row.elementHandle(), { timeout: 60000 });
    }
    await net.idle();
    const scrolled = net.bytes - bytes;
    console.log(['query', q, (t1 - t0).toFixed(1), bytes, requests, index, issues, count ? count[1] : 0, scrolled].join('\t'));
    console.error(`scale-bench: ${q}: ${text} in ${(t1 - t0).toFixed(1)} ms, ${requests} requests, ${(bytes / 1000).toFixed(1)} KB (${folders}); every result read: ${((bytes + scrolled) / 1000).toFixed(1)} KB`);
    await context.close();
  }
  await browser.close();
  console.log(['cold', cold.bytes, cold.requests].join('\t'));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
