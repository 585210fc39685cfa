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
const { watch } = require('./net');

const [base, ...queries] = process.argv.slice(2);
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
