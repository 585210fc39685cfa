// @ts-check
// Search as a reader uses it: the box on every page, exact Chinese substrings, results
// with the hit marked, the scope, and the article opened with every occurrence marked.
// /epaper/ has the bundled sample; /multi/ two fixture issues (2026-05-08, 2026-05-07).
const { test, expect } = require('./fixtures');

/** Types a query into the search box of the current page and waits for the results. */
async function search(page, q) {
  await page.getByRole('searchbox', { name: '搜索本报' }).fill(q);
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole('heading', { level: 1, name: `搜索：${q}` })).toBeVisible();
}

test('mid-word and single-character queries find what Pagefind misses', async ({ page }) => {
  await page.goto('/epaper/');
  await search(page, '绩观');
  await expect(page.getByRole('status')).toHaveText('共 1 条');
  await expect(page.getByRole('link', { name: '有效防范和纠治政绩观偏差' })).toBeVisible();
  await search(page, '窑');
  await expect(page.getByRole('status')).toHaveText('共 1 条');
  await expect(page.getByRole('link', { name: '祁县玻璃器皿产业高质量发展研讨会举办' })).toBeVisible();
  await search(page, '量发展');
  await expect(page.getByRole('status')).toHaveText('共 4 条');
});

test('原始创新, split by a column break in the export, is found and marked in the article', async ({ page }) => {
  await page.goto('/epaper/2026-04-03');
  await search(page, '原始创新');
  await expect(page.getByRole('status')).toHaveText('共 1 条');
  const result = page.getByRole('listitem').filter({ hasText: '科技创新实现新突破' });
  await expect(result).toContainText('2026年4月3日 第1版');
  await expect(result.locator('mark').first()).toHaveText('原始创新');
  await result.getByRole('link', { name: '科技创新实现新突破' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '科技创新实现新突破' })).toBeVisible();
  const marks = page.getByRole('article').locator('mark');
  await expect(marks).toHaveCount(7);
  for (const text of await marks.allInnerTexts()) expect(text).toBe('原始创新');
});

test('results rank headline matches first, then newer issues, and the scope can be this issue', async ({ page }) => {
  await page.goto('/multi/2026-05-07/2');
  await search(page, '图书馆');
  await expect(page.getByRole('status')).toHaveText('共 2 条');
  const dates = page.getByRole('listitem').locator('.meta');
  await expect(dates).toHaveText(['2026年5月8日 第1版', '2026年5月7日 第1版']);
  await page.getByRole('link', { name: '本期（2026年5月7日）' }).click();
  await expect(page).toHaveURL(/scope=issue/);
  await expect(page.getByRole('status')).toHaveText('共 1 条');
  await expect(dates).toHaveText(['2026年5月7日 第1版']);
  await page.getByRole('link', { name: '全部期次' }).click();
  await expect(page.getByRole('status')).toHaveText('共 2 条');
});

test('a phrase split across 下转 and 上接 is found as one story', async ({ page }) => {
  await page.goto('/multi/');
  await search(page, '人次。开馆第一天');
  await expect(page.getByRole('status')).toHaveText('共 2 条');
  await expect(page.getByRole('link', { name: '河谷新城启用第一座地下图书馆' }).first()).toBeVisible();
});

