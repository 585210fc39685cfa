// @ts-check
// A `test` that fails when the page throws: no uncaught errors, in any test.
const base = require('@playwright/test');

exports.test = base.test.extend({
  page: async ({ page }, use) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await use(page);
    base.expect(errors, 'uncaught page errors').toEqual([]);
  },
});
exports.expect = base.expect;

/// Whether the document scrolls sideways.
exports.horizontalOverflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
