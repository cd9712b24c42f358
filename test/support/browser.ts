// Real Chromium for page tests: Debian's package (apt-get install chromium), never a downloaded browser.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

export function chromiumPath(): string {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error(`Chromium not found (tried ${CANDIDATES.join(', ')}): apt-get install -y chromium`);
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  // --no-sandbox: CI runs as root in a container, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/**
 * Browser suites use `describe.skipIf(!browserTestsRun)`: outside CI a machine without Chromium skips them
 * with a message; in CI (CI=true) they always run, so a missing browser fails loudly.
 */
export const browserTestsRun: boolean = (() => {
  if (process.env.CI === 'true') return true;
  const found = CANDIDATES.some((p) => existsSync(p));
  if (!found) console.warn('browser tests skipped: Chromium not found (apt-get install -y chromium)');
  return found;
})();
