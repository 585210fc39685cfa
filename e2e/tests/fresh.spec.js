// @ts-check
// A tab left open stays fresh: a newly published issue and a correction show on the
// reader's next move inside the app, without a reload, and a failed request is tried
// again. The tests publish into a copy of build A at /pwa/ (as pwa.spec.js deploys it),
// with no service worker: what is tested is the app's own store of fetched data.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect, deploy, pwaLive } = require('./fixtures');

test.beforeEach(() => deploy('a'));

/** Rewrites a file of the live site with `edit`. */
function rewrite(file, edit) {
  const at = path.join(pwaLive(), file);
  fs.writeFileSync(at, edit(fs.readFileSync(at, 'utf8')));
}

test('a newly published issue shows in the catalog on the next view', async ({ page }) => {
  // Before the publish: the catalog knows only the issue of 7 May.
  const catalog = fs.readFileSync(path.join(pwaLive(), 'data/catalog.json'), 'utf8');
  rewrite('data/catalog.json', (text) => {
    const c = JSON.parse(text);
    c.issues = c.issues.filter((i) => i.date !== '2026-05-08');
    return JSON.stringify(c);
  });
  await page.goto('/pwa/2026-05-07');
  await page.evaluate(() => { window.sameTab = true; });
  await page.getByRole('navigation', { name: '站点' }).getByRole('link', { name: '往期' }).click();
  await expect(page.getByRole('link', { name: '2026年5月7日' })).toBeVisible();
  await expect(page.getByRole('link', { name: '2026年5月8日' })).toHaveCount(0);

  fs.writeFileSync(path.join(pwaLive(), 'data/catalog.json'), catalog); // the publish
  await page.getByRole('navigation', { name: '站点' }).getByRole('link', { name: '最新一期' }).click();
  await expect(page.getByRole('region', { name: '报头' })).toContainText('2026年5月8日');
  await page.getByRole('navigation', { name: '站点' }).getByRole('link', { name: '往期' }).click();
  await expect(page.getByRole('link', { name: '2026年5月8日' })).toBeVisible();
  expect(await page.evaluate(() => window.sameTab), 'no reload').toBe(true);
});

test('a correction shows on the next view, without a reload', async ({ page }) => {
  await page.goto('/pwa/2026-05-08/2');
  await page.evaluate(() => { window.sameTab = true; });
  await expect(page.getByRole('article', { name: '地下图书馆' })).toBeVisible();
  rewrite('data/issues/2026-05-08.json', (text) => text.replace('"headline":"地下图书馆"', '"headline":"地下图书馆（更正）"'));
  const strip = page.getByRole('navigation', { name: '版面导航' });
  await strip.getByRole('link', { name: /^第1版/ }).click();
  await strip.getByRole('link', { name: /^第2版/ }).click();
  await expect(page.getByRole('article', { name: '地下图书馆（更正）' })).toBeVisible();
  expect(await page.evaluate(() => window.sameTab), 'no reload').toBe(true);
});

test('a failed request is tried again on the next view', async ({ page }) => {
  await page.goto('/pwa/archive');
  await page.evaluate(() => { window.sameTab = true; });
  let fail = true;
  await page.route('**/data/issues/2026-05-07.json', (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
  await page.getByRole('link', { name: '2026年5月7日' }).click();
  await expect(page.getByRole('alert')).toContainText('网络连接失败');
  fail = false;
  await page.getByRole('alert').getByRole('link', { name: '往期' }).click();
  await page.getByRole('link', { name: '2026年5月7日' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '示例日报' })).toBeVisible();
  expect(await page.evaluate(() => window.sameTab), 'no reload').toBe(true);
});