test('nothing found says so; a search link reloads from the sub-path; Back returns', async ({ page }) => {
  await page.goto('/multi/2026-05-08');
  await search(page, '不存在的词');
  await expect(page.getByRole('status')).toHaveText('没有找到「不存在的词」');
  await page.goto('/multi/search?q=%E5%B1%B1%E5%8C%BA');
  await expect(page.getByRole('status')).toHaveText('共 2 条');
  await expect(page.getByRole('searchbox', { name: '搜索本报' })).toHaveValue('山区');
  await page.getByRole('link', { name: '山区学校开通网络课堂' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: '山区学校开通网络课堂' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('status')).toHaveText('共 2 条');
});

test('a result costs what it shows: snippets are byte ranges of the issue files; the index is stored deflated', async ({ page }) => {
  await page.goto('/multi/search');
  const asked = [];
  page.on('request', (r) => asked.push({ url: r.url(), range: r.headers()['range'] }));
  const answered = [];
  page.on('response', (r) => answered.push({ url: r.url(), status: r.status(), encoding: r.headers()['content-encoding'] }));
  await search(page, '图书馆');
  await expect(page.getByRole('status')).toHaveText('共 2 条');
  const results = page.getByRole('listitem');
  // Each snippet marks the hit in the story's own words, read from its issue's file.
  for (const item of await results.all()) {
    await expect(item.locator('.snippet mark').first()).toHaveText('图书馆');
    await expect(item.locator('.snippet')).not.toContainText('"');
  }
  // No issue file is fetched whole: a few hundred bytes of each, by range.
  const issues = asked.filter((r) => r.url.includes('/data/issues/'));
  expect(issues.length).toBeGreaterThan(0);
  for (const r of issues) expect(r.range).toMatch(/^bytes=\d+-\d+$/);
  // The deployed rules answer a range with its bytes alone, as they are.
  for (const r of answered.filter((r) => r.url.includes('/data/issues/'))) {
    expect(r.status).toBe(206);
    expect(r.encoding).toBeUndefined();
  }
  // The shards are stored deflated and sent as they are (the viewer inflates them).
  const shards = answered.filter((r) => /\/t\d+\.deflate$/.test(r.url));
  expect(shards.length).toBeGreaterThan(0);
  for (const r of shards) expect(r.encoding).toBeUndefined();
});

test('an index file that is not what it should be says so, naming it; the next search works', async ({ page }) => {
  await page.goto('/multi/search');
  // A server (or a proxy) that sends something else in place of a shard.
  await page.route('**/data/search/*/t*.deflate', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: 'not raw DEFLATE at all' }));
  await search(page, '图书馆');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('搜索索引');
  await expect(alert).toContainText(/t\d+\.deflate is not raw DEFLATE/);
  await page.unroute('**/data/search/*/t*.deflate');
  // A failed file is not kept: the next search fetches it again and finds.
  await search(page, '书馆');
  await expect(page.getByRole('status')).toHaveText(/^共 \d+ 条$/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a result below the screen reads its line and its snippet only when the reader scrolls to it', async ({ page }) => {
  // A phone's screen. /months/ has seven issues of five stories, each with 本报讯 in it.
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto('/months/search');
  const asked = [];
  page.on('request', (r) => asked.push(r.url()));
  await search(page, '本报讯');
  await expect(page.getByRole('status')).toHaveText('共 35 条');
  const results = page.locator('.results').getByRole('listitem');
  await expect(results).toHaveCount(20);
  const first = results.first();
  await expect(first.getByRole('link')).toBeVisible();
  await expect(first.locator('.snippet mark').first()).toHaveText('本报讯');
  // The last is far below the screen: it shows as waiting, and nothing was fetched for it.
  const last = results.last();
  await expect(last).toHaveAttribute('aria-busy', 'true');
  await expect(last.getByRole('link')).toHaveCount(0);
  const read = () => asked.filter((u) => /\/docs-\d+\.deflate$/.test(u) || u.includes('/data/issues/'));
  const before = read().length;
  expect(before).toBeGreaterThan(0);
  // Scrolled to, it reads them and shows its headline, date, page and snippet.
  await last.scrollIntoViewIfNeeded();
  await expect(last.getByRole('link')).toBeVisible();
  await expect(last).not.toHaveAttribute('aria-busy', 'true');
  await expect(last.locator('.meta')).toContainText('版');
  await expect(last.locator('.snippet mark').first()).toHaveText('本报讯');
  expect(read().length).toBeGreaterThan(before);
});

test('the search box loads the index manifest when it is focused, and the query that follows uses it', async ({ page }) => {
  await page.goto('/multi/');
  const manifests = [];
  page.on('request', (r) => { if (r.url().endsWith('/data/search/manifest.json')) manifests.push(r.url()); });
  const box = page.getByRole('searchbox', { name: '搜索本报' });
  await box.focus();
  await expect.poll(() => manifests.length).toBe(1);
  await box.fill('图书馆');
  await box.press('Enter');
  await expect(page.getByRole('status')).toHaveText('共 2 条');
  await expect(page.getByRole('link', { name: /图书馆/ }).first()).toBeVisible();
  expect(manifests).toHaveLength(1);
});

test('Enter starts fetching the query\'s index shards before the results view opens', async ({ page }) => {
  await page.goto('/multi/');
  const box = page.getByRole('searchbox', { name: '搜索本报' });
  // Focused, the box asks for the manifest and search's part of the app, which reads it.
  const manifest = page.waitForResponse((r) => r.url().endsWith('/data/search/manifest.json'));
  const part = page.waitForResponse((r) => /\/split-search-[0-9a-f]+\.wasm$/.test(r.url()));
  await box.focus();
  await (await manifest).finished();
  await (await part).finished();
  // A few frames for the app to start that part and read the manifest it now has.
  await page.evaluate(() => new Promise((r) => {
    let frames = 6;
    const next = () => (--frames ? requestAnimationFrame(next) : r(undefined));
    requestAnimationFrame(next);
  }));
  // The app opens the results by pushing their address, then renders them.
  await page.evaluate(() => {
    const push = history.pushState;
    history.pushState = function (...args) {
      window.resultsOpenedAt ??= performance.now();
      return push.apply(this, args);
    };
  });
  await box.fill('图书馆');
  await box.press('Enter');
  await expect(page.getByRole('status')).toHaveText('共 2 条');
  const { opened, shards } = await page.evaluate(() => ({
    opened: window.resultsOpenedAt,
    shards: performance.getEntriesByType('resource')
      .filter((e) => /\/t\d+\.deflate$/.test(e.name))
      .map((e) => e.startTime),
  }));
  expect(opened).toBeGreaterThan(0);
  // Each segment's shard for the query (two issues), asked for before the view opened.
  expect(shards.length).toBeGreaterThanOrEqual(2);
  for (const start of shards) expect(start).toBeLessThan(opened);
});
