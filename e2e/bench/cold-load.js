// `cargo xtask bench size`: every byte a reader's browser fetches for a cold load of the
// front page until the app has taken it over and the network is idle, raw and as brotli
// (quality 11), in Debian's chromium; and of those, the bytes the first paint needs (the
// prerendered HTML and its stylesheet: no JS, no wasm, no data).
// Usage: node bench/cold-load.js URL
const zlib = require('node:zlib');
const { chromium } = require('@playwright/test');

(async () => {
  const url = process.argv[2];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const fetched = [];
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      const type = response.request().resourceType();
      fetched.push({ url: response.url(), paint: type === 'document' || type === 'stylesheet', raw: body.length, br: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length });
    } catch (_) { /* redirects have no body */ }
  });
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.waitForLoadState('networkidle');
  await browser.close();
  let raw = 0;
  let br = 0;
  let paint = 0;
  for (const f of fetched.sort((a, b) => b.br - a.br)) {
    raw += f.raw;
    br += f.br;
    if (f.paint) paint += f.br;
    console.log(`${String(f.raw).padStart(9)} B raw ${String(f.br).padStart(8)} B br  ${f.paint ? 'first paint ' : ''}${new URL(f.url).pathname}`);
  }
  console.log(`first paint: ${(paint / 1000).toFixed(1)} KB brotli (HTML + CSS; budget 20 KB)`);
  console.log(`cold load: ${fetched.length} requests, ${(raw / 1000).toFixed(1)} KB raw, ${(br / 1000).toFixed(1)} KB brotli (budget 220 KB)`);
})();
