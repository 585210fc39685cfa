// @ts-check
// The preview of an issue before it is published (`cargo xtask serve --issue ISSUE.json`).
// /preview/ is built by the same function from an issue that is not the bundled sample:
// the import tests' GBK fixture (crates/banmian-import/tests/fixtures/gbk-crlf, 山河晚报
// 2026-06-01, two pages), imported with the `banmian` CLI when the tests start.
const { test, expect } = require('./fixtures');

test('the preview opens the issue at its front page, as a reader will see it', async ({ page }) => {
  // The address `cargo xtask serve --issue` prints: the issue's date.
  await page.goto('/preview/2026-06-01');
  await expect(page.getByRole('heading', { level: 1, name: '山河晚报' })).toBeVisible();
  const masthead = page.getByRole('region', { name: '报头' });
  await expect(masthead).toContainText('2026年6月1日 星期一');
  await expect(masthead).toContainText('第88期 今日2版');
  await expect(page).toHaveTitle('山河晚报 2026年6月1日 第1版');
  const story = page.getByRole('article', { name: '六一儿童节公园免费开放' });
  await expect(story).toBeVisible();
  await expect(story).toContainText('今天是国际儿童节，全市十四座公园对儿童免费开放');
});

test('the page strip of the preview leads to the other page', async ({ page }) => {
  await page.goto('/preview/2026-06-01');
  const pages = page.getByRole('navigation', { name: '版面导航' });
  await expect(pages.getByRole('link', { name: '第1版' })).toHaveAttribute('aria-current', 'page');
  await pages.getByRole('link', { name: '第2版' }).click();
  await expect(page).toHaveURL(/\/preview\/2026-06-01\/2$/);
  await expect(page.getByRole('heading', { level: 1, name: '第2版 社会' })).toBeVisible();
  await expect(page.getByRole('article', { name: '公园免费开放' })).toContainText('游园活动持续到本周日。');
});

test('the preview holds only the issue it was asked for', async ({ page }) => {
  await page.goto('/preview/archive');
  await expect(page.getByRole('heading', { level: 1, name: '往期回顾' })).toBeVisible();
  const issues = page.getByRole('link', { name: /^\d{4}年\d{1,2}月\d{1,2}日$/ });
  await expect(issues).toHaveCount(1);
  await expect(issues).toHaveText('2026年6月1日');
  await expect(page.getByText('六一儿童节公园免费开放')).toBeVisible();
});
