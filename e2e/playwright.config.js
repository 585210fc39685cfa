// @ts-check
// Browser tests of the viewer in Debian's chromium (never a downloaded browser).
// `cargo xtask test` builds the sites, serves them and sets BASE_URL and CHROMIUM.
const { defineConfig } = require('@playwright/test');

const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

module.exports = defineConfig({
  testDir: './tests',
  timeout: 30_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: process.env.BASE_URL || 'http://127.0.0.1:8080',
    locale: 'zh-CN',
    // Service workers would hide requests from page.route; the PWA tests allow them.
    serviceWorkers: 'block',
    launchOptions: { executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 900 } }, testIgnore: /phone\.spec/ },
    // The archive's calendar runs on both.
    { name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }, testMatch: /(phone|archive)\.spec/ },
  ],
});
