// `cargo xtask bench search`, step 3: banmian and Pagefind 1.6.0 side by side in Debian's
// chromium, on the same articles and queries. For each query, in a fresh browser context
// (nothing cached), once the page has loaded and the network is idle (a reader types into a
// page that has finished loading) and each engine has loaded what it loads before a query
// (Pagefind's init; banmian's search manifest, which its search box loads when focused): the
// bytes fetched (banmian's manifest included) and the time taken by the first query,
// then the time of the same query repeated; recall and precision against the brute-force
// truth. Served over HTTPS and HTTP/2 (BENCH_SPKI: the test certificate's key, trusted).
// BENCH_DETAIL=1: each first query's files on stderr, when asked for and in (ms);
// BENCH_TRACE=PREFIX: a Chromium trace of each first query, in PREFIX-ENGINE-QUERY.json.
// Usage: node bench/search-bench.js BASE_URL QUERIES.json
const fs = require('node:fs');
const { chromium } = require('@playwright/test');
const { watch } = require('./net');

const [base, queriesFile] = process.argv.slice(2);
const { articles, queries, truth } = JSON.parse(fs.readFileSync(queriesFile, 'utf8'));

const engines = {
  banmian: {
    page: '/banmian/',
    ready: (page) => page.waitForFunction(() => window.wasmBindings && window.wasmBindings.search_keys),
    // What the search view does: the count, and the first 20 stories.
    run: (page, q) => page.evaluate(async (q) => {
      const t0 = performance.now();
      const count = await window.wasmBindings.search_count(q);
      return { ms: performance.now() - t0, t0, count };
    }, q),
    keys: (page, q) => page.evaluate(async (q) => JSON.parse(await window.wasmBindings.search_keys(q)), q),
    // Its start-up, as its search box's when focused: the index's manifest.
    init: async (page) => {
      if (!(await page.evaluate(() => window.wasmBindings.search_ready()))) throw new Error('banmian: the search manifest did not load');
    },
    isIndex: (url) => url.includes('/data/search/'),
  },
  pagefind: {
    page: '/pagefind-site/',
    ready: (page) => page.evaluate(async () => {
      window.pf = await import('/pagefind-site/pagefind/pagefind.js');
      await window.pf.init();
    }),
    // What a result list does: the search (quoted: an exact phrase), and the first 20 results' data.
    run: (page, q) => page.evaluate(async (q) => {
      const t0 = performance.now();
      const search = await window.pf.search(`"${q}"`);
      await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
      const ms = performance.now() - t0;
      window.last = search.results;
      return { ms, t0, count: search.results.length };
    }, q),
    keys: (page) => page.evaluate(async () => {
      const data = await Promise.all(window.last.map((r) => r.data()));
      return data.map((d) => d.url.replace(/^\/pagefind-site\//, '').replace(/\.html$/, ''));
    }),
    isIndex: (url) => url.includes('/pagefind/'),
  },
};

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      process.env.BENCH_SPKI ? `--ignore-certificate-errors-spki-list=${process.env.BENCH_SPKI}` : '--ignore-certificate-errors'],
  });
  const rows = {};
  for (const [name, e] of Object.entries(engines)) {
    rows[name] = [];
    for (const q of queries) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(base + e.page);
      await e.ready(page);
      await page.waitForLoadState('networkidle');
      let bytes = 0;
      const pending = [];
      page.on('response', (r) => { if (e.isIndex(r.url())) pending.push(r.body().then((b) => { bytes += b.length; }, () => {})); });
      const net = await watch(context, page);
      // What each engine loads before a query, as a reader's search box does when it is
      // focused (Pagefind's init, in `ready`, is not timed either); banmian's bytes for it
      // are counted with the query's, Pagefind's are not.
      if (e.init) await e.init(page);
      if (process.env.BENCH_DETAIL) await page.evaluate(() => performance.clearResourceTimings());
      if (process.env.BENCH_TRACE) await browser.startTracing(page, { path: `${process.env.BENCH_TRACE}-${name}-${q}.json` });
      const first = await e.run(page, q);
      if (process.env.BENCH_TRACE) await browser.stopTracing();
      if (process.env.BENCH_DETAIL) {
        // Each file the query fetched: when it was asked for and when it was in, from the start.
        const files = await page.evaluate(() => performance.getEntriesByType('resource')
          .map((r) => `${r.startTime.toFixed(1)}\t${r.responseEnd.toFixed(1)}\t${r.encodedBodySize}\t${r.name}`));
        console.error(`${name} ${q}: ${first.ms.toFixed(1)} ms (t0 ${first.t0.toFixed(1)})\n  ${files.join('\n  ')}`);
      }
      await net.idle();
      await Promise.all(pending);
      const firstBytes = bytes;
      const repeat = await e.run(page, q);
      const keys = await e.keys(page, q);
      const want = new Set(truth[q]);
      const got = new Set(keys);
      const hits = [...got].filter((k) => want.has(k)).length;
      rows[name].push({ q, firstMs: first.ms, firstBytes, repeatMs: repeat.ms, results: got.size, truth: want.size,
        recall: want.size ? hits / want.size : 1, precision: got.size ? hits / got.size : 1 });
      await context.close();
    }
  }
  await browser.close();
  const fmt = (v, d = 0) => v.toFixed(d).padStart(8);
  console.log(`search benchmark: ${articles} articles, ${queries.length} queries. First query: a fresh browser context, the page loaded and the engine started (Pagefind's init, banmian's manifest), the count and the first 20 results; bytes: index files fetched until the network is idle (banmian's manifest included), as served (no HTTP compression; Pagefind's files are gzipped inside).`);
  console.log('query          | engine   | first ms | first KB | repeat ms | results | truth | recall | precision');
  for (let i = 0; i < queries.length; i++) {
    for (const name of Object.keys(engines)) {
      const r = rows[name][i];
      console.log(`${r.q.padEnd(14)} | ${name.padEnd(8)} | ${fmt(r.firstMs, 1)} | ${fmt(r.firstBytes / 1000, 1)} | ${fmt(r.repeatMs, 2)}  | ${String(r.results).padStart(7)} | ${String(r.truth).padStart(5)} | ${r.recall.toFixed(3)}  | ${r.precision.toFixed(3)}`);
    }
  }
  for (const name of Object.keys(engines)) {
    const rs = rows[name];
    const avg = (f) => rs.reduce((s, r) => s + f(r), 0) / rs.length;
    const max = (f) => Math.max(...rs.map(f));
    console.log(`${name.padEnd(8)} summary: first query mean ${avg((r) => r.firstMs).toFixed(1)} ms (max ${max((r) => r.firstMs).toFixed(1)}), ` +
      `first-query bytes mean ${(avg((r) => r.firstBytes) / 1000).toFixed(1)} KB (max ${(max((r) => r.firstBytes) / 1000).toFixed(1)}), ` +
      `repeat mean ${avg((r) => r.repeatMs).toFixed(2)} ms (max ${max((r) => r.repeatMs).toFixed(2)}), ` +
      `recall mean ${avg((r) => r.recall).toFixed(3)} (min ${Math.min(...rs.map((r) => r.recall)).toFixed(3)}), precision mean ${avg((r) => r.precision).toFixed(3)}`);
  }
  const mean = (name) => rows[name].reduce((s, r) => s + r.firstMs, 0) / rows[name].length;
  const ratio = mean('banmian') / mean('pagefind');
  console.log(`first query time banmian/pagefind: ${ratio.toFixed(2)} (DESIGN §7: ≤ 0.3) ${ratio <= 0.3 ? '✓' : '✗'}`);
})();
