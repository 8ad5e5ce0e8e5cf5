import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { site } from './src/site-config.ts';
import { browserExecutable } from './tests/support/browser.ts';

/**
 * Browser tests run against the built site (`dist/`), served as a static host would.
 * Playwright's own Chromium is used when installed, otherwise Debian's (`/usr/bin/chromium`).
 */
/*
 * A free port, chosen once by the runner and inherited by its workers through the environment
 * (they load this file again): other builds and browsers share the machine, so a fixed port collides.
 */
process.env.PREVIEW_PORT ??= execFileSync(process.execPath, [
  '-e',
  "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })",
])
  .toString()
  .trim();
const port = Number(process.env.PREVIEW_PORT);
const executablePath = browserExecutable();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}${site.base}`,
    ...devices['Desktop Chrome'],
    // The copy buttons are tested by reading back what they copied (tests/support/clipboard.ts).
    permissions: ['clipboard-read', 'clipboard-write'],
    launchOptions: {
      ...(executablePath && { executablePath }),
      // Debian's Chromium as root in a closed network: no sandbox, no background calls home.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node tests/support/serve-dist.ts ${port}`,
    url: `http://127.0.0.1:${port}${site.base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
