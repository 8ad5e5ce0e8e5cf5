import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Which Chromium to launch: Playwright's own when installed (undefined = Playwright
 * decides), else the system one. With neither, stop with instructions.
 */
export function browserExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) return system;
  throw new Error(
    'No Chromium found for the browser tests. Install one of:\n' +
      "  npx playwright install chromium        (Playwright's own build)\n" +
      '  sudo apt-get install chromium          (Debian/Ubuntu package, at /usr/bin/chromium)\n' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}

/** Headless Chromium for the benchmark scripts (the tests get theirs from playwright.config.ts). */
export function launchChromium() {
  const executablePath = browserExecutable();
  return chromium.launch({
    ...(executablePath && { executablePath }),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
