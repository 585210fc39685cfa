// @ts-check
// The archive as a calendar, on a desktop screen and on a 390-px phone. /months/ is a paper
// with issues on 2024-11-15, 2025-12-30, 2026-01-05, 2026-02-10, 2026-02-27, 2026-04-03 and
// 2026-04-06 (none in March 2026), its catalog in pieces: the head holds April 2026 and a
// line for each month of 2026, each older month is a piece `data/catalog/<month>-<hash>.json`,
// and the months of 2025 and 2024 are listed in `data/catalog/older-<hash>.json`, which the
// archive reads and the front page does not. Each issue's lead headline ends with its day:
// 河谷新城启用第一座地下图书馆（4月3日）.
const base = require('@playwright/test');
const { test, expect, controlled, horizontalOverflow, seriousViolations, withoutJs } = require('./fixtures');

const LEAD = '河谷新城启用第一座地下图书馆';
const monthNav = (page) => page.getByRole('navigation', { name: '月份' });
const yearNav = (page) => page.getByRole('navigation', { name: '年份' });

test('the archive opens at the newest month as a calendar, Monday first, and a day opens its issue', async ({ page }) => {
  await page.goto('/months/archive');
  await expect(page.getByRole('heading', { level: 1, name: '往期回顾' })).toBeVisible();
  await expect(page).toHaveTitle('往期回顾 - 示例日报');
  const april = page.getByRole('table', { name: '2026年4月' });
  await expect(april).toBeVisible();
  // The columns, named in full for screen readers: 一 … 日 on the screen.
  const heads = april.getByRole('columnheader');
  await expect(heads).toHaveCount(7);
  await expect(heads.first()).toHaveAccessibleName('星期一');
  await expect(heads.last()).toHaveAccessibleName('星期日');
  await expect(heads.first()).toHaveText(/^一/);
  // 2026-04-01 is a Wednesday: the first week starts with two blanks; the 3rd, a Friday,
  // is in the fifth column, a link named by its day and its lead headline.
  const firstWeek = april.getByRole('row').nth(1).getByRole('cell');
  await expect(firstWeek.nth(0)).toHaveText('');
  await expect(firstWeek.nth(2)).toHaveText('1');
  await expect(firstWeek.nth(4).getByRole('link')).toHaveAccessibleName(`4月3日 星期五：${LEAD}（4月3日）`);
  // Only the days with an issue are links.
  await expect(april.getByRole('link')).toHaveCount(2);
  await expect(april.getByRole('cell', { name: '4', exact: true }).getByRole('link')).toHaveCount(0);
  // Below it, the month's issues as a list.
  await expect(page.getByRole('heading', { level: 2, name: '2026年4月' })).toBeVisible();
  await expect(page.getByRole('link', { name: '2026年4月6日', exact: true })).toBeVisible();
  await expect(page.getByText(`${LEAD}（4月3日）`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '已下载的期次' })).toBeVisible();

  await april.getByRole('link', { name: /^4月3日/ }).click();
  await expect(page).toHaveURL(/\/months\/2026-04-03$/);
  await expect(page.getByRole('heading', { level: 1, name: '示例日报' })).toBeVisible();
  await expect(page.getByRole('region', { name: '报头' })).toContainText('2026年4月3日');
  await expect(page.getByRole('link', { name: `${LEAD}（4月3日）` })).toBeVisible();
});

