// @ts-check
// A `test` that fails when the page throws or breaks the Content-Security-Policy: no
// uncaught errors and no CSP violations, in any test. (Every response of the test server
// carries the strict policy the README recommends: see csp.spec.js.)
const fs = require('node:fs');
const path = require('node:path');
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

/// The live copy of the PWA test builds, at /pwa/ (`cargo xtask test` builds A and B into
/// $PWA_BUILDS/{a,b}).
const pwaLive = () => path.join(process.env.E2E_SITE || '', 'pwa');
exports.pwaLive = pwaLive;
let deploys = 0;
/// Puts build `which` of the PWA tests at /pwa/, its files dated by this deploy, as a real
/// deploy's are: nginx's ETag and Last-Modified come from a file's size and mtime in
/// seconds, and the two builds' sw.js are the same size, so a deploy in the same second as
/// the one before would answer the browser's update check with a 304, and it would never
/// see the new worker.
exports.deploy = (which) => {
  fs.rmSync(pwaLive(), { recursive: true, force: true });
  fs.cpSync(path.join(process.env.PWA_BUILDS || '', which), pwaLive(), { recursive: true });
  deploys += 1;
  const stamp = new Date(Math.floor(Date.now() / 1000 - 86_400 + deploys) * 1000);
  const date = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) date(file);
      else fs.utimesSync(file, stamp, stamp);
    }
  };
  date(pwaLive());
};

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
