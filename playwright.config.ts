import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests drive Debian's Chromium (Playwright cannot download browsers here) against the production
 * build served by `npm start`. `npm test` builds first; scripts/ensure-chromium.sh installs the browser.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;

/** Debian's Chromium, without the background requests that a closed network refuses. */
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      // Tests that build a site of their own run afterwards, with the machine to themselves.
      testIgnore: [/\.isolated\.spec\.ts$/, /\.alone\.spec\.ts$/],
      use: chromium,
    },
    {
      name: 'isolated',
      testMatch: /\.isolated\.spec\.ts$/,
      dependencies: ['chromium'],
      use: chromium,
    },
    {
      // Runs that saturate the server under test (the load run; the link crawl, which asks for every press kit, Open
      // Graph image, crop and resized image at once) go last, one at a time, so that no other test waits behind them.
      name: 'alone',
      testMatch: /\.alone\.spec\.ts$/,
      dependencies: ['isolated'],
      workers: 1,
      use: chromium,
    },
  ],
  webServer: {
    // The production server, as deployed (scripts/start.mjs: one `next start` worker per core).
    command: `npm start -- -p ${port}`,
    url: `${baseURL}/en`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { SITE_URL: baseURL },
  },
});