test('the months before and after skip the months without issues, and each year leads to its newest month', async ({ page }) => {
  const pieces = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/data/catalog/')) pieces.push(path.replace(/-[0-9a-f]+\.json$/, ''));
  });
  await page.goto('/months/archive');
  await expect(monthNav(page).getByRole('link', { name: /下一月/ })).toHaveCount(0);
  // No issue in March: the month before April is February.
  await monthNav(page).getByRole('link', { name: '上一月 2026年2月' }).click();
  await expect(page).toHaveURL(/\/months\/archive\/2026-02$/);
  await expect(page).toHaveTitle('往期回顾 2026年2月 - 示例日报');
  const february = page.getByRole('table', { name: '2026年2月' });
  await expect(february.getByRole('link')).toHaveCount(2);
  await expect(february.getByRole('link', { name: `2月10日 星期二：${LEAD}（2月10日）` })).toBeVisible();
  await expect(february.getByRole('link', { name: `2月27日 星期五：${LEAD}（2月27日）` })).toBeVisible();
  await expect(page.getByRole('link', { name: '2026年2月27日', exact: true })).toBeVisible();
  await expect(page.getByText(`${LEAD}（4月3日）`)).toHaveCount(0);
  // Back to April and to February again: the piece, named by its content, is not fetched again.
  await monthNav(page).getByRole('link', { name: '下一月 2026年4月' }).click();
  await expect(page.getByRole('table', { name: '2026年4月' })).toBeVisible();
  await monthNav(page).getByRole('link', { name: '上一月 2026年2月' }).click();
  await expect(february.getByRole('link')).toHaveCount(2);
  // The older months (the years before 2026, for the years' links) once, then February's piece.
  expect(pieces).toEqual(['/months/data/catalog/older', '/months/data/catalog/2026-02']);
  // Across the turn of the year, then over a gap of eleven months.
  await monthNav(page).getByRole('link', { name: '上一月 2026年1月' }).click();
  await monthNav(page).getByRole('link', { name: '上一月 2025年12月' }).click();
  await expect(page.getByRole('table', { name: '2025年12月' }).getByRole('link', { name: /^12月30日 星期二/ })).toBeVisible();
  await monthNav(page).getByRole('link', { name: '上一月 2024年11月' }).click();
  await expect(page).toHaveURL(/\/months\/archive\/2024-11$/);
  await expect(monthNav(page).getByRole('link', { name: /上一月/ })).toHaveCount(0);
  await expect(monthNav(page).getByRole('link', { name: '下一月 2025年12月' })).toBeVisible();
  expect(pieces).toEqual(['/months/data/catalog/older', '/months/data/catalog/2026-02',
    '/months/data/catalog/2026-01', '/months/data/catalog/2025-12', '/months/data/catalog/2024-11']);
  // The years, this one marked; each leads to its newest month with issues.
  const years = yearNav(page).getByRole('link');
  await expect(years).toHaveText(['2024年', '2025年', '2026年']);
  await expect(yearNav(page).getByRole('link', { name: '2024年' })).toHaveAttribute('aria-current', 'true');
  await yearNav(page).getByRole('link', { name: '2025年' }).click();
  await expect(page).toHaveURL(/\/months\/archive\/2025-12$/);
  await yearNav(page).getByRole('link', { name: '2026年' }).click();
  await expect(page).toHaveURL(/\/months\/archive\/2026-04$/);
  await expect(page.getByRole('table', { name: '2026年4月' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('table', { name: '2025年12月' })).toBeVisible();
  // Opened at its own address, an older month comes with its calendar and list.
  await page.goto('/months/archive/2026-01');
  await expect(page.getByRole('table', { name: '2026年1月' }).getByRole('link', { name: /^1月5日 星期一/ })).toBeVisible();
  await expect(page.getByRole('link', { name: '2026年1月5日', exact: true })).toBeVisible();
});

test('the catalog\'s pieces and older months are kept for good, its head is asked again each time', async ({ page }) => {
  const served = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/months/data/catalog')) {
      served.push(`${path.replace(/-[0-9a-f]{32}\.json$/, '')} ${r.headers()['cache-control']}`);
    }
  });
  await page.goto('/months/archive/2025-12');
  await expect(page.getByRole('table', { name: '2025年12月' }).getByRole('link')).toHaveCount(1);
  const forGood = 'public, max-age=31536000, immutable';
  expect([...new Set(served)].sort()).toEqual([
    '/months/data/catalog.json no-cache',
    `/months/data/catalog/2025-12 ${forGood}`,
    `/months/data/catalog/older ${forGood}`,
  ]);
});

test('today is marked', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-04-06T10:00:00'));
  await page.goto('/months/archive');
  const today = page.getByRole('table', { name: '2026年4月' }).getByRole('link', { name: /^4月6日 星期一/ });
  await expect(today).toHaveAttribute('aria-current', 'date');
  await expect(page.locator('[aria-current="date"]')).toHaveCount(1);
});

