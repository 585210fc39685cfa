// @ts-check
// The viewer on a 390-px phone: one readable column, no sideways scrolling.
const { test, expect, horizontalOverflow } = require('./fixtures');

for (const path of ['/epaper/', '/epaper/2026-04-03/1/1-7', '/multi/2026-05-08/2', '/epaper/archive', '/epaper/2026-04-03/3']) {
  test(`no horizontal scroll at ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('main')).not.toContainText('正在载入');
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
}

test('stories are one column with body text of at least 16 px', async ({ page }) => {
  await page.goto('/epaper/');
  const story = page.getByRole('article', { name: '科技创新实现新突破' });
  const box = await story.boundingBox();
  expect(box && box.width).toBeGreaterThan(330);
  const size = await story.locator('.text p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(size).toBeGreaterThanOrEqual(16);
  await story.getByRole('link', { name: '科技创新实现新突破' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: '科技创新实现新突破' })).toBeVisible();
});
