import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, the only browser on these machines. */
const chromiumPath = '/usr/bin/chromium';

/** Why browser tests cannot run here (no Chromium, front ends not built), or false. */
export function browserSkipReason(): string | false {
  if (!fs.existsSync(chromiumPath)) return `Chromium is not installed at ${chromiumPath}`;
  const isBuilt =
    fs.existsSync(path.resolve('dist/widget/widget.js')) &&
    fs.existsSync(path.resolve('dist/web/index.html'));
  return isBuilt ? false : 'front ends not built (npm run build:widget && npm run build:web)';
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Fills and submits the console's sign-in form; what to wait for next is the caller's. */
export async function signInToConsole(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseUrl}/console/`);
  await page.locator('[data-testid="login-email"]').fill(email);
  await page.locator('[data-testid="login-password"]').fill(password);
  await page.locator('[data-testid="login-submit"]').click();
}
