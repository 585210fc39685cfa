// @ts-check
// The printed page: a page with a scan (the 1840 Erzähler, imported from its METS + ALTO
// and published with its scans into /ezr/) opens as the scan, each article a zone on it
// that links to the story; "文字版" sets the text as a broadsheet instead; text-only issues
// are unchanged (the other specs). On a phone the stories' list comes first.
const base = require('@playwright/test');
const { test, expect, controlled, takenOver, seriousViolations, withoutJs } = require('./fixtures');

const page2 = ['68 - _pliclte jenes…', 'geordnet. An die versammelten…', '_Schwenerlsche Eidgenossenschaft', 'Zürich. Die Hürlimannsche…'];

/// The zones on the printed page, in the order a keyboard reaches them.
const zones = (page) => page.getByRole('group', { name: '本版文章' }).getByRole('link');

test('a page opens as printed, its articles zones that lead to them in reading order', async ({ page }) => {
  await page.goto('/ezr/1840-02-21/2');
  await takenOver(page);
  const scan = page.getByRole('img', { name: '2原版' });
  await expect(scan).toBeVisible();
  // The rendition as wide as the page stands (about 1200 CSS px at 1×): the 1600-pixel WebP.
  await expect.poll(() => scan.evaluate((img) => /** @type {HTMLImageElement} */ (img).currentSrc)).toMatch(/\/data\/images\/[0-9a-f]{32}\/1600x\d+\.webp$/);
  const names = await zones(page).evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')));
  expect(names).toEqual(page2);
  // A zone lies where its article's blocks stand: the third, "Schweizerische Eidgenossenschaft",
  // in the left column under the second (ALTO blocks at x 59–1175 of 2398).
  const box = await zones(page).nth(2).boundingBox();
  const frame = await scan.boundingBox();
  expect(box && frame).toBeTruthy();
  if (box && frame) {
    expect((box.x - frame.x) / frame.width).toBeCloseTo(59 / 2398, 2);
    expect((box.y - frame.y) / frame.height).toBeCloseTo(579 / 3048, 2);
  }
  // The keyboard reaches the zones in reading order, and one opens its story.
  await zones(page).first().focus();
  await page.keyboard.press('Tab');
  await expect(zones(page).nth(1)).toBeFocused();
  await zones(page).nth(2).click();
  await expect(page).toHaveURL(/\/ezr\/1840-02-21\/2\/2-3$/);
  await expect(page.getByRole('heading', { level: 1, name: '_Schwenerlsche Eidgenossenschaft' })).toBeVisible();
  await expect(page.getByText('Als Deputirte an der Hülfskonferenz')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('文字版 sets the page from its text; 原版 brings the scan back, across pages', async ({ page }) => {
  await page.goto('/ezr/1840-02-21/2');
  await takenOver(page);
  await page.getByRole('button', { name: '文字版' }).click();
  await expect(page.getByRole('img', { name: '2原版' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: '_Schwenerlsche Eidgenossenschaft' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/ezr\/1840-02-21\/3$/);
  await expect(page.getByRole('button', { name: '文字版' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '原版' }).click();
  await expect(page.getByRole('img', { name: '3原版' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the reader shows its story as printed, a query marked on it and on its page', async ({ page }) => {
  await page.goto('/ezr/1840-02-21/1/1-1?q=Revolutionsarmee');
  await takenOver(page);
  await expect(page.locator('article.reader mark').first()).toHaveText('Revolutionsarmee');
  await page.getByRole('button', { name: '原版' }).click();
  await expect(page.getByRole('button', { name: '原版' })).toHaveAttribute('aria-expanded', 'true');
  const clip = page.getByRole('img', { name: '1原版：U u s l and' });
  await expect(clip).toBeVisible();
  // The clip is the story's part of the page: its zones' box (x 31–2344, y 781–3017 of
  // 2368 × 3027) and a margin, so about as wide as it is tall, not the whole page's shape.
  const box = await clip.boundingBox();
  expect(box && box.width / box.height).toBeCloseTo((2344 - 31 + 47) / (3017 - 781 + 47), 1);
  // The word is marked where it is printed: the left column's second line, whose ink was
  // measured on the scan by eye (the word at x 115–355, the line at y 902–945), to within
  // a word's letter or two (a Latin line's letters are taken as equally wide).
  const hit = clip.locator('.hits rect');
  await expect(hit).toHaveCount(1);
  const [x, y, w, h] = await Promise.all(['x', 'y', 'width', 'height'].map(async (a) => Number(await hit.getAttribute(a))));
  expect(Math.abs(x - 115)).toBeLessThan(60);
  expect(Math.abs(x + w - 355)).toBeLessThan(100);
  expect(y).toBeLessThanOrEqual(902);
  expect(y + h).toBeGreaterThanOrEqual(945);
  expect(await seriousViolations(page)).toEqual([]);
  // Its page, with the query: the match marked on the whole scan too.
  await page.getByRole('link', { name: '在版面上看' }).click();
  await expect(page).toHaveURL(/\/ezr\/1840-02-21\?q=Revolutionsarmee$/);
  await expect(page.getByRole('img', { name: '1原版' })).toBeVisible();
  await expect(page.locator('.printed .hits rect')).toHaveCount(1);
  // A story without scans has no such button (the text editions' readers).
  await page.goto('/epaper/2026-04-03/1/1-3');
  await takenOver(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: '原版' })).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('the stories come first; 版面 shows the printed page with its zones', async ({ page }) => {
    await page.goto('/ezr/1840-02-21/2');
    await takenOver(page);
    await expect(page.getByRole('heading', { level: 2, name: '_Schwenerlsche Eidgenossenschaft' })).toBeVisible();
    await expect(page.getByRole('img', { name: '2原版' })).toBeHidden();
    await page.getByRole('button', { name: '版面' }).click();
    const scan = page.getByRole('img', { name: '2原版' });
    await expect(scan).toBeVisible();
    await expect(zones(page)).toHaveCount(4);
    // The whole page on a 390-pixel phone at 2× is an overview: the 480-pixel WebP (the
    // budget's 120 KB); zoomed in, the wider ones come.
    const current = () => scan.evaluate((img) => /** @type {HTMLImageElement} */ (img).currentSrc);
    await expect.poll(current).toMatch(/\/480x\d+\.webp$/);
    // A double tap zooms in, on a story's zone too (its first tap does not open the story).
    const zone = await zones(page).nth(2).boundingBox();
    const [x, y] = [(zone?.x ?? 0) + (zone?.width ?? 0) / 2, (zone?.y ?? 0) + (zone?.height ?? 0) / 2];
    await page.touchscreen.tap(x, y);
    await page.touchscreen.tap(x, y);
    await expect.poll(current).toMatch(/\/(960|1600)x\d+\.webp$/);
    await page.waitForTimeout(500);
    await expect(page).toHaveURL(/\/ezr\/1840-02-21\/2$/);
    await page.getByRole('button', { name: '列表' }).click();
    await page.getByRole('button', { name: '版面' }).click();
    await zones(page).nth(1).tap();
    await expect(page).toHaveURL(/\/ezr\/1840-02-21\/2\/2-2$/);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a downloaded issue shows its printed pages offline', async ({ page, context }) => {
    await page.goto('/ezr/1840-02-21');
    await controlled(page);
    await page.getByRole('button', { name: '下载本期' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已下载' })).toBeVisible({ timeout: 20_000 });
    await context.setOffline(true);
    await page.goto('/ezr/1840-02-21/5');
    const scan = page.getByRole('img', { name: '5原版' });
    await expect(scan).toBeVisible();
    await expect.poll(() => scan.evaluate((img) => /** @type {HTMLImageElement} */ (img).naturalWidth)).toBeGreaterThan(0);
    await expect(zones(page)).toHaveCount(2);
    await context.setOffline(false);
  });
});

test.describe('with JavaScript off', () => {
  const plain = withoutJs;
  plain.use({ javaScriptEnabled: false });

  plain('the prerendered page is the scan with its zones as plain links', async ({ page }) => {
    await page.goto('/ezr/1840-02-21/2');
    await base.expect(page.getByRole('img', { name: '2原版' })).toBeVisible();
    await base.expect(zones(page)).toHaveCount(4);
    await zones(page).nth(2).click();
    await base.expect(page).toHaveURL(/\/ezr\/1840-02-21\/2\/2-3$/);
    await base.expect(page.getByText('Als Deputirte an der Hülfskonferenz')).toBeVisible();
  });
});
