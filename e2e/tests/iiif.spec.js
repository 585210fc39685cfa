// @ts-check
// IIIF: a library's viewer opens a banmian edition unchanged. The 1840 Erzähler (METS +
// ALTO + page scans) is published for https://epaper.example/ezr/ (EZR_URL) into /ezr/ of
// the test server; here Playwright stands in for that site (each request goes to the test
// server's nginx, so the answers carry its headers, CORS among them) and for a library's
// page on another origin that runs Mirador (MIRADOR_JS, the npm package's bundle) on the
// published manifest. Plain @playwright/test: the page is Mirador's, not ours, so its
// console is not held to the viewer's rules (fixtures.js).
const { test, expect } = require('@playwright/test');

const site = process.env.EZR_URL || 'https://epaper.example/ezr/';
const manifest = `${site}data/iiif/1840-02-21/manifest.json`;
const library = 'https://library.example/';

test('Mirador opens the published manifest: the pages, their scans and the articles on them', async ({ page, baseURL }) => {
  test.skip(!process.env.MIRADOR_JS, 'MIRADOR_JS is set by cargo xtask test');
  await page.route(`${site}**`, async (route) => {
    const url = new URL(route.request().url());
    const local = new URL(url.pathname.replace(new URL(site).pathname, '/ezr/'), baseURL);
    await route.fulfill({ response: await route.fetch({ url: local.href }) });
  });
  await page.route(`${library}mirador.min.js`, (route) => route.fulfill({ path: process.env.MIRADOR_JS, contentType: 'text/javascript' }));
  await page.route(library, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mirador</title></head>
<body><div id="mirador" style="position:absolute;inset:0"></div>
<script src="mirador.min.js"></script>
<script>Mirador.viewer({ id: 'mirador', windows: [{ manifestId: ${JSON.stringify(manifest)}, sideBarOpen: true }] });</script>
</body></html>`,
  }));
  const scans = [];
  page.on('response', (r) => {
    if (/\/data\/images\/[0-9a-f]{32}\/full\/\d+,\d+\/0\/default\.jpg$/.test(r.url())) scans.push(r.status());
  });
  const info = page.waitForResponse((r) => /\/data\/images\/[0-9a-f]{32}\/info\.json$/.test(r.url()));
  await page.goto(library);

  // The manifest's label (the paper has no name in this METS: its date).
  await expect(page.getByText('1840-02-21').first()).toBeVisible({ timeout: 20_000 });
  // The first page's scan, through its level-0 image service.
  expect((await info).status()).toBe(200);
  expect((await (await info).json()).profile).toBe('level0');
  await expect.poll(() => scans.filter((s) => s === 200).length, { timeout: 20_000 }).toBeGreaterThan(0);
  // Page 1's article, a zone for each column it fills, in the annotations panel.
  await page.getByRole('tab', { name: 'Annotations' }).click();
  await expect(page.getByText(/3 annotations/i)).toBeVisible();
  await expect(page.getByText('U u s l and')).toHaveCount(3);
  // The stories as the table of contents (the manifest's ranges); one opens its page, with
  // that page's articles on it.
  await page.getByRole('tab', { name: 'Index' }).click();
  const contents = page.getByRole('complementary', { name: 'Index' }).getByRole('tree');
  await expect(contents.getByRole('treeitem')).toHaveCount(11);
  await contents.getByRole('treeitem', { name: '_Schwenerlsche Eidgenossenschaft' }).click();
  await expect(page.getByText('2 of 6')).toBeVisible();
  await page.getByRole('tab', { name: 'Annotations' }).click();
  // The manifest is `paged`: pages 2 and 3 open as the printed spread, 5 + 3 zones.
  await expect(page.getByText(/8 annotations/i)).toBeVisible();
  await expect(page.getByText('_Schwenerlsche Eidgenossenschaft')).toHaveCount(2);
});
