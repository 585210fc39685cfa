// @ts-check
// The viewer as a reader uses it, on a desktop screen. Two sites, both on sub-paths:
// /epaper/ holds the bundled sample (晋中日报 2026-04-03, page 1 of 4) and /multi/
// the multi-page fixture edition (示例日报 2026-05-08), whose stories jump across pages.
const { test, expect, takenOver } = require('./fixtures');

test.describe('the sample front page', () => {
  test('shows the masthead as printed', async ({ page }) => {
    await page.goto('/epaper/');
    await expect(page.getByRole('heading', { level: 1, name: '晋中日报' })).toBeVisible();
    const masthead = page.getByRole('region', { name: '报头' });
    await expect(masthead).toContainText('中共晋中市委主管主办 晋中日报社出版');
    await expect(masthead).toContainText('2026年4月3日 星期五 农历丙午年二月十六');
    await expect(masthead).toContainText('第12966期 今日4版');
    await expect(masthead).toContainText('国内统一连续出版物号 CN 14-0023');
    await expect(masthead).toContainText('邮发代号 21-21');
    await expect(page).toHaveTitle('晋中日报 2026年4月3日 第1版');
  });

  test('lists every page, the missing ones as not included', async ({ page }) => {
    await page.goto('/epaper/2026-04-03');
    const pages = page.getByRole('navigation', { name: '版面导航' });
    await expect(pages.getByRole('link', { name: '第1版' })).toHaveAttribute('aria-current', 'page');
    for (const n of [2, 3, 4]) {
      await expect(pages.getByText(`第${n}版 未收录`)).toBeVisible();
      await expect(pages.getByRole('link', { name: `第${n}版` })).toHaveCount(0);
    }
  });

  test('sets the page: banners, commentary, stories, subheads, source note', async ({ page }) => {
    await page.goto('/epaper/');
    await expect(page.getByText('筑牢防火防线 共护绿色清明')).toBeVisible();
    const commentary = page.getByRole('article', { name: '有效防范和纠治政绩观偏差' });
    await expect(commentary).toContainText('树立和践行正确政绩观');
    await expect(commentary).toContainText('山西日报评论员');
    await expect(commentary).toContainText('（原载《山西日报》3月31日1版）');
    const story = page.getByRole('article', { name: '旱作赋新智 天山结硕果' });
    await expect(story.getByRole('heading', { name: '以“技”为核，推动生产力从“简单移植”向“本土重塑”跃升' })).toBeVisible();
    await expect(story).toContainText('农业现代化的短板在加工，潜力也在加工。');
    await expect(page.getByRole('article')).toHaveCount(5);
  });

  test('a jump to a page that is not in the data says so instead of linking', async ({ page }) => {
    await page.goto('/epaper/');
    const story = page.getByRole('article', { name: '科技创新实现新突破' });
    await expect(story.getByText('（下转第4版）')).toBeVisible();
    await expect(story.getByText('第4版未收录')).toBeVisible();
    await expect(page.getByRole('link', { name: '（下转第4版）' })).toHaveCount(0);
  });

  test('opens an article, and Back returns to the page', async ({ page }) => {
    await page.goto('/epaper/');
    await page.getByRole('link', { name: '科技创新实现新突破' }).click();
    await expect(page).toHaveURL(/\/epaper\/2026-04-03\/1\/1-3$/);
    await expect(page.getByRole('heading', { level: 1, name: '科技创新实现新突破' })).toBeVisible();
    await expect(page.getByText('新华社记者 胡喆')).toBeVisible();
    await expect(page.getByText('——学习贯彻习近平总书记全国两会期间关于发展新质生产力重要论述系列述评之一')).toBeVisible();
    await expect(page).toHaveTitle('科技创新实现新突破 - 晋中日报 2026年4月3日');
    await page.getByRole('link', { name: '下一篇 ›' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '我市把精准服务送到企业心坎上' })).toBeVisible();
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/epaper\/$/);
    await expect(page.getByRole('heading', { level: 1, name: '晋中日报' })).toBeVisible();
  });

  test('a deep link loads and reloads from the sub-path', async ({ page }) => {
    await page.goto('/epaper/2026-04-03/1/1-4');
    await expect(page.getByRole('heading', { level: 1, name: '我市把精准服务送到企业心坎上' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: '我市把精准服务送到企业心坎上' })).toBeVisible();
    await expect(page.getByText('本报讯（记者刘冬冬）今年以来')).toBeVisible();
  });

  test('the front page loads without the archive\'s and search\'s parts of the app, which come when first opened', async ({ page }) => {
    const parts = [];
    page.on('request', (r) => {
      const file = new URL(r.url()).pathname.split('/').pop() || '';
      if (file.endsWith('.wasm') && !file.endsWith('_bg.wasm')) parts.push(file);
    });
    await page.goto('/epaper/');
    await takenOver(page);
    await expect(page.getByRole('heading', { level: 1, name: '晋中日报' })).toBeVisible();
    expect(parts, 'split-off parts fetched by the front page').toEqual([]);
    await page.getByRole('link', { name: '往期', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: '往期回顾' })).toBeVisible();
    await expect(page.getByText('有效防范和纠治政绩观偏差')).toBeVisible();
    expect(parts.filter((f) => f.includes('archive'))).toHaveLength(1);
    expect(parts.filter((f) => f.includes('search'))).toEqual([]);
    await page.getByRole('searchbox', { name: '搜索本报' }).fill('精准服务');
    await page.getByRole('searchbox', { name: '搜索本报' }).press('Enter');
    await expect(page.getByRole('status').filter({ hasText: '共' })).toContainText('共');
    await expect(page.getByRole('link', { name: '我市把精准服务送到企业心坎上' })).toBeVisible();
    expect(parts.filter((f) => f.includes('search'))).toHaveLength(1);
    // Each part once: back to the archive, nothing is fetched again.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: '往期回顾' })).toBeVisible();
    expect(parts.filter((f) => f.includes('archive'))).toHaveLength(1);
  });

  test('the archive lists the issues with their lead headline', async ({ page }) => {
    await page.goto('/epaper/archive');
    await expect(page.getByRole('heading', { level: 1, name: '往期回顾' })).toBeVisible();
    await expect(page.getByText('有效防范和纠治政绩观偏差')).toBeVisible();
    await page.getByRole('link', { name: '2026年4月3日' }).click();
    await expect(page).toHaveURL(/\/epaper\/2026-04-03$/);
    await expect(page.getByRole('heading', { level: 1, name: '晋中日报' })).toBeVisible();
  });
});

