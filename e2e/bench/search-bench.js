// `cargo xtask bench search`, step 3: banmian and Pagefind 1.6.0 side by side in Debian's
// chromium, on the same articles and queries. For each query, in a fresh browser context
// (nothing cached): the bytes fetched and the time taken by the first query, then the
// time of the same query repeated; recall and precision against the brute-force truth.
// Usage: node bench/search-bench.js BASE_URL QUERIES.json
const fs = require('node:fs');
const { chromium } = require('@playwright/test');

const [base, queriesFile] = process.argv.slice(2);
const { articles, queries, truth } = JSON.parse(fs.readFileSync(queriesFile, 'utf8'));

const engines = {
  banmian: {
    page: '/banmian/',
    ready: (page) => page.waitForFunction(() => window.wasmBindings && window.wasmBindings.search_keys),
    // What the search view does: the count, and the first 20 stories' headlines.
    run: (page, q) => page.evaluate(async (q) => {
      const t0 = performance.now();
      const count = await window.wasmBindings.search_count(q);
      return { ms: performance.now() - t0, count };
    }, q),
    keys: (page, q) => page.evaluate(async (q) => JSON.parse(await window.wasmBindings.search_keys(q)), q),
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
      return { ms, count: search.results.length };
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
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const rows = {};
  for (const [name, e] of Object.entries(engines)) {
    rows[name] = [];
    for (const q of queries) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(base + e.page);
      await e.ready(page);
      let bytes = 0;
      const pending = [];
      page.on('response', (r) => { if (e.isIndex(r.url())) pending.push(r.body().then((b) => { bytes += b.length; }, () => {})); });
      const first = await e.run(page, q);
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
  console.log(`search benchmark: ${articles} articles, ${queries.length} queries. First query: a fresh browser context, the count and the first 20 results; bytes: index files fetched, as served (no HTTP compression; Pagefind's files are gzipped inside).`);
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
})();
