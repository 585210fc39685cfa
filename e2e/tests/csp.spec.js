// @ts-check
// The strict Content-Security-Policy the README recommends: every page, script and SVG of
// the test server carries it (the data files need none), and every other suite fails on
// any violation (fixtures.js). Here: the header is the documented one, the page holds no
// inline script or style, and the check itself works — an inline script is refused and
// reported.
const base = require('@playwright/test');
const { test, expect, cspViolations } = require('./fixtures');

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors *";

test('pages are served with the strict policy and hold no inline script or style', async ({ page }) => {
  for (const path of ['/epaper/', '/epaper/2026-04-03/1/1-3', '/news/']) {
    const response = await page.goto(path);
    expect(response && response.headers()['content-security-policy'], path).toBe(POLICY);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    // The JSON-LD of a prerendered page is data (never run), the only script without src.
    const inline = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].length,
      styles: [...document.querySelectorAll('style')].length,
    }));
    expect(inline, path).toEqual({ scripts: 0, styles: 0 });
    // As served (before the app sets any style through the CSSOM): no style attribute.
    const html = await response?.text() ?? '';
    expect(html.match(/<[^>]+\sstyle=/g), path).toBeNull();
  }
  // The scripts (the service worker governs what it fetches) carry it; the data does not.
  for (const path of ['/epaper/sw.js', '/epaper/embed.js', '/epaper/data/catalog.json', '/epaper/data/issues/2026-04-03.json']) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    const policy = response.headers()['content-security-policy'];
    expect(policy, path).toBe(path.endsWith('.js') ? POLICY : undefined);
  }
  // The reader's saved theme still applies before the first paint, from the boot file.
  await page.evaluate(() => localStorage.setItem('banmian.theme', 'dark'));
  await page.goto('/epaper/');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
});

// A plain test (not the fixture's, which would fail on the violation this provokes).
base.test('the check catches a violation: an inline script is refused and reported', async ({ page }) => {
  const csp = cspViolations(page);
  await page.goto('/epaper/');
  await base.expect(page.getByRole('heading', { level: 1, name: '晋中日报' })).toBeVisible();
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.head.append(s);
  });
  base.expect(await page.evaluate(() => window.inlineRan)).toBeUndefined();
  await base.expect.poll(() => csp.length).toBeGreaterThan(0);
});