test.describe('jumps across pages', () => {
  test('下转 and 上接 link both ways and mark the part they land on', async ({ page }) => {
    await page.goto('/multi/2026-05-08');
    await page.getByRole('link', { name: '（下转第二版）' }).click();
    await expect(page).toHaveURL(/\/multi\/2026-05-08\/2#a-2-1$/);
    const part = page.getByRole('article', { name: '地下图书馆' });
    await expect(part).toHaveClass(/marked/);
    await expect(part).toBeInViewport();
    await part.getByRole('link', { name: '（上接第1版）' }).click();
    await expect(page).toHaveURL(/\/multi\/2026-05-08#a-1-1$/);
    await expect(page.getByRole('article', { name: '河谷新城启用第一座地下图书馆' })).toHaveClass(/marked/);
  });

  test('markers in Chinese numerals, 转第A3版, and a lost 上接 marker all lead somewhere', async ({ page }) => {
    await page.goto('/multi/2026-05-08');
    await page.getByRole('link', { name: '转第A3版' }).click();
    await expect(page.getByRole('article', { name: '老街改造' })).toHaveClass(/marked/);
    await page.goto('/multi/2026-05-08/2');
    await page.getByRole('article', { name: '春耕用水有保障' }).getByRole('link', { name: '(上接第一版）' }).click();
    await expect(page.getByRole('article', { name: '春耕用水有保障' })).toHaveClass(/marked/);
    await expect(page).toHaveURL(/#a-1-2$/);
    // Page 3 printed no 上接 marker for this story; the viewer shows one that links back.
    await page.goto('/multi/2026-05-08/3');
    await page.getByRole('article', { name: '山区学校开通网络课堂' }).getByRole('link', { name: '（上接第1版）' }).click();
    await expect(page).toHaveURL(/\/multi\/2026-05-08#a-1-4$/);
  });

  test('the reader stitches the whole story (阅读全文) and links to its other part', async ({ page }) => {
    await page.goto('/multi/2026-05-08/1/1-1');
    await expect(page.getByText('开馆第一天，借阅量达到三千册。')).toBeHidden();
    const readAll = page.getByRole('button', { name: '阅读全文（共2部分）' });
    await readAll.click();
    await expect(readAll).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText('开馆第一天，借阅量达到三千册。')).toBeVisible();
    await page.getByRole('link', { name: '（下转第二版）' }).click();
    await expect(page).toHaveURL(/\/multi\/2026-05-08\/2\/2-1$/);
    await expect(page.getByRole('heading', { level: 1, name: '地下图书馆' })).toBeVisible();
  });

  test('arrow keys turn the pages and skip the missing one', async ({ page }) => {
    await page.goto('/multi/2026-05-08');
    await expect(page.getByRole('heading', { level: 1, name: '示例日报' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\/multi\/2026-05-08\/2$/);
    await expect(page.getByRole('heading', { level: 1, name: '第2版 要闻' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 1, name: '第3版 综合' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\/multi\/2026-05-08\/3$/);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/\/multi\/2026-05-08\/2$/);
    await page.getByRole('link', { name: '下一版 ›' }).click();
    await expect(page).toHaveURL(/\/multi\/2026-05-08\/3$/);
    await page.goto('/multi/2026-05-08/4');
    await expect(page.getByRole('alert')).toContainText('第4版未收录');
  });
});

test.describe('errors never leave a blank page', () => {
  test('a corrupt issue file', async ({ page }) => {
    await page.route('**/data/issues/2026-04-03.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"format":"banmian.issue/1","pa' }));
    await page.goto('/epaper/2026-04-03');
    await expect(page.getByRole('alert')).toContainText('2026年4月3日这一期数据无法读取：truncated JSON');
    // The page as published stays, to be read and followed.
    await expect(page.getByRole('alert')).toContainText('下面是本页发布时的版本，仍可阅读，链接可用。');
    await expect(page.getByRole('heading', { level: 2, name: '科技创新实现新突破' })).toBeVisible();
    await expect(page.getByRole('link', { name: '往期' }).first()).toBeVisible();
  });

  test('an issue file of an unknown format', async ({ page }) => {
    await page.route('**/data/issues/2026-04-03.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"format":"banmian.issue/9"}' }));
    await page.goto('/epaper/2026-04-03');
    await expect(page.getByRole('alert')).toContainText('unknown format "banmian.issue/9"');
  });

  test('the network is down', async ({ page }) => {
    await page.route('**/data/**', (route) => route.abort('internetdisconnected'));
    await page.goto('/epaper/2026-04-03');
    await expect(page.getByRole('alert')).toContainText('网络连接失败');
    await expect(page.getByRole('heading', { level: 2, name: '科技创新实现新突破' })).toBeVisible();
    await expect(page.getByRole('link', { name: '最新一期' }).first()).toBeVisible();
  });

  test('an unknown date and an unknown article', async ({ page }) => {
    await page.goto('/epaper/2030-01-01');
    await expect(page.getByRole('alert')).toContainText('没有找到2030年1月1日这一期。');
    await page.goto('/epaper/2026-04-03/1/9-9');
    await expect(page.getByRole('alert')).toContainText('没有找到这个页面');
    await page.goto('/epaper/no/such/page/here');
    await expect(page.getByRole('alert')).toContainText('没有找到这个页面');
  });

  test('text from the data is shown as text, never as HTML', async ({ page }) => {
    await page.route('**/data/issues/2026-04-03.json', async (route) => {
      const response = await route.fetch();
      const issue = await response.json();
      issue.pages[0].articles[1].headline = '<img src=x onerror="window.pwned=1">标题';
      await route.fulfill({ response, json: issue });
    });
    await page.goto('/epaper/2026-04-03');
    await expect(page.getByRole('heading', { name: '<img src=x onerror="window.pwned=1">标题' })).toBeVisible();
    expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  });
});

test.describe('the router', () => {
  test('a link to a path beside the base (/epaper-x/) is left to the browser', async ({ page }) => {
    await page.goto('/epaper/2026-04-03');
    await expect(page.getByRole('heading', { level: 1, name: '晋中日报' })).toBeVisible();
    // Another site on the same host, whose path starts like ours: a full navigation to
    // it, not a route of the viewer.
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = '/epaper-x/2026-04-03';
      a.textContent = '兄弟网站';
      document.querySelector('main').append(a);
    });
    await page.getByRole('link', { name: '兄弟网站' }).click();
    await expect(page).toHaveURL(/\/epaper-x\/2026-04-03$/);
    await expect(page.locator('div.banmian')).toHaveCount(0);
  });
});

