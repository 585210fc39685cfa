// @ts-check
// Reading comfort: dark theme, read aloud, share, English UI.
const { test, expect } = require('./fixtures');

const background = (page) => page.evaluate(() => getComputedStyle(document.querySelector('.banmian')).backgroundColor);
const dark = (rgb) => rgb.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) < 3 * 80;

test('the theme follows the system, and the switch overrides it and is kept', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/epaper/');
  await expect(page.getByRole('heading', { level: 1, name: '晋中日报' })).toBeVisible();
  const toggle = page.getByRole('button', { name: '深色模式' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  // The system turns dark while the page is open: the page and the switch follow.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(dark(await background(page))).toBe(true);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(dark(await background(page))).toBe(false);
  await page.reload();
  await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', 'false');
  expect(dark(await background(page))).toBe(false);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: '深色模式' }).click();
  expect(dark(await background(page))).toBe(true);
  // The document behind the viewer follows, so no light edge shows when scrolling past.
  expect(dark(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))).toBe(true);
});

test('朗读 reads the headline and the whole story in the paper\'s language, and stops', async ({ page }) => {
  await page.addInitScript(() => {
    window.spoken = [];
    speechSynthesis.speak = (u) => window.spoken.push({ text: u.text, lang: u.lang });
    speechSynthesis.cancel = () => window.spoken.push({ cancel: true });
  });
  await page.goto('/multi/2026-05-08/1/1-1');
  const button = page.getByRole('button', { name: '朗读' });
  await button.click();
  await expect(page.getByRole('button', { name: '停止朗读' })).toBeVisible();
  const spoken = await page.evaluate(() => window.spoken.filter((s) => s.text));
  const all = spoken.map((s) => s.text).join('');
  expect(all.startsWith('河谷新城启用第一座地下图书馆')).toBe(true);
  expect(all).toContain('开馆第一天，借阅量达到三千册。'); // the part continued on page 2
  expect(new Set(spoken.map((s) => s.lang))).toEqual(new Set(['zh-CN']));
  expect(spoken.every((s) => [...s.text].length <= 200)).toBe(true);
  await page.getByRole('button', { name: '停止朗读' }).click();
  await expect(page.getByRole('button', { name: '朗读' })).toBeVisible();
});

test('朗读 is not offered where the browser cannot speak', async ({ page }) => {
  await page.addInitScript(() => { delete window.speechSynthesis; delete window.SpeechSynthesisUtterance; });
  await page.goto('/multi/2026-05-08/1/1-1');
  await expect(page.getByRole('button', { name: /字号/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '朗读' })).toHaveCount(0);
});

test('分享 hands the article\'s link to the system share sheet', async ({ page }) => {
  await page.addInitScript(() => {
    window.shared = [];
    navigator.share = async (data) => { window.shared.push(data); };
  });
  await page.goto('/multi/2026-05-08/2/2-1?q=%E5%9B%BE%E4%B9%A6');
  await page.getByRole('button', { name: '分享' }).click();
  await expect.poll(() => page.evaluate(() => window.shared.length)).toBe(1);
  const [data] = await page.evaluate(() => window.shared);
  expect(data.title).toBe('地下图书馆');
  expect(data.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/multi\/2026-05-08\/2\/2-1$/);
});

test('without a share sheet, 分享 copies the link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => { delete Navigator.prototype.share; });
  await page.goto('/multi/2026-05-08/2/2-1');
  await page.getByRole('button', { name: '分享' }).click();
  await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/multi\/2026-05-08\/2\/2-1$/);
});

test('the UI in English (?lang=en), the paper\'s text still marked as Chinese, and back', async ({ page }) => {
  await page.goto('/epaper/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Latest issue' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('Page 2 not included');
  await expect(page.locator('.broadsheet')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: '晋中日报' })).toBeVisible();
  // The masthead's labels and date in English, the printed facts as printed.
  const masthead = page.getByRole('region', { name: 'Masthead' });
  await expect(masthead).toContainText('3 April 2026 Friday lunar calendar 丙午年二月十六');
  await expect(masthead).toContainText('No. 12966 4 pages');
  await expect(masthead).toContainText('serial CN 14-0023 postal code 21-21');
  await expect(masthead.locator('.facts')).toHaveAttribute('lang', 'en');
  await expect(masthead.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'zh-CN');
  // Kept for the next visit.
  await page.goto('/epaper/archive');
  await expect(page.getByRole('heading', { level: 1, name: 'Past issues' })).toBeVisible();
  await expect(page.getByText('3 April 2026')).toBeVisible();
  await page.getByRole('link', { name: '3 April 2026' }).click();
  await page.getByRole('link', { name: '科技创新实现新突破' }).click();
  await expect(page.getByRole('button', { name: /Text size/ })).toHaveText('Text size: normal');
  await expect(page).toHaveTitle(/科技创新实现新突破/);
  const switcher = page.getByRole('button', { name: '中文' });
  await expect(switcher).toHaveAttribute('lang', 'zh-CN');
  await switcher.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: /字号/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
  // On an address that asks for English, the switch asks for Chinese instead.
  await page.goto('/epaper/?lang=en');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page).toHaveURL(/\?lang=zh-CN$/);
  await expect(page.getByRole('link', { name: '最新一期' })).toBeVisible();
});