test('a month without issues says so and leads on; what is not a month is not found', async ({ page }) => {
  await page.goto('/months/archive/2026-03');
  await expect(page.getByRole('heading', { level: 1, name: '往期回顾' })).toBeVisible();
  await expect(page.getByText('2026年3月没有报纸。')).toBeVisible();
  await expect(page.getByRole('table', { name: '2026年3月' }).getByRole('link')).toHaveCount(0);
  await expect(monthNav(page).getByRole('link', { name: '上一月 2026年2月' })).toBeVisible();
  await expect(monthNav(page).getByRole('link', { name: '下一月 2026年4月' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: '往期回顾' }).click();
  await expect(page).toHaveURL(/\/months\/archive$/);
  await expect(page.getByRole('table', { name: '2026年4月' })).toBeVisible();
  const response = await page.goto('/months/archive/2026-13');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('alert')).toContainText('没有找到这个页面');
});

test('in English: the month, the weekdays and the days in English, the headlines in the paper\'s language', async ({ page }) => {
  await page.goto('/months/archive/2026-02?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Past issues' })).toBeVisible();
  const february = page.getByRole('table', { name: 'February 2026' });
  await expect(february.getByRole('columnheader').first()).toHaveAccessibleName('Monday');
  await expect(february.getByRole('columnheader').first()).toHaveText(/^Mon/);
  await expect(february.getByRole('link', { name: `Tuesday 10 February: ${LEAD}（2月10日）` })).toBeVisible();
  const months = page.getByRole('navigation', { name: 'Months' });
  await expect(months.getByRole('link', { name: 'Previous month January 2026' })).toBeVisible();
  await expect(months.getByRole('link', { name: 'Next month April 2026' })).toBeVisible();
  const years = page.getByRole('navigation', { name: 'Years' });
  await expect(years.getByRole('link', { name: '2026', exact: true })).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('.banmian')).toHaveAttribute('lang', 'en');
  await expect(page.getByText(`${LEAD}（2月10日）`)).toHaveAttribute('lang', 'zh-CN');
});

test('on a phone-sized screen too: nothing scrolls sideways, every day and link is 44 px to tap', async ({ page }) => {
  for (const path of ['/months/archive', '/months/archive/2026-02', '/months/archive/2024-11']) {
    await page.goto(path);
    await expect(page.getByRole('table')).toBeVisible();
    expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
    const small = await page.getByRole('main').getByRole('link').evaluateAll((els) => els
      .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.height < 44 || r.width < 44); })
      .map((e) => `${e.textContent.trim()} ${Math.round(e.getBoundingClientRect().width)}×${Math.round(e.getBoundingClientRect().height)}`));
    expect(small, path).toEqual([]);
  }
});