test.describe('the reader', () => {
  test('prints its header in print order: kicker, headline, subheadline, byline, then the tools', async ({ page }) => {
    await page.goto('/epaper/2026-04-03/1/1-3');
    const reader = page.getByRole('article');
    const top = async (locator) => (await locator.boundingBox()).y;
    const headline = await top(reader.getByRole('heading', { level: 1, name: '科技创新实现新突破' }));
    const sub = await top(reader.getByText('——学习贯彻习近平总书记全国两会期间关于发展新质生产力重要论述系列述评之一'));
    const byline = await top(reader.getByText('新华社记者 胡喆', { exact: true }));
    const tools = await top(reader.getByRole('group', { name: '阅读工具' }));
    expect(headline).toBeLessThan(sub);
    expect(sub).toBeLessThan(byline);
    expect(byline).toBeLessThan(tools);
    await page.goto('/epaper/2026-04-03/1/1-2');
    const commentary = page.getByRole('article');
    const kicker = await top(commentary.getByText('树立和践行正确政绩观', { exact: true }));
    const title = await top(commentary.getByRole('heading', { level: 1, name: '有效防范和纠治政绩观偏差' }));
    expect(kicker).toBeLessThan(title);
    expect(await top(commentary.getByText('山西日报评论员', { exact: true }))).toBeLessThan(await top(commentary.getByRole('group', { name: '阅读工具' })));
  });
});
