// @ts-check
// Embedding: the README's snippet in a host page (examples/embed, served at /news/) whose
// CSS styles h1, a and p; and the iframe embed.
const { test, expect } = require('./fixtures');

test('the snippet renders the viewer in the host page; neither page\'s styles touch the other', async ({ page }) => {
  await page.goto('/news/');
  const hostHeading = page.getByRole('heading', { level: 1, name: '示例日报网' });
  await expect(hostHeading).toHaveCSS('color', 'rgb(0, 90, 160)');
  const viewer = page.locator('#epaper');
  const masthead = viewer.getByRole('heading', { level: 1, name: '晋中日报' });
  await expect(masthead).toBeVisible();
  await expect(masthead).not.toHaveCSS('color', 'rgb(0, 90, 160)');
  await expect(masthead).not.toHaveCSS('text-transform', 'uppercase');
  await expect(viewer.locator('.text p').first()).toHaveCSS('letter-spacing', 'normal');
  await expect(viewer.getByRole('link', { name: '科技创新实现新突破' })).not.toHaveCSS('color', 'rgb(220, 0, 120)');
  // The host keeps its own look, title and path.
  await expect(hostHeading).toHaveCSS('color', 'rgb(0, 90, 160)');
  await expect(page.locator('aside p')).toHaveCSS('color', 'rgb(20, 120, 20)');
  await expect(page.getByRole('link', { name: '网站首页' })).toHaveCSS('color', 'rgb(220, 0, 120)');
  // The viewer takes the element's width, no more.
  const [outer, inner] = await Promise.all([
    page.locator('#epaper').boundingBox(),
    viewer.locator('.banmian').boundingBox(),
  ]);
  expect(Math.abs((outer?.width ?? 0) - (inner?.width ?? 0))).toBeLessThanOrEqual(2);
  // Downloads need the site's own service worker, which a host page does not have.
  await expect(viewer.getByRole('button', { name: '下载本期' })).toHaveCount(0);
  await viewer.getByRole('link', { name: '科技创新实现新突破' }).click();
  await expect(viewer.getByRole('heading', { level: 1, name: '科技创新实现新突破' })).toBeVisible();
  const url = new URL(page.url());
  expect(url.pathname).toBe('/news/');
  expect(url.hash).toMatch(/^#\/2026-04-03\/1\/1-\d+$/);
  await expect(page).toHaveTitle('示例日报网 · 电子报');
  await expect(hostHeading).toBeVisible();
  // Back returns to the page; a reload of the deep link opens the article again.
  await page.goBack();
  await expect(masthead).toBeVisible();
  await page.goto(`/news/${url.hash}`);
  await expect(viewer.getByRole('heading', { level: 1, name: '科技创新实现新突破' })).toBeVisible();
  // Search inside the viewer stays inside too.
  await viewer.getByRole('searchbox').fill('原始创新');
  await viewer.getByRole('searchbox').press('Enter');
  await expect(viewer.getByRole('status').filter({ hasText: '共 1 条' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/news/');
});

test('keys pressed in the host page are the host\'s', async ({ page }) => {
  await page.goto('/news/#/2026-04-03/1');
  await expect(page.locator('#epaper').getByRole('heading', { level: 1, name: '晋中日报' })).toBeVisible();
  await page.getByRole('link', { name: '网站首页' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#epaper').getByRole('heading', { level: 1, name: '晋中日报' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/2026-04-03/1');
});

test('the iframe embed, without the viewer\'s own bar and footer when asked', async ({ page }) => {
  await page.route('**/host-with-iframe.html', (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: '<!DOCTYPE html><html lang="en"><title>Host</title><h1>Host</h1>'
      + '<iframe title="电子报" src="/multi/?embed=1&chrome=0" style="width:100%;height:700px"></iframe>',
  }));
  await page.goto('/host-with-iframe.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1, name: '示例日报' })).toBeVisible();
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.getByRole('contentinfo')).toHaveCount(0);
  await frame.getByRole('link', { name: '河谷新城启用第一座地下图书馆' }).click();
  await expect(frame.getByRole('heading', { level: 1, name: '河谷新城启用第一座地下图书馆' })).toBeVisible();
  const src = await page.locator('iframe').evaluate((f) => f.contentWindow.location.href);
  expect(src).toMatch(/\/multi\/\?embed=1&chrome=0#\/2026-05-08\/1\/1-1$/);
});