for (const scheme of ['light', 'dark']) {
  test(`axe: no serious or critical violations on the calendar (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    // Today marked on a day with an issue, and on a day without.
    for (const [path, today] of [['/months/archive', '2026-04-20'], ['/months/archive/2026-02', '2026-02-10'],
      ['/months/archive/2026-03', '2026-03-12']]) {
      await page.clock.setFixedTime(new Date(`${today}T10:00:00`));
      await page.goto(path);
      await expect(page.locator('[aria-current="date"]')).toHaveCount(1);
      await expect(page.getByRole('table')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const bad = await seriousViolations(page);
      expect(bad, path).toEqual([]);
    }
  });
}

test.describe('with JavaScript off', () => {
  const plain = withoutJs;
  plain.use({ javaScriptEnabled: false });

  plain('the prerendered month pages lead to the issues, the months and the years', async ({ page }) => {
    await page.goto('/months/archive/2026-02');
    const february = page.getByRole('table', { name: '2026年2月' });
    await base.expect(february.getByRole('link')).toHaveCount(2);
    await february.getByRole('link', { name: /^2月27日/ }).click();
    await base.expect(page).toHaveURL(/\/months\/2026-02-27$/);
    await base.expect(page.getByRole('heading', { level: 1, name: '示例日报' })).toBeVisible();
    await page.goBack();
    await monthNav(page).getByRole('link', { name: '上一月 2026年1月' }).click();
    await base.expect(page).toHaveURL(/\/months\/archive\/2026-01$/);
    await base.expect(page.getByRole('table', { name: '2026年1月' }).getByRole('link')).toHaveCount(1);
    await yearNav(page).getByRole('link', { name: '2024年' }).click();
    await base.expect(page).toHaveURL(/\/months\/archive\/2024-11$/);
    await base.expect(page.getByRole('table', { name: '2024年11月' }).getByRole('link', { name: /^11月15日 星期五/ })).toBeVisible();
    await page.getByRole('navigation', { name: '站点' }).getByRole('link', { name: '往期' }).click();
    await base.expect(page).toHaveURL(/\/months\/archive$/);
    await base.expect(page.getByRole('table', { name: '2026年4月' })).toBeVisible();
    await monthNav(page).getByRole('link', { name: '上一月 2026年2月' }).click();
    await base.expect(page).toHaveURL(/\/months\/archive\/2026-02$/);
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a downloaded issue opens from the archive; a month opened before opens, one never opened says so', async ({ page, context }) => {
    await page.goto('/months/2026-04-03');
    await controlled(page);
    await page.getByRole('button', { name: '下载本期' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已下载' })).toBeVisible();
    await page.goto('/months/archive');
    await page.goto('/months/archive/2026-02');
    await expect(page.getByRole('table', { name: '2026年2月' }).getByRole('link')).toHaveCount(2);

    await context.setOffline(true);
    await page.goto('/months/archive');
    await expect(page.getByRole('status').filter({ hasText: '离线阅读中' })).toBeVisible();
    await page.getByRole('table', { name: '2026年4月' }).getByRole('link', { name: /^4月3日/ }).click();
    await expect(page).toHaveURL(/\/months\/2026-04-03$/);
    await expect(page.getByRole('heading', { level: 1, name: '示例日报' })).toBeVisible();
    await expect(page.getByRole('link', { name: `${LEAD}（4月3日）` })).toBeVisible();
    // The month piece opened before was kept (it never changes); January was never opened.
    await page.goto('/months/archive/2026-02');
    await expect(page.getByRole('table', { name: '2026年2月' }).getByRole('link')).toHaveCount(2);
    await monthNav(page).getByRole('link', { name: '上一月 2026年1月' }).click();
    await expect(page.getByRole('alert')).toContainText('2026年1月的往期目录尚未下载，离线时无法阅读。');
    await expect(page.getByRole('alert').getByRole('link', { name: '往期' })).toBeVisible();
  });

  /// An issue of the year before downloaded, the archive never opened: offline, the
  /// archive's calendar of that month comes from what the download kept (the head, the
  /// older months, the month's piece and page) and leads to the issue.
  const olderMonthOffline = async (page, context) => {
    await page.goto('/months/2025-12-30');
    await controlled(page);
    await page.getByRole('button', { name: '下载本期' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已下载' })).toBeVisible();
    await context.setOffline(true);
    await page.goto('/months/archive/2025-12');
    const december = page.getByRole('table', { name: '2025年12月' });
    await expect(december).toBeVisible();
    await expect(yearNav(page).getByRole('link')).toHaveText(['2024年', '2025年', '2026年']);
    await december.getByRole('link', { name: /^12月30日/ }).click();
    await expect(page).toHaveURL(/\/months\/2025-12-30$/);
    await expect(page.getByRole('link', { name: `${LEAD}（12月30日）` })).toBeVisible();
    // February was never opened nor downloaded: said so, not a blank page.
    await page.goto('/months/archive/2026-02');
    await expect(page.getByRole('alert')).toContainText('2026年2月的往期目录尚未下载，离线时无法阅读。');
  };

  // (desktop and phone: the two Playwright projects)
  test('a downloaded issue of an older month opens from its month\'s calendar offline', async ({ page, context }) => {
    await olderMonthOffline(page, context);
  });
});
