// @ts-check
// The viewer on a 390×844 touch phone, as a reader uses it: a page opens as a list of its
// stories, the whole page zooms and pans, a swipe turns the page, nothing scrolls sideways.
const { test, expect, horizontalOverflow } = require('./fixtures');

/// A one-finger stroke from (x0, y0) to (x1, y1), as the touch screen reports it.
async function stroke(page, [x0, y0], [x1, y1]) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y: y0 }] });
  for (let i = 1; i <= 5; i++) {
    const t = i / 5;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + (x1 - x0) * t, y: y0 + (y1 - y0) * t }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/// Two fingers moving apart (or together) around (x, y).
async function pinch(page, [x, y], from, to) {
  const cdp = await page.context().newCDPSession(page);
  const points = (d) => [{ x: x - d / 2, y, id: 1 }, { x: x + d / 2, y, id: 2 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
  for (let i = 1; i <= 5; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(from + ((to - from) * i) / 5) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const zoomOf = (page) => page.locator('.sheet').evaluate((el) => parseFloat(getComputedStyle(el).zoom));

for (const path of ['/epaper/', '/epaper/2026-04-03/1/1-7', '/multi/2026-05-08/2', '/epaper/archive', '/epaper/2026-04-03/3',
  '/epaper/search?q=%E5%88%9B%E6%96%B0', '/news/', '/epaper/?lang=en']) {
  test(`no horizontal scroll at ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('main')).not.toContainText('正在载入');
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
}

test('every link, button and field on every view is at least 44 × 44 px to tap', async ({ page }) => {
  for (const path of ['/multi/2026-05-08', '/multi/2026-05-08/1/1-1', '/multi/archive',
    '/multi/search?q=%E5%9B%BE%E4%B9%A6&from=2026-05-08', '/epaper/2026-04-03/3']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main')).not.toContainText('正在载入');
    const small = await page.locator('a:visible, button:visible, input:visible').evaluateAll((els) => els
      // Both ways: 44 px tall and wide. Not the skip link (off screen until focused), nor a
      // link inside a sentence (WCAG's inline exception).
      .filter((e) => { const r = e.getBoundingClientRect(); return (r.height < 44 || r.width < 44) && r.right > 0 && !e.closest('p'); })
      .map((e) => `${e.tagName} ${e.textContent.trim()} ${Math.round(e.getBoundingClientRect().width)}×${Math.round(e.getBoundingClientRect().height)}`));
    expect(small, path).toEqual([]);
  }
});

test('a page opens as a list of its stories: headline and first lines, with a picture of the page on the 版面 button', async ({ page }) => {
  await page.goto('/epaper/');
  await expect(page.getByRole('button', { name: '列表' })).toHaveAttribute('aria-pressed', 'true');
  // The 版面 button carries a picture of the page: a block for each of its 7 items.
  await expect(page.getByRole('button', { name: '版面', exact: true }).locator('.thumb-page > span')).toHaveCount(7);
  const story = page.getByRole('article', { name: '科技创新实现新突破' });
  const box = await story.boundingBox();
  expect(box && box.width).toBeGreaterThan(330);
  const first = story.locator('.text p').first();
  await expect(first).toBeVisible();
  const [size, lineHeight, height] = await first.evaluate((p) => {
    const s = getComputedStyle(p);
    return [parseFloat(s.fontSize), parseFloat(s.lineHeight), p.getBoundingClientRect().height];
  });
  expect(size).toBeGreaterThanOrEqual(16);
  expect(height).toBeLessThanOrEqual(3 * lineHeight + 1); // the first lines, not the whole story
  await expect(story.locator('.text p').nth(1)).toBeHidden();
  await expect(story.getByText('新华社记者 胡喆')).toBeHidden();
  // Tap targets: every link and button in the list is at least 44 × 44 px.
  const small = await page.locator('main a:visible, main button:visible').evaluateAll((els) =>
    els.filter((e) => { const r = e.getBoundingClientRect(); return r.height < 44 || r.width < 44; }).map((e) => e.textContent));
  expect(small).toEqual([]);
  await story.getByRole('link', { name: '科技创新实现新突破' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: '科技创新实现新突破' })).toBeVisible();
  await expect(page.getByText('新华社记者 胡喆')).toBeVisible();
});

test('the whole page fits the screen, zooms with a double tap or a pinch, and pans', async ({ page }) => {
  await page.goto('/epaper/');
  await page.getByRole('button', { name: '版面', exact: true }).tap();
  await expect(page.getByRole('button', { name: '版面', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const frame = page.locator('.sheet-frame');
  const fit = await zoomOf(page);
  expect(fit).toBeGreaterThan(0.2);
  expect(fit).toBeLessThan(0.5);
  // Set at its printed width, the lead story runs in columns, as on paper.
  const columns = await page.getByRole('article', { name: '科技创新实现新突破' }).locator('.text')
    .evaluate((t) => Number(getComputedStyle(t).columnCount));
  expect(columns).toBeGreaterThan(1);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  // Double-tap on the text of the lead story (not on a link, which a tap would follow).
  const first = page.getByRole('article', { name: '科技创新实现新突破' }).locator('.text p').first();
  await first.scrollIntoViewIfNeeded();
  const para = await first.boundingBox();
  if (!para) throw new Error('no paragraph');
  const at = { x: para.x + para.width / 2, y: para.y + Math.min(para.height / 2, 20) };
  await page.touchscreen.tap(at.x, at.y);
  await page.touchscreen.tap(at.x, at.y);
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(fit * 2);
  // Zoomed in, the frame pans sideways; the page itself still does not.
  expect(await frame.evaluate((f) => f.scrollWidth > f.clientWidth)).toBe(true);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  // Fingers together zoom out, never smaller than the whole page; apart, in again.
  const box = await frame.boundingBox();
  if (!box) throw new Error('no frame');
  await pinch(page, [box.x + 180, box.y + 150], 200, 40);
  await expect.poll(() => zoomOf(page)).toBeCloseTo(fit, 2);
  await pinch(page, [box.x + 180, box.y + 150], 60, 180);
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(fit * 2);
  await page.getByRole('button', { name: '列表' }).tap();
  await expect(page.getByRole('button', { name: '列表' })).toHaveAttribute('aria-pressed', 'true');
});

test('a swipe turns the page, and the list or page view holds while turning', async ({ page }) => {
  await page.goto('/multi/2026-05-08');
  await expect(page.getByRole('heading', { level: 1, name: '示例日报' })).toBeVisible();
  await stroke(page, [330, 600], [60, 610]);
  await expect(page).toHaveURL(/\/multi\/2026-05-08\/2$/);
  await expect(page.getByRole('heading', { level: 1, name: '第2版 要闻' })).toBeVisible();
  await stroke(page, [60, 600], [330, 590]);
  await expect(page).toHaveURL(/\/multi\/2026-05-08$/);
  // A vertical scroll is not a swipe.
  await stroke(page, [200, 700], [180, 300]);
  await expect(page).toHaveURL(/\/multi\/2026-05-08$/);
  await page.getByRole('button', { name: '版面', exact: true }).tap();
  await stroke(page, [330, 600], [60, 600]);
  await expect(page).toHaveURL(/\/multi\/2026-05-08\/2$/);
  await expect(page.getByRole('button', { name: '版面', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('字号 makes the text larger in steps and the choice survives a reload', async ({ page }) => {
  await page.goto('/epaper/2026-04-03/1/1-7');
  const text = page.locator('.reader .text p').first();
  const size = () => text.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  const before = await size();
  expect(before).toBeGreaterThanOrEqual(16);
  const button = page.getByRole('button', { name: /字号/ });
  await expect(button).toHaveText('字号：标准');
  await button.tap();
  await expect(button).toHaveText('字号：大');
  const larger = await size();
  expect(larger).toBeGreaterThan(before);
  await button.tap();
  await expect(button).toHaveText('字号：特大');
  expect(await size()).toBeGreaterThan(larger);
  await page.reload();
  await expect(page.getByRole('button', { name: /字号/ })).toHaveText('字号：特大');
  expect(await size()).toBeGreaterThan(larger);
  // From the largest step, the next is the smallest; nothing spills sideways at any size.
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: /字号/ }).tap();
  await expect(page.getByRole('button', { name: /字号/ })).toHaveText('字号：小');
  expect(await size()).toBeGreaterThanOrEqual(16);
});
