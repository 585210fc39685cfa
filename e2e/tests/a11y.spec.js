// @ts-check
// Accessibility: axe-core finds no serious or critical problem on any view, in either
// theme; landmarks and one h1 per view; the whole paper can be read with the keyboard.
const { test, expect, seriousViolations } = require('./fixtures');

const views = {
  'front page': '/epaper/',
  'a page': '/multi/2026-05-08/2',
  'article reader': '/multi/2026-05-08/1/1-1',
  search: '/multi/search?q=%E5%9B%BE%E4%B9%A6%E9%A6%86&from=2026-05-08',
  archive: '/multi/archive',
};

for (const scheme of ['light', 'dark']) {
  for (const [name, path] of Object.entries(views)) {
    test(`axe: no serious or critical violations on the ${name} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.locator('main')).not.toContainText('正在载入');
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const bad = await seriousViolations(page);
      expect(bad).toEqual([]);
    });
  }
}

test('landmarks: banner, navigation, main and contentinfo', async ({ page }) => {
  await page.goto('/multi/2026-05-08');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '站点' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '版面导航' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  // Headings in order: the page's h1, then its stories as h2.
  const levels = await page.locator('main :is(h1, h2, h3, h4)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  levels.forEach((l, i) => i === 0 || expect(l - levels[i - 1]).toBeLessThanOrEqual(1));
});

/// Presses Tab until the focused element's text matches, and returns how it looks.
async function tabTo(page, text, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const s = getComputedStyle(el);
      return { text: el.textContent.trim(), outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    if (focused.text === text) return focused;
  }
  throw new Error(`Tab never reached ${text}`);
}

test('a keyboard-only reader: skip link, stories, jump links, pages — each focus visible', async ({ page }) => {
  await page.goto('/multi/2026-05-08');
  await expect(page.getByRole('heading', { level: 1, name: '示例日报' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  let focus = await tabTo(page, '河谷新城启用第一座地下图书馆');
  expect(focus.outline).not.toBe('none');
  expect(focus.width).toBeGreaterThanOrEqual(2);
  focus = await tabTo(page, '（下转第二版）');
  expect(focus.outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/multi\/2026-05-08\/2#a-2-1$/);
  await expect(page.getByRole('article', { name: '地下图书馆' })).toHaveClass(/marked/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1, name: '第3版 综合' })).toBeVisible();
  focus = await tabTo(page, '山区学校开通网络课堂');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '山区学校开通网络课堂' })).toBeVisible();
  focus = await tabTo(page, '字号：标准');
  expect(focus.outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /字号/ })).toHaveText('字号：大');
});
