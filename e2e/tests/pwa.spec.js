// @ts-check
// The viewer as an installed, offline app. `cargo xtask test` builds the same code twice
// (build A, then build B as a later deploy) into $PWA_BUILDS/{a,b}, both with the fixture
// editions 2026-05-08 and 2026-05-07 at base /pwa/; these tests deploy one or the other
// into $E2E_SITE/pwa, which the test server serves.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('@playwright/test');
const { test, expect, controlled, cspViolations, deploy, pwaLive } = require('./fixtures');

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });
test.beforeEach(() => deploy('a'));

/// The files of the app split off its wasm, as the service worker names them (`LAZY`).
const splitParts = (page) =>
  page.evaluate(() => fetch('sw.js').then((r) => r.text()).then((sw) => JSON.parse(sw.match(/const LAZY = (\[[^\]]*\]);/)[1])));

test('Chrome finds the app installable, with the paper\'s name', async ({ baseURL }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banmian-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    const csp = cspViolations(page);
    await page.goto(`${baseURL}/pwa/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const manifest = await page.evaluate(() => fetch('manifest.webmanifest').then((r) => r.json()));
    expect(manifest).toMatchObject({ name: '示例日报 电子报', short_name: '示例日报', lang: 'zh-CN', display: 'standalone', start_url: './', scope: './' });
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    const cdp = await context.newCDPSession(page);
    await expect
      .poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors)
      .toEqual([]);
    expect(csp, 'Content-Security-Policy violations').toEqual([]);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a visited page opens offline after a reload; an unopened issue says it is not downloaded', async ({ page, context }) => {
  await page.goto('/pwa/2026-05-08/2');
  await expect(page.getByRole('heading', { level: 1, name: '第2版 要闻' })).toBeVisible();
  await controlled(page);
  // The worker kept the app's files, not the install icons, which no page shows, nor the
  // archive's and search's parts of the app, which come when first opened.
  const lazy = await splitParts(page);
  expect(lazy.length).toBeGreaterThanOrEqual(2);
  const kept = await page.evaluate((files) => Promise.all(files.map((f) => caches.match(f).then(Boolean))), ['favicon.svg', 'icons/icon-512.png', ...lazy]);
  expect(kept).toEqual([true, false, ...lazy.map(() => false)]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '第2版 要闻' })).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '第2版 要闻' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '离线阅读中' })).toBeVisible();
  // The prerendered page itself was kept (the app's shell has no share card).
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '示例日报 2026年5月8日 第2版');
  await page.goto('/pwa/2026-05-07');
  await expect(page.locator('meta[property="og:title"]')).toHaveCount(0);
  await expect(page.getByRole('alert')).toContainText('2026年5月7日这一期尚未下载，离线时无法阅读。');
  await context.setOffline(false);
  // Back online, the page loads by itself.
  await expect(page.getByRole('heading', { level: 1, name: '示例日报' })).toBeVisible();
  await expect(page.getByText('离线阅读中')).toHaveCount(0);
});

test('a corrected issue reaches readers who had the old one cached', async ({ page }) => {
  await page.goto('/pwa/2026-05-08/2');
  await controlled(page);
  await page.reload();
  await expect(page.getByRole('article', { name: '地下图书馆' })).toBeVisible();
  // The desk publishes a correction of the issue.
  const file = path.join(pwaLive(), 'data/issues/2026-05-08.json');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"headline":"地下图书馆"', '"headline":"地下图书馆（更正）"'));
  await page.reload(); // from the cache at once; the correction is fetched behind it
  await expect(page.getByRole('article', { name: '地下图书馆' })).toBeVisible();
  await expect.poll(async () => {
    await page.reload();
    return page.getByRole('article', { name: '地下图书馆（更正）' }).count();
  }).toBe(1);
});

test('a downloaded issue reads offline, pages never opened included, and can be deleted', async ({ page, context }) => {
  await page.goto('/pwa/2026-05-07');
  await controlled(page);
  await page.getByRole('button', { name: '下载本期' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已下载' })).toBeVisible();
  // The download fetched the archive's and search's parts of the app: kept.
  const lazy = await splitParts(page);
  const kept = await page.evaluate((files) => Promise.all(files.map((f) => caches.match(f).then(Boolean))), lazy);
  expect(kept).toEqual(lazy.map(() => true));
  await page.goto('/pwa/archive');
  await expect(page.getByRole('heading', { name: '已下载的期次' })).toBeVisible();
  await context.setOffline(true);
  await page.goto('/pwa/2026-05-07/3');
  await expect(page.getByRole('heading', { level: 1, name: '第3版 综合' })).toBeVisible();
  await expect(page.getByRole('article', { name: '老街改造' })).toContainText('改造将分三期完成');
  // Its pages came with it, prerendered; an article never opened is the app's shell,
  // which renders it from the downloaded data.
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '示例日报 2026年5月7日 第3版');
  await page.goto('/pwa/2026-05-07/3/3-1');
  await expect(page.locator('meta[property="og:title"]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: '老街改造' })).toBeVisible();
  // Its search index came with it: searching this issue works offline.
  await page.goto('/pwa/search?q=%E5%9B%BE%E4%B9%A6%E9%A6%86&from=2026-05-07&scope=issue');
  await expect(page.getByRole('status').filter({ hasText: '共' })).toHaveText('共 1 条');
  await expect(page.getByRole('link', { name: '河谷新城启用第一座地下图书馆' })).toBeVisible();
  await page.goto('/pwa/archive');
  const downloads = page.getByRole('region', { name: '已下载的期次' });
  await expect(downloads.getByRole('link', { name: '2026年5月7日' })).toBeVisible();
  await expect(downloads).toContainText('本站已用');
  await downloads.getByRole('button', { name: '删除 2026年5月7日' }).click();
  await expect(downloads).toContainText('还没有下载任何一期');
});

test('a full disk is reported and what was downloaded stays', async ({ page }) => {
  await page.addInitScript(() => {
    const put = Cache.prototype.put;
    Cache.prototype.put = function (request, response) {
      if (String(request).includes('2026-05-08')) return Promise.reject(new DOMException('disk full', 'QuotaExceededError'));
      return put.call(this, request, response);
    };
  });
  await page.goto('/pwa/2026-05-07');
  await page.getByRole('button', { name: '下载本期' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已下载' })).toBeVisible();
  await page.goto('/pwa/2026-05-08');
  await page.getByRole('button', { name: '下载本期' }).click();
  await expect(page.getByRole('alert')).toContainText('存储空间不足，下载未完成；已下载的内容仍然保留。');
  await page.goto('/pwa/archive');
  const downloads = page.getByRole('region', { name: '已下载的期次' });
  await expect(downloads.getByRole('link', { name: '2026年5月7日' })).toBeVisible();
  await expect(downloads.getByRole('link', { name: '2026年5月8日' })).toHaveCount(0);
});

test('an update waits, asks, switches cleanly and keeps the downloads', async ({ page }) => {
  await page.goto('/pwa/2026-05-07');
  await controlled(page);
  const footer = page.getByRole('contentinfo').locator('p');
  await expect(footer).toContainText('版本');
  const versionA = await footer.innerText();
  expect(versionA).not.toMatch(/-b$/);
  await page.getByRole('button', { name: '下载本期' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已下载' })).toBeVisible();

  deploy('b'); // build A's files are gone from the server now
  // The browser finds build B's worker and installs it (fetching all of build B's files:
  // seconds on a loaded machine); once it waits, the reader is asked.
  test.setTimeout(60_000);
  await page.evaluate(() =>
    navigator.serviceWorker.getRegistration().then((r) =>
      r?.update().then(() => new Promise((installed) => {
        const check = () => (r.waiting ? installed(undefined) : setTimeout(check, 100));
        check();
      })),
    ),
  );
  const prompt = page.getByRole('button', { name: '有新版本，点击刷新' });
  await expect(prompt).toBeVisible();
  // Until the reader agrees, build A keeps working, from its own cache.
  await page.getByRole('link', { name: '第2版 要闻' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '第2版 要闻' })).toBeVisible();
  await expect(footer).toHaveText(versionA);

  const assets = [];
  page.on('response', (r) => { if (/\.(js|wasm)$/.test(new URL(r.url()).pathname)) assets.push(path.basename(new URL(r.url()).pathname)); });
  await Promise.all([page.waitForEvent('load'), prompt.click()]);
  await expect(footer).toContainText(/-b$/);
  await expect(page.getByRole('heading', { level: 1, name: '第2版 要闻' })).toBeVisible();
  const buildB = fs.readdirSync(path.join(process.env.PWA_BUILDS || '', 'b'));
  expect(assets.length).toBeGreaterThan(0);
  for (const name of assets) expect(buildB, `${name} belongs to build B`).toContain(name);
  // The reader has downloads: build B's worker fetched its archive's and search's parts as
  // it installed, so what was downloaded still opens offline.
  const lazyB = await splitParts(page);
  for (const name of lazyB) expect(buildB, `${name} belongs to build B`).toContain(name);
  const keptB = await page.evaluate((files) => Promise.all(files.map((f) => caches.match(f).then(Boolean))), lazyB);
  expect(keptB).toEqual(lazyB.map(() => true));

  await page.goto('/pwa/archive');
  await expect(page.getByRole('region', { name: '已下载的期次' }).getByRole('link', { name: '2026年5月7日' })).toBeVisible();
});
