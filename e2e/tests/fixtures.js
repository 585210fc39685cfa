// @ts-check
// A `test` that fails when the page throws or breaks the Content-Security-Policy: no
// uncaught errors and no CSP violations, in any test. (Every response of the test server
// carries the strict policy the README recommends: see csp.spec.js.)
const base = require('@playwright/test');

/// Collects the page's Content-Security-Policy violations: Chromium reports each one in
/// the console ("Refused to execute inline script because it violates …").
const cspViolations = (page) => {
  const found = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) found.push(m.text());
  });
  return found;
};
exports.cspViolations = cspViolations;

exports.test = base.test.extend({
  page: async ({ page }, use) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const csp = cspViolations(page);
    await use(page);
    base.expect(errors, 'uncaught page errors').toEqual([]);
    base.expect(csp, 'Content-Security-Policy violations').toEqual([]);
  },
});
exports.expect = base.expect;

/// Whether the document scrolls sideways.
exports.horizontalOverflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
