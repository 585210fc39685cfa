// @ts-check
// Every address is a real HTML page (prerendered by `banmian publish` from the viewer's
// own views): read and followed with JavaScript off, taken over by the app without a
// visible change, and with hostile text from the data inert in it.
const base = require('@playwright/test');
const { test, expect, withoutJs } = require('./fixtures');

const HOSTILE = '科技创新<script>window.pwned=1</script>"引号"\'--></script><!--<img src=x onerror=window.pwned=2>';

test.describe('with JavaScript off', () => {
  const plain = withoutJs;
  plain.use({ javaScriptEnabled: false });

  plain('the front page, a story and the page strip are read and followed', async ({ page }) => {
    await page.goto('/epaper/');
    await base.expect(page.getByRole('heading', { level: 1, name: '晋中日报' })).toBeVisible();
    await base.expect(page.getByRole('region', { name: '报头' })).toContainText('第12966期 今日4版');
    // What needs the app is not offered.
    await base.expect(page.getByRole('button', { name: '下载本期' })).toBeHidden();
    await base.expect(page.getByRole('button', { name: '深色模式' })).toBeHidden();
    await page.getByRole('link', { name: '科技创新实现新突破' }).click();
    await base.expect(page).toHaveURL(/\/epaper\/2026-04-03\/1\/1-3$/);
    await base.expect(page.getByRole('heading', { level: 1, name: '科技创新实现新突破' })).toBeVisible();
    await base.expect(page.getByText('新华社记者 胡喆', { exact: true })).toBeVisible();
    await base.expect(page.getByRole('group', { name: '阅读工具' })).toBeHidden();
    await page.getByRole('link', { name: /返回版面/ }).click();
    await base.expect(page).toHaveURL(/\/epaper\/2026-04-03$/);
    await base.expect(page.getByRole('article', { name: '科技创新实现新突破' })).toBeVisible();
  });

  plain('jump links lead both ways, between pages and between articles', async ({ page }) => {
    await page.goto('/multi/2026-05-08');
    await page.getByRole('link', { name: '（下转第二版）' }).click();
    await base.expect(page).toHaveURL(/\/multi\/2026-05-08\/2#a-2-1$/);
    const part = page.getByRole('article', { name: '地下图书馆' });
    await base.expect(part).toBeInViewport();
    await part.getByRole('link', { name: '（上接第1版）' }).click();
    await base.expect(page).toHaveURL(/\/multi\/2026-05-08#a-1-1$/);
    await base.expect(page.getByRole('article', { name: '河谷新城启用第一座地下图书馆' })).toBeInViewport();
    // In the reader the markers lead to the other part's own page.
    await page.goto('/multi/2026-05-08/1/1-1');
    await page.getByRole('link', { name: '（下转第二版）' }).click();
    await base.expect(page).toHaveURL(/\/multi\/2026-05-08\/2\/2-1$/);
    await base.expect(page.getByRole('heading', { level: 1, name: '地下图书馆' })).toBeVisible();
    await page.getByRole('link', { name: '（上接第1版）' }).click();
    await base.expect(page).toHaveURL(/\/multi\/2026-05-08\/1\/1-1$/);
    await base.expect(page.getByRole('heading', { level: 1, name: '河谷新城启用第一座地下图书馆' })).toBeVisible();
  });

  plain('the archive leads to every issue, and search says it needs JavaScript', async ({ page }) => {
    await page.goto('/multi/');
    await page.getByRole('navigation', { name: '站点' }).getByRole('link', { name: '往期' }).click();
    await base.expect(page).toHaveURL(/\/multi\/archive$/);
    await page.getByRole('link', { name: '2026年5月7日' }).click();
    await base.expect(page).toHaveURL(/\/multi\/2026-05-07$/);
    await base.expect(page.getByRole('heading', { level: 1, name: '示例日报' })).toBeVisible();
    await page.getByRole('searchbox', { name: '搜索本报' }).fill('图书馆');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await base.expect(page).toHaveURL(/\/multi\/search\?q=%E5%9B%BE%E4%B9%A6%E9%A6%86$/);
    await base.expect(page.getByRole('status')).toContainText('搜索需要浏览器启用 JavaScript');
  });

  plain('a page that is not there is the 404 page, with the way on', async ({ page }) => {
    const response = await page.goto('/epaper/2026-04-03/1/9-9');
    base.expect(response?.status()).toBe(404);
    await base.expect(page.getByRole('alert')).toContainText('没有找到这个页面');
    await base.expect(page.getByRole('alert').getByRole('link', { name: '最新一期' })).toBeVisible();
  });

  plain('hostile text in the data is text', async ({ page }) => {
    await page.goto('/hostile/2026-04-03/1/1-3');
    await base.expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE);
    await base.expect(page.getByText('</script><script>window.pwned=3</script>科技创新是发展新质生产力的核心要素', { exact: false })).toBeVisible();
  });
});

test.describe('with JavaScript on', () => {
  test('the app takes the page over with nothing moved', async ({ page }) => {
    // Layout shifts from the first paint on, the takeover included.
    await page.addInitScript(() => {
      window.shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const path of ['/epaper/', '/multi/2026-05-08/2', '/epaper/2026-04-03/1/1-3']) {
      await page.goto(path); // waits for the takeover (fixtures.js)
      await expect(page.locator('.banmian[data-prerendered]')).toHaveCount(0);
      await expect(page.locator('.banmian')).toHaveCount(1);
      expect(await page.evaluate(() => window.shifts), `layout shift on ${path}`).toBeLessThanOrEqual(0.01);
    }
    // The app's views: the tools work at once.
    await page.getByRole('button', { name: /字号/ }).click();
    await expect(page.getByRole('button', { name: '字号：大' })).toBeVisible();
    await page.getByRole('button', { name: /字号/ }).click();
    await page.getByRole('button', { name: /字号/ }).click();
    await page.getByRole('button', { name: /字号/ }).click();
    await expect(page.getByRole('button', { name: '字号：标准' })).toBeVisible();
  });

  test('hostile text in a prerendered page never runs, in the head or the body', async ({ page }) => {
    await page.goto('/hostile/2026-04-03/1/1-3');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE);
    expect(await page.evaluate(() => window.pwned)).toBeUndefined();
    // The share card and the JSON-LD carry the same text, as data.
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', `${HOSTILE} - 晋中日报 2026年4月3日`);
    const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent() ?? 'null');
    expect(ld.headline).toBe(HOSTILE);
    expect(ld['@type']).toBe('NewsArticle');
    expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count()).toBe(0);
  });

  test('a page the app cannot load stays readable and says what went wrong', async ({ page }) => {
    await page.route('**/data/issues/2026-05-08.json', (route) => route.abort('internetdisconnected'));
    await page.goto('/multi/2026-05-08/2');
    await expect(page.getByRole('alert')).toContainText('网络连接失败');
    await expect(page.getByRole('alert')).toContainText('下面是本页发布时的版本，仍可阅读，链接可用。');
    await expect(page.getByRole('article', { name: '地下图书馆' })).toBeVisible();
  });
});
