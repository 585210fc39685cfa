// @ts-check
// A paper's night: the pages' text export and the page PDFs that went to print (the
// generated issue of crates/banmian-import/tests/pdf/, whose layout is known), imported with
// `banmian import page-*.txt --pdf page-*.pdf` and published into /pdf/. Each page opens as
// printed, its stories placed on it by their text in the PDF's text layer, and offers its PDF.
const { test, expect, takenOver, seriousViolations } = require('./fixtures');

/// The zones on the printed page, in the order a keyboard reaches them.
const zones = (page) => page.getByRole('group', { name: '本版文章' }).getByRole('link');

/// Clicks the printed page at a point given in the PDF's points (992 × 1389 pt a page),
/// scrolled into view as a reader would.
async function clickAt(page, x, y) {
  const group = page.getByRole('group', { name: '本版文章' });
  const box = await group.boundingBox();
  if (!box) throw new Error('no page');
  await group.click({ position: { x: (box.width * x) / 992, y: (box.height * y) / 1389 } });
}

test('a page from its PDF: the stories are where they are printed, and the L-shaped one is an L', async ({ page }) => {
  await page.goto('/pdf/2026-05-18');
  await takenOver(page);
  await expect(page.getByRole('img', { name: '第1版原版' })).toBeVisible();
  const names = await zones(page).evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')));
  expect(names).toEqual([
    '凝心聚力谋发展 实干担当开新局',
    '旱作赋新智 天山结硕果',
    '有效防范和纠治政绩观偏差',
    '城南湿地公园迎来踏青客',
    '科技创新实现新突破',
    '我市把精准服务送到企业心坎上',
    '祁县玻璃器皿产业高质量发展研讨会举办',
  ]);
  // The generator set 我市把精准服务… down column 4 (x 503–643 pt from y 656) and then
  // across columns 5–6 under its neighbour (x 657–951, y 1192–1337); the neighbour,
  // 祁县玻璃器皿…, stands over that foot (x 657–951, y 656–1100).
  await clickAt(page, 880, 1260);
  await expect(page).toHaveURL(/\/pdf\/2026-05-18\/1\/1-6$/);
  await page.goBack();
  await clickAt(page, 880, 900);
  await expect(page).toHaveURL(/\/pdf\/2026-05-18\/1\/1-7$/);
  await page.goBack();
  await clickAt(page, 570, 900);
  await expect(page).toHaveURL(/\/pdf\/2026-05-18\/1\/1-6$/);
  await page.goBack();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the page is offered as the PDF the paper printed, with its size', async ({ page, request }) => {
  await page.goto('/pdf/2026-05-18/4');
  await takenOver(page);
  // page-4.pdf is 201,642 bytes: 202 KB (thousands, rounded up, as the downloads count).
  const link = page.getByRole('link', { name: '下载本版PDF（202 KB）' });
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/\/pdf\/data\/images\/[0-9a-f]{32}\/page\.pdf$/);
  const response = await request.get(href ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect((await response.body()).length).toBe(201642);
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  // The page strip offers every page's PDF: page 1's is 268,796 bytes, 269 KB.
  await expect(page.getByRole('navigation', { name: '版面导航' }).getByRole('link', { name: '第1版PDF（269 KB）' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('the stories come first, the page PDF a tap away', async ({ page }) => {
    await page.goto('/pdf/2026-05-18/4');
    await takenOver(page);
    await expect(page.getByRole('heading', { level: 2, name: '马说' })).toBeVisible();
    await expect(page.getByRole('link', { name: '下载本版PDF（202 KB）' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
