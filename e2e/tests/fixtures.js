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

/// Every address is a prerendered page that the app takes over once its data is in
/// (src/takeover.rs); a test that reads or clicks as the app does waits for that, as a
/// reader's tap would land on the app. (`<html data-app=ready>`; a shell page has nothing
/// to take over.)
const takenOver = (page) =>
  page.waitForFunction(() => document.documentElement.dataset.app === 'ready'
    || !document.querySelector('.banmian[data-prerendered]'));
exports.takenOver = takenOver;

/// Waits until the service worker controls the page (tests that allow service workers).
exports.controlled = (page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });

exports.test = base.test.extend({
  page: async ({ page }, use) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const csp = cspViolations(page);
    for (const name of ['goto', 'reload', 'goBack', 'goForward']) {
      const original = page[name].bind(page);
      page[name] = async (...args) => {
        const response = await original(...args);
        await takenOver(page);
        return response;
      };
    }
    await use(page);
    base.expect(errors, 'uncaught page errors').toEqual([]);
    base.expect(csp, 'Content-Security-Policy violations').toEqual([]);
  },
});
exports.expect = base.expect;

/// Whether the document scrolls sideways.
exports.horizontalOverflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/// The serious and critical problems axe-core finds on the page, one line each.
exports.seriousViolations = async (page) => {
  const AxeBuilder = require('@axe-core/playwright').default;
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

/// A test for pages with JavaScript off (the describe block turns it off with
/// `use({ javaScriptEnabled: false })`: a `use` here would apply to every test of the file
/// requiring this one). The fixture's checks need the page's JavaScript; here only the
/// Content-Security-Policy is watched.
exports.withoutJs = base.test.extend({
  page: async ({ page }, use) => {
    const csp = cspViolations(page);
    await use(page);
    base.expect(csp, 'Content-Security-Policy violations').toEqual([]);
  },
});
